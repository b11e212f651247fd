"""`/admin/routes`: head office's administrators edit the routing of web enquiries, and preview it.

Thin HTTP over `central.store.admin_routes`; every change is audited there. The preview runs the
intake's own planning code and writes nothing.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from central.api.admin_common import HqAdmin, admin_errors
from central.api.deps import DbSession
from central.api.errors import StrictModel
from central.clock import now_of
from central.store import admin_routes as store
from central.store.routes import RouteRow

router = APIRouter(prefix="/api/v1/admin/routes", tags=["admin"])

Short = Annotated[str, Field(min_length=1, max_length=100)]
Code = Annotated[str, Field(min_length=1, max_length=40)]


class TargetIn(StrictModel):
    kind: Literal["partner", "person"]
    company_id: str | None = Field(default=None, max_length=36, description="the partner (kind partner)")
    person_id: str | None = Field(
        default=None, max_length=36, description="head-office person, or a named person at the partner"
    )


class TargetOut(BaseModel):
    kind: str
    company_id: str
    person_id: str | None


class RouteOut(BaseModel):
    id: str
    name: str
    country: str
    postcode_ranges: list[str]
    postcode_prefixes: list[str]
    product_interests: list[str]
    keywords: list[str]
    chain: list[TargetOut]
    owner_person_id: str = Field(description="head-office person declined and expired enquiries go back to")
    priority: int
    active: bool


class RouteCreate(StrictModel):
    name: str = Field(min_length=1, max_length=200)
    country: str = Field(min_length=2, max_length=2)
    postcode_ranges: list[Code] = Field(default_factory=list, max_length=500, description='"80000-87999"')
    postcode_prefixes: list[Code] = Field(default_factory=list, max_length=500, description='"39"')
    product_interests: list[Short] = Field(default_factory=list, max_length=100)
    keywords: list[Short] = Field(default_factory=list, max_length=100)
    chain: list[TargetIn] = Field(min_length=1, max_length=20)
    owner_person_id: str = Field(min_length=1, max_length=36)
    priority: int = Field(default=100, ge=0, le=10_000, description="lower wins")


class RouteUpdate(StrictModel):
    """Fields left out stay."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    country: str | None = Field(default=None, min_length=2, max_length=2)
    postcode_ranges: list[Code] | None = Field(default=None, max_length=500)
    postcode_prefixes: list[Code] | None = Field(default=None, max_length=500)
    product_interests: list[Short] | None = Field(default=None, max_length=100)
    keywords: list[Short] | None = Field(default=None, max_length=100)
    chain: list[TargetIn] | None = Field(default=None, min_length=1, max_length=20)
    owner_person_id: str | None = Field(default=None, min_length=1, max_length=36)
    priority: int | None = Field(default=None, ge=0, le=10_000)
    active: bool | None = None


class PreviewIn(StrictModel):
    country: str = Field(min_length=2, max_length=2)
    postcode: str = Field(min_length=1, max_length=20)
    product_interest: str = Field(default="", max_length=200)
    message: str = Field(default="", max_length=10_000)
    email: str = Field(default="", max_length=200, description="only the spam rules look at it")
    channel: Literal["web", "dealer_page"] = "web"
    partner_id: str | None = Field(default=None, max_length=36, description="dealer_page: its partner")


class PreviewStepOut(BaseModel):
    kind: str
    company_id: str
    company_name: str
    person_id: str | None
    person_name: str | None
    usable: bool = Field(description="false: skipped now (inactive partner or person)")


class PreviewOut(BaseModel):
    spam: bool
    reason: str = Field(description='"matched", "no_route" or "spam:<rule>"')
    route_id: str | None
    route_name: str | None
    owner_person_id: str | None
    chain: list[PreviewStepOut]
    first: PreviewStepOut | None = Field(description="who gets it at once; null: the owner keeps it")


def _out(row: RouteRow) -> RouteOut:
    return RouteOut(**store.route_values(row))


@router.get("", response_model=list[RouteOut])
def list_routes(actor: HqAdmin, session: DbSession, include_inactive: bool = True) -> list[RouteOut]:
    return [_out(r) for r in store.list_routes(session, include_inactive=include_inactive)]


@router.post("", response_model=RouteOut, status_code=201)
def create_route(body: RouteCreate, actor: HqAdmin, session: DbSession, request: Request) -> RouteOut:
    values = body.model_dump()
    with admin_errors():
        row = store.create_route(session, **values, actor_id=actor.person_id, now=now_of(request.app)())
    session.commit()
    return _out(row)


@router.post("/preview", response_model=PreviewOut)
def preview_route(body: PreviewIn, actor: HqAdmin, session: DbSession) -> PreviewOut:
    """Which chain would an enquiry with these facts get now? Computed as the intake does."""
    with admin_errors():
        result = store.preview(session, **body.model_dump())
    session.rollback()
    return PreviewOut(
        spam=result.spam,
        reason=result.reason,
        route_id=result.route_id,
        route_name=result.route_name,
        owner_person_id=result.owner_person_id,
        chain=[PreviewStepOut(**vars(s)) for s in result.chain],
        first=PreviewStepOut(**vars(result.first)) if result.first else None,
    )


@router.get("/{route_id}", response_model=RouteOut)
def get_route(route_id: str, actor: HqAdmin, session: DbSession) -> RouteOut:
    with admin_errors():
        return _out(store.get_route(session, route_id))


@router.patch("/{route_id}", response_model=RouteOut)
def update_route(
    route_id: str, body: RouteUpdate, actor: HqAdmin, session: DbSession, request: Request
) -> RouteOut:
    values = body.model_dump(exclude_unset=True)
    with admin_errors():
        row = store.update_route(
            session, route_id, **values, actor_id=actor.person_id, now=now_of(request.app)()
        )
    session.commit()
    return _out(row)


@router.post("/{route_id}/deactivate", response_model=RouteOut)
def deactivate_route(route_id: str, actor: HqAdmin, session: DbSession, request: Request) -> RouteOut:
    with admin_errors():
        row = store.deactivate_route(session, route_id, actor_id=actor.person_id, now=now_of(request.app)())
    session.commit()
    return _out(row)
