"""Data-protection requests about one enquiry's contact person: erasure (art. 17) and access (art. 15).

Only the controller may ask: an administrator (head office's `admin`, a partner's `partner_admin`)
of the company that owns the enquiry - head office until a partner accepted it, the partner from
then on. Anyone who cannot see the enquiry gets the same 404 as for a missing id; someone who can,
but is not the controller, a 403. Both requests leave an audit entry.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel

from central.api.deps import Actor, DbSession, Principal
from central.api.errors import ApiError, not_found
from central.clock import now_of
from central.store.audit import record
from central.store.enquiries import EnquiryRow
from central.store.erasure import REQUEST, erase_enquiry
from central.store.erasure_tables import ErasedEnquiry
from central.store.personal_data import export
from enquiries import privacy
from enquiries.state import Enquiry

router = APIRouter(prefix="/api/v1/privacy", tags=["privacy"])


class ErasedOut(BaseModel):
    enquiry_id: str
    number: str
    erased_at: datetime
    removed: dict[str, int]


def _controlled(session: DbSession, actor: Principal, enquiry_id: str) -> Enquiry:
    row = session.get(EnquiryRow, enquiry_id)
    state = Enquiry.model_validate_json(row.state) if row is not None else None
    if state is None or not privacy.has_full_view(state, actor.company_id):
        raise not_found("enquiry")
    if not privacy.handles_requests(state, actor.company_id, actor.roles):
        raise ApiError(
            403,
            "not_controller",
            "Only an administrator of the company responsible for this enquiry's personal data may do this.",
        )
    return state


def _out(tombstone: ErasedEnquiry) -> ErasedOut:
    return ErasedOut(
        enquiry_id=tombstone.enquiry_id,
        number=tombstone.number,
        erased_at=tombstone.erased_at,
        removed=json.loads(tombstone.removed),
    )


@router.post("/enquiries/{enquiry_id}/erase", response_model=ErasedOut)
def erase(enquiry_id: str, request: Request, actor: Actor, session: DbSession) -> ErasedOut:
    """Erase the personal data of the enquiry's contact everywhere (see central/store/erasure.py);
    every client drops it at its next pull. Asked again, it answers the same erasure."""
    earlier = session.get(ErasedEnquiry, enquiry_id)
    if (
        earlier is not None
        and earlier.owner_company_id == actor.company_id
        and bool(actor.roles & privacy.CONTROLLER_ROLES)
    ):
        return _out(earlier)  # asked again (a retried request): the same answer
    _controlled(session, actor, enquiry_id)
    tombstone = erase_enquiry(
        session,
        enquiry_id,
        by=actor.person_id,
        company_id=actor.company_id,
        reason=REQUEST,
        now=now_of(request.app)(),
    )
    if tombstone is None:  # gone between the check and the lock
        raise not_found("enquiry")
    out = _out(tombstone)
    session.commit()
    return out


@router.get("/enquiries/{enquiry_id}/personal-data")
def personal_data(enquiry_id: str, request: Request, actor: Actor, session: DbSession) -> dict[str, Any]:
    """Everything held about the enquiry's contact person, for an access request (the desktop
    client also writes it as a PDF)."""
    state = _controlled(session, actor, enquiry_id)
    now = now_of(request.app)()
    body = export(session, state, now=now)
    record(
        session,
        action="personal_data_exported",
        at=now,
        actor_id=actor.person_id,
        company_id=actor.company_id,
        enquiry_id=enquiry_id,
    )
    session.commit()
    return body
