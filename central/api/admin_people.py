"""People administration: `/api/v1/admin/people...`.

Head office's administrators (role `admin`) manage every company's people, a partner
administrator (`partner_admin`) only their own company's: another company's person answers
exactly like a missing id (404 `not_found`). Other staff get 403, anonymous callers 401. The
logic lives in `central.store.admin_people` (shared with the CLI); this module only maps HTTP.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.api.admin_common import admin_errors
from central.api.deps import DbSession, Principal, current_actor
from central.api.errors import ApiError, StrictModel
from central.clock import now_of
from central.store import admin_people as store
from central.store import invites
from central.store.accounts import ROLE_ADMIN, ROLE_PARTNER_ADMIN, Company, Person
from central.store.admin_people import PersonAnswer

router = APIRouter(prefix="/api/v1/admin/people", tags=["admin: people"])


def require_people_admin(actor: Annotated[Principal, Depends(current_actor)]) -> Principal:
    """Head office's administrators and partner administrators; everyone else 403."""
    if actor.is_head_office and actor.has_role(ROLE_ADMIN):
        return actor
    if not actor.is_head_office and actor.has_role(ROLE_PARTNER_ADMIN):
        return actor
    raise ApiError(403, "forbidden", "Only an administrator may manage accounts.")


PeopleAdmin = Annotated[Principal, Depends(require_people_admin)]


def within(actor: Principal) -> str | None:
    """The company a caller may administer, None for every company."""
    return None if actor.is_head_office else actor.company_id


# --- models --------------------------------------------------------------------------------------


class AdminPersonOut(BaseModel):
    id: str
    login: str
    display_name: str
    company_id: str
    company_name: str
    company_kind: str
    roles: list[str]
    active: bool
    created_at: datetime
    invite_pending: bool = Field(description="An invitation or reset link was mailed and not yet used.")


class RouteUseOut(BaseModel):
    route_id: str
    route_name: str
    active: bool
    as_owner: bool = Field(description="The route's head-office person in charge.")
    as_target: bool = Field(description="A step of the route's chain.")


class PersonChangeOut(BaseModel):
    person: AdminPersonOut
    routes: list[RouteUseOut] = Field(description="Routes naming the person (routing skips inactive people).")
    held: int = Field(description="Open enquiries the person holds: GET .../held, POST .../hand-over.")


class PersonCreateIn(StrictModel):
    company_id: str = Field(min_length=1, max_length=36)
    login: str = Field(min_length=3, max_length=254, description="The person's e-mail address.")
    display_name: str = Field(min_length=1, max_length=200)
    roles: list[str] = Field(min_length=1, max_length=10)


class PersonPatchIn(StrictModel):
    display_name: str | None = Field(default=None, min_length=1, max_length=200)
    roles: list[str] | None = Field(default=None, min_length=1, max_length=10)


class HeldOut(BaseModel):
    enquiry_id: str
    number: str | None
    status: str
    received_at: datetime


class HandOverIn(StrictModel):
    to_person_id: str = Field(min_length=1, max_length=36)


class ErrorOut(BaseModel):
    code: str
    message: str


class HandOverResultOut(BaseModel):
    enquiry_id: str
    number: str | None
    status: Literal["applied", "refused"]
    error: ErrorOut | None = None


class HandOverOut(BaseModel):
    handed_over: int
    refused: int
    results: list[HandOverResultOut]


def _person_out(person: Person, company: Company, pending: bool) -> AdminPersonOut:
    return AdminPersonOut(
        id=person.id,
        login=person.login,
        display_name=person.display_name,
        company_id=company.id,
        company_name=company.name,
        company_kind=company.kind,
        roles=sorted(person.roles),
        active=person.active,
        created_at=person.created_at,
        invite_pending=pending,
    )


def _change_out(session: Session, answer: PersonAnswer, now: datetime) -> PersonChangeOut:
    return PersonChangeOut(
        person=_person_out(answer.person, answer.company, invites.pending(session, answer.person.id, now)),
        routes=[
            RouteUseOut(
                route_id=r.route_id,
                route_name=r.route_name,
                active=r.active,
                as_owner=r.as_owner,
                as_target=r.as_target,
            )
            for r in answer.routes
        ],
        held=answer.held,
    )


# --- endpoints -----------------------------------------------------------------------------------


