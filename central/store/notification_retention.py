"""How long notifications are kept: read ones 14 days, unread ones 90 days (the enquiry's history
keeps what happened; a notice only points to it). Older rows are deleted and their views become
`del`, so the panel of every device forgets them too."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from central.store.notification_tables import NotificationRow
from central.store.views import ViewRow, queue_views

KEEP_READ = timedelta(days=14)
KEEP_UNREAD = timedelta(days=90)


def prune(session: Session, *, now: datetime, limit: int = 500) -> int:
    """Delete up to `limit` notifications past their time (rows another transaction holds are
    left for the next round); returns how many."""
    old = or_(
        and_(NotificationRow.read.is_(True), NotificationRow.at < now - KEEP_READ),
        NotificationRow.at < now - KEEP_UNREAD,
    )
    rows = list(
        session.scalars(
            select(NotificationRow)
            .where(old)
            .order_by(NotificationRow.at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    gone = [
        ViewRow(r.company_id, "notification", r.id, None, person_id=r.person_id)
        for r in rows
        if r.in_app or r.desktop
    ]
    for row in rows:
        session.delete(row)
    queue_views(session, gone)
    return len(rows)
