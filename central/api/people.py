"""People and companies a caller may see, and account administration.

Partners only ever see their own company; head office sees every company. Ids outside what the
caller may see answer exactly like missing ids.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from central.api.auth import revoke_person_devices
from central.api.deps import Actor, DbSession, Principal, may_manage_people
from central.api.errors import ApiError, StrictModel, not_found
from central.security import hash_password
from central.store.accounts import ROLES_BY_COMPANY_KIND, Company, Person, new_id
from central.store.people_views import publish_person

router = APIRouter(prefix="/api/v1", tags=["people"])

LOGIN_PATTERN = r"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$"


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


class PersonCreate(StrictModel):
    company_id: str = Field(min_length=1, max_length=36)
    login: str = Field(max_length=254, pattern=LOGIN_PATTERN)
    display_name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=8, max_length=1024)
    roles: list[str] = Field(min_length=1, max_length=10)


class PersonUpdate(StrictModel):
    active: bool | None = None
    display_name: str | None = Field(default=None, min_length=1, max_length=200)
    roles: list[str] | None = Field(default=None, min_length=1, max_length=10)
    password: str | None = Field(default=None, min_length=8, max_length=1024)


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


def _checked_roles(roles: list[str], company: Company) -> frozenset[str]:
    allowed = ROLES_BY_COMPANY_KIND[company.kind]
    wanted = frozenset(role.strip() for role in roles)
    unknown = sorted(wanted - allowed)
    if unknown:
        message = f"roles: {', '.join(unknown)} not allowed here (allowed: {', '.join(sorted(allowed))})"
        raise ApiError(422, "invalid_role", message)
    return wanted


def _forbidden() -> ApiError:
    return ApiError(403, "forbidden", "Only an administrator of this company may change its accounts.")


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


@router.post("/people", response_model=PersonOut, status_code=201)
def create_person(body: PersonCreate, actor: Actor, session: DbSession) -> PersonOut:
    company = session.get(Company, body.company_id)
    if company is None or not may_see_company(actor, company.id):
        raise not_found("company")
    if not may_manage_people(actor, company.id):
        raise _forbidden()
    roles = _checked_roles(body.roles, company)
    login = body.login.strip().lower()
    if session.scalar(select(Person.id).where(Person.login == login)) is not None:
        raise _login_taken()
    person = Person(
        id=new_id(),
        company_id=company.id,
        login=login,
        display_name=body.display_name.strip(),
        password_hash=hash_password(body.password),
        roles=roles,
        active=True,
    )
    session.add(person)
    publish_person(session, person)  # colleagues' clients learn of them with their next pull
    _commit_unique_login(session)
    return _person_out(person, company)


@router.patch("/people/{person_id}", response_model=PersonOut)
def update_person(person_id: str, body: PersonUpdate, actor: Actor, session: DbSession) -> PersonOut:
    row = session.execute(
        select(Person, Company).join(Company, Company.id == Person.company_id).where(Person.id == person_id)
    ).one_or_none()
    if row is None or not may_see_company(actor, row[1].id):
        raise not_found("person")
    person, company = row
    if not may_manage_people(actor, company.id):
        raise _forbidden()
    if body.display_name is not None:
        person.display_name = body.display_name.strip()
    if body.roles is not None:
        person.roles = _checked_roles(body.roles, company)
    if body.password is not None:
        person.password_hash = hash_password(body.password)
        # Everyone holding the old password's sessions is signed out, except the caller's own device.
        revoke_person_devices(session, person.id, keep_device_id=actor.device_id)
    if body.active is not None:
        person.active = body.active
        if not body.active:
            revoke_person_devices(session, person.id)
    publish_person(session, person)  # e.g. an inactive colleague leaves every "choose" list
    session.commit()
    return _person_out(person, company)


def _login_taken() -> ApiError:
    return ApiError(409, "login_taken", "Another account already uses this login.")


def _commit_unique_login(session: Session) -> None:
    try:
        session.commit()
    except IntegrityError:  # a concurrent request took the login first
        session.rollback()
        raise _login_taken() from None
