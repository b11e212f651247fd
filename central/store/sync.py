"""What each company sees, as a change feed, and what each client has pushed.

(Notifications, their preferences and reminders: `central.store.notification_tables`.)
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base, UTCDateTime


class SyncView(Base):
    """One entity as one company (or one person of it) sees it now.

    Written whenever the entity changes, for every company that saw it before or sees it now;
    `visible=False` rows carry no data and become `del` changes in a pull.
    """

    __tablename__ = "sync_views"

    company_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(20), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    visible: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_sync_views_feed", "company_id", "seq"),)


class SyncClient(Base):
    """One installation's mutation counter: ids at or below `last_mutation_id` are done."""

    __tablename__ = "sync_clients"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    last_mutation_id: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MutationResult(Base):
    __tablename__ = "mutation_results"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    mutation_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    enquiry_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))
    error: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
