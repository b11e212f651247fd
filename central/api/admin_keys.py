"""`/admin/intake-keys`: head office's administrators issue and revoke intake API keys.

The secret is in the create answer only (the server keeps its hash); listings show a hint of its
first characters and when the key was last used.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from central.api.admin_common import HqAdmin, admin_errors
from central.api.deps import DbSession
from central.api.errors import StrictModel
from central.clock import now_of
from central.store import intake_keys as store
from central.store.accounts import ApiKey, Company

router = APIRouter(prefix="/api/v1/admin/intake-keys", tags=["admin"])


class KeyOut(BaseModel):
    id: str
    label: str
    channel: str
    partner_id: str | None
    partner_name: str | None
    hint: str = Field(description="the secret's first characters, to tell keys apart")
    active: bool
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class NewKeyOut(KeyOut):
    secret: str = Field(description="the X-Api-Key value; shown in this answer only, never again")


class KeyCreate(StrictModel):
    label: str = Field(min_length=1, max_length=200)
    channel: Literal["web", "dealer_page"] = "web"
    partner_id: str | None = Field(default=None, max_length=36, description="dealer_page: its partner")


def _names(session: DbSession, keys: list[ApiKey]) -> dict[str, str]:
    ids = {k.partner_id for k in keys if k.partner_id}
    if not ids:
        return {}
    rows = session.execute(select(Company.id, Company.name).where(Company.id.in_(ids)))
    return {company_id: name for company_id, name in rows}


def _out(key: ApiKey, names: dict[str, str]) -> KeyOut:
    return KeyOut(
        id=key.id,
        label=key.label,
        channel=key.channel,
        partner_id=key.partner_id,
        partner_name=names.get(key.partner_id) if key.partner_id else None,
        hint=key.key_hint,
        active=key.active,
        created_at=key.created_at,
        last_used_at=key.last_used_at,
        revoked_at=key.revoked_at,
    )


@router.get("", response_model=list[KeyOut])
def list_keys(actor: HqAdmin, session: DbSession, include_revoked: bool = True) -> list[KeyOut]:
    keys = store.list_keys(session, include_revoked=include_revoked)
    names = _names(session, keys)
    return [_out(k, names) for k in keys]


@router.post("", response_model=NewKeyOut, status_code=201)
def create_key(body: KeyCreate, actor: HqAdmin, session: DbSession, request: Request) -> NewKeyOut:
    with admin_errors():
        new = store.create_key(
            session, **body.model_dump(), actor_id=actor.person_id, now=now_of(request.app)()
        )
    session.commit()
    out = _out(new.key, _names(session, [new.key]))
    return NewKeyOut(**out.model_dump(), secret=new.secret)


@router.post("/{key_id}/revoke", response_model=KeyOut)
def revoke_key(key_id: str, actor: HqAdmin, session: DbSession, request: Request) -> KeyOut:
    """The key stops working at once; the intake then answers it like an unknown key (401)."""
    with admin_errors():
        key = store.revoke_key(session, key_id, actor_id=actor.person_id, now=now_of(request.app)())
    session.commit()
    return _out(key, _names(session, [key]))
