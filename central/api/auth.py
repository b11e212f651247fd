"""Sign-in, token refresh with rotation and theft detection, sign-out and device management.

Each login creates one `Device`. Its refresh token rotates on every use; the old hash is kept as
spent, and presenting a spent token again means two parties hold it, so the device is revoked.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central.api.deps import Actor, AppSettings, DbSession, may_manage_people, unauthenticated
from central.api.errors import ApiError, StrictModel, not_found
from central.api.throttle import Throttle, normalised_login
from central.config import Settings
from central.security import (
    burn_password_check,
    create_access_token,
    issue_refresh_token,
    token_hash,
    verify_password,
)
from central.store.accounts import Company, Device, Person, SpentRefreshToken, new_id, utcnow

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class LoginRequest(StrictModel):
    login: str = Field(min_length=1, max_length=254)
    password: str = Field(min_length=1, max_length=1024)
    client_id: str = Field(min_length=1, max_length=100)


class RefreshRequest(StrictModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class UserOut(BaseModel):
    id: str
    login: str
    display_name: str
    company_id: str
    company_name: str
    company_kind: str
    roles: list[str]


class SessionOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int
    user: UserOut


class DeviceOut(BaseModel):
    id: str
    person_id: str
    client_id: str
    user_agent: str
    created_at: datetime
    last_used_at: datetime
    current: bool


def _user_out(person: Person, company: Company) -> UserOut:
    return UserOut(
        id=person.id,
        login=person.login,
        display_name=person.display_name,
        company_id=company.id,
        company_name=company.name,
        company_kind=company.kind,
        roles=sorted(person.roles),
    )


def _session_out(
    settings: Settings, person: Person, company: Company, device_id: str, refresh: str
) -> SessionOut:
    lifetime = timedelta(minutes=settings.access_token_minutes)
    access = create_access_token(
        settings.secret_key,
        person_id=person.id,
        company_id=company.id,
        device_id=device_id,
        lifetime=lifetime,
    )
    return SessionOut(
        access_token=access,
        refresh_token=refresh,
        expires_in=int(lifetime.total_seconds()),
        user=_user_out(person, company),
    )


def invalid_credentials() -> ApiError:
    return ApiError(401, "invalid_credentials", "Wrong login or password.")


def account_inactive() -> ApiError:
    return ApiError(403, "account_inactive", "This account has been deactivated.")


@router.post("/login", response_model=SessionOut)
def login(
    body: LoginRequest,
    request: Request,
    session: DbSession,
    settings: AppSettings,
    throttle: Throttle,
    user_agent: Annotated[str, Header()] = "",
) -> SessionOut:
    """Sign in; a wrong password answers exactly like an unknown login (401, and as slowly: the
    hash is checked either way). Failed attempts are throttled per login and per address
    (central/api/throttle.py): then 429 `too_many_attempts` with Retry-After, known login or not."""
    attempt = throttle.attempt(request, body.login)
    row = session.execute(
        select(Person, Company)
        .join(Company, Company.id == Person.company_id)
        .where(Person.login == normalised_login(body.login))
    ).one_or_none()
    if row is None:
        burn_password_check(body.password)
        raise invalid_credentials()
    person, company = row
    ok, new_hash = verify_password(person.password_hash, body.password)
    if not ok:
        raise invalid_credentials()
    if not (person.active and company.active):
        raise account_inactive()
    if new_hash is not None:
        person.password_hash = new_hash
    now = utcnow()
    refresh = issue_refresh_token()
    device = Device(
        id=new_id(),
        person_id=person.id,
        client_id=body.client_id,
        refresh_hash=token_hash(refresh),
        refresh_family=new_id(),
        refresh_expires_at=now + timedelta(days=settings.refresh_token_days),
        created_at=now,
        last_used_at=now,
        user_agent=user_agent[:300],
    )
    session.add(device)
    session.commit()
    attempt.succeeded()
    return _session_out(settings, person, company, device.id, refresh)


@router.post("/refresh", response_model=SessionOut)
def refresh(body: RefreshRequest, session: DbSession, settings: AppSettings) -> SessionOut:
    """Trade a refresh token for a new pair; the presented token is spent from now on."""
    old_hash = token_hash(body.refresh_token)
    new_token = issue_refresh_token()
    now = utcnow()
    # Write first: the conditional update is the atomic "claim" of the token on both databases.
    device_id = session.execute(
        update(Device)
        .where(Device.refresh_hash == old_hash, Device.revoked_at.is_(None), Device.refresh_expires_at > now)
        .values(
            refresh_hash=token_hash(new_token),
            last_used_at=now,
            refresh_expires_at=now + timedelta(days=settings.refresh_token_days),
        )
        .returning(Device.id)
    ).scalar_one_or_none()
    retried = False
    if device_id is None:
        device_id = _retry_of_lost_answer(session, old_hash, token_hash(new_token), now, settings)
        retried = device_id is not None
    if device_id is None:
        raise _refusal(session, old_hash, now)
    person, company = session.execute(
        select(Person, Company)
        .join(Company, Company.id == Person.company_id)
        .join(Device, Device.person_id == Person.id)
        .where(Device.id == device_id)
    ).one()
    if not (person.active and company.active):
        session.rollback()
        raise account_inactive()
    if not retried:
        session.add(SpentRefreshToken(token_hash=old_hash, device_id=device_id, spent_at=now))
    session.commit()
    return _session_out(settings, person, company, device_id, new_token)


REUSE_GRACE = timedelta(seconds=60)


def _retry_of_lost_answer(
    session: Session, presented_hash: str, new_hash: str, now: datetime, settings: Settings
) -> str | None:
    """A just-spent token presented again, before its successor was ever used: the answer to the
    refresh was lost on the way (a dropped connection), not stolen. Rotate once more instead of
    revoking the device, which would cost the user every edit not yet sent. The window is short
    (60 s) and closes as soon as the successor is used, so a thief gains nothing from it.
    """
    spent = session.get(SpentRefreshToken, presented_hash)
    if spent is None or now - spent.spent_at > REUSE_GRACE:
        return None
    device = session.get(Device, spent.device_id)
    if device is None or device.revoked_at is not None or device.last_used_at > spent.spent_at:
        return None
    successor = device.refresh_hash
    claimed = session.execute(
        update(Device)
        .where(Device.id == device.id, Device.refresh_hash == successor, Device.revoked_at.is_(None))
        .values(
            refresh_hash=new_hash,
            last_used_at=now,
            refresh_expires_at=now + timedelta(days=settings.refresh_token_days),
        )
        .returning(Device.id)
    ).scalar_one_or_none()
    if claimed is not None:
        # The successor was never delivered; should it show up anyway, it gets no grace of its own.
        session.add(
            SpentRefreshToken(token_hash=successor, device_id=device.id, spent_at=now - 2 * REUSE_GRACE)
        )
    return claimed


def _refusal(session: Session, presented_hash: str, now: datetime) -> ApiError:
    """Why a refresh token was not accepted; revokes the device when a spent token comes back."""
    device = session.scalars(select(Device).where(Device.refresh_hash == presented_hash)).one_or_none()
    if device is not None:
        if device.revoked_at is not None:
            return unauthenticated("device_revoked", "This device has been signed out; sign in again.")
        return unauthenticated("refresh_expired", "The session has expired; sign in again.")
    spent = session.get(SpentRefreshToken, presented_hash)
    if spent is None:
        return unauthenticated("invalid_token", "The refresh token is not valid.")
    session.execute(
        update(Device).where(Device.id == spent.device_id, Device.revoked_at.is_(None)).values(revoked_at=now)
    )
    session.commit()
    return unauthenticated(
        "refresh_reused", "This refresh token was already used; the device has been signed out."
    )


@router.post("/logout", status_code=204)
def logout(actor: Actor, session: DbSession) -> Response:
    """Revoke the calling device: its access and refresh tokens stop working at once."""
    session.execute(update(Device).where(Device.id == actor.device_id).values(revoked_at=utcnow()))
    session.commit()
    return Response(status_code=204)


@router.get("/devices", response_model=list[DeviceOut])
def list_devices(
    actor: Actor,
    session: DbSession,
    person_id: Annotated[str | None, Query(max_length=36)] = None,
) -> list[DeviceOut]:
    """Signed-in devices of the caller, or of `person_id` for those who manage that person."""
    target = person_id or actor.person_id
    if target != actor.person_id:
        company_id = session.scalar(select(Person.company_id).where(Person.id == target))
        if company_id is None or not may_manage_people(actor, company_id):
            raise not_found("person")
    rows = session.scalars(
        select(Device)
        .where(Device.person_id == target, Device.revoked_at.is_(None))
        .order_by(Device.last_used_at.desc(), Device.id)
    )
    return [
        DeviceOut(
            id=d.id,
            person_id=d.person_id,
            client_id=d.client_id,
            user_agent=d.user_agent,
            created_at=d.created_at,
            last_used_at=d.last_used_at,
            current=d.id == actor.device_id,
        )
        for d in rows
    ]


@router.delete("/devices/{device_id}", status_code=204)
def revoke_device(device_id: str, actor: Actor, session: DbSession) -> Response:
    """Sign one device out; foreign and missing ids answer the same 404."""
    row = session.execute(
        select(Device, Person.company_id)
        .join(Person, Person.id == Device.person_id)
        .where(Device.id == device_id)
    ).one_or_none()
    if row is None:
        raise not_found("device")
    device, company_id = row
    if device.person_id != actor.person_id and not may_manage_people(actor, company_id):
        raise not_found("device")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        session.commit()
    return Response(status_code=204)
