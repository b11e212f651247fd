"""Enquiries as the server keeps them: the full state as JSON plus the columns queries need."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base, UTCDateTime


class EnquiryRow(Base):
    __tablename__ = "enquiries"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[str | None] = mapped_column(String(32), unique=True)
    origin_company_id: Mapped[str] = mapped_column(String(36), index=True)
    owner_company_id: Mapped[str] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    holder_id: Mapped[str | None] = mapped_column(String(36))
    offer_company_id: Mapped[str | None] = mapped_column(String(36))
    offer_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_enquiries_due_offers", "status", "offer_deadline"),)


class EventRow(Base):
    """Every event ever decided, in order: the enquiry's history and the source for reporting."""

    __tablename__ = "enquiry_events"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    enquiry_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    company_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    info: Mapped[str] = mapped_column(Text, default="{}")


class Counter(Base):
    """Named counters: the change sequence (the sync cursor) and enquiry numbers per year.

    The change sequence is taken as the last statement of a writing transaction: its row lock
    orders commits, so a pull never sees seq N+1 committed while N is still invisible.
    """

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
