"""What follows from events besides the enquiry itself: notifications, contacts, files, mail.

Runs in the same transaction as the change, so a notification or an e-mail exists exactly when
the change it reports does (the mail outbox is sent later by its job).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from central.mail.outbox import enqueue
from central.mail.templates import external_mail
from central.store.contacts import PERSON_FIELDS, ContactRow
from central.store.directory import full_directory
from central.store.documents import DocumentBlob
from central.store.notify import deliver, withdraw
from central.store.views import DEFER_KEY, ViewRow
from enquiries.directory import Actor, Directory
from enquiries.duplicates import normalise_email, normalise_phone
from enquiries.events import Event
from enquiries.notifications import may_tell, notices
from enquiries.state import Enquiry


def contact_view(row: ContactRow) -> ViewRow:
    data = {k: getattr(row, k) for k in ("id", "company_id", *PERSON_FIELDS)}
    data["updated_at"] = row.updated_at.isoformat()
    return ViewRow(row.company_id, "contact", row.id, data)


NOTICE_DIRECTORY = "notice_directory"


def notice_directory(session: Session, directory: Directory | None, actor: Actor) -> Directory:
    """Everyone notices may go to. A head-office or system actor's directory already holds every
    person; a partner's holds only its own, so the full one is loaded (once per push batch)."""
    if directory is not None and (actor.is_head_office or actor.is_system):
        return directory
    cached: Directory | None = session.info.get(NOTICE_DIRECTORY)
    if cached is not None:
        return cached
    full = full_directory(session)
    if DEFER_KEY in session.info:  # a push batch: nobody joins or leaves while it runs
        session.info[NOTICE_DIRECTORY] = full
    return full


def _link_contact(session: Session, after: Enquiry, event: Event, now: datetime) -> list[ViewRow]:
    contact_id = str(event.info["contact_id"])
    if not event.info.get("create"):
        return []
    c = after.contact
    row = ContactRow(
        id=contact_id,
        company_id=after.owner_company_id,
        first_name=c.first_name,
        last_name=c.last_name,
        email=c.email,
        phone=c.phone,
        street=c.street,
        postcode=c.postcode,
        city=c.city,
        country=c.country,
        email_norm=normalise_email(c.email),
        phone_norm=normalise_phone(c.phone, c.country),
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    return [contact_view(row)]


def _mail(session: Session, after: Enquiry, event: Event, now: datetime) -> None:
    assert after.external is not None
    subject, body = external_mail(after, kind=str(event.info["mail"]), fields=event.info.get("fields"))
    enqueue(
        session,
        to_address=after.external.email,
        to_name=after.external.name,
        subject=subject,
        body_text=body,
        kind=str(event.info["mail"]),
        enquiry_id=after.id,
        now=now,
    )


def after_events(
    session: Session,
    before: Enquiry | None,
    after: Enquiry,
    events: list[Event],
    *,
    actor: Actor,
    now: datetime,
    directory: Directory | None = None,
) -> list[ViewRow]:
    views: list[ViewRow] = []
    for event in events:
        if event.name == "contact_linked":
            views += _link_contact(session, after, event, now)
        elif event.name == "document_added":
            blob = session.get(DocumentBlob, str(event.info["item"]))
            if blob is not None:
                blob.enquiry_id = after.id
        if event.info.get("mail"):
            _mail(session, after, event, now)
    views += withdraw(session, before, after)
    if may_tell(events):
        found = notices(before, after, events, notice_directory(session, directory, actor))
        views += deliver(session, found, after, now=now)
    return views
