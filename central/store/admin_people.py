"""People as their administrators manage them: invite, name, roles, (re)activate, reset, hand over.

Plain keyword arguments, the caller's transaction, one `AdminError` (central/store/admin.py): the
HTTP API (`central/api/admin_people.py`) and the CLI call the same functions. `within` limits what
a caller may touch: a partner administrator passes their own company id, head office's
administrators and the CLI pass None (every company). A person outside `within` answers exactly
like a missing one.

Deactivating signs the person's devices out at once, publishes them as inactive (they leave
every colleague picker; the rules refuse inactive people as assignees and routing skips them)
and answers the routes that name them and how many enquiries they still hold, so the
administrator can hand those over (`hand_over`, through `execute` and the normal
`assign_person` rules, one result per enquiry).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session

from central.security import hash_password
from central.store import audit, invites
from central.store.accounts import ROLES_BY_COMPANY_KIND, Company, Device, Person, new_id
from central.store.admin import AdminError, not_found, text
from central.store.commands import execute
from central.store.directory import load_directory
from central.store.enquiries import EnquiryRow
from central.store.people_views import publish_person
from central.store.routes import RouteRow
from enquiries.commands import AssignPerson
from enquiries.directory import Actor, CompanyKind

LOGIN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_LOGIN = 254
OPEN_STATUSES = ("open", "assigned", "offered", "declined", "expired")


@dataclass(frozen=True)
class RouteUse:
    """A route that names a person: as the head-office person in charge, or as a chain target."""

    route_id: str
    route_name: str
    active: bool
    as_owner: bool
    as_target: bool


@dataclass(frozen=True)
class PersonAnswer:
    person: Person
    company: Company
    routes: list[RouteUse] = field(default_factory=list)
    held: int = 0
    invite_mail_id: str | None = None


@dataclass(frozen=True)
class Held:
    enquiry_id: str
    number: str | None
    status: str
    owner_company_id: str
    received_at: datetime


@dataclass(frozen=True)
class HandOverResult:
    enquiry_id: str
    number: str | None
    applied: bool
    code: str | None = None
    message: str | None = None


# --- checks ------------------------------------------------------------------------------------


def check_login(login: str) -> str:
    cleaned = login.strip().lower()
    if len(cleaned) > MAX_LOGIN or not LOGIN.match(cleaned):
        raise AdminError(
            "invalid_request",
            f"login: must be an e-mail address, not {login.strip()!r}.",
            field="login",
            value=login.strip(),
            reason="email",
        )
    return cleaned


def check_roles(roles: Iterable[str], company: Company) -> frozenset[str]:
    if isinstance(roles, str):
        raise AdminError(
            "invalid_request",
            "roles: a list of role names, not one string.",
            field="roles",
            reason="not_valid",
        )
    allowed = ROLES_BY_COMPANY_KIND[company.kind]
    wanted = frozenset(role.strip() for role in roles)
    if not wanted:
        raise AdminError("invalid_role", "roles: at least one role.", field="roles", reason="required")
    unknown = sorted(wanted - allowed)
    if unknown:
        raise AdminError(
            "invalid_role",
            f"roles: {', '.join(unknown)} not allowed for a {company.kind.replace('_', ' ')} "
            f"(allowed: {', '.join(sorted(allowed))}).",
            field="roles",
            value=",".join(unknown),
            reason="not_allowed",
        )
    return wanted


def _company(session: Session, company_id: str, within: str | None) -> Company:
    company = session.get(Company, company_id) if company_id else None
    if company is None or (within is not None and company.id != within):
        raise not_found("company")
    return company


def _person(session: Session, person_id: str, within: str | None, *, lock: bool = False) -> Person:
    person = session.get(Person, person_id, with_for_update=lock) if person_id else None
    if person is None or (within is not None and person.company_id != within):
        raise not_found("person")
    return person


def _answer(
    session: Session,
    person: Person,
    *,
    routes: list[RouteUse] | None = None,
    held: int = 0,
    invite_mail_id: str | None = None,
) -> PersonAnswer:
    company = session.get(Company, person.company_id)
    assert company is not None
    return PersonAnswer(person, company, routes or [], held, invite_mail_id)


# --- reads -------------------------------------------------------------------------------------


def list_people(
    session: Session,
    *,
    within: str | None = None,
    company_id: str | None = None,
    query: str = "",
    include_inactive: bool = True,
    limit: int = 500,
) -> list[tuple[Person, Company]]:
    """People of `company_id` (or of every company `within` allows), by company and name."""
    stmt = select(Person, Company).join(Company, Company.id == Person.company_id)
    if company_id is not None:
        stmt = stmt.where(Person.company_id == _company(session, company_id, within).id)
    elif within is not None:
        stmt = stmt.where(Person.company_id == within)
    if not include_inactive:
        stmt = stmt.where(Person.active.is_(True))
    needle = query.strip().lower()
    if needle:
        stmt = stmt.where(
            or_(
                func.lower(Person.display_name).contains(needle, autoescape=True),
                Person.login.contains(needle, autoescape=True),
            )
        )
    stmt = stmt.order_by(Company.kind, Company.name, Person.display_name, Person.id).limit(limit)
    return [(p, c) for p, c in session.execute(stmt)]


def get_person(session: Session, *, person_id: str, within: str | None = None) -> PersonAnswer:
    person = _person(session, person_id, within)
    return _answer(
        session, person, routes=routes_naming(session, person.id), held=_held_count(session, person)
    )


def routes_naming(session: Session, person_id: str) -> list[RouteUse]:
    """Routes whose person in charge is `person_id` or whose chain names them."""
    uses = []
    for row in session.scalars(select(RouteRow).order_by(RouteRow.priority, RouteRow.name, RouteRow.id)):
        targets = json.loads(row.chain or "[]")
        as_target = any(isinstance(t, dict) and t.get("person_id") == person_id for t in targets)
        as_owner = row.owner_person_id == person_id
        if as_owner or as_target:
            uses.append(RouteUse(row.id, row.name, bool(row.active), as_owner, as_target))
    return uses


def _held_query(person: Person) -> Select[EnquiryRow]:
    return select(EnquiryRow).where(
        EnquiryRow.holder_id == person.id,
        EnquiryRow.owner_company_id == person.company_id,
        EnquiryRow.status.in_(OPEN_STATUSES),
    )


def _held_count(session: Session, person: Person) -> int:
    return int(session.scalar(select(func.count()).select_from(_held_query(person).subquery())) or 0)


def held_enquiries(session: Session, *, person_id: str, within: str | None = None) -> list[Held]:
    """Open enquiries the person holds (their company owns them), oldest first."""
    person = _person(session, person_id, within)
    rows = session.scalars(_held_query(person).order_by(EnquiryRow.received_at, EnquiryRow.id))
    return [Held(r.id, r.number, r.status, r.owner_company_id, r.received_at) for r in rows]


# --- writes ------------------------------------------------------------------------------------


def add_person(
    session: Session,
    *,
    company_id: str,
    login: str,
    display_name: str,
    roles: Iterable[str],
    now: datetime,
    within: str | None = None,
    by: str | None = None,
    password: str | None = None,
) -> PersonAnswer:
    """A new account. Without `password` (the normal case) an invitation with a one-time link is
    mailed through the outbox; with one (the CLI) it is set at once and no mail is sent."""
    company = _company(session, company_id, within)
    if not company.active:
        raise AdminError(
            "company_inactive", f"{company.name} is deactivated: activate it first.", value=company.name
        )
    checked_login = check_login(login)
    name = text(display_name, "display_name")
    checked_roles = check_roles(roles, company)
    if session.scalar(select(Person.id).where(Person.login == checked_login)) is not None:
        raise login_taken()
    person = Person(
        id=new_id(),
        company_id=company.id,
        login=checked_login,
        display_name=name,
        # Until the invitation is accepted no password works: a random, never revealed one.
        password_hash=hash_password(invites.check_password(password) if password else new_id() + new_id()),
        roles=checked_roles,
        active=True,
    )
    session.add(person)
    session.flush()
    mail_id = (
        None if password else invites.issue(session, person=person, purpose=invites.INVITE, now=now, by=by)
    )
    publish_person(session, person)
    return _answer(session, person, invite_mail_id=mail_id)


def login_taken() -> AdminError:
    return AdminError("login_taken", "Another account already uses this login.", 409)


def update_person(
    session: Session,
    *,
    person_id: str,
    now: datetime,
    within: str | None = None,
    by: str | None = None,
    display_name: str | None = None,
    roles: Iterable[str] | None = None,
) -> PersonAnswer:
    """Change the display name and/or the roles (only roles valid for the company's kind)."""
    person = _person(session, person_id, within, lock=True)
    company = session.get(Company, person.company_id)
    assert company is not None
    if display_name is not None:
        person.display_name = text(display_name, "display_name")
    if roles is not None:
        person.roles = check_roles(roles, company)
    publish_person(session, person)
    return _answer(session, person)


def set_active(
    session: Session,
    *,
    person_id: str,
    active: bool,
    now: datetime,
    within: str | None = None,
    by: str | None = None,
) -> PersonAnswer:
    """Deactivate (devices signed out at once) or reactivate (old devices stay signed out).

    The answer names the routes that name the person and how many enquiries they still hold."""
    person = _person(session, person_id, within, lock=True)
    if not active and by is not None and person.id == by:
        raise AdminError("own_account", "You cannot deactivate your own account.", 409)
    if person.active != active:
        person.active = active
        if not active:
            session.execute(
                update(Device)
                .where(Device.person_id == person.id, Device.revoked_at.is_(None))
                .values(revoked_at=now)
            )
        audit.record(
            session,
            action="person_activated" if active else "person_deactivated",
            at=now,
            actor_id=by,
            company_id=person.company_id,
            person_id=person.id,
        )
        publish_person(session, person)
    return _answer(
        session, person, routes=routes_naming(session, person.id), held=_held_count(session, person)
    )


def reset_password(
    session: Session, *, person_id: str, now: datetime, within: str | None = None, by: str | None = None
) -> str:
    """Mail the person a one-time link to choose a new password (the old one works until then).

    Returns the outbox row's id."""
    person = _person(session, person_id, within)
    if not person.active:
        raise AdminError(
            "person_inactive",
            f"{person.display_name} is deactivated: reactivate them first.",
            value=person.display_name,
        )
    return invites.issue(session, person=person, purpose=invites.RESET, now=now, by=by)


def hand_over(
    session: Session,
    *,
    person_id: str,
    to_person_id: str,
    now: datetime,
    within: str | None = None,
) -> list[HandOverResult]:
    """Assign every open enquiry `person_id` holds to `to_person_id` (same company, active).

    Each goes through `execute` with the normal `assign_person` rules, decided on behalf of the
    holder (the rules let only the holder assign); a refusal is reported for its enquiry and the
    others still move."""
    person = _person(session, person_id, within)
    target = session.get(Person, to_person_id) if to_person_id else None
    if target is None or (within is not None and target.company_id != within):
        raise not_found("person to hand over to")
    if target.company_id != person.company_id:
        raise AdminError(
            "other_company", f"{target.display_name} works for another company.", value=target.display_name
        )
    if target.id == person.id:
        raise AdminError("same_person", "Choose someone else to hand these enquiries to.")
    if not target.active:
        raise AdminError(
            "person_inactive", f"{target.display_name} is deactivated.", value=target.display_name
        )
    company = session.get(Company, person.company_id)
    assert company is not None
    kind: CompanyKind = "head_office" if company.kind == "head_office" else "partner"
    actor = Actor(person.id, company.id, kind, frozenset(person.roles))
    directory = load_directory(session, actor)
    results = []
    for held in held_enquiries(session, person_id=person.id, within=within):
        command = AssignPerson(enquiry_id=held.enquiry_id, user_id=target.id)
        outcome = execute(session, actor, command, now, directory)
        if outcome.refusal is None:
            results.append(HandOverResult(held.enquiry_id, held.number, True))
        else:
            refusal = outcome.refusal
            results.append(HandOverResult(held.enquiry_id, held.number, False, refusal.code, refusal.text()))
    return results
