"""Tables of tenants, their people, the devices people are signed in on, and intake API keys.

Primary keys are string UUIDs so that clients can show and reference ids before they sync and
so that ids never reveal how many rows another tenant has.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ColumnElement,
    ForeignKey,
    String,
    TypeDecorator,
    literal,
    type_coerce,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from central.store.base import Base, UTCDateTime

HEAD_OFFICE = "head_office"
PARTNER = "partner"
COMPANY_KINDS = (HEAD_OFFICE, PARTNER)

ROLE_HEAD_OFFICE = "head_office"
ROLE_ADMIN = "admin"  # head office's administrators: companies, routes, intake keys, everyone's people
ROLE_REPORTING = "reporting"
ROLE_SURVEY_MANAGER = "survey_manager"
ROLE_AGENT = "agent"
ROLE_PARTNER_STAFF = "partner_staff"
ROLE_PARTNER_ADMIN = "partner_admin"
ROLES = frozenset(
    {
        ROLE_HEAD_OFFICE,
        ROLE_ADMIN,
        ROLE_REPORTING,
        ROLE_SURVEY_MANAGER,
        ROLE_AGENT,
        ROLE_PARTNER_STAFF,
        ROLE_PARTNER_ADMIN,
    }
)
# Which roles a person may hold depends on the kind of company they work for.
ROLES_BY_COMPANY_KIND = {
    HEAD_OFFICE: frozenset({ROLE_HEAD_OFFICE, ROLE_ADMIN, ROLE_REPORTING, ROLE_SURVEY_MANAGER, ROLE_AGENT}),
    PARTNER: frozenset({ROLE_PARTNER_STAFF, ROLE_PARTNER_ADMIN, ROLE_REPORTING}),
}

API_CHANNELS = ("web", "dealer_page")


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class RoleSet(TypeDecorator[frozenset[str]]):
    """A set of role names stored as one sorted, comma-separated string ("agent,reporting")."""

    impl = String(200)
    cache_ok = True

    def process_bind_param(self, value: Iterable[str] | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return ",".join(sorted(set(value)))

    def process_result_value(self, value: str | None, dialect: Any) -> frozenset[str]:
        return frozenset(part for part in (value or "").split(",") if part)


def has_role(role: str) -> ColumnElement[bool]:
    """SQL condition "this person holds `role`" (works on SQLite and PostgreSQL alike)."""
    raw = type_coerce(Person.roles, String)
    return (literal(",") + raw + literal(",")).like(f"%,{role},%")


class Company(Base):
    """A tenant: the head office or one dealer partner.

    `postcode_ranges` is a JSON list of strings, each either an inclusive range of equally long
    postcodes ("80000-87999") or a prefix ("39"); it describes the partner's territory.
    """

    __tablename__ = "companies"
    __table_args__ = (CheckConstraint("kind IN ('head_office', 'partner')", name="kind"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    subdivision: Mapped[str | None] = mapped_column(String(10), default=None)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Rome")
    postcode_ranges: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    people: Mapped[list[Person]] = relationship(back_populates="company", lazy="raise_on_sql")

    @property
    def is_head_office(self) -> bool:
        return self.kind == HEAD_OFFICE


class Person(Base):
    """Someone who signs in. `login` is their lower-case e-mail address."""

    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    company_id: Mapped[str] = mapped_column(ForeignKey("companies.id"), index=True)
    login: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    roles: Mapped[frozenset[str]] = mapped_column(RoleSet, default=frozenset)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # de, it or en for mails to this person; None: the language of the company's country.
    language: Mapped[str | None] = mapped_column(String(2), default=None)

    company: Mapped[Company] = relationship(back_populates="people", lazy="raise_on_sql")

    @property
    def role_list(self) -> list[str]:
        return sorted(self.roles)


class Device(Base):
    """One sign-in of a person on one installation; holds the current refresh token's hash.

    A new row per login. Revoking it ends both its refresh token and every access token
    issued for it (access tokens name their device).
    """

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    client_id: Mapped[str] = mapped_column(String(100))
    refresh_hash: Mapped[str] = mapped_column(String(64), unique=True)
    refresh_family: Mapped[str] = mapped_column(String(36), default=new_id)
    refresh_expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    user_agent: Mapped[str] = mapped_column(String(300), default="")

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class SpentRefreshToken(Base):
    """Hashes of refresh tokens already rotated away: seeing one again means it was stolen."""

    __tablename__ = "spent_refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    spent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiKey(Base):
    """A key for the intake API; only its SHA-256 is stored. Dealer-page keys name their partner."""

    __tablename__ = "api_keys"
    __table_args__ = (CheckConstraint("channel IN ('web', 'dealer_page')", name="channel"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    channel: Mapped[str] = mapped_column(String(20))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("companies.id"), default=None)
    label: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set by the intake (at most once a minute per key, see central/store/intake_keys.py).
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    key_hint: Mapped[str] = mapped_column(String(16), default="", server_default="")  # first characters
