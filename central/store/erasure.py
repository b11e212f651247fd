"""Erase an enquiry's personal data (GDPR art. 17), on request of its controller or by retention.

What goes, in one transaction:

- the enquiry (its state: contact, notes, tasks, documents' names, history, external partner's
  mail) and its events (the create and update events carry the contact);
- the address-book contact it was linked to, and the involved companies' contacts with the same
  e-mail address or phone number (the same person);
- its uploaded files, its queued and sent e-mails (mail_outbox);
- the call-centre contacts of the involved companies' surveys that are the same person (same
  e-mail or phone) with their contact history;
- refusal details stored for clients' pushes about it (their parameters may quote its values).

Every company's feed gets a `del` marked `erased` for each of these (sync_views), so each client
drops them at its next pull - also one that was offline meanwhile - and purges its search index
and write-ahead log (desktop/sync/erased.py). What stays: a tombstone (erased_enquiries: id,
number, controller, when, by whom, why, what was removed counted), an audit entry, the reporting
facts (no personal data: the region is a postcode area) and the notifications (numbers only).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from central.mail.outbox import MailMessage
from central.store.audit import record
from central.store.contacts import ContactRow
from central.store.documents import DocumentBlob
from central.store.enquiries import EnquiryRow, EventRow
from central.store.erasure_tables import ErasedEnquiry
from central.store.surveys import ContactHistoryRow, SurveyContactRow, SurveyRow
from central.store.sync import MutationResult, SyncView
from central.store.views import ViewRow, write_views
from enquiries.duplicates import normalise_email, normalise_phone
from enquiries.state import Enquiry
from enquiries.surveys import SurveyContact

REQUEST = "request"
RETENTION = "retention"


@dataclass
class Held:
    """Everything the server holds about one enquiry's contact person, beside the enquiry."""

    contacts: list[ContactRow] = field(default_factory=list)
    documents: list[DocumentBlob] = field(default_factory=list)
    mails: list[MailMessage] = field(default_factory=list)
    survey_contacts: list[tuple[SurveyContactRow, SurveyContact]] = field(default_factory=list)
    history: list[ContactHistoryRow] = field(default_factory=list)


def held(session: Session, state: Enquiry) -> Held:
    """The rows about `state`'s contact person: linked or matching by e-mail or phone within the
    companies that dealt with the enquiry (the only ones that had its personal data)."""
    companies = sorted(state.involved_companies())
    out = Held()
    email = normalise_email(state.contact.email)
    phone = normalise_phone(state.contact.phone, state.contact.country)
    same = [ContactRow.id == state.contact_id] if state.contact_id else []
    same += [ContactRow.email_norm == email] if email else []
    same += [ContactRow.phone_norm == phone] if phone else []
    if same:  # the address book's normalised columns (central/store/effects.py), indexed per company
        query = select(ContactRow).where(ContactRow.company_id.in_(companies), or_(*same))
        out.contacts = list(session.scalars(query))
    out.documents = list(session.scalars(select(DocumentBlob).where(DocumentBlob.enquiry_id == state.id)))
    out.mails = list(session.scalars(select(MailMessage).where(MailMessage.enquiry_id == state.id)))
    surveys = select(SurveyRow.id).where(SurveyRow.company_id.in_(companies))
    for row in session.scalars(select(SurveyContactRow).where(SurveyContactRow.survey_id.in_(surveys))):
        person = SurveyContact.model_validate_json(row.state)  # no country: the enquiry's region
        same_email = email and normalise_email(person.email) == email
        if same_email or (phone and normalise_phone(person.phone, state.contact.country) == phone):
            out.survey_contacts.append((row, person))
    ids = [row.id for row, _ in out.survey_contacts]
    if ids:
        out.history = list(
            session.scalars(select(ContactHistoryRow).where(ContactHistoryRow.contact_id.in_(ids)))
        )
    return out


def _erased_views(session: Session, ids: dict[str, set[str]]) -> None:
    """A `del` marked erased in every feed that holds one of `ids` (entity -> ids)."""
    rows: list[ViewRow] = []
    for entity, entity_ids in ids.items():
        if not entity_ids:
            continue
        found = session.execute(
            select(SyncView.company_id, SyncView.entity_id, SyncView.person_id).where(
                SyncView.entity == entity, SyncView.entity_id.in_(sorted(entity_ids))
            )
        ).all()
        rows += [ViewRow(c, entity, i, None, person_id=p, erased=True) for c, i, p in found]
    session.flush()
    write_views(session, rows)


def _scrub_results(session: Session, enquiry_id: str) -> None:
    """Keep each result (a client waits for it) but drop the parameters a refusal quoted."""
    for result in session.scalars(select(MutationResult).where(MutationResult.enquiry_id == enquiry_id)):
        if result.error:
            error = json.loads(result.error)
            result.error = json.dumps({"code": error.get("code", ""), "message": "", "params": {}})


def erase_enquiry(
    session: Session,
    enquiry_id: str,
    *,
    by: str | None,
    company_id: str | None,
    reason: str,
    now: datetime,
) -> ErasedEnquiry | None:
    """Erase it in the caller's transaction (the caller commits). Returns the tombstone - the
    existing one when it was erased before, so a second erasure changes nothing - or None when
    there is no such enquiry."""
    row = session.get(EnquiryRow, enquiry_id, with_for_update=True)
    if row is None:
        return session.get(ErasedEnquiry, enquiry_id)
    state = Enquiry.model_validate_json(row.state)
    found = held(session, state)
    removed = Counter(
        enquiry=1,
        notes=len(state.notes),
        documents=len(found.documents),
        contacts=len(found.contacts),
        mails=len(found.mails),
        survey_contacts=len(found.survey_contacts),
        contact_history=len(found.history),
    )
    views = {
        "enquiry": {enquiry_id},
        "contact": {c.id for c in found.contacts},
        "survey_contact": {r.id for r, _ in found.survey_contacts},
        "contact_history": {h.id for h in found.history},
    }
    for obj in [*found.contacts, *found.documents, *found.mails, *found.history]:
        session.delete(obj)
    for survey_row, _ in found.survey_contacts:
        session.delete(survey_row)
    session.execute(delete(EventRow).where(EventRow.enquiry_id == enquiry_id))
    _scrub_results(session, enquiry_id)
    session.delete(row)
    tombstone = ErasedEnquiry(
        enquiry_id=enquiry_id,
        number=state.number,
        owner_company_id=state.owner_company_id,
        erased_at=now,
        erased_by=by,
        reason=reason,
        removed=json.dumps(dict(removed), sort_keys=True),
    )
    session.add(tombstone)
    record(
        session,
        action="personal_data_erased",
        at=now,
        actor_id=by,
        company_id=company_id,
        enquiry_id=enquiry_id,
        reason=reason,
        removed=dict(removed),
    )
    _erased_views(session, views)  # last: takes the change sequence (views.take_sequence)
    return tombstone
