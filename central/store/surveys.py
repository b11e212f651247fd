"""Surveys as the server keeps them: the survey, its contacts (state JSON + query columns), and
the contact history (append-only entries that belong to the contact person)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base, UTCDateTime


class SurveyRow(Base):
    __tablename__ = "surveys"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    company_id: Mapped[str] = mapped_column(String(36), index=True)
    state: Mapped[str] = mapped_column(Text)  # enquiries.surveys.Survey as JSON


class SurveyContactRow(Base):
    __tablename__ = "survey_contacts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    survey_id: Mapped[str] = mapped_column(String(64))
    agent_id: Mapped[str | None] = mapped_column(String(36))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(Text)  # enquiries.surveys.SurveyContact as JSON

    __table_args__ = (Index("ix_survey_contacts_survey", "survey_id", "agent_id"),)


class ContactHistoryRow(Base):
    __tablename__ = "contact_history"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    contact_id: Mapped[str] = mapped_column(String(64), index=True)
    survey_id: Mapped[str] = mapped_column(String(64))
    company_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    author_id: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[str | None] = mapped_column(String(100))
