"""Shared helpers of the server tests: quick rows, signing in, and checking error bodies."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from central.api.errors import DETAILS
from central.db import transaction
from central.security import hash_password, token_hash
from central.store.accounts import ApiKey, Company, Person, new_id

with warnings.catch_warnings():  # starlette prefers httpx2; plain httpx is what we pin
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

__all__ = [
    "PASSWORD",
    "TEST_SECRET",
    "Factory",
    "TestClient",
    "World",
    "assert_error",
    "bearer",
    "build_world",
    "login",
    "login_session",
]

TEST_SECRET = "test-secret-key-that-is-long-enough-for-hs256-0123456789"
PASSWORD = "correct horse battery"


class Factory:
    """Creates companies, people and API keys directly in the database (committed, detached)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory
        self._counter = 0

    def _next(self) -> int:
        self._counter += 1
        return self._counter

    def company(
        self,
        name: str | None = None,
        *,
        kind: str = "partner",
        country: str = "DE",
        subdivision: str | None = "BY",
        timezone: str = "Europe/Berlin",
        postcode_ranges: Iterable[str] = (),
        active: bool = True,
    ) -> Company:
        company = Company(
            id=new_id(),
            name=name or f"Company {self._next()}",
            kind=kind,
            country=country,
            subdivision=subdivision,
            timezone=timezone,
            postcode_ranges=list(postcode_ranges),
            active=active,
        )
        with transaction(self.session_factory) as session:
            session.add(company)
        return company

    def person(
        self,
        company: Company | str,
        login: str | None = None,
        *,
        roles: Iterable[str] | None = None,
        password: str = PASSWORD,
        display_name: str | None = None,
        active: bool = True,
    ) -> Person:
        company_id = company if isinstance(company, str) else company.id
        if roles is None:
            is_partner = isinstance(company, Company) and company.kind == "partner"
            roles = ("partner_staff",) if is_partner else ("head_office",)
        number = self._next()
        person = Person(
            id=new_id(),
            company_id=company_id,
            login=(login or f"person{number}@example.test").lower(),
            display_name=display_name or f"Person {number}",
            password_hash=hash_password(password),
            roles=frozenset(roles),
            active=active,
        )
        with transaction(self.session_factory) as session:
            session.add(person)
        return person

    def api_key(self, key: str, *, channel: str = "web", partner: Company | None = None) -> ApiKey:
        partner_id = partner.id if partner else None
        row = ApiKey(id=new_id(), channel=channel, key_hash=token_hash(key), partner_id=partner_id)
        with transaction(self.session_factory) as session:
            session.add(row)
        return row


@dataclass(frozen=True)
class World:
    """A small version of the demo data set: head office and two partners."""

    hq: Company
    mueller: Company
    rossi: Company
    anna: Person  # head office, reporting
    carla: Person  # head office agent only
    max: Person  # Müller partner admin
    eva: Person  # Müller staff
    luca: Person  # Rossi partner admin
    sofia: Person  # Rossi staff


def build_world(make: Factory) -> World:
    italy = {"country": "IT", "subdivision": "BZ", "timezone": "Europe/Rome"}
    hq = make.company("Head Office", kind="head_office", **italy)
    mueller = make.company("Fenster Müller GmbH", postcode_ranges=["80000-87999"])
    rossi = make.company("Serramenti Rossi Srl", postcode_ranges=["39"], **italy)
    admin = ("partner_staff", "partner_admin")
    return World(
        hq=hq,
        mueller=mueller,
        rossi=rossi,
        anna=make.person(hq, "anna@hq.example", roles=("head_office", "reporting"), display_name="Anna"),
        carla=make.person(hq, "carla@hq.example", roles=("agent",), display_name="Carla"),
        max=make.person(mueller, "max@mueller.example", roles=admin, display_name="Max"),
        eva=make.person(mueller, "eva@mueller.example", roles=("partner_staff",), display_name="Eva"),
        luca=make.person(rossi, "luca@rossi.example", roles=admin, display_name="Luca"),
        sofia=make.person(rossi, "sofia@rossi.example", roles=("partner_staff",), display_name="Sofia"),
    )


def bearer(access_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token}"}


def login_session(client: TestClient, login: str, password: str = PASSWORD, client_id: str = "pytest") -> Any:
    """The full login answer (tokens and user); fails the test unless the login succeeds."""
    body = {"login": login, "password": password, "client_id": client_id}
    response = client.post("/api/v1/auth/login", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def login(
    client: TestClient, login: str, password: str = PASSWORD, client_id: str = "pytest"
) -> dict[str, str]:
    """Authorization headers for `login`."""
    return bearer(login_session(client, login, password, client_id)["access_token"])


def assert_error(response: Any, status: int, code: str) -> dict[str, str]:
    """Check the one error shape (and that no traceback leaks); returns the error object."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    # What the sentence names may come along (central/api/errors.py, DETAILS), nothing else.
    assert {"code", "message"} <= set(error) <= {"code", "message", *DETAILS}, body
    assert error["code"] == code, body
    assert isinstance(error["message"], str) and error["message"], body
    assert "Traceback" not in response.text and 'File "' not in response.text
    return dict(error)
