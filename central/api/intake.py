"""`POST /intake/enquiries`: web and dealer-page enquiries, authenticated by a per-channel API key.

A `web` key belongs to the manufacturer's website, which also hosts the dealer pages, so it may
send both channels; a `dealer_page` key is bound to its partner and may send only for it.
"""

from __future__ import annotations

import logging
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from pydantic import Field
from sqlalchemy import select

from central.api.deps import DbSession
from central.api.errors import ApiError, StrictModel
from central.clock import now_of
from central.security import token_hash
from central.store.accounts import ApiKey, Company
from central.store.intake import IntakeRequest, receive
from central.store.intake_keys import mark_used

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/intake", tags=["intake"])


class IntakeIn(StrictModel):
    channel: Literal["web", "dealer_page"]
    partner_id: str | None = Field(default=None, max_length=36)
    type: Literal["offer", "information", "consultation", "catalogue", "service"] = "information"
    product_interest: str = Field(default="", max_length=200)
    first_name: str = Field(default="", max_length=200)
    last_name: str = Field(min_length=1, max_length=200)
    email: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=60)
    street: str = Field(default="", max_length=200)
    postcode: str = Field(min_length=1, max_length=20)
    city: str = Field(default="", max_length=200)
    country: str = Field(min_length=2, max_length=2)
    message: str = Field(default="", max_length=10_000)


@router.post("/enquiries", status_code=201)
def intake(
    body: IntakeIn,
    request: Request,
    session: DbSession,
    x_api_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    if not x_api_key:
        raise ApiError(401, "api_key_missing", "An X-Api-Key header is required.")
    key = session.scalars(select(ApiKey).where(ApiKey.key_hash == token_hash(x_api_key))).first()
    if key is None or not key.active:
        raise ApiError(401, "api_key_invalid", "This API key is not valid.")
    if key.channel == "dealer_page" and (body.channel != "dealer_page" or body.partner_id != key.partner_id):
        raise ApiError(
            403, "channel_not_allowed", "This API key may only send enquiries for its own dealer page."
        )
    if body.channel == "dealer_page":
        partner = session.get(Company, body.partner_id) if body.partner_id else None
        if partner is None or partner.kind != "partner" or not partner.active:
            raise ApiError(422, "invalid_request", "partner_id: no such active partner.")
    if "@" not in body.email and not body.phone:
        raise ApiError(422, "invalid_request", "email: an e-mail address or a phone number is required.")
    now = now_of(request.app)()
    mark_used(session, key.id, now)
    result = receive(session, IntakeRequest(**body.model_dump()), now=now)
    session.commit()

    if result.spam:
        log.info("intake: dropped as %s (%s)", result.reason, result.id)
    # Spam gets the same answer as anything else: telling spammers which rule caught them helps them.
    return JSONResponse(status_code=201, content={"id": result.id})
