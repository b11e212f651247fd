"""Refusals of the administration name what they refuse (central/api/errors.py, DETAILS), so a
client can say them in its user's language: the field, the refused value or name, the limit, and
which rule of the code it was."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI

from tests.server.helpers import Factory, TestClient, World, assert_error, login
from tests.server.matrix_helpers import T0, new_id

API = "/api/v1"
IDA = "ida@hq.example"


@pytest.fixture
def ida(app: FastAPI, client: TestClient, world: World, make: Factory) -> dict[str, str]:
    app.state.clock = lambda: T0
    make.person(world.hq, IDA, roles=("head_office", "admin"), display_name="Ida")
    return login(client, IDA)


def _details(error: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in error.items() if k not in ("code", "message")}


def _company(**changes: Any) -> dict[str, Any]:
    return {"name": "Fenster Huber KG", "country": "DE", "timezone": "Europe/Berlin", **changes}


def test_a_bad_territory_names_the_entry_and_the_rule(client: TestClient, ida: dict[str, str]) -> None:
    body = _company(postcode_ranges=["90000-90999", "9100-91999"])
    error = assert_error(
        client.post(f"{API}/admin/companies", json=body, headers=ida), 422, "invalid_postcode"
    )
    assert _details(error) == {"value": "9100-91999", "reason": "lengths"}
    zone = assert_error(
        client.post(f"{API}/admin/companies", json=_company(timezone="Europe/Munich"), headers=ida),
        422,
        "invalid_timezone",
    )
    assert _details(zone) == {"value": "Europe/Munich"}
    taken = assert_error(
        client.post(f"{API}/admin/companies", json=_company(name="Fenster Müller GmbH"), headers=ida),
        409,
        "company_exists",
    )
    assert _details(taken) == {"value": "Fenster Müller GmbH"}


def test_the_request_models_refusals_name_field_rule_and_limit(
    client: TestClient, ida: dict[str, str]
) -> None:
    long_name = assert_error(
        client.post(f"{API}/admin/companies", json=_company(name="x" * 201), headers=ida),
        422,
        "invalid_request",
    )
    assert _details(long_name) == {"field": "name", "reason": "too_long", "limit": 200}
    unknown = assert_error(
        client.post(f"{API}/admin/companies", json=_company(colour="red"), headers=ida),
        422,
        "invalid_request",
    )
    assert _details(unknown) == {"field": "colour", "reason": "unknown_field"}
    short = assert_error(
        client.post(f"{API}/auth/accept-invite", json={"token": "x", "password": "short"}),
        422,
        "invalid_request",
    )
    assert _details(short) == {"field": "password", "reason": "too_short", "limit": 10}


def test_a_chain_step_is_named_by_its_place_and_its_name(
    client: TestClient, world: World, make: Factory, ida: dict[str, str]
) -> None:
    closed = make.company("Closed GmbH", active=False)
    body = {
        "name": "Franken",
        "country": "DE",
        "chain": [
            {"kind": "partner", "company_id": world.mueller.id},
            {"kind": "partner", "company_id": closed.id},
        ],
        "owner_person_id": world.anna.id,
    }
    error = assert_error(client.post(f"{API}/admin/routes", json=body, headers=ida), 422, "company_inactive")
    assert _details(error) == {"field": "chain[2]", "value": "Closed GmbH"}
    twice = {**body, "chain": [{"kind": "person", "person_id": world.anna.id}] * 2}
    error = assert_error(client.post(f"{API}/admin/routes", json=twice, headers=ida), 422, "invalid_chain")
    assert _details(error) == {"field": "chain[2]", "value": "Anna", "reason": "repeated"}


def test_missing_things_say_what_is_missing(client: TestClient, world: World, ida: dict[str, str]) -> None:
    route = assert_error(client.get(f"{API}/admin/routes/{new_id()}", headers=ida), 404, "not_found")
    assert _details(route) == {"reason": "route"}
    max_ = login(client, world.max.login)
    foreign = assert_error(client.get(f"{API}/admin/people/{world.sofia.id}", headers=max_), 404, "not_found")
    missing = assert_error(client.get(f"{API}/admin/people/{new_id()}", headers=max_), 404, "not_found")
    assert foreign == missing and _details(foreign) == {"reason": "person"}, (
        "a foreign id answers like a missing one"
    )


def test_a_wrong_role_and_a_taken_login_in_people_administration(
    client: TestClient, world: World, ida: dict[str, str]
) -> None:
    base = {"company_id": world.mueller.id, "display_name": "Neu", "roles": ["partner_staff", "agent"]}
    role = assert_error(
        client.post(f"{API}/admin/people", json={**base, "login": "neu@mueller.example"}, headers=ida),
        422,
        "invalid_role",
    )
    assert _details(role) == {"field": "roles", "value": "agent", "reason": "not_allowed"}
    body = {**base, "roles": ["partner_staff"], "login": "EVA@mueller.example"}
    taken = assert_error(client.post(f"{API}/admin/people", json=body, headers=ida), 409, "login_taken")
    assert _details(taken) == {}
