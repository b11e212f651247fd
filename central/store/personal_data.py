"""Everything the server holds about one enquiry's contact person (GDPR art. 15), as plain data.

The same rows the erasure removes (`erasure.held`), so what a person is shown is what would be
erased: the enquiry with its contact, notes, tasks, documents, steps and history, the address-book
entries of the same person, the files, the e-mails sent or queued about it, and the call-centre
contacts that are the same person with their history. People and companies are named, not only
identified, so the export reads without the system; the enquiry as its controller sees it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.store.accounts import Company, Person
from central.store.contacts import PERSON_FIELDS
from central.store.erasure import held
from enquiries import privacy
from enquiries.state import Enquiry

FORMAT = "enquiry-desk/personal-data/1"


def _names(session: Session, state: Enquiry, extra: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    people_ids = {e.actor_id for e in state.history if e.actor_id} | {n.author_id for n in state.notes}
    people_ids |= {t.author_id for t in state.tasks} | {d.author_id for d in state.documents} | extra
    if state.holder_id:
        people_ids.add(state.holder_id)
    rows = session.execute(select(Person.id, Person.display_name).where(Person.id.in_(people_ids)))
    people = {person_id: name for person_id, name in rows}
    companies = {company_id: name for company_id, name in session.execute(select(Company.id, Company.name))}
    return people, companies


def export(session: Session, state: Enquiry, *, now: datetime) -> dict[str, Any]:
    found = held(session, state)
    authors = {h.author_id for h in found.history}
    people, companies = _names(session, state, authors)
    # As the controller (the owner, the only one who may ask) sees it: a partner is not shown how
    # head office routed it nor other companies' internal steps (enquiries/privacy.py).
    view = privacy.project(state, state.owner_company_id) or {}
    enquiry = {k: v for k, v in view.items() if k not in ("chain", "route_owner_id", "changed", "colleagues")}
    return {
        "format": FORMAT,
        "exported_at": now.isoformat(),
        "controller": {"id": state.owner_company_id, "name": companies.get(state.owner_company_id, "")},
        "subject": state.contact.model_dump(mode="json"),
        "enquiry": enquiry,
        "address_book": [
            {
                "company": companies.get(c.company_id, ""),
                **{k: getattr(c, k) for k in (*PERSON_FIELDS, "notes")},
                "created_at": c.created_at.isoformat(),
                "updated_at": c.updated_at.isoformat(),
            }
            for c in found.contacts
        ],
        "documents": [
            {
                "id": d.id,
                "filename": d.filename,
                "content_type": d.content_type,
                "size": d.size,
                "sha256": d.sha256,
                "uploaded_at": d.created_at.isoformat(),
            }
            for d in found.documents
        ],
        "emails": [
            {
                "to": m.to_address,
                "to_name": m.to_name,
                "subject": m.subject,
                "body": m.body_text,
                "created_at": m.created_at.isoformat(),
                "sent_at": m.sent_at.isoformat() if m.sent_at else None,
            }
            for m in found.mails
        ],
        "survey_contacts": [
            {
                **person.model_dump(mode="json", exclude={"version"}),
                "history": [
                    {
                        "at": h.at.isoformat(),
                        "author": people.get(h.author_id, ""),
                        "text": h.text,
                        "rating": h.rating,
                    }
                    for h in found.history
                    if h.contact_id == row.id
                ],
            }
            for row, person in found.survey_contacts
        ],
        "people": people,
        "companies": {cid: companies[cid] for cid in sorted(state.involved_companies()) if cid in companies},
    }
