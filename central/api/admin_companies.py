"""`/admin/companies`: head office's administrators create, edit and deactivate partner companies.

Thin HTTP over `central.store.admin_companies`; answers carry the territory overlaps with other
active partners (allowed, shown so the administrator can decide).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session, sessionmaker

from central.api.admin_common import HqAdmin, admin_errors
from central.api.deps import DbSession, get_session_factory
from central.api.errors import StrictModel
from central.clock import now_of
from central.store import admin_companies as store
from central.store.accounts import Company

router = APIRouter(prefix="/api/v1/admin/companies", tags=["admin"])

Territory = list[Annotated[str, Field(min_length=1, max_length=40)]]


class OverlapOut(BaseModel):
    company_id: str
    company_name: str
    mine: str = Field(description="this company's range or prefix")
    theirs: str = Field(description="the other partner's range or prefix it meets")


class AdminCompanyOut(BaseModel):
    id: str
    name: str
    kind: str
    country: str
    subdivision: str | None = Field(description="`holidays` subdivision of the calendar, e.g. BY")
    timezone: str
    postcode_ranges: list[str] = Field(description='ranges "80000-87999" and prefixes "39"')
    active: bool
    overlaps: list[OverlapOut] = Field(default_factory=list)
    forwarded_offers: int = Field(default=0, description="pending offers a deactivation moved on")


class CompanyCreate(StrictModel):
    name: str = Field(min_length=1, max_length=200)
    country: str = Field(min_length=2, max_length=2, description="ISO 3166-1 alpha-2")
    subdivision: str | None = Field(default=None, max_length=10)
    timezone: str = Field(min_length=1, max_length=64, description="IANA name, e.g. Europe/Berlin")
    postcode_ranges: Territory = Field(default_factory=list, max_length=500)


class CompanyUpdate(StrictModel):
    """Fields left out stay; `subdivision: null` clears the region."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    country: str | None = Field(default=None, min_length=2, max_length=2)
    subdivision: str | None = Field(default=None, max_length=10)
    timezone: str | None = Field(default=None, min_length=1, max_length=64)
    postcode_ranges: Territory | None = Field(default=None, max_length=500)


def _out(answer: store.CompanyAnswer) -> AdminCompanyOut:
    return _company_out(answer.company, answer.overlaps, answer.forwarded)


def _company_out(
    company: Company, overlaps: list[store.Overlap] | None = None, forwarded: int = 0
) -> AdminCompanyOut:
    return AdminCompanyOut(
        id=company.id,
        name=company.name,
        kind=company.kind,
        country=company.country,
        subdivision=company.subdivision,
        timezone=company.timezone,
        postcode_ranges=list(company.postcode_ranges or []),
        active=company.active,
        overlaps=[OverlapOut(**vars(o)) for o in overlaps or []],
        forwarded_offers=forwarded,
    )


@router.get("", response_model=list[AdminCompanyOut])
def list_partners(actor: HqAdmin, session: DbSession, include_inactive: bool = True) -> list[AdminCompanyOut]:
    """Every partner company (inactive ones too unless `include_inactive=false`), with overlaps."""
    out = []
    for company in store.list_companies(session, include_inactive=include_inactive):
        out.append(_company_out(company, store.overlaps(session, company) if company.active else []))
    return out


@router.post("", response_model=AdminCompanyOut, status_code=201)
def create_partner(
    body: CompanyCreate, actor: HqAdmin, session: DbSession, request: Request
) -> AdminCompanyOut:
    with admin_errors():
        answer = store.create_company(
            session, **body.model_dump(), actor_id=actor.person_id, now=now_of(request.app)()
        )
    session.commit()
    return _out(answer)


@router.get("/{company_id}", response_model=AdminCompanyOut)
def get_partner(company_id: str, actor: HqAdmin, session: DbSession) -> AdminCompanyOut:
    with admin_errors():
        return _out(store.get_company(session, company_id))


@router.patch("/{company_id}", response_model=AdminCompanyOut)
def update_partner(
    company_id: str, body: CompanyUpdate, actor: HqAdmin, session: DbSession, request: Request
) -> AdminCompanyOut:
    with admin_errors():
        answer = store.update_company(
            session,
            company_id,
            **body.model_dump(exclude_unset=True),
            actor_id=actor.person_id,
            now=now_of(request.app)(),
        )
    session.commit()
    return _out(answer)


@router.post("/{company_id}/deactivate", response_model=AdminCompanyOut)
def deactivate_partner(
    company_id: str,
    actor: HqAdmin,
    request: Request,
    factory: Annotated[sessionmaker[Session], Depends(get_session_factory)],
) -> AdminCompanyOut:
    """No new offers from now on; its pending offers are forwarded as if they had expired."""
    with admin_errors():
        answer = store.deactivate_and_forward(
            factory, company_id, actor_id=actor.person_id, now=now_of(request.app)()
        )
    return _out(answer)


@router.post("/{company_id}/reactivate", response_model=AdminCompanyOut)
def reactivate_partner(
    company_id: str, actor: HqAdmin, session: DbSession, request: Request
) -> AdminCompanyOut:
    """Active again: new offers may go to it, its people may sign in again."""
    with admin_errors():
        answer = store.reactivate_company(
            session, company_id, actor_id=actor.person_id, now=now_of(request.app)()
        )
    session.commit()
    return _out(answer)
