"""The retention job (issue 14, point 3): the personal data of enquiries closed longer ago than
`RETENTION_DAYS` is erased (central/store/erasure.py, reason "retention", by nobody).

Exactly once, with several server processes: each batch locks its enquiries' rows with
`FOR UPDATE SKIP LOCKED` (PostgreSQL; SQLite takes the one write lock for the transaction), so two
processes never pick the same one; a row erased meanwhile is gone from the next query, and the
erasure itself is a no-op on an erased id. Closed enquiries are found through the reporting
facts' `closed_at` (indexed), which the one write path keeps in step.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.store.enquiries import EnquiryRow
from central.store.erasure import RETENTION, erase_enquiry
from central.store.report_tables import ReportEnquiry
from enquiries.state import TERMINAL

BATCH = 100


def _due(session: Session, cutoff: datetime) -> list[str]:
    return list(
        session.scalars(
            select(EnquiryRow.id)
            .join(ReportEnquiry, ReportEnquiry.enquiry_id == EnquiryRow.id)
            .where(ReportEnquiry.closed_at < cutoff, EnquiryRow.status.in_(sorted(TERMINAL)))
            .order_by(ReportEnquiry.closed_at)
            .limit(BATCH)
            .with_for_update(skip_locked=True, of=EnquiryRow)
        )
    )


def erase_expired(factory: sessionmaker[Session], *, now: datetime, days: int) -> int:
    """Erase every enquiry closed before `now - days`; returns how many this process erased."""
    if days <= 0:
        return 0
    cutoff = now - timedelta(days=days)
    erased = 0
    while True:
        with factory.begin() as session:
            due = _due(session, cutoff)
            for enquiry_id in due:
                erase_enquiry(session, enquiry_id, by=None, company_id=None, reason=RETENTION, now=now)
        erased += len(due)
        if len(due) < BATCH:
            return erased
