"""Contacts: each company's own address book, the target of the duplicate check."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from central.store.base import Base, UTCDateTime

# The person's own data in an address-book entry (what the feed and an access request show).
PERSON_FIELDS = ("first_name", "last_name", "email", "phone", "street", "postcode", "city", "country")


class ContactRow(Base):
    __tablename__ = "contacts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    company_id: Mapped[str] = mapped_column(String(36))
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    email_norm: Mapped[str] = mapped_column(String(200), default="")
    phone_norm: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_contacts_company_email", "company_id", "email_norm"),
        Index("ix_contacts_company_phone", "company_id", "phone_norm"),
        Index("ix_contacts_company_postcode", "company_id", "postcode"),
    )
