"""Deliver notices (decided by `enquiries.notifications`) in the caller's transaction: a row per
notice on the channels the person's preferences choose, its view for the person's devices, and
for `email: immediate` a mail in the outbox, committed together with the change it reports (so
exactly once: the outbox job sends each row once).

The notification view, entity `notification`, person-scoped:
`{id, person_id, kind, group, enquiry_id, enquiry_number, actor_id, actor_name, at, read, in_app,
desktop}`; `actor_id`/`actor_name` are null when the system acted or the person may not know who.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.mail.notice_mail import MailItem, Recipient, notice_mail
from central.mail.outbox import enqueue
from central.store.accounts import Company, Person
from central.store.enquiries import EnquiryRow
from central.store.notification_prefs import language_of, load_preferences
from central.store.notification_tables import NotificationRow
from central.store.views import DEFER_KEY, ViewRow
from enquiries import privacy
from enquiries.notifications import KIND_GROUP, Notice
from enquiries.notifications.facts import NoticeFacts, facts_for
from enquiries.notifications.preferences import Preferences
from enquiries.state import Enquiry

log = logging.getLogger(__name__)
MAIL_KIND = "notification"


def notification_data(row: NotificationRow, number: str, actor_name: str | None) -> dict[str, Any]:
    return {
        "id": row.id,
        "person_id": row.person_id,
        "kind": row.kind,
        "group": KIND_GROUP.get(row.kind, "activity"),  # rows of kinds no longer made: activity
        "enquiry_id": row.enquiry_id,
        "enquiry_number": number,
        "actor_id": row.actor_id,
        "actor_name": actor_name,
        "at": row.at.isoformat(),
        "read": row.read,
        "in_app": row.in_app,
        "desktop": row.desktop,
    }


def notification_view(row: NotificationRow, number: str, actor_name: str | None) -> ViewRow:
    data = notification_data(row, number, actor_name)
    return ViewRow(row.company_id, "notification", row.id, data, person_id=row.person_id)


def recipient(person: Person, company: Company) -> Recipient:
    return Recipient(person.display_name, person.login, language_of(person, company), company.timezone)


def mail_notice(session: Session, person: Person, company: Company, item: MailItem, *, now: datetime) -> bool:
    """Put the mail of one notice into the outbox; False when the login is no mail address."""
    subject, body = notice_mail(item, recipient(person, company))
    try:
        enqueue(
            session,
            to_address=person.login,
            to_name=person.display_name,
            subject=subject,
            body_text=body,
            kind=MAIL_KIND,
            enquiry_id=item.facts.enquiry_id,
            now=now,
        )
    except ValueError:
        log.warning("person %s has no usable mail address; notification not mailed", person.id)
        return False
    return True


def _name(session: Session, person_id: str | None) -> str | None:
    person = session.get(Person, person_id) if person_id else None
    return person.display_name if person is not None else None


PREFERENCES_CACHE = "notice_preferences"


def _preferences(session: Session, person_id: str) -> Preferences:
    """The person's preferences; within a push batch read once per person (nobody saves
    preferences inside a batch), so a batch of 500 notes does not ask 500 times."""
    if DEFER_KEY not in session.info:
        return load_preferences(session, person_id)
    cache: dict[str, Preferences] = session.info.setdefault(PREFERENCES_CACHE, {})
    if person_id not in cache:
        cache[person_id] = load_preferences(session, person_id)
    return cache[person_id]


def deliver(session: Session, found: Sequence[Notice], state: Enquiry, *, now: datetime) -> list[ViewRow]:
    """Store `found` (notices about `state`, as it is after the change) and return their views."""
    views: list[ViewRow] = []
    for notice in found:
        person = session.get(Person, notice.person_id)
        company = session.get(Company, person.company_id) if person is not None else None
        if person is None or company is None or not person.active:
            continue
        channels = _preferences(session, person.id).channels(notice.kind)
        if not channels.any:
            continue
        row = NotificationRow(
            id=str(uuid.uuid4()),
            person_id=person.id,
            company_id=company.id,
            kind=notice.kind,
            enquiry_id=notice.enquiry_id,
            actor_id=notice.actor_id,
            at=now,
            read=False,
            in_app=channels.in_app,
            desktop=channels.desktop,
            email=channels.email,
            mailed_at=None,
        )
        session.add(row)
        actor_name = _name(session, notice.actor_id)
        if channels.email == "immediate":
            facts = facts_for(state, company.id) or bare_facts(state.id, state.number)
            if mail_notice(session, person, company, MailItem(notice.kind, facts, actor_name, now), now=now):
                row.mailed_at = now
        if row.in_app or row.desktop:
            views.append(notification_view(row, state.number, actor_name))
    return views


def withdraw(session: Session, before: Enquiry | None, after: Enquiry) -> list[ViewRow]:
    """Notices of companies that no longer see the enquiry (an offer expired, was withdrawn or
    declined) go with it: their rows are deleted and their views become `del`, as the enquiry's
    own view does, so a partner keeps nothing that names an enquiry it cannot open."""
    if before is None:
        return []
    gone = privacy.visible_companies(before) - privacy.visible_companies(after)
    if not gone:
        return []
    rows = session.scalars(
        select(NotificationRow).where(
            NotificationRow.enquiry_id == after.id, NotificationRow.company_id.in_(gone)
        )
    ).all()
    views = [ViewRow(r.company_id, "notification", r.id, None, person_id=r.person_id) for r in rows]
    for row in rows:
        session.delete(row)
    return views


def bare_facts(enquiry_id: str, number: str | None) -> NoticeFacts:
    """What a mail says of an enquiry the person's company no longer sees: its number only."""
    return NoticeFacts(enquiry_id, number or enquiry_id, "", "", "", None)


def views_of(session: Session, rows: Iterable[NotificationRow]) -> list[ViewRow]:
    """The current views of `rows` (after a change such as being read), for those the person's
    devices show (in the panel or as a desktop message)."""
    shown = [r for r in rows if r.in_app or r.desktop]
    enquiry_ids = {r.enquiry_id for r in shown}
    actor_ids = {r.actor_id for r in shown if r.actor_id}
    numbers = {
        i: n
        for i, n in session.execute(
            select(EnquiryRow.id, EnquiryRow.number).where(EnquiryRow.id.in_(enquiry_ids))
        )
    }
    names = {
        i: n
        for i, n in session.execute(select(Person.id, Person.display_name).where(Person.id.in_(actor_ids)))
    }
    return [notification_view(r, numbers.get(r.enquiry_id) or "", names.get(r.actor_id or "")) for r in shown]
