"""Reporting facts as the server keeps them: one row per enquiry, per offer round, per step.

Written only by `report_facts.record`, inside the one write path's transaction, from the pure
`enquiries.reporting.facts.derive`; rebuilt from the stored events by the migration that made
them. Never edited by hand: derive them again instead. No foreign keys to `enquiries`: the one
writer keeps them in step, and a key check per row cost PostgreSQL a tenth of its push rate.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base, UTCDateTime


class ReportEnquiry(Base):
    """An enquiry's dimension values and what became of it."""

    __tablename__ = "report_enquiries"

    enquiry_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[str] = mapped_column(String(32), default="")
    origin_company_id: Mapped[str] = mapped_column(String(36))
    owner_company_id: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel: Mapped[str] = mapped_column(String(16))
    type: Mapped[str] = mapped_column(String(16))
    product_interest: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    subdivision: Mapped[str] = mapped_column(String(16), default="")
    postcode_area: Mapped[str] = mapped_column(String(16), default="")
    accepted_company_id: Mapped[str | None] = mapped_column(String(36))
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    processed_kind: Mapped[str] = mapped_column(String(20), default="")
    processed_working_hours: Mapped[float | None] = mapped_column(Float)
    processed_wall_hours: Mapped[float | None] = mapped_column(Float)
    last_step_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    result: Mapped[str] = mapped_column(String(16), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_report_enquiries_origin_received", "origin_company_id", "received_at"),
        Index("ix_report_enquiries_closed", "closed_at"),  # the retention job's (jobs/retention.py)
    )


class ReportRound(Base):
    """One offer of an enquiry to one partner, from the offer to its end."""

    __tablename__ = "report_rounds"

    enquiry_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    round: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    company_id: Mapped[str] = mapped_column(String(36))
    person_id: Mapped[str | None] = mapped_column(String(36))
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str] = mapped_column(String(12))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(Text, default="")
    forwarded_kind: Mapped[str] = mapped_column(String(10), default="")
    forwarded_to: Mapped[str | None] = mapped_column(String(36))
    working_hours: Mapped[float | None] = mapped_column(Float)
    wall_hours: Mapped[float | None] = mapped_column(Float)
    in_time: Mapped[bool | None] = mapped_column(Boolean)

    __table_args__ = (
        Index("ix_report_rounds_company_offered", "company_id", "offered_at"),
        Index("ix_report_rounds_decided", "decided_at"),
    )


class ReportStep(Base):
    """A later step of an enquiry (facts.STEP_KINDS) with the company that took it."""

    __tablename__ = "report_steps"

    enquiry_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    company_id: Mapped[str | None] = mapped_column(String(36))
