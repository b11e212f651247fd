"""`/admin/intake-keys`: keys are issued with their secret shown once, work at once, record their
last use, and once revoked answer exactly like a key that never existed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.security import token_hash
from central.store.accounts import ApiKey
from central.store.admin import AdminError
from central.store.intake_keys import create_key
from tests.server.helpers import Factory, TestClient, World, assert_error, login
from tests.server.matrix_helpers import T0

KEYS = "/api/v1/admin/intake-keys"
INTAKE = "/api/v1/intake/enquiries"
IDA = "ida@hq.example"


@pytest.fixture
def clock(app: FastAPI) -> list[Any]:
    now = [T0]
    app.state.clock = lambda: now[0]
    return now


@pytest.fixture
def ida(clock: list[Any], client: TestClient, world: World, make: Factory) -> dict[str, str]:
    make.person(world.hq, IDA, roles=("head_office", "admin"), display_name="Ida")
    return login(client, IDA)


def _enquiry(**changes: Any) -> dict[str, Any]:
    body = {
        "channel": "web",
        "last_name": "Huber",
        "email": "h@example.test",
        "postcode": "80331",
        "country": "DE",
    }
    return {**body, **changes}


def _send(client: TestClient, secret: str, **changes: Any) -> Any:
    return client.post(INTAKE, json=_enquiry(**changes), headers={"X-Api-Key": secret})


def test_a_new_key_works_at_once_and_its_secret_is_shown_once(
    client: TestClient, ida: dict[str, str], session_factory: sessionmaker[Session], clock: list[Any]
) -> None:
    created = client.post(KEYS, json={"label": "Website"}, headers=ida)
    assert created.status_code == 201, created.text
    key = created.json()
    secret = key["secret"]
    assert len(secret) >= 40 and key["channel"] == "web" and key["last_used_at"] is None
    assert secret.startswith(key["hint"]) and len(key["hint"]) < len(secret) // 2

    # Never again: not in the listing, not in the database (only its hash).
    listing = client.get(KEYS, headers=ida)
    assert secret not in listing.text and "secret" not in listing.json()[0]
    with session_factory() as session:
        row = session.get(ApiKey, key["id"])
        assert row is not None and row.key_hash == token_hash(secret)
        assert secret not in repr(vars(row))

    assert _send(client, secret).status_code == 201
    used = client.get(KEYS, headers=ida).json()[0]
    assert used["last_used_at"] is not None and used["last_used_at"].startswith("2026-03-02T08:00")

    # Uses within a minute are not written again; a later one is.
    clock[0] = T0 + timedelta(seconds=30)
    assert _send(client, secret).status_code == 201
    assert client.get(KEYS, headers=ida).json()[0]["last_used_at"].startswith("2026-03-02T08:00:00")
    clock[0] = T0 + timedelta(minutes=5)
    assert _send(client, secret).status_code == 201
    assert client.get(KEYS, headers=ida).json()[0]["last_used_at"].startswith("2026-03-02T08:05")


def test_a_revoked_key_answers_like_an_unknown_one(client: TestClient, ida: dict[str, str]) -> None:
    key = client.post(KEYS, json={"label": "Old website"}, headers=ida).json()
    assert _send(client, key["secret"]).status_code == 201
    revoked = client.post(f"{KEYS}/{key['id']}/revoke", headers=ida)
    assert revoked.status_code == 200 and revoked.json()["active"] is False
    assert revoked.json()["revoked_at"] is not None
    refused = assert_error(_send(client, key["secret"]), 401, "api_key_invalid")
    assert refused == assert_error(_send(client, "edk_never-issued"), 401, "api_key_invalid")
    assert client.post(f"{KEYS}/{key['id']}/revoke", headers=ida).status_code == 200  # idempotent


def test_a_dealer_page_key_is_bound_to_its_partner(
    client: TestClient, ida: dict[str, str], world: World
) -> None:
    body = {"label": "Müller's page", "channel": "dealer_page", "partner_id": world.mueller.id}
    key = client.post(KEYS, json=body, headers=ida).json()
    assert key["partner_name"] == "Fenster Müller GmbH"
    own = _send(client, key["secret"], channel="dealer_page", partner_id=world.mueller.id)
    assert own.status_code == 201, own.text
    other = _send(client, key["secret"], channel="dealer_page", partner_id=world.rossi.id)
    assert_error(other, 403, "channel_not_allowed")


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"label": ""}, "invalid_request"),
        ({"label": "   "}, "invalid_request"),
        ({"label": "x", "channel": "email"}, "invalid_request"),
        ({"label": "x", "channel": "dealer_page"}, "company_unknown"),
        ({"label": "x", "channel": "dealer_page", "partner_id": "nope"}, "company_unknown"),
        ({"label": "x", "channel": "web", "partner_id": "HQ"}, "invalid_request"),
        ({"label": "x", "secret": "my own"}, "invalid_request"),
    ],
)
def test_bad_values_are_refused(
    client: TestClient, ida: dict[str, str], world: World, body: dict[str, Any], code: str
) -> None:
    if body.get("partner_id") == "HQ":
        body = {**body, "partner_id": world.mueller.id}
    assert_error(client.post(KEYS, json=body, headers=ida), 422, code)
    assert client.get(KEYS, headers=ida).json() == []


def test_only_head_office_admins(client: TestClient, ida: dict[str, str], world: World) -> None:
    key = client.post(KEYS, json={"label": "Website"}, headers=ida).json()
    for who in ("anna@hq.example", "max@mueller.example"):
        headers = login(client, who)
        assert_error(client.get(KEYS, headers=headers), 403, "forbidden")
        assert_error(client.post(KEYS, json={"label": "Mine"}, headers=headers), 403, "forbidden")
        assert_error(client.post(f"{KEYS}/{key['id']}/revoke", headers=headers), 403, "forbidden")
    assert_error(client.get(KEYS), 401, "not_authenticated")
    missing = client.post(f"{KEYS}/{world.anna.id}/revoke", headers=ida)
    assert_error(missing, 404, "not_found")
    assert _send(client, key["secret"]).status_code == 201  # nobody above could revoke it


def test_store_functions_work_without_http(session_factory: sessionmaker[Session], world: World) -> None:
    with session_factory.begin() as session:
        new = create_key(
            session, label="CSV import", channel="dealer_page", partner_id=world.rossi.id, now=T0
        )
        assert new.key.partner_id == world.rossi.id
    with session_factory() as session:
        stored = session.scalars(select(ApiKey)).one()
        assert stored.key_hash == token_hash(new.secret) and stored.key_hint
        with pytest.raises(AdminError) as caught:
            create_key(session, label="x", channel="dealer_page", now=T0)
        assert caught.value.status == 422 and "partner" in caught.value.message
