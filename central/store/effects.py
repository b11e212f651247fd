"""What follows from events besides the enquiry itself: notifications, contacts, files, mail.

Runs in the same transaction as the change, so a notification or an e-mail exists exactly when
the change it reports does (the mail outbox is sent later by its job).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from central.mail.outbox import enqueue
from central.mail.templates import external_mail
from central.store.accounts import Person
from central.store.contacts import ContactRow
from central.store.documents import DocumentBlob
from central.store.sync import NotificationRow
from central.store.views import ViewRow
from enquiries.directory import Actor
from enquiries.duplicates import normalise_email, normalise_phone
from enquiries.events import Event
from enquiries.notifications import notices
from enquiries.state import Enquiry


def notification_view(row: NotificationRow) -> ViewRow:
    data = {
        "id": row.id,
        "person_id": row.person_id,
        "kind": row.kind,
        "enquiry_id": row.enquiry_id,
        "actor_id": row.actor_id,
        "at": row.at.isoformat(),
        "read": row.read,
    }
    return ViewRow(row.company_id, "notification", row.id, data, person_id=row.person_id)


def contact_view(row: ContactRow) -> ViewRow:
    data = {
        k: getattr(row, k)
        for k in (
            "id",
            "company_id",
            "first_name",
            "last_name",
            "email",
            "phone",
            "street",
            "postcode",
            "city",
            "country",
        )
    }
    data["updated_at"] = row.updated_at.isoformat()
    return ViewRow(row.company_id, "contact", row.id, data)


def _person_company(session: Session, person_id: str) -> str | None:
    person = session.get(Person, person_id)
    return person.company_id if person is not None else None


def _notify(
    session: Session, before: Enquiry | None, after: Enquiry, events: list[Event], now: datetime
) -> list[ViewRow]:
    rows = []
    for notice in notices(before, after, events):
        company_id = _person_company(session, notice.person_id)
        if company_id is None:
            continue
        row = NotificationRow(
            id=str(uuid.uuid4()),
            person_id=notice.person_id,
            company_id=company_id,
            kind=notice.kind,
            enquiry_id=notice.enquiry_id,
            actor_id=notice.actor_id,
            at=now,
            read=False,
        )
        session.add(row)
        rows.append(notification_view(row))
    return rows


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
    views += _notify(session, before, after, events, now)
    return views
