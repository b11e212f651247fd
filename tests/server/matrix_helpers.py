"""Acting as people of the test world, directly (`execute`) or over HTTP (`Pusher`), and the
machinery of the authorisation matrix (expectations, `Harness`, `PushWorld`).

Shared by the authorisation matrix and the race tests. Direct calls run each command in its own
committed transaction, exactly as `push` does; HTTP calls go through the real app.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from central.api.errors import DETAILS as ERROR_DETAILS
from central.store.accounts import Company, Person
from central.store.audit import AuditEntry
from central.store.commands import Outcome, execute
from central.store.documents import DocumentBlob
from central.store.enquiries import EnquiryRow, EventRow
from enquiries.commands import Command, CreateEnquiry, OfferToPartner, parse_command
from enquiries.directory import Actor
from enquiries.state import Enquiry
from tests.server.helpers import Factory, TestClient, World, bearer, login_session

PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"
# A Monday morning, far from holidays: offers made now are due two working days later.
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def actor_of(person: Person, company: Company) -> Actor:
    """The rules' view of `person` (who works for `company`), as `push` builds it."""
    kind = "head_office" if company.kind == "head_office" else "partner"
    return Actor(person.id, company.id, kind, frozenset(person.roles))


def run(factory: sessionmaker[Session], actor: Actor, command: Command, now: datetime) -> Outcome:
    """One command in its own transaction (committed when applied or refused, like a push)."""
    with factory.begin() as session:
        return execute(session, actor, command, now)


def must(factory: sessionmaker[Session], actor: Actor, command: Command, now: datetime) -> Outcome:
    outcome = run(factory, actor, command, now)
    assert outcome.refusal is None, f"{command.wire_name} by {actor.person_id}: {outcome.refusal}"
    return outcome


def offered_enquiry(
    factory: sessionmaker[Session], offerer: Actor, partner_id: str, now: datetime = T0
) -> tuple[str, datetime]:
    """An enquiry created by head office person `offerer` and offered to `partner_id` at `now`."""
    enquiry_id = new_id()
    must(factory, offerer, CreateEnquiry(enquiry_id=enquiry_id, last_name="Huber", postcode="80331"), now)
    outcome = must(factory, offerer, OfferToPartner(enquiry_id=enquiry_id, company_id=partner_id), now)
    assert outcome.state is not None and outcome.state.offer is not None
    return enquiry_id, outcome.state.offer.deadline


def stored_state(factory: sessionmaker[Session], enquiry_id: str) -> Enquiry:
    with factory() as session:
        row = session.get(EnquiryRow, enquiry_id)
        assert row is not None, enquiry_id
        return Enquiry.model_validate_json(row.state)


def event_counts(factory: sessionmaker[Session], enquiry_id: str) -> dict[str, int]:
    """How many rows of each event name `enquiry_events` holds for the enquiry."""
    with factory() as session:
        rows = session.execute(
            select(EventRow.name, func.count())
            .where(EventRow.enquiry_id == enquiry_id)
            .group_by(EventRow.name)
        ).all()
    return {name: int(count) for name, count in rows}


def audit_actions(factory: sessionmaker[Session], enquiry_id: str) -> list[str]:
    with factory() as session:
        return list(session.scalars(select(AuditEntry.action).where(AuditEntry.enquiry_id == enquiry_id)))


class Direct:
    """Acts as one person without HTTP (same `must` as `Pusher`): quick set-up of the state under test."""

    def __init__(self, factory: sessionmaker[Session], person: Person, company: Company) -> None:
        self.factory = factory
        self.actor = actor_of(person, company)
        self.person_id = person.id
        self.company_id = company.id

    def must(self, name: str, args: dict[str, Any], now: datetime = T0) -> None:
        must(self.factory, self.actor, parse_command(name, args), now)

    def upload(self, data: bytes = b"plan") -> str:
        """A file as `PUT /documents/{id}` stores it, not yet attached."""
        document_id = new_id()
        with self.factory.begin() as session:
            session.add(
                DocumentBlob(
                    id=document_id,
                    company_id=self.company_id,
                    uploader_id=self.person_id,
                    filename="plan.pdf",
                    content_type="application/pdf",
                    size=len(data),
                    sha256="0" * 64,
                    data=data,
                    created_at=T0,
                )
            )
        return document_id


