"""Tables of notifications: what each person was told, how they want to be told, and which offer
rounds were reminded already."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base, UTCDateTime

_DIGEST_DUE = "email = 'digest' AND mailed_at IS NULL"


class NotificationRow(Base):
    """One notice to one person. `in_app` / `desktop` / `email` are the channels the person's
    preferences chose when it was made; `mailed_at` is when a mail about it entered the outbox
    (at once, or with the day's digest)."""

    __tablename__ = "notifications"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    company_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    enquiry_id: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    seq_hint: Mapped[int] = mapped_column(Integer, default=0)  # unused since the first schema
    in_app: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    desktop: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    email: Mapped[str] = mapped_column(String(10), default="off", server_default="off")
    mailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    __table_args__ = (
        Index("ix_notifications_at", "at"),  # the retention job's query
        # The digest job's query: notices waiting for their person's digest. Partial, so small.
        Index(
            "ix_notifications_digest_due",
            "person_id",
            "at",
            postgresql_where=text(_DIGEST_DUE),
            sqlite_where=text(_DIGEST_DUE),
        ),
    )


class NotificationPreferencesRow(Base):
    """A person's saved preferences (`enquiries.notifications.preferences`); no row: the defaults."""

    __tablename__ = "notification_preferences"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    groups: Mapped[str] = mapped_column(Text)  # JSON: group -> {in_app, desktop, email}
    digest_hour: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OfferReminderRow(Base):
    """One reminded offer round: an enquiry's offer with this deadline was reminded (once)."""

    __tablename__ = "offer_reminders"

    enquiry_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    company_id: Mapped[str] = mapped_column(String(36))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
