"""Who is acting and whom they may name: people and companies as the rules need them.

The rules never query a database; the caller (server or client cache) hands them a `Directory`
holding the people and companies a decision may refer to.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from enquiries.deadlines import WorkCalendar

CompanyKind = Literal["head_office", "partner"]
SYSTEM_ID = "system"


@dataclass(frozen=True)
class CompanyInfo:
    id: str
    name: str
    kind: CompanyKind
    calendar: WorkCalendar
    active: bool = True


@dataclass(frozen=True)
class PersonInfo:
    id: str
    company_id: str
    name: str
    active: bool = True
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Actor:
    """The person a command comes from, or the server's own jobs (`Actor.system()`)."""

    person_id: str
    company_id: str
    company_kind: CompanyKind
    roles: frozenset[str] = frozenset()

    @property
    def is_system(self) -> bool:
        return self.person_id == SYSTEM_ID

    @property
    def is_head_office(self) -> bool:
        return self.company_kind == "head_office"

    @property
    def may_offer(self) -> bool:
        """Handing enquiries across companies is head office staff's job (not the call centre's)."""
        return self.is_system or (self.is_head_office and "head_office" in self.roles)

    @classmethod
    def system(cls, head_office_id: str) -> Actor:
        return cls(SYSTEM_ID, head_office_id, "head_office", frozenset({"system"}))

    @classmethod
    def of(cls, person: PersonInfo, company: CompanyInfo) -> Actor:
        return cls(person.id, company.id, company.kind, person.roles)


@dataclass(frozen=True)
class Directory:
    people: Mapping[str, PersonInfo] = field(default_factory=dict)
    companies: Mapping[str, CompanyInfo] = field(default_factory=dict)

    @classmethod
    def build(cls, people: Iterable[PersonInfo], companies: Iterable[CompanyInfo]) -> Directory:
        return cls({p.id: p for p in people}, {c.id: c for c in companies})

    def person(self, person_id: str | None) -> PersonInfo | None:
        return self.people.get(person_id) if person_id else None

    def company(self, company_id: str | None) -> CompanyInfo | None:
        return self.companies.get(company_id) if company_id else None

    def name(self, person_id: str | None) -> str:
        person = self.person(person_id)
        return person.name if person else "?"
