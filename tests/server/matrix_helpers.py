"""Acting as people of the test world, directly (`execute`) or over HTTP (`Pusher`).

Shared by the authorisation matrix and the race tests. Direct calls run each command in its own
committed transaction, exactly as `push` does; HTTP calls go through the real app.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from central.store.accounts import Company, Person
from central.store.audit import AuditEntry
from central.store.commands import Outcome, execute
from central.store.documents import DocumentBlob
from central.store.enquiries import EnquiryRow, EventRow
from enquiries.commands import Command, CreateEnquiry, OfferToPartner, parse_command
from enquiries.directory import Actor
from enquiries.state import Enquiry
from tests.server.helpers import TestClient, bearer, login_session

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
