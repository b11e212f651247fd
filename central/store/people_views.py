"""People and companies in the change feed: who a company may name, and nothing more.

Each company sees its own people and companies; head office sees every partner's people (to
offer to a named person); partners see head office's people (authors of notes, offerers) but
never another partner's. Roles are shown only inside the person's own company.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.store.accounts import Company, Person
from central.store.views import ViewRow, write_views


def _company_data(c: Company) -> dict[str, object]:
    return {
        "id": c.id,
        "name": c.name,
        "kind": c.kind,
        "country": c.country,
        "subdivision": c.subdivision,
        "timezone": c.timezone,
        "active": c.active,
    }


def _person_data(p: Person, viewer: str) -> dict[str, object]:
    data: dict[str, object] = {
        "id": p.id,
        "company_id": p.company_id,
        "display_name": p.display_name,
        "active": p.active,
    }
    if viewer == p.company_id:
        data["login"] = p.login
        data["roles"] = sorted(p.roles)
    return data


def _viewers(session: Session) -> tuple[list[str], list[str]]:
    companies = list(session.scalars(select(Company)))
    head_offices = [c.id for c in companies if c.kind == "head_office"]
    return head_offices, [c.id for c in companies]


def company_rows(session: Session, company: Company) -> list[ViewRow]:
    head_offices, everyone = _viewers(session)
    viewers = everyone if company.kind == "head_office" else sorted({company.id, *head_offices})
    return [ViewRow(v, "company", company.id, _company_data(company)) for v in viewers]


def person_rows(session: Session, person: Person) -> list[ViewRow]:
    company = session.get(Company, person.company_id)
    head_offices, everyone = _viewers(session)
    if company is not None and company.kind == "head_office":
        viewers = everyone
    else:
        viewers = sorted({person.company_id, *head_offices})
    return [ViewRow(v, "person", person.id, _person_data(person, v)) for v in viewers]


def publish_person(session: Session, person: Person) -> None:
    session.flush()
    write_views(session, person_rows(session, person))


def publish_company(session: Session, company: Company) -> None:
    session.flush()
    write_views(session, company_rows(session, company))


def publish_all(session: Session) -> None:
    """Every company and person (after seeding or adding a company, when viewers change)."""
    session.flush()
    rows: list[ViewRow] = []
    for company in session.scalars(select(Company).order_by(Company.id)):
        rows += company_rows(session, company)
    for person in session.scalars(select(Person).order_by(Person.id)):
        rows += person_rows(session, person)
    write_views(session, rows)
