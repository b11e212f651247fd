"""A small world for the rules tests, shaped like the demo data (DESIGN.md, "Demo data set").

Head office "hq" (IT-BZ) with anna, marco, carla; partners "mueller" (DE-BY) with max, eva and the
inactive "old"; "rossi" (IT-BZ) with luca, sofia; "alpen" (AT) with lena.

Helpers run one command through `decide` + `apply_all` and assert that it applied or was refused.
Every clock is fixed: T0 is Monday 2 March 2026, 09:00 UTC (no holiday anywhere in the world).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from enquiries.commands import Command, ExpireOffer, parse_command
from enquiries.deadlines import WorkCalendar
from enquiries.decide import decide
from enquiries.directory import Actor, CompanyInfo, Directory, PersonInfo
from enquiries.events import Event, apply_all
from enquiries.privacy import project
from enquiries.refusals import Refusal
from enquiries.rules.lifecycle import intake_events
from enquiries.state import Enquiry, RouteTarget

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # Monday, 10:00 in Rome, Berlin and Vienna
HOUR = timedelta(hours=1)
EID = "enq-1"

HQ, MUELLER, ROSSI, ALPEN = "hq", "mueller", "rossi", "alpen"

COMPANIES: dict[str, CompanyInfo] = {
    HQ: CompanyInfo(HQ, "Head Office", "head_office", WorkCalendar("IT", "BZ", "Europe/Rome")),
    MUELLER: CompanyInfo(
        MUELLER, "Fenster Müller GmbH", "partner", WorkCalendar("DE", "BY", "Europe/Berlin")
    ),
    ROSSI: CompanyInfo(ROSSI, "Serramenti Rossi Srl", "partner", WorkCalendar("IT", "BZ", "Europe/Rome")),
    ALPEN: CompanyInfo(ALPEN, "Alpenfenster KG", "partner", WorkCalendar("AT", None, "Europe/Vienna")),
}
PARTNERS: tuple[str, ...] = (MUELLER, ROSSI, ALPEN)

PEOPLE: dict[str, PersonInfo] = {
    p.id: p
    for p in (
        PersonInfo("anna", HQ, "Anna Head", roles=frozenset({"head_office", "reporting"})),
        PersonInfo("marco", HQ, "Marco Head", roles=frozenset({"head_office", "survey_manager"})),
        PersonInfo("carla", HQ, "Carla Head", roles=frozenset({"call_centre"})),
        PersonInfo("max", MUELLER, "Max Müller", roles=frozenset({"partner", "partner_admin"})),
        PersonInfo("eva", MUELLER, "Eva Müller", roles=frozenset({"partner"})),
        PersonInfo("old", MUELLER, "Old Müller", active=False, roles=frozenset({"partner"})),
        PersonInfo("luca", ROSSI, "Luca Rossi", roles=frozenset({"partner", "partner_admin"})),
        PersonInfo("sofia", ROSSI, "Sofia Rossi", roles=frozenset({"partner"})),
        PersonInfo("lena", ALPEN, "Lena Alpen", roles=frozenset({"partner", "partner_admin"})),
    )
}
ACTIVE_PEOPLE: tuple[str, ...] = tuple(p.id for p in PEOPLE.values() if p.active)
DIRECTORY = Directory.build(PEOPLE.values(), COMPANIES.values())
SYSTEM = Actor.system(HQ)

# The customer. Personal values are distinctive so that a leak is found by plain substring search.
CONTACT: dict[str, str] = {
    "first_name": "Giulia",
    "last_name": "Bianchini",
    "email": "giulia.bianchini@example.org",
    "phone": "+39 0471 555 123",
    "street": "Via Roma 12",
    "postcode": "39100",
    "city": "Bolzano",
    "country": "IT",
    "message": "Please call me in the evening about new windows.",
}
PERSONAL_FIELDS: tuple[str, ...] = ("first_name", "last_name", "email", "phone", "street", "message")
# Keys the anonymised view of an offer may have (DESIGN.md: id, type, product interest, postcode,
# city, country, channel, received time, deadline) plus bookkeeping the client needs.
ANONYMISED_KEYS = frozenset(
    {
        "id",
        "number",
        "anonymised",
        "type",
        "product_interest",
        "channel",
        "received_at",
        "status",
        "offer",
        "contact",
        "updated_at",
    }
)


def person_company(person_id: str) -> str:
    return PEOPLE[person_id].company_id


def actor(who: str | Actor) -> Actor:
    if isinstance(who, Actor):
        return who
    person = PEOPLE[who]
    return Actor.of(person, COMPANIES[person.company_id])


def command(name: str, /, **args: Any) -> Command:
    """A command by its wire name, parsed like a client mutation (ExpireOffer is server-only)."""
    args.setdefault("enquiry_id", EID)
    if name == "expire_offer":
        return ExpireOffer(**args)
    return parse_command(name, args)


def decide_cmd(
    state: Enquiry | None, who: str | Actor, name: str, /, now: datetime = T0, **args: Any
) -> list[Event] | Refusal:
    args.setdefault("enquiry_id", state.id if state else EID)
    return decide(state, actor(who), command(name, **args), now, DIRECTORY)


def run_events(
    state: Enquiry | None, who: str | Actor, name: str, /, now: datetime = T0, **args: Any
) -> tuple[Enquiry, list[Event]]:
    decision = decide_cmd(state, who, name, now, **args)
    assert not isinstance(decision, Refusal), f"{name} by {who} refused: {decision.code} {decision.params}"
    new = apply_all(state, decision)
    assert new is not None
    return new, decision


def run(state: Enquiry | None, who: str | Actor, name: str, /, now: datetime = T0, **args: Any) -> Enquiry:
    """Decide and apply; fail the test if the command is refused."""
    return run_events(state, who, name, now, **args)[0]


def refused(
    state: Enquiry | None, who: str | Actor, name: str, code: str, /, now: datetime = T0, **args: Any
) -> Refusal:
    """Decide; fail the test unless the command is refused with `code`."""
    decision = decide_cmd(state, who, name, now, **args)
    assert isinstance(decision, Refusal), f"{name} by {who} applied: {[e.name for e in decision]}"
    assert decision.code == code, f"{name} by {who}: expected {code}, got {decision.code} {decision.params}"
    return decision


def create(who: str = "anna", now: datetime = T0, enquiry_id: str = EID, **fields: Any) -> Enquiry:
    """A manually created enquiry with the standard contact (fields override it)."""
    return run(None, who, "create_enquiry", now, **{"enquiry_id": enquiry_id, **CONTACT, **fields})


def offered(
    to: str = MUELLER, by: str = "anna", now: datetime = T0, user_id: str | None = None, **fields: Any
) -> Enquiry:
    """Created by `by` at head office and offered by them to partner `to`."""
    state = create(by, now, **fields)
    args: dict[str, Any] = {"company_id": to}
    if user_id is not None:
        args["user_id"] = user_id
    return run(state, by, "offer_to_partner", now, **args)


def accepted(
    to: str = MUELLER, by: str = "anna", accepter: str = "max", now: datetime = T0, **fields: Any
) -> Enquiry:
    """Offered by `by` to `to` and accepted there by `accepter` an hour later."""
    return run(offered(to, by, now, **fields), accepter, "accept_offer", now + HOUR)


def partner(company_id: str) -> RouteTarget:
    return RouteTarget(kind="partner", company_id=company_id)


def person_target(person_id: str) -> RouteTarget:
    return RouteTarget(kind="person", company_id=person_company(person_id), person_id=person_id)


def intake(
    chain: Sequence[RouteTarget],
    route_owner_id: str | None = "anna",
    now: datetime = T0,
    enquiry_id: str = EID,
    **fields: Any,
) -> tuple[Enquiry, list[Event]]:
    """A web enquiry created at head office and routed along `chain`."""
    contact = {**CONTACT, **{k: v for k, v in fields.items() if k in CONTACT}}
    rest = {k: v for k, v in fields.items() if k not in CONTACT}
    base = Enquiry.model_validate(
        {
            "id": enquiry_id,
            "channel": "web",
            "received_at": now,
            "origin_company_id": HQ,
            "owner_company_id": HQ,
            "contact": contact,
            **rest,
        }
    )
    events = intake_events(base, chain=chain, route_owner_id=route_owner_id, directory=DIRECTORY, now=now)
    state = apply_all(None, events)
    assert state is not None
    return state, events


def seen_by(state: Enquiry, company_id: str) -> dict[str, Any]:
    """What `company_id` sees of `state`; fails the test when it sees nothing."""
    seen = project(state, company_id)
    assert seen is not None, f"{company_id} cannot see {state.id}"
    return seen


def walk(value: Any) -> Iterator[Any]:
    """Every key and every leaf value of a JSON-like structure, recursively."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from walk(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from walk(item)
    else:
        yield value


def all_keys(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            found |= all_keys(item)
    elif isinstance(value, list | tuple):
        for item in value:
            found |= all_keys(item)
    return found


def contains_text(value: Any, needle: str) -> bool:
    """Whether `needle` occurs in any string (key or value) inside `value`."""
    return any(isinstance(v, str) and needle in v for v in walk(value))
