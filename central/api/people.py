"""People and companies a caller may see (pickers, offers, the directory).

Partners only ever see their own company; head office sees every company. Ids outside what the
caller may see answer exactly like missing ids. Accounts are created and changed only through
people administration (`central/api/admin_people.py`, `/admin/people...`), under its rights.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import func, or_, select

from central.api.deps import Actor, DbSession, Principal, may_manage_people
from central.store.accounts import Company, Person

router = APIRouter(prefix="/api/v1", tags=["people"])


class PersonOut(BaseModel):
    id: str
    login: str
    display_name: str
    company_id: str
    company_name: str
    roles: list[str]
    active: bool


class CompanyOut(BaseModel):
    id: str
    name: str
    kind: str
    country: str
    subdivision: str | None
    timezone: str
    postcode_ranges: list[str]
    active: bool


def _person_out(person: Person, company: Company) -> PersonOut:
    return PersonOut(
        id=person.id,
        login=person.login,
        display_name=person.display_name,
        company_id=company.id,
        company_name=company.name,
        roles=sorted(person.roles),
        active=person.active,
    )


def _company_out(company: Company) -> CompanyOut:
    return CompanyOut(
        id=company.id,
        name=company.name,
        kind=company.kind,
        country=company.country,
        subdivision=company.subdivision,
        timezone=company.timezone,
        postcode_ranges=list(company.postcode_ranges or []),
        active=company.active,
    )


def may_see_company(actor: Principal, company_id: str) -> bool:
    return actor.is_head_office or actor.company_id == company_id


@router.get("/people", response_model=list[PersonOut])
def list_people(
    actor: Actor,
    session: DbSession,
    query: Annotated[str, Query(max_length=200)] = "",
    company_id: Annotated[str | None, Query(max_length=36)] = None,
    include_inactive: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> list[PersonOut]:
    """Whom the caller may assign to (own company) or, for head office, offer to (a partner's people)."""
    target = company_id or actor.company_id
    if not may_see_company(actor, target):
        return []
    stmt = (
        select(Person, Company)
        .join(Company, Company.id == Person.company_id)
        .where(Company.id == target)
        .order_by(Person.display_name, Person.id)
        .limit(limit)
    )
    if not (include_inactive and may_manage_people(actor, target)):
        stmt = stmt.where(Person.active.is_(True), Company.active.is_(True))
    text = query.strip().lower()
    if text:
        stmt = stmt.where(
            or_(
                func.lower(Person.display_name).contains(text, autoescape=True),
                Person.login.contains(text, autoescape=True),
            )
        )
    return [_person_out(p, c) for p, c in session.execute(stmt)]


@router.get("/companies", response_model=list[CompanyOut])
def list_companies(actor: Actor, session: DbSession) -> list[CompanyOut]:
    """Head office: every active company; a partner: only itself."""
    stmt = select(Company).where(Company.active.is_(True)).order_by(Company.kind, Company.name)
    if not actor.is_head_office:
        stmt = stmt.where(Company.id == actor.company_id)
    return [_company_out(c) for c in session.scalars(stmt)]
