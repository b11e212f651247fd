"""Helpers of the sync, intake, document and deadline tests: a signed-in device that pushes and pulls.

A `Device` is one installation of the desktop client: its own `client_id`, its own mutation
counter and its own pull cursor, exactly as the client keeps them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from central.db import transaction
from central.demo import INTAKE_KEY, demo_id, seed_accounts
from central.store.accounts import Person
from tests.server.helpers import PASSWORD, TestClient, bearer, login_session

__all__ = [
    "CONTACT",
    "DEMO_PASSWORD",
    "INTAKE",
    "INTAKE_KEY",
    "PULL",
    "PUSH",
    "Device",
    "count_rows",
    "demo_id",
    "enquiry_data",
    "entities",
    "intake_body",
    "new_id",
    "personal_values",
    "seed_demo_accounts",
]

PUSH = "/api/v1/sync/push"
PULL = "/api/v1/sync/pull"
INTAKE = "/api/v1/intake/enquiries"
DEMO_PASSWORD = "demo"

# Personal data of the enquiries the tests create: none of it may reach a company with only the
# anonymised view. Distinctive values, so a plain text search of a pull answer is conclusive.
CONTACT = {
    "first_name": "Ottilie",
    "last_name": "Zwirnhuber",
    "email": "ottilie.zwirnhuber@example.net",
    "phone": "+49 89 5550 1234",
    "street": "Quellenweg 17",
    "postcode": "80331",
    "city": "München",
    "country": "DE",
    "message": "Bitte rufen Sie mich wegen neuer Fenster an, Kennwort Pfirsichblüte.",
}
PERSONAL_FIELDS = ("first_name", "last_name", "email", "phone", "street", "message")


def new_id() -> str:
    return str(uuid.uuid4())


def personal_values(contact: dict[str, str] | None = None) -> list[str]:
    """The values an anonymised view must never contain."""
    contact = contact or CONTACT
    return [contact[k] for k in PERSONAL_FIELDS if contact.get(k)]


class Device:
    """One signed-in installation: pushes numbered mutations and pulls with a cursor."""

    def __init__(
        self,
        client: TestClient,
        login: str,
        *,
        password: str = PASSWORD,
        client_id: str | None = None,
    ) -> None:
        self.client = client
        self.login = login
        self.client_id = client_id or f"device-{login}-{uuid.uuid4().hex[:8]}"
        answer = login_session(client, login, password, self.client_id)
        self.headers = bearer(answer["access_token"])
        self.user: dict[str, Any] = answer["user"]
        self.next_mutation = 1
        self.cursor: int | None = None

    @property
    def person_id(self) -> str:
        return str(self.user["id"])

    # --- push ---------------------------------------------------------------------------------
    def push_raw(self, mutations: list[dict[str, Any]], *, client_id: str | None = None) -> Any:
        body = {"client_id": client_id or self.client_id, "mutations": mutations}
        return self.client.post(PUSH, json=body, headers=self.headers)

    def mutation(self, name: str, **args: Any) -> dict[str, Any]:
        """The next numbered mutation (the counter advances)."""
        mutation = {"id": self.next_mutation, "name": name, "args": args}
        self.next_mutation += 1
        return mutation

    def push_many(self, mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        response = self.push_raw(mutations)
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        assert [r["id"] for r in results] == [m["id"] for m in mutations], results
        return results

    def push(self, name: str, **args: Any) -> dict[str, Any]:
        """Push one mutation; returns its result `{id, status, error?}`."""
        return self.push_many([self.mutation(name, **args)])[0]

    def apply(self, name: str, **args: Any) -> dict[str, Any]:
        """Push one mutation that must be applied."""
        result = self.push(name, **args)
        assert result["status"] == "applied", (name, args, result)
        return result

    # --- pull ---------------------------------------------------------------------------------
    def pull_raw(self, *, cursor: int | None = None, **extra: Any) -> Any:
        body: dict[str, Any] = {"client_id": self.client_id, **extra}
        if cursor is not None:
            body["cursor"] = cursor
        return self.client.post(PULL, json=body, headers=self.headers)

    def pull(self, *, cursor: int | None = None, **extra: Any) -> dict[str, Any]:
        """One page from `cursor` (None: a snapshot); checks the answer's shape."""
        response = self.pull_raw(cursor=cursor, **extra)
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        assert set(page) == {"cursor", "last_mutation_id", "changes", "results", "has_more"}, page
        page["text"] = response.text
        return page

    def sync(self, *, limit: int = 1000) -> tuple[list[dict[str, Any]], str]:
        """Pull every page after this device's cursor, advancing it; the changes and raw texts."""
        changes: list[dict[str, Any]] = []
        texts = []
        while True:
            page = self.pull(cursor=self.cursor, limit=limit)
            changes += page["changes"]
            texts.append(page["text"])
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return changes, "\n".join(texts)


def entities(
    changes: Iterable[dict[str, Any]], entity: str, entity_id: str | None = None
) -> list[dict[str, Any]]:
    return [c for c in changes if c["entity"] == entity and (entity_id is None or c["id"] == entity_id)]


def enquiry_data(changes: Iterable[dict[str, Any]], enquiry_id: str) -> dict[str, Any] | None:
    """The last `put` data of the enquiry in `changes`, or None when there is none."""
    found = [c for c in entities(changes, "enquiry", enquiry_id) if c["op"] == "put"]
    return found[-1]["data"] if found else None


def seed_demo_accounts(session_factory: sessionmaker[Session]) -> dict[str, Person]:
    """The demo companies, people (password "demo"), routes and intake key of DESIGN.md."""
    with transaction(session_factory) as session:
        return seed_accounts(session)


def count_rows(session_factory: sessionmaker[Session], model: Any, *where: Any) -> int:
    with session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def intake_body(**changes: Any) -> dict[str, Any]:
    """A well-formed web enquiry (the CONTACT above), with `changes` applied."""
    body: dict[str, Any] = {
        "channel": "web",
        "type": "offer",
        "product_interest": "PVC windows",
        **CONTACT,
    }
    body.update(changes)
    return body
