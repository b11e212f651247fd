"""The retention job: notifications past their time (central.store.notification_retention) are
deleted in batches of their own transactions; several processes share the work (SKIP LOCKED)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from central.store.notification_retention import prune

BATCH = 500


def prune_old_notifications(factory: sessionmaker[Session], *, now: datetime) -> int:
    removed = 0
    while True:
        with factory.begin() as session:
            count = prune(session, now=now, limit=BATCH)
        removed += count
        if count < BATCH:
            return removed