class Pusher:
    """One signed-in installation of one person: its own device, client id and mutation counter."""

    def __init__(self, client: TestClient, login: str, client_id: str | None = None) -> None:
        self.client = client
        self.client_id = client_id or f"{login}-{new_id()[:8]}"
        answer = login_session(client, login, client_id=self.client_id)
        self.headers = bearer(answer["access_token"])
        self.person_id: str = answer["user"]["id"]
        self.company_id: str = answer["user"]["company_id"]
        self.next_mutation = 1

    def mutation(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        """A mutation with the next id (the id is used up even if the push then fails)."""
        mutation = {"id": self.next_mutation, "name": name, "args": args}
        self.next_mutation += 1
        return mutation

    def push(self, name: str, args: dict[str, Any], client: TestClient | None = None) -> dict[str, Any]:
        """Push one mutation and return its result `{id, status, error?}`."""
        body = {"client_id": self.client_id, "mutations": [self.mutation(name, args)]}
        response = (client or self.client).post(PUSH, json=body, headers=self.headers)
        assert response.status_code == 200, response.text
        results = response.json()["results"]
        assert len(results) == 1, results
        result: dict[str, Any] = results[0]
        return result

    def must(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        result = self.push(name, args)
        assert result["status"] == "applied", (name, args, result)
        return result

    def snapshot(self) -> dict[str, dict[str, Any]]:
        """The enquiries a pull from no cursor gives this person: id -> data."""
        body = {"client_id": self.client_id, "limit": 5000}
        response = self.client.post(PULL, json=body, headers=self.headers)
        assert response.status_code == 200, response.text
        page = response.json()
        assert not page["has_more"]
        return {c["id"]: c["data"] for c in page["changes"] if c["entity"] == "enquiry"}


# --- the authorisation matrix: who is who ---------------------------------------------------------

API = "/api/v1"
ROLES = ("hq", "agent", "admin", "staff", "hqadmin", "anon")
PEOPLE_ROLES = ("hq", "agent", "admin", "staff")
HQ_ROLES = ("hq", "agent")
PARTNER_ROLES = ("admin", "staff")
LOGIN = {
    "hq": "anna@hq.example",
    "agent": "carla@hq.example",
    "admin": "max@mueller.example",
    "staff": "eva@mueller.example",
    "hqadmin": "ida@hq.example",  # head office administrator (roles head_office + admin)
    "anon": "anna@hq.example",  # whose ids an anonymous caller tries
}
COLLEAGUE = {  # someone else in the caller's company
    "hq": "carla@hq.example",
    "agent": "anna@hq.example",
    "admin": "eva@mueller.example",
    "staff": "max@mueller.example",
    "hqadmin": "anna@hq.example",
    "anon": "carla@hq.example",
}
OUTSIDER = "luca@rossi.example"  # works for a company none of the roles belongs to
HUGO = "hugo@hq.example"  # a second head office staff member: offers, and is head office's colleague
IDA = "ida@hq.example"  # head office's administrator ("admin" role): every company's people
MATE = {"hq": HUGO, "agent": HUGO, "admin": "eva@mueller.example", "staff": "max@mueller.example"}


# --- expectations ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Allowed:
    status: int = 200
    names: tuple[str, ...] | None = None  # listings: the names the answer must hold, in order


@dataclass(frozen=True)
class Refused:
    status: int
    code: str


Expect = Allowed | Refused
OK, CREATED, NO_CONTENT = Allowed(200), Allowed(201), Allowed(204)
UNAUTHENTICATED = Refused(401, "not_authenticated")
FORBIDDEN = Refused(403, "forbidden")
NOT_FOUND = Refused(404, "not_found")
WRONG_CLIENT = Refused(403, "wrong_client")


def by_role(
    hq: Expect,
    agent: Expect,
    admin: Expect,
    staff: Expect,
    anon: Expect = UNAUTHENTICATED,
    hqadmin: Expect | None = None,
) -> dict:
    """Expectations per role; the head-office administrator answers like `hq` unless told."""
    return {"hq": hq, "agent": agent, "admin": admin, "staff": staff, "hqadmin": hqadmin or hq, "anon": anon}


def everyone(expect: Expect, anon: Expect = UNAUTHENTICATED) -> dict[str, Expect]:
    return by_role(expect, expect, expect, expect, anon)


def _names(body: Any) -> tuple[str, ...]:
    return tuple(item.get("display_name") or item.get("name") for item in body)


def mismatch(response: httpx.Response, expect: Expect) -> str | None:
    """Why `response` does not meet `expect` (None when it does)."""
    got = response.status_code
    if isinstance(expect, Allowed):
        if got != expect.status:
            return f"expected {expect.status}, got {got} {response.text[:200]}"
        if expect.names is not None and _names(response.json()) != expect.names:
            return f"expected {expect.names}, got {_names(response.json())}"
        return None
    if got != expect.status:
        return f"expected {expect.status} {expect.code}, got {got} {response.text[:200]}"
    body = response.json()
    shape = {"code", "message"} <= set(body.get("error", {})) <= {"code", "message", *ERROR_DETAILS}
    if set(body) != {"error"} or not shape:
        return f"not the one error shape: {body}"
    if body["error"]["code"] != expect.code:
        return f"expected code {expect.code}, got {body['error']['code']}"
    if expect.status == 401 and "WWW-Authenticate" not in response.headers and expect.code.startswith("not_"):
        return "401 without a WWW-Authenticate challenge"
    return None


# --- the world of one matrix run -----------------------------------------------------------------


class Harness:
    """The test world plus cached sign-ins; every request of the matrix goes through `client`."""

    def __init__(self, client: TestClient, world: World, make: Factory, factory: sessionmaker[Session]):
        self.client = client
        self.world = world
        self.make = make
        self.factory = factory
        self.hugo = make.person(world.hq, HUGO, roles=("head_office",), display_name="Hugo")
        self.ida = make.person(world.hq, IDA, roles=("head_office", "admin"), display_name="Ida")
        people = [world.anna, world.carla, world.max, world.eva, world.luca, world.sofia, self.hugo, self.ida]
        self.people: dict[str, Person] = {p.login: p for p in people}
        self._headers: dict[str, dict[str, str]] = {}
        self.counter = 0
        self.keys_made = False
        self.attached: dict[str, str] = {}

    def next(self) -> int:
        self.counter += 1
        return self.counter

    def headers(self, role: str) -> dict[str, str]:
        """The role's cached sign-in (none for anonymous)."""
        if role == "anon":
            return {}
        if role not in self._headers:
            self._headers[role] = self.sign_in(LOGIN[role])
        return self._headers[role]

    def sign_in(self, login: str, client_id: str | None = None) -> dict[str, str]:
        answer = login_session(self.client, login, client_id=client_id or f"matrix-{self.next()}")
        return bearer(answer["access_token"])

    def device(self, login: str) -> tuple[str, dict[str, str]]:
        """A new device of `login`: its id and its headers."""
        headers = self.sign_in(login)
        devices = self.client.get(f"{API}/auth/devices", headers=headers).json()
        return next(d["id"] for d in devices if d["current"]), headers

    def upload(self, headers: dict[str, str], data: bytes = b"plan") -> str:
        document_id = new_id()
        response = self.client.put(
            f"{API}/documents/{document_id}", content=data, headers={**headers, "X-Filename": "plan.pdf"}
        )
        assert response.status_code == 201, response.text
        return document_id

    def person_id(self, login: str) -> str:
        return self.people[login].id

    def company_of(self, login: str) -> str:
        return self.people[login].company_id

    def direct(self, login: str) -> Direct:
        person = self.people[login]
        companies = {c.id: c for c in (self.world.hq, self.world.mueller, self.world.rossi)}
        return Direct(self.factory, person, companies[person.company_id])


# --- push commands ---------------------------------------------------------------------------------

APPLIED = "applied"


@dataclass
class Cell:
    enquiry_id: str
    colleague: str  # person id
    partner: str  # company id to offer to
    extra: dict[str, Any] = field(default_factory=dict)


ARGS: dict[str, Callable[[Cell], dict[str, Any]]] = {
    "create_enquiry": lambda c: {"last_name": "Neu", "email": "neu@example.test", "postcode": "80331"},
    "update_contact": lambda c: {"phone": "+49 89 123456"},
    "assign_person": lambda c: {"user_id": c.colleague},
    "revoke_assignment": lambda c: {},
    "reject_assignment": lambda c: {"reason": "not my area"},
    "set_colleague": lambda c: {"user_id": c.colleague},
    "clear_colleague": lambda c: {},
    "offer_to_partner": lambda c: {"company_id": c.partner},
    "revoke_offer": lambda c: {},
    "accept_offer": lambda c: {},
    "decline_offer": lambda c: {"reason": "too far away"},
    "discard": lambda c: {"reason": "test entry"},
    "close": lambda c: {"outcome": "won"},
    "add_note": lambda c: {"note_id": new_id(), "text": "called back"},
    "add_document": lambda c: {"document_id": c.extra["document_id"], "filename": "plan.pdf"},
    "add_task": lambda c: {"task_id": new_id(), "title": "call again", "assignee_id": c.colleague},
    "assign_external": lambda c: {"name": "Fitter", "email": "fitter@example.test"},
    "resend_external": lambda c: {},
    "communicate_changes_external": lambda c: {},
    "record_external_step": lambda c: {"step": "order", "date": T0.isoformat()},
    "mark_seen": lambda c: {},
    "link_contact": lambda c: {"contact_id": new_id(), "create": True},
}


class PushWorld:
    """Signed-in installations of everyone, and enquiries in every relation to the caller."""

    def __init__(self, h: Harness, role: str) -> None:
        self.h = h
        self.role = role
        self.me = Pusher(h.client, LOGIN[role])  # the pushes under test go over HTTP
        self.my = h.direct(LOGIN[role])  # set-ups go straight to `execute`
        self.mate = h.direct(MATE[role])
        self.hugo = h.direct(HUGO)
        self.max = h.direct("max@mueller.example")
        self.luca = h.direct(OUTSIDER)
        self.is_hq = role in HQ_ROLES
        self.partner = h.world.mueller.id if self.is_hq else h.world.rossi.id

    def create(self, who: Direct | Pusher, **fields: Any) -> str:
        enquiry_id = new_id()
        who.must(
            "create_enquiry", {"enquiry_id": enquiry_id, "last_name": "Huber", "email": "h@x.test", **fields}
        )
        return enquiry_id

    def offered(self, partner_id: str) -> str:
        enquiry_id = self.create(self.hugo)
        self.hugo.must("offer_to_partner", {"enquiry_id": enquiry_id, "company_id": partner_id})
        return enquiry_id

    def handed_over(self) -> str:
        enquiry_id = self.offered(self.h.world.mueller.id)
        self.max.must("accept_offer", {"enquiry_id": enquiry_id})
        return enquiry_id

    def own(self, name: str) -> str:
        """An enquiry on which the caller may do `name` if its role allows it at all."""
        me, mate = self.my, self.mate
        if name == "create_enquiry":
            return new_id()
        if name == "reject_assignment":
            enquiry_id = self.create(mate)
            mate.must("assign_person", {"enquiry_id": enquiry_id, "user_id": me.person_id})
            return enquiry_id
        if name in ("accept_offer", "decline_offer") and not self.is_hq:
            return self.offered(me.company_id)
        if name == "revoke_offer" and self.is_hq:
            return self.offered(self.h.world.mueller.id)
        enquiry_id = self.create(me, type="offer" if name == "record_external_step" else "information")
        if name == "revoke_assignment":
            me.must("assign_person", {"enquiry_id": enquiry_id, "user_id": mate.person_id})
        if name in ("resend_external", "communicate_changes_external", "record_external_step"):
            me.must(
                "assign_external", {"enquiry_id": enquiry_id, "name": "Fitter", "email": "f@example.test"}
            )
        if name == "communicate_changes_external":
            me.must("update_contact", {"enquiry_id": enquiry_id, "phone": "+49 89 999"})
        return enquiry_id

    def push(self, name: str, cell: Cell, **override: Any) -> dict[str, Any]:
        if name == "add_document" and "document_id" not in cell.extra:
            cell.extra["document_id"] = self.my.upload()
        args = {"enquiry_id": cell.enquiry_id, **ARGS[name](cell), **override}
        return self.me.push(name, args)

    def cell(self, enquiry_id: str) -> Cell:
        return Cell(enquiry_id, self.mate.person_id, self.partner)


def outcome(result: dict[str, Any]) -> str:
    return APPLIED if result["status"] == "applied" else str(result["error"]["code"])
