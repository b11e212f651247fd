"""Request dependencies: a database session, the settings, and who is calling.

`current_actor` turns a Bearer access token into a `Principal` with one query (person, company
and device together) and refuses revoked devices and inactive accounts on every request, so
revocation takes effect at once instead of when the access token expires.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.api.errors import ApiError
from central.config import Settings
from central.security import TokenError, decode_access_token
from central.store.accounts import (
    HEAD_OFFICE,
    ROLE_ADMIN,
    ROLE_PARTNER_ADMIN,
    Company,
    Device,
    Person,
)

BEARER_CHALLENGE = {"WWW-Authenticate": "Bearer"}

_bearer = HTTPBearer(auto_error=False, description="Access token from POST /api/v1/auth/login")


@dataclass(frozen=True)
class Principal:
    """The authenticated caller of one request."""

    person_id: str
    company_id: str
    company_kind: str
    roles: frozenset[str]
    device_id: str
    client_id: str

    @property
    def is_head_office(self) -> bool:
        return self.company_kind == HEAD_OFFICE

    def has_role(self, *roles: str) -> bool:
        return any(role in self.roles for role in roles)


def may_manage_people(actor: Principal, company_id: str) -> bool:
    """Account administration (others' devices, inactive people): partner admins for their own
    company, head office's administrators for every company (issue 10: "an admin can for any
    person of their company"); plain head-office staff manage only their own devices."""
    if actor.is_head_office and actor.has_role(ROLE_ADMIN):
        return True
    return actor.company_id == company_id and actor.has_role(ROLE_PARTNER_ADMIN)


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_session_factory(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


def get_db(request: Request) -> Iterator[Session]:
    """One session per request; handlers commit explicitly, anything uncommitted is rolled back."""
    session = get_session_factory(request)()
    try:
        yield session
    finally:
        session.close()


def unauthenticated(code: str, message: str) -> ApiError:
    return ApiError(401, code, message, BEARER_CHALLENGE)


def current_actor(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    settings: Annotated[Settings, Depends(get_settings)],
    session: Annotated[Session, Depends(get_db)],
) -> Principal:
    """The caller, from `Authorization: Bearer <access token>`."""
    if credentials is None or not credentials.credentials:
        raise unauthenticated("not_authenticated", "Sign in first: a Bearer access token is required.")
    try:
        claims = decode_access_token(settings.secret_key, credentials.credentials)
    except TokenError as exc:
        raise unauthenticated(exc.code, exc.message) from None
    row = session.execute(
        select(Person, Company, Device)
        .join(Company, Company.id == Person.company_id)
        .join(Device, Device.person_id == Person.id)
        .where(Device.id == claims.device_id, Person.id == claims.person_id)
    ).one_or_none()
    if row is None:
        raise unauthenticated("invalid_token", "The access token is not valid.")
    person, company, device = row
    if company.id != claims.company_id:
        raise unauthenticated("invalid_token", "The access token is not valid.")
    if not (person.active and company.active):
        raise ApiError(403, "account_inactive", "This account has been deactivated.")
    if device.revoked_at is not None:
        raise unauthenticated("device_revoked", "This device has been signed out; sign in again.")
    # End the read at once: on SQLite an open transaction holds the write lock (BEGIN IMMEDIATE),
    # and handlers such as push run their own transactions.
    session.commit()
    return Principal(
        person_id=person.id,
        company_id=company.id,
        company_kind=company.kind,
        roles=person.roles,
        device_id=device.id,
        client_id=device.client_id,
    )


def require_roles(*roles: str) -> Callable[[Principal], Principal]:
    """A dependency admitting callers holding any of `roles` (403 "forbidden" otherwise)."""

    def check(actor: Annotated[Principal, Depends(current_actor)]) -> Principal:
        if not actor.has_role(*roles):
            raise ApiError(403, "forbidden", "Your roles do not allow this.")
        return actor

    return check


DbSession = Annotated[Session, Depends(get_db)]
Actor = Annotated[Principal, Depends(current_actor)]
AppSettings = Annotated[Settings, Depends(get_settings)]
