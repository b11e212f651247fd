"""One-time tokens by e-mail: the invitation of a new account and a password reset.

Only the token's SHA-256 is stored. Issuing a token voids the person's earlier unused ones, so
only the newest mail works; the mail itself goes through the outbox in the caller's transaction
(sent exactly when the change commits). The mail holds a link with the token and no password.
Accepting sets the password, spends the token and signs the person out everywhere.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from central.mail.outbox import enqueue
from central.security import hash_password, token_hash
from central.store.accounts import Company, Device, Person
from central.store.admin import AdminError
from central.store.base import Base, UTCDateTime

INVITE = "invite"
RESET = "reset"
LIFETIME = {INVITE: timedelta(days=7), RESET: timedelta(hours=24)}
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
LINK = "enquiry-desk://accept-invite?token={token}"


class InviteToken(Base):
    """An invitation or password-reset token; `used_at` set once it was spent or voided."""

    __tablename__ = "invite_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(10))
    created_by: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


def check_password(password: str, field: str = "password") -> str:
    if len(password) < MIN_PASSWORD:
        raise AdminError(
            "weak_password", f"{field}: at least {MIN_PASSWORD} characters.", field=field, limit=MIN_PASSWORD
        )
    if len(password) > MAX_PASSWORD:
        raise AdminError(
            "invalid_request",
            f"{field}: at most {MAX_PASSWORD} characters.",
            field=field,
            reason="too_long",
            limit=MAX_PASSWORD,
        )
    return password


TEXTS = {
    INVITE: (
        "Your Enquiry Desk account",
        "Hello {name},\n\n{company} has created an Enquiry Desk account for you (login {login}).\n"
        "Choose your password with this link (valid for 7 days, usable once):\n\n{link}\n\n"
        'Or, in Enquiry Desk\'s sign-in dialog, choose "I have an invitation" and paste this code:\n'
        "{token}\n",
    ),
    RESET: (
        "Reset your Enquiry Desk password",
        "Hello {name},\n\nan administrator of {company} has asked for a new password for your "
        "Enquiry Desk account (login {login}).\n"
        "Choose it with this link (valid for 24 hours, usable once):\n\n{link}\n\n"
        'Or, in Enquiry Desk\'s sign-in dialog, choose "I have an invitation" and paste this code:\n'
        "{token}\n\nIf you did not expect this, tell your administrator.\n",
    ),
}


def issue(session: Session, *, person: Person, purpose: str, now: datetime, by: str | None = None) -> str:
    """A new token for `person`, mailed through the outbox; earlier unused tokens stop working.

    Returns the outbox row's id (the token itself is only in the mail)."""
    if purpose not in LIFETIME:
        raise ValueError(f"unknown purpose {purpose!r}")
    session.execute(
        update(InviteToken)
        .where(InviteToken.person_id == person.id, InviteToken.used_at.is_(None))
        .values(used_at=now)
    )
    token = secrets.token_urlsafe(32)
    session.add(
        InviteToken(
            token_hash=token_hash(token),
            person_id=person.id,
            purpose=purpose,
            created_by=by,
            created_at=now,
            expires_at=now + LIFETIME[purpose],
        )
    )
    company = session.get(Company, person.company_id)
    subject, body = TEXTS[purpose]
    return enqueue(
        session,
        to_address=person.login,
        to_name=person.display_name,
        subject=subject,
        body_text=body.format(
            name=person.display_name,
            company=company.name if company else "Enquiry Desk",
            login=person.login,
            link=LINK.format(token=token),
            token=token,
        ),
        kind=f"account_{purpose}",
        now=now,
    )


def invalid() -> AdminError:
    return AdminError(
        "invite_invalid",
        "This invitation or reset link is not valid (any more): ask your administrator for a new one.",
        400,
    )


def accept(session: Session, *, token: str, password: str, now: datetime) -> Person:
    """Set the password of the token's person; the token is spent, every device signed out."""
    check_password(password)
    row = session.scalars(
        select(InviteToken).where(InviteToken.token_hash == token_hash(token)).with_for_update()
    ).one_or_none()
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise invalid()
    person = session.get(Person, row.person_id)
    company = session.get(Company, person.company_id) if person else None
    if person is None or company is None or not (person.active and company.active):
        raise invalid()
    # The conditional update is the claim: two racing accepts of one token cannot both succeed.
    claimed = session.execute(
        update(InviteToken)
        .where(InviteToken.token_hash == row.token_hash, InviteToken.used_at.is_(None))
        .values(used_at=now)
        .returning(InviteToken.token_hash)
    ).scalar_one_or_none()
    if claimed is None:
        raise invalid()
    person.password_hash = hash_password(password)
    session.execute(
        update(Device)
        .where(Device.person_id == person.id, Device.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return person


def pending(session: Session, person_id: str, now: datetime) -> bool:
    """Whether an unused, unexpired invitation or reset waits for the person."""
    return (
        session.scalar(
            select(InviteToken.token_hash).where(
                InviteToken.person_id == person_id,
                InviteToken.used_at.is_(None),
                InviteToken.expires_at > now,
            )
        )
        is not None
    )
