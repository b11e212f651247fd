"""The demo's notifications as people who use the system would have them at `now`.

The notices themselves come from the rules, as the demo's commands are played; then the demo
does what its people and the jobs would have done meanwhile: everybody read what is older than
two days, the mails of the past were delivered (the demo's mailbox shows the last day's), and the
retention job dropped what is past its time (read notices after 14 days).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central.mail.outbox import MailMessage
from central.store.notification_retention import prune
from central.store.notification_tables import NotificationRow
from central.store.notify import MAIL_KIND, views_of
from central.store.views import queue_views

READ_BEFORE = timedelta(days=2)
MAILED_BEFORE = timedelta(days=1)


def settle(session: Session, *, now: datetime) -> None:
    session.flush()
    read = list(
        session.scalars(
            select(NotificationRow).where(
                NotificationRow.read.is_(False), NotificationRow.at < now - READ_BEFORE
            )
        )
    )
    for row in read:
        row.read = True
    queue_views(session, views_of(session, read))
    past = now - MAILED_BEFORE
    session.execute(
        update(NotificationRow)
        .where(
            NotificationRow.email == "digest", NotificationRow.mailed_at.is_(None), NotificationRow.at < past
        )
        .values(mailed_at=NotificationRow.at)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(MailMessage)
        .where(MailMessage.kind == MAIL_KIND, MailMessage.sent_at.is_(None), MailMessage.created_at < past)
        .values(sent_at=MailMessage.created_at)
        .execution_options(synchronize_session=False)
    )
    while prune(session, now=now):
        pass
