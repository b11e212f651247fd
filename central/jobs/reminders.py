"""The reminder job: an offer with 8 working hours left (on the partner's calendar) is reminded to
the partner's recipients (`offer_reminder`), exactly once per offer round.

An offer round is (enquiry, deadline): a new offer, also a second one to the same partner, has a
new deadline and is reminded again. Safe with several server processes on one PostgreSQL: each
due offer is claimed with `FOR UPDATE SKIP LOCKED` on its enquiry row (so an accept or decline
committed first wins, and two job runs never work on one offer at once), and the round's row in
`offer_reminders` is inserted under that lock with ON CONFLICT DO NOTHING; only the run whose
insert took the row tells anyone, in the same transaction. A process that dies before its commit
leaves no row, and the next run sends the reminder. On SQLite writers are serialised (BEGIN
IMMEDIATE) and the primary key alone keeps it at once.

A reminder is sent only while the offer is pending and its deadline is ahead: an offer whose
remind time passed while no job ran (server down) is still reminded before its deadline.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import and_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from central.store.accounts import Company
from central.store.directory import company_info, full_directory
from central.store.enquiries import EnquiryRow
from central.store.notification_tables import OfferReminderRow
from central.store.notify import deliver
from central.store.views import queue_views
from enquiries.deadlines import WorkCalendar, offer_reminder_at
from enquiries.notifications import reminder_notices
from enquiries.state import Enquiry

log = logging.getLogger(__name__)


def _pending(session: Session, now: datetime, limit: int) -> list[tuple[str, str, datetime]]:
    """Offers not yet reminded whose deadline is ahead: (enquiry id, partner id, deadline)."""
    reminded = select(OfferReminderRow.enquiry_id).where(
        and_(
            OfferReminderRow.enquiry_id == EnquiryRow.id,
            OfferReminderRow.deadline == EnquiryRow.offer_deadline,
        )
    )
    query = (
        select(EnquiryRow.id, EnquiryRow.offer_company_id, EnquiryRow.offer_deadline)
        .where(EnquiryRow.status == "offered", EnquiryRow.offer_deadline > now, ~reminded.exists())
        .order_by(EnquiryRow.offer_deadline)
        .limit(limit)
    )
    return [(i, c, d) for i, c, d in session.execute(query) if c is not None and d is not None]


def _calendars(session: Session) -> dict[str, WorkCalendar]:
    return {c.id: company_info(c).calendar for c in session.scalars(select(Company))}


def _take_round(
    session: Session, enquiry_id: str, company_id: str, deadline: datetime, now: datetime
) -> bool:
    """Insert the round's row; True only for the one transaction that inserted it."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = (
        insert(OfferReminderRow)
        .values(enquiry_id=enquiry_id, deadline=deadline, company_id=company_id, sent_at=now)
        .on_conflict_do_nothing(index_elements=["enquiry_id", "deadline"])
        .returning(OfferReminderRow.enquiry_id)
    )
    return session.execute(stmt).scalar_one_or_none() is not None


def _remind(factory: sessionmaker[Session], enquiry_id: str, deadline: datetime, now: datetime) -> int | None:
    """Remind one offer round in its own transaction: how many were told, None when skipped."""
    with factory.begin() as session:
        row = session.scalars(
            select(EnquiryRow)
            .where(
                EnquiryRow.id == enquiry_id,
                EnquiryRow.status == "offered",
                EnquiryRow.offer_deadline == deadline,
            )
            .with_for_update(skip_locked=True)
        ).first()
        if row is None or row.offer_company_id is None:
            return None  # another process has it, or it was decided meanwhile
        if not _take_round(session, enquiry_id, row.offer_company_id, deadline, now):
            return None  # reminded already
        state = Enquiry.model_validate_json(row.state)
        found = reminder_notices(state, full_directory(session))
        queue_views(session, deliver(session, found, state, now=now))
        return len(found)


def send_offer_reminders(factory: sessionmaker[Session], *, now: datetime, limit: int = 10_000) -> int:
    """Remind every offer that has at most 8 working hours left at `now`; returns how many offer
    rounds were reminded by this run."""
    with factory() as session:
        pending = _pending(session, now, limit)
        calendars = _calendars(session) if pending else {}
    reminded = 0
    for enquiry_id, company_id, deadline in pending:
        calendar = calendars.get(company_id)
        if calendar is None or now < offer_reminder_at(deadline, calendar):
            continue
        told = _remind(factory, enquiry_id, deadline, now)
        if told is not None:
            reminded += 1
            log.info("offer %s reminded to %d people", enquiry_id, told)
    return reminded