@router.get("", response_model=list[AdminPersonOut])
def list_people(
    actor: PeopleAdmin,
    session: DbSession,
    request: Request,
    company_id: Annotated[str | None, Query(max_length=36)] = None,
    query: Annotated[str, Query(max_length=200)] = "",
    include_inactive: bool = True,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> list[AdminPersonOut]:
    """Everyone the caller administers (inactive people too unless told otherwise)."""
    now = now_of(request.app)()
    with admin_errors():
        rows = store.list_people(
            session,
            within=within(actor),
            company_id=company_id,
            query=query,
            include_inactive=include_inactive,
            limit=limit,
        )
    return [_person_out(p, c, invites.pending(session, p.id, now)) for p, c in rows]


@router.post("", response_model=PersonChangeOut, status_code=201)
def add_person(
    body: PersonCreateIn, actor: PeopleAdmin, session: DbSession, request: Request
) -> PersonChangeOut:
    """A new account; the person gets an e-mail with a one-time link to choose their password."""
    now = now_of(request.app)()
    with admin_errors():
        answer = store.add_person(
            session,
            company_id=body.company_id,
            login=body.login,
            display_name=body.display_name,
            roles=body.roles,
            now=now,
            within=within(actor),
            by=actor.person_id,
        )
        session.flush()
        out = _change_out(session, answer, now)
    try:
        session.commit()
    except IntegrityError:  # a concurrent request took the login first
        session.rollback()
        err = store.login_taken()
        raise ApiError(err.status, err.code, err.message, details=err.details) from None
    return out


@router.get("/{person_id}", response_model=PersonChangeOut)
def get_person(person_id: str, actor: PeopleAdmin, session: DbSession, request: Request) -> PersonChangeOut:
    with admin_errors():
        answer = store.get_person(session, person_id=person_id, within=within(actor))
    return _change_out(session, answer, now_of(request.app)())


@router.patch("/{person_id}", response_model=PersonChangeOut)
def update_person(
    person_id: str, body: PersonPatchIn, actor: PeopleAdmin, session: DbSession, request: Request
) -> PersonChangeOut:
    """Display name and/or roles (only roles valid for the person's kind of company)."""
    now = now_of(request.app)()
    with admin_errors():
        answer = store.update_person(
            session,
            person_id=person_id,
            now=now,
            within=within(actor),
            by=actor.person_id,
            display_name=body.display_name,
            roles=body.roles,
        )
    out = _change_out(session, answer, now)
    session.commit()
    return out


def _set_active(
    person_id: str, active: bool, actor: Principal, session: DbSession, request: Request
) -> PersonChangeOut:
    now = now_of(request.app)()
    with admin_errors():
        answer = store.set_active(
            session, person_id=person_id, active=active, now=now, within=within(actor), by=actor.person_id
        )
    out = _change_out(session, answer, now)
    session.commit()
    return out


@router.post("/{person_id}/deactivate", response_model=PersonChangeOut)
def deactivate_person(
    person_id: str, actor: PeopleAdmin, session: DbSession, request: Request
) -> PersonChangeOut:
    """Sign the person out everywhere at once; they leave pickers, assignment and routing. The
    answer lists the routes naming them and how many enquiries they hold."""
    return _set_active(person_id, False, actor, session, request)


@router.post("/{person_id}/reactivate", response_model=PersonChangeOut)
def reactivate_person(
    person_id: str, actor: PeopleAdmin, session: DbSession, request: Request
) -> PersonChangeOut:
    """Active again (their old devices stay signed out: they sign in anew)."""
    return _set_active(person_id, True, actor, session, request)


@router.post("/{person_id}/reset-password", status_code=204)
def reset_password(person_id: str, actor: PeopleAdmin, session: DbSession, request: Request) -> Response:
    """Mail the person a one-time link to choose a new password; the old one works until then."""
    with admin_errors():
        store.reset_password(
            session, person_id=person_id, now=now_of(request.app)(), within=within(actor), by=actor.person_id
        )
    session.commit()
    return Response(status_code=204)


@router.get("/{person_id}/held", response_model=list[HeldOut])
def held_enquiries(person_id: str, actor: PeopleAdmin, session: DbSession) -> list[HeldOut]:
    """Open enquiries the person holds, oldest first."""
    with admin_errors():
        held = store.held_enquiries(session, person_id=person_id, within=within(actor))
    return [
        HeldOut(enquiry_id=h.enquiry_id, number=h.number, status=h.status, received_at=h.received_at)
        for h in held
    ]


@router.post("/{person_id}/hand-over", response_model=HandOverOut)
def hand_over(
    person_id: str, body: HandOverIn, actor: PeopleAdmin, session: DbSession, request: Request
) -> HandOverOut:
    """Assign every enquiry the person holds to `to_person_id` (normal assignment rules; a refused
    enquiry is reported and stays where it is)."""
    with admin_errors():
        results = store.hand_over(
            session,
            person_id=person_id,
            to_person_id=body.to_person_id,
            now=now_of(request.app)(),
            within=within(actor),
        )
    session.commit()
    out = [
        HandOverResultOut(
            enquiry_id=r.enquiry_id,
            number=r.number,
            status="applied" if r.applied else "refused",
            error=None if r.applied else ErrorOut(code=r.code or "refused", message=r.message or ""),
        )
        for r in results
    ]
    applied = sum(r.applied for r in results)
    return HandOverOut(handed_over=applied, refused=len(results) - applied, results=out)
