"""Reading notifications: marked read on the server and published again (`read: true`), so a
notice read on one device is read on the person's other devices at their next pull."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central.store.notification_tables import NotificationRow
from central.store.notify import views_of
from central.store.views import queue_views

MAX_IDS = 5000  # as many as a pull page holds


def mark_read(session: Session, person_id: str, *, ids: Sequence[str] | None) -> tuple[int, int]:
    """Mark `ids` (None: all) of `person_id`'s unread notifications read. Ids of other people's
    notifications, and ids of none, are skipped alike. Returns (marked now, unread afterwards)."""
    query = select(NotificationRow).where(
        NotificationRow.person_id == person_id, NotificationRow.read.is_(False)
    )
    if ids is not None:
        query = query.where(NotificationRow.id.in_(set(ids)))
    rows = list(session.scalars(query.with_for_update()))
    for row in rows:
        row.read = True
    queue_views(session, views_of(session, rows))
    return len(rows), unread_count(session, person_id)


def unread_count(session: Session, person_id: str) -> int:
    """Unread notifications of the person's panel (what the unread count on their devices says)."""
    query = select(func.count()).where(
        NotificationRow.person_id == person_id,
        NotificationRow.read.is_(False),
        NotificationRow.in_app.is_(True),
    )
    return int(session.scalar(query) or 0)
