"""Intake API keys as head office administers them: create (the secret shown once), list, revoke.

Only the secret's SHA-256 (`security.token_hash`) and its first characters (a hint to tell keys
apart) are stored; the secret itself is in the create answer and nowhere else. A `web` key is the
manufacturer's site (both channels); a `dealer_page` key is bound to one active partner. A revoked
key answers exactly like an unknown one. The intake records when a key was last used, at most
once a minute per key, so busy keys do not serialise every intake on their row.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from central.security import token_hash
from central.store import audit
from central.store.accounts import API_CHANNELS, PARTNER, ApiKey, Company, new_id
from central.store.admin import AdminError, not_found, text
from central.store.directory import head_office_id

SECRET_PREFIX = "edk_"
HINT_LENGTH = 8
LAST_USED_RESOLUTION = timedelta(minutes=1)


@dataclass(frozen=True)
class NewKey:
    key: ApiKey
    secret: str  # shown once; never stored


def list_keys(session: Session, *, include_revoked: bool = True) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.created_at.desc(), ApiKey.id)
    if not include_revoked:
        query = query.where(ApiKey.active.is_(True))
    return list(session.scalars(query))


def get_key(session: Session, key_id: str) -> ApiKey:
    key = session.get(ApiKey, key_id) if key_id else None
    if key is None:
        raise not_found("intake key")
    return key


def create_key(
    session: Session,
    *,
    label: str,
    channel: str = "web",
    partner_id: str | None = None,
    actor_id: str | None = None,
    now: datetime,
) -> NewKey:
    """A new active key, in the caller's transaction; its secret is in the answer only."""
    label = text(label, "label")
    if channel not in API_CHANNELS:
        raise AdminError(
            "invalid_request",
            "channel: 'web' (the website, both channels) or 'dealer_page'.",
            field="channel",
            reason="not_valid",
        )
    if channel == "web" and partner_id:
        raise AdminError(
            "invalid_request",
            "partner_id: only a dealer_page key is bound to a partner.",
            field="partner_id",
            reason="not_valid",
        )
    if channel == "dealer_page":
        partner = session.get(Company, partner_id) if partner_id else None
        if partner is None or partner.kind != PARTNER:
            raise AdminError(
                "company_unknown",
                "partner_id: a dealer_page key needs an existing partner.",
                field="partner_id",
            )
        if not partner.active:
            raise AdminError(
                "company_inactive",
                f"partner_id: {partner.name} is no longer active.",
                field="partner_id",
                value=partner.name,
            )
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        id=new_id(),
        channel=channel,
        key_hash=token_hash(secret),
        partner_id=partner_id if channel == "dealer_page" else None,
        label=label,
        active=True,
        created_at=now,
        key_hint=secret[: len(SECRET_PREFIX) + HINT_LENGTH],
    )
    session.add(key)
    session.flush()
    audit.record(
        session,
        action="intake_key_created",
        at=now,
        actor_id=actor_id,
        company_id=head_office_id(session) or None,
        key_id=key.id,
        channel=channel,
        partner_id=key.partner_id,
        label=label,
    )
    return NewKey(key, secret)


def rename_key(session: Session, key_id: str, *, label: str) -> ApiKey:
    key = get_key(session, key_id)
    key.label = text(label, "label")
    return key


def revoke_key(session: Session, key_id: str, *, actor_id: str | None = None, now: datetime) -> ApiKey:
    """The key stops working at once (idempotent; audited once)."""
    key = session.get(ApiKey, key_id, with_for_update=True) if key_id else None
    if key is None:
        raise not_found("intake key")
    if key.active:
        key.active = False
        key.revoked_at = now
        session.flush()
        audit.record(
            session,
            action="intake_key_revoked",
            at=now,
            actor_id=actor_id,
            company_id=head_office_id(session) or None,
            key_id=key.id,
        )
    return key


def mark_used(session: Session, key_id: str, now: datetime) -> None:
    """Record a use of the key (skipped when the stored time is less than a minute old)."""
    session.execute(
        update(ApiKey)
        .where(
            ApiKey.id == key_id,
            or_(ApiKey.last_used_at.is_(None), ApiKey.last_used_at <= now - LAST_USED_RESOLUTION),
        )
        .values(last_used_at=now)
    )
