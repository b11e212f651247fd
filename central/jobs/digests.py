"""The digest job: once a day, at the person's chosen hour of their local time, one mail with the
notices waiting for it (those whose preferences said `email: digest`).

Each run asks, per person with waiting notices, for the latest **digest moment** at or before now:
the chosen hour today in the person's time zone, or yesterday's when that hour has not come yet
today. A digest holds the waiting notices from before that moment; later ones wait for the next
day. So a run at 08:00 sends what came before 08:00, a run at 08:05 finds nothing left before
08:00 and sends nothing, and a server that was down at 08:00 sends the digest when it is back.
Daylight saving needs nothing special: the moment is a local wall-clock time turned into an
instant (in the spring-forward gap, 02:00 that does not exist is the instant 03:00 CEST is; on the
fall-back day the first 02:00), and each moment is one instant, so one digest.

Exactly once: per person one transaction locks their `people` row (`FOR NO KEY UPDATE SKIP
LOCKED`: another process working on them is skipped; sign-ins, which only reference the row, are
not blocked), puts the mail into the outbox and stamps the notices `mailed_at`, together. A second
run then finds nothing waiting before the moment. The outbox job sends the mail once.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.mail.notice_mail import MailItem, digest_mail
from central.mail.outbox import enqueue
from central.store.accounts import Company, Person
from central.store.enquiries import EnquiryRow
from central.store.notification_prefs import load_preferences
from central.store.notification_tables import NotificationRow
from central.store.notify import bare_facts, recipient
from enquiries.notifications.facts import facts_for
from enquiries.state import Enquiry

log = logging.getLogger(__name__)
DIGEST_KIND = "notification_digest"


def digest_moment(now: datetime, hour: int, timezone: str) -> datetime:
    """The latest instant at or before `now` at which it was `hour`:00 in `timezone`."""
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    for back in (0, 1):
        day = local.date() - timedelta(days=back)
        moment = datetime.combine(day, time(hour, fold=0), tzinfo=zone)
        moment = moment.astimezone(ZoneInfo("UTC")).astimezone(zone)  # a time in the gap: the real one
        if moment <= now:
            return moment
    raise AssertionError("unreachable: yesterday's hour is always before now")


def _waiting_people(session: Session) -> list[str]:
    query = (
        select(NotificationRow.person_id)
        .where(NotificationRow.email == "digest", NotificationRow.mailed_at.is_(None))
        .distinct()
    )
    return sorted(session.scalars(query))


def _items(session: Session, rows: list[NotificationRow], company_id: str) -> list[MailItem]:
    items = []
    for row in rows:
        enquiry = session.get(EnquiryRow, row.enquiry_id)
        state = Enquiry.model_validate_json(enquiry.state) if enquiry is not None else None
        facts = facts_for(state, company_id) if state is not None else None
        actor = session.get(Person, row.actor_id) if row.actor_id else None
        items.append(
            MailItem(
                row.kind,
                facts or bare_facts(row.enquiry_id, enquiry.number if enquiry else None),
                actor.display_name if actor else None,
                row.at,
            )
        )
    return items


def _digest(factory: sessionmaker[Session], person_id: str, now: datetime) -> int:
    """One person's digest, if one is due: how many notices it held (0: none sent)."""
    with factory.begin() as session:
        person = session.scalars(
            select(Person).where(Person.id == person_id).with_for_update(skip_locked=True, key_share=True)
        ).first()
        if person is None:
            return 0
        company = session.get(Company, person.company_id)
        assert company is not None
        prefs = load_preferences(session, person.id)
        moment = digest_moment(now, prefs.digest_hour, company.timezone)
        rows = list(
            session.scalars(
                select(NotificationRow)
                .where(
                    NotificationRow.person_id == person.id,
                    NotificationRow.email == "digest",
                    NotificationRow.mailed_at.is_(None),
                    NotificationRow.at < moment,
                )
                .order_by(NotificationRow.at, NotificationRow.id)
            )
        )
        # Turned off since (or the person left): not mailed, and no longer waiting.
        keep = [r for r in rows if person.active and prefs.channels(r.kind).email != "off"]
        for row in rows:
            if row not in keep:
                row.email = "off"
        if not keep:
            return 0
        to = recipient(person, company)
        subject, body = digest_mail(_items(session, keep, company.id), to)
        try:
            enqueue(
                session,
                to_address=person.login,
                to_name=person.display_name,
                subject=subject,
                body_text=body,
                kind=DIGEST_KIND,
                now=now,
            )
        except ValueError:
            log.warning("person %s has no usable mail address; digest not mailed", person.id)
            for row in keep:
                row.email = "off"
            return 0
        for row in keep:
            row.mailed_at = now
        return len(keep)


def send_digests(factory: sessionmaker[Session], *, now: datetime) -> int:
    """Every digest due at `now`; returns how many digests this run put into the outbox."""
    with factory() as session:
        people = _waiting_people(session)
    sent = 0
    for person_id in people:
        if _digest(factory, person_id, now):
            sent += 1
    if sent:
        log.info("digest job: %d digest mail(s)", sent)
    return sent
