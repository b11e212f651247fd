"""Sign-in, token refresh and rotation, theft detection, sign-out and device revocation."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import httpx
import jwt
import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from central.security import create_access_token
from central.store.accounts import Device, new_id
from tests.server.helpers import (
    PASSWORD,
    TEST_SECRET,
    Factory,
    TestClient,
    World,
    assert_error,
    bearer,
    login,
    login_session,
)

LOGIN = "/api/v1/auth/login"
REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
DEVICES = "/api/v1/auth/devices"


def _refresh(client: TestClient, token: str) -> httpx.Response:
    return client.post(REFRESH, json={"refresh_token": token})


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


# --- login -------------------------------------------------------------------------------------


def test_login_answers_tokens_and_user(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    body = login_session(client, "anna@hq.example", client_id="laptop-1")
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    assert body["access_token"] and body["refresh_token"]
    assert body["user"] == {
        "id": world.anna.id,
        "login": "anna@hq.example",
        "display_name": "Anna",
        "company_id": world.hq.id,
        "company_name": "Head Office",
        "company_kind": "head_office",
        "roles": ["head_office", "reporting"],
    }
    with session_factory() as session:
        devices = session.scalars(select(Device).where(Device.person_id == world.anna.id)).all()
    assert [d.client_id for d in devices] == ["laptop-1"]
    assert devices[0].refresh_hash != body["refresh_token"]  # only the hash is stored


def test_every_login_creates_its_own_device(client: TestClient, world: World) -> None:
    login(client, "eva@mueller.example", client_id="a")
    headers = login(client, "eva@mueller.example", client_id="b")
    devices = client.get(DEVICES, headers=headers).json()
    assert sorted(d["client_id"] for d in devices) == ["a", "b"]
    assert [d["current"] for d in devices if d["client_id"] == "b"] == [True]


def test_login_is_case_insensitive_and_trims(client: TestClient, world: World) -> None:
    body = login_session(client, "  Anna@HQ.example ")
    assert body["user"]["id"] == world.anna.id


def test_wrong_password_and_unknown_login_answer_identically(client: TestClient, world: World) -> None:
    wrong = client.post(LOGIN, json={"login": "anna@hq.example", "password": "nope", "client_id": "c"})
    unknown = client.post(LOGIN, json={"login": "nobody@hq.example", "password": "nope", "client_id": "c"})
    assert_error(wrong, 401, "invalid_credentials")
    assert wrong.json() == unknown.json()
    assert wrong.status_code == unknown.status_code


def test_inactive_person_cannot_log_in(client: TestClient, make: Factory, world: World) -> None:
    make.person(world.mueller, "gone@mueller.example", active=False)
    body = {"login": "gone@mueller.example", "password": PASSWORD, "client_id": "c"}
    response = client.post(LOGIN, json=body)
    assert_error(response, 403, "account_inactive")


def test_inactive_company_cannot_log_in(client: TestClient, make: Factory) -> None:
    closed = make.company("Closed GmbH", active=False)
    make.person(closed, "x@closed.example")
    response = client.post(LOGIN, json={"login": "x@closed.example", "password": PASSWORD, "client_id": "c"})
    assert_error(response, 403, "account_inactive")


def test_inactive_person_with_wrong_password_learns_nothing(
    client: TestClient, make: Factory, world: World
) -> None:
    make.person(world.mueller, "gone@mueller.example", active=False)
    body = {"login": "gone@mueller.example", "password": "wrong", "client_id": "c"}
    response = client.post(LOGIN, json=body)
    assert_error(response, 401, "invalid_credentials")


# --- refresh -----------------------------------------------------------------------------------


def test_refresh_rotates_tokens(client: TestClient, world: World) -> None:
    first = login_session(client, "eva@mueller.example")
    second = _refresh(client, first["refresh_token"])
    assert second.status_code == 200, second.text
    pair = second.json()
    assert pair["refresh_token"] != first["refresh_token"]
    assert pair["access_token"] != first["access_token"]
    assert pair["user"]["id"] == world.eva.id
    assert client.get(DEVICES, headers=bearer(pair["access_token"])).status_code == 200
    third = _refresh(client, pair["refresh_token"])  # the new one rotates again
    assert third.status_code == 200, third.text


def test_reusing_a_rotated_refresh_token_revokes_the_device(client: TestClient, world: World) -> None:
    first = login_session(client, "eva@mueller.example")
    rotated = _refresh(client, first["refresh_token"]).json()
    current = _refresh(client, rotated["refresh_token"]).json()  # the owner moved on
    other_device = login(client, "eva@mueller.example", client_id="other")

    reuse = _refresh(client, first["refresh_token"])
    assert_error(reuse, 401, "refresh_reused")
    # Both the thief's and the owner's tokens of that device are dead now ...
    assert_error(_refresh(client, current["refresh_token"]), 401, "device_revoked")
    assert_error(client.get(DEVICES, headers=bearer(current["access_token"])), 401, "device_revoked")
    assert_error(client.get(DEVICES, headers=bearer(first["access_token"])), 401, "device_revoked")
    # ... while the person's other devices keep working.
    assert client.get(DEVICES, headers=other_device).status_code == 200


def test_a_refresh_whose_answer_was_lost_can_be_retried_once(client: TestClient, world: World) -> None:
    # The answer to the first refresh never arrived: the client still holds `first`.
    first = login_session(client, "eva@mueller.example")
    lost = _refresh(client, first["refresh_token"]).json()
    retried = _refresh(client, first["refresh_token"])
    assert retried.status_code == 200, retried.text
    pair = retried.json()
    assert client.get(DEVICES, headers=bearer(pair["access_token"])).status_code == 200
    # The answer that was lost is worthless now; the retried one is the device's token.
    assert_error(_refresh(client, lost["refresh_token"]), 401, "refresh_reused")


def test_unknown_refresh_token_is_refused(client: TestClient, world: World) -> None:
    assert_error(_refresh(client, "not-a-token"), 401, "invalid_token")


def test_expired_refresh_token_is_refused(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    first = login_session(client, "eva@mueller.example")
    with session_factory.begin() as session:
        session.execute(
            update(Device)
            .where(Device.person_id == world.eva.id)
            .values(refresh_expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    assert_error(_refresh(client, first["refresh_token"]), 401, "refresh_expired")


def test_refresh_of_deactivated_person_is_refused(client: TestClient, world: World) -> None:
    session = login_session(client, "eva@mueller.example")
    admin = login(client, "max@mueller.example")
    deactivate = client.post(f"/api/v1/admin/people/{world.eva.id}/deactivate", headers=admin)
    assert deactivate.status_code == 200
    assert_error(_refresh(client, session["refresh_token"]), 401, "device_revoked")
    assert_error(client.get(DEVICES, headers=bearer(session["access_token"])), 403, "account_inactive")


# --- logout ------------------------------------------------------------------------------------


def test_logout_ends_access_and_refresh_token(client: TestClient, world: World) -> None:
    session = login_session(client, "sofia@rossi.example")
    headers = bearer(session["access_token"])
    other = login(client, "sofia@rossi.example", client_id="phone")
    response = client.post(LOGOUT, headers=headers)
    assert response.status_code == 204
    assert_error(client.get(DEVICES, headers=headers), 401, "device_revoked")
    assert_error(_refresh(client, session["refresh_token"]), 401, "device_revoked")
    assert client.get(DEVICES, headers=other).status_code == 200


def test_logout_needs_a_token(client: TestClient) -> None:
    assert_error(client.post(LOGOUT), 401, "not_authenticated")


# --- access tokens -----------------------------------------------------------------------------


def test_missing_token_is_not_authenticated(client: TestClient) -> None:
    response = client.get(DEVICES)
    assert_error(response, 401, "not_authenticated")
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(client.get(DEVICES, headers={"Authorization": "Basic YTpi"}), 401, "not_authenticated")


def test_expired_access_token(client: TestClient, world: World) -> None:
    device_id = client.get(DEVICES, headers=login(client, "eva@mueller.example")).json()[0]["id"]
    token = create_access_token(
        TEST_SECRET,
        person_id=world.eva.id,
        company_id=world.mueller.id,
        device_id=device_id,
        lifetime=timedelta(minutes=15),
        now=datetime.now(UTC) - timedelta(hours=1),
    )
    assert_error(client.get(DEVICES, headers=bearer(token)), 401, "token_expired")


def _valid_claims(client: TestClient, world: World) -> dict[str, object]:
    session = login_session(client, "eva@mueller.example")
    claims: dict[str, object] = jwt.decode(session["access_token"], TEST_SECRET, algorithms=["HS256"])
    return claims


def test_token_signed_with_another_key(client: TestClient, world: World) -> None:
    claims = _valid_claims(client, world)
    forged = jwt.encode(claims, "another-secret-key-that-is-also-long-enough-000", algorithm="HS256")
    assert_error(client.get(DEVICES, headers=bearer(forged)), 401, "invalid_token")


def test_tampered_payload(client: TestClient, world: World) -> None:
    token = login_session(client, "eva@mueller.example")["access_token"]
    header, _payload, signature = token.split(".")
    claims = jwt.decode(token, TEST_SECRET, algorithms=["HS256"])
    claims["sub"] = world.max.id  # try to become the admin
    tampered = f"{header}.{_b64(claims)}.{signature}"
    assert_error(client.get(DEVICES, headers=bearer(tampered)), 401, "invalid_token")


def test_alg_none(client: TestClient, world: World) -> None:
    claims = _valid_claims(client, world)
    unsigned = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."
    assert_error(client.get(DEVICES, headers=bearer(unsigned)), 401, "invalid_token")


@pytest.mark.parametrize("token", ["garbage", "a.b.c", ""])
def test_garbage_tokens(client: TestClient, token: str) -> None:
    response = client.get(DEVICES, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] in ("invalid_token", "not_authenticated")


def test_validly_signed_token_must_match_person_company_and_device(client: TestClient, world: World) -> None:
    claims = _valid_claims(client, world)
    for changes in ({"cmp": world.rossi.id}, {"sub": world.max.id}, {"dev": new_id()}):
        token = jwt.encode({**claims, **changes}, TEST_SECRET, algorithm="HS256")
        assert_error(client.get(DEVICES, headers=bearer(token)), 401, "invalid_token")


def test_token_missing_a_claim(client: TestClient, world: World) -> None:
    claims = _valid_claims(client, world)
    del claims["dev"]
    token = jwt.encode(claims, TEST_SECRET, algorithm="HS256")
    assert_error(client.get(DEVICES, headers=bearer(token)), 401, "invalid_token")


# --- devices -----------------------------------------------------------------------------------


def _device_of(client: TestClient, headers: dict[str, str]) -> str:
    return str(next(d["id"] for d in client.get(DEVICES, headers=headers).json() if d["current"]))


def test_revoke_own_other_device(client: TestClient, world: World) -> None:
    laptop = login(client, "eva@mueller.example", client_id="laptop")
    phone = login(client, "eva@mueller.example", client_id="phone")
    phone_id = _device_of(client, phone)
    assert client.delete(f"{DEVICES}/{phone_id}", headers=laptop).status_code == 204
    assert_error(client.get(DEVICES, headers=phone), 401, "device_revoked")
    assert [d["client_id"] for d in client.get(DEVICES, headers=laptop).json()] == ["laptop"]
    assert client.delete(f"{DEVICES}/{phone_id}", headers=laptop).status_code == 204  # idempotent


def test_partner_admin_revokes_colleagues_device(client: TestClient, world: World) -> None:
    eva = login(client, "eva@mueller.example")
    admin = login(client, "max@mueller.example")
    listed = client.get(DEVICES, params={"person_id": world.eva.id}, headers=admin)
    assert listed.status_code == 200
    assert [d["person_id"] for d in listed.json()] == [world.eva.id]
    assert client.delete(f"{DEVICES}/{_device_of(client, eva)}", headers=admin).status_code == 204
    assert_error(client.get(DEVICES, headers=eva), 401, "device_revoked")


def test_head_office_administrator_may_revoke_any_device(
    client: TestClient, world: World, make: Factory
) -> None:
    sofia = login(client, "sofia@rossi.example")
    device = _device_of(client, sofia)
    anna = login(client, "anna@hq.example")  # head-office staff, no administrator
    assert_error(client.delete(f"{DEVICES}/{device}", headers=anna), 404, "not_found")
    make.person(world.hq, "ida@hq.example", roles=("head_office", "admin"), display_name="Ida")
    ida = login(client, "ida@hq.example")
    assert client.delete(f"{DEVICES}/{device}", headers=ida).status_code == 204


def test_foreign_device_answers_like_a_missing_one(client: TestClient, world: World) -> None:
    eva = login(client, "eva@mueller.example")
    max_id = _device_of(client, login(client, "max@mueller.example"))
    sofia_id = _device_of(client, login(client, "sofia@rossi.example"))
    luca = login(client, "luca@rossi.example")
    missing = assert_error(client.delete(f"{DEVICES}/{new_id()}", headers=eva), 404, "not_found")
    # staff may not touch a colleague's device; an admin not another company's
    assert assert_error(client.delete(f"{DEVICES}/{max_id}", headers=eva), 404, "not_found") == missing
    assert assert_error(client.delete(f"{DEVICES}/{sofia_id}", headers=eva), 404, "not_found") == missing
    assert assert_error(client.delete(f"{DEVICES}/{max_id}", headers=luca), 404, "not_found") == missing
    # and the devices still work
    assert client.get(DEVICES, headers=luca).status_code == 200


def test_listing_foreign_persons_devices_is_not_found(client: TestClient, world: World) -> None:
    eva = login(client, "eva@mueller.example")
    luca = login(client, "luca@rossi.example")
    foreign = client.get(DEVICES, params={"person_id": world.eva.id}, headers=luca)
    colleague = client.get(DEVICES, params={"person_id": world.max.id}, headers=eva)
    missing = client.get(DEVICES, params={"person_id": new_id()}, headers=luca)
    assert assert_error(foreign, 404, "not_found") == assert_error(missing, 404, "not_found")
    assert_error(colleague, 404, "not_found")
