"""Self-service of one's own account: accept an invitation (or reset link), change one's password.

Under `/api/v1/auth` next to sign-in. Accepting needs no sign-in (the token is the proof);
changing the password needs the current one and signs out every other device of the caller.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import select, update

from central.api.admin_common import admin_errors
from central.api.deps import Actor, DbSession
from central.api.errors import ApiError, StrictModel
from central.api.throttle import Throttle
from central.clock import now_of
from central.security import hash_password, verify_password
from central.store import invites
from central.store.accounts import Device, Person

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class AcceptInviteIn(StrictModel):
    token: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=invites.MIN_PASSWORD, max_length=invites.MAX_PASSWORD)


class AcceptInviteOut(BaseModel):
    login: str = Field(description="Sign in with this login and the new password.")
    display_name: str


class PasswordChangeIn(StrictModel):
    current: str = Field(min_length=1, max_length=invites.MAX_PASSWORD)
    new: str = Field(min_length=invites.MIN_PASSWORD, max_length=invites.MAX_PASSWORD)


@router.post("/accept-invite", response_model=AcceptInviteOut)
def accept_invite(
    body: AcceptInviteIn, session: DbSession, request: Request, throttle: Throttle
) -> AcceptInviteOut:
    """Choose a password with the one-time token of an invitation or reset mail. A code that is
    not valid counts as a failed sign-in from the caller's address (central/api/throttle.py);
    accepting clears the account's failed sign-ins (a reset is the way back in)."""
    attempt = throttle.attempt(request, None)
    with admin_errors():
        person = invites.accept(session, token=body.token, password=body.password, now=now_of(request.app)())
    out = AcceptInviteOut(login=person.login, display_name=person.display_name)
    session.commit()
    attempt.succeeded(person.login)
    return out


@router.post("/password", status_code=204)
def change_password(
    body: PasswordChangeIn, actor: Actor, session: DbSession, request: Request, throttle: Throttle
) -> Response:
    """Change one's own password; every other device of the caller is signed out. A wrong
    current password counts as a failed sign-in of the account (a stolen session must not be a
    way to guess it), throttled like /auth/login."""
    login = session.scalar(select(Person.login).where(Person.id == actor.person_id))
    assert login is not None  # the caller was just authenticated
    session.commit()  # counting writes on a connection of its own (SQLite: one writer at a time)
    attempt = throttle.attempt(request, login)
    person = session.get(Person, actor.person_id, with_for_update=True)
    assert person is not None
    ok, _ = verify_password(person.password_hash, body.current)
    if not ok:
        raise ApiError(403, "wrong_password", "The current password is not right.")
    if body.new == body.current:
        session.rollback()
        attempt.succeeded()
        raise ApiError(
            422,
            "same_password",
            "new: choose a password different from the current one.",
            details={"field": "new"},
        )
    person.password_hash = hash_password(body.new)
    session.execute(
        update(Device)
        .where(Device.person_id == person.id, Device.id != actor.device_id, Device.revoked_at.is_(None))
        .values(revoked_at=now_of(request.app)())
    )
    session.commit()
    attempt.succeeded()
    return Response(status_code=204)
