"""Load the people and companies a decision may refer to, as the rules' `Directory`.

A partner's directory holds only its own people: naming anyone else answers like a missing id.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.store.accounts import Company, Person
from enquiries.deadlines import WorkCalendar
from enquiries.directory import Actor, CompanyInfo, Directory, PersonInfo


def company_info(row: Company) -> CompanyInfo:
    return CompanyInfo(
        id=row.id,
        name=row.name,
        kind="head_office" if row.kind == "head_office" else "partner",
        calendar=WorkCalendar(row.country, row.subdivision or None, row.timezone),
        active=row.active,
    )


def person_info(row: Person) -> PersonInfo:
    return PersonInfo(
        id=row.id,
        company_id=row.company_id,
        name=row.display_name,
        active=row.active,
        roles=frozenset(row.roles),
    )


def load_directory(session: Session, actor: Actor) -> Directory:
    companies = [company_info(c) for c in session.scalars(select(Company))]
    query = select(Person)
    if not (actor.is_head_office or actor.is_system):
        query = query.where(Person.company_id == actor.company_id)
    people = [person_info(p) for p in session.scalars(query)]
    return Directory.build(people, companies)


def full_directory(session: Session) -> Directory:
    """Every company and every person: whom notices may go to, across companies."""
    companies = [company_info(c) for c in session.scalars(select(Company))]
    return Directory.build([person_info(p) for p in session.scalars(select(Person))], companies)


def head_office_id(session: Session) -> str:
    return (
        session.scalars(select(Company.id).where(Company.kind == "head_office").order_by(Company.id)).first()
        or ""
    )
