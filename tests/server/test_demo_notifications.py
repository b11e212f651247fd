"""The demo's notifications are realistic: tens per person who works enquiries, most of them read,
each one a notice the rules gave (to someone whose company sees the enquiry), none past its time,
and no pile of old mail waiting to go out when the demo server starts."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.demo import seed_accounts
from central.demo_enquiries import seed_enquiries
from central.mail.outbox import MailMessage
from central.store.accounts import Person
from central.store.enquiries import EnquiryRow
from central.store.notification_retention import KEEP_READ
from central.store.notification_tables import NotificationRow
from central.store.notify import MAIL_KIND
from enquiries.notifications import KINDS
from enquiries.privacy import project
from enquiries.state import Enquiry

NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


def test_demo_people_have_tens_of_notifications_most_of_them_read(
    session_factory: sessionmaker[Session],
) -> None:
    with session_factory.begin() as session:
        seed_enquiries(session, seed_accounts(session), now=NOW)
    with session_factory() as session:
        login = {p.id: p.login for p in session.scalars(select(Person))}
        rows = list(session.scalars(select(NotificationRow)))
        states = {r.id: Enquiry.model_validate_json(r.state) for r in session.scalars(select(EnquiryRow))}
        old_mail = list(
            session.scalars(
                select(MailMessage.id).where(
                    MailMessage.kind == MAIL_KIND,
                    MailMessage.sent_at.is_(None),
                    MailMessage.created_at < NOW - timedelta(days=1),
                )
            )
        )
    total = Counter(login[r.person_id] for r in rows)
    unread = Counter(login[r.person_id] for r in rows if not r.read)
    # Head office's route owners hear most (partners' decisions, expiries), partners' admins their offers.
    assert 20 <= total["anna@hq.example"] <= 100 and 20 <= total["marco@hq.example"] <= 100, total
    assert 10 <= total["max@mueller.example"] <= 60 and 10 <= total["luca@rossi.example"] <= 60, total
    assert all(n <= 100 for n in total.values()), total
    assert all(unread[p] <= 15 for p in total), unread
    assert 10 <= sum(unread.values()) <= sum(total.values()) // 4, (unread, total)  # the last two days
    for row in rows:
        assert row.kind in KINDS
        assert row.at >= NOW - KEEP_READ
        assert row.read or row.at >= NOW - timedelta(days=2)
        company = row.company_id
        assert project(states[row.enquiry_id], company) is not None, row.kind  # through the rules' privacy
    assert old_mail == []
