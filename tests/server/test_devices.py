"""Signed-in devices: everyone sees and signs out their own; administrators those of their people."""

from __future__ import annotations

import pytest

from central.store.accounts import Person
from tests.server.helpers import Factory, TestClient, World, assert_error, bearer, login_session

DEVICES = "/api/v1/auth/devices"


@pytest.fixture
def ida(make: Factory, world: World) -> Person:
    return make.person(world.hq, "ida@hq.example", roles=("head_office", "admin"), display_name="Ida")


def _sign_in(client: TestClient, login: str, agent: str) -> dict[str, str]:
    body = {"login": login, "password": "correct horse battery", "client_id": agent}
    response = client.post("/api/v1/auth/login", json=body, headers={"User-Agent": agent})
    assert response.status_code == 200, response.text
    answer: dict[str, str] = response.json()
    return answer


def test_see_and_sign_out_one_of_your_own_devices(client: TestClient, world: World) -> None:
    laptop = _sign_in(client, world.eva.login, "Enquiry Desk 1.0 (Windows 11) laptop")
    phone = _sign_in(client, world.eva.login, "Enquiry Desk 1.0 (macOS 15) office")
    headers = bearer(laptop["access_token"])
    devices = client.get(DEVICES, headers=headers).json()
    assert {d["user_agent"] for d in devices} == {
        "Enquiry Desk 1.0 (Windows 11) laptop",
        "Enquiry Desk 1.0 (macOS 15) office",
    }
    assert all(d["last_used_at"] and d["created_at"] for d in devices)
    current = [d for d in devices if d["current"]]
    assert len(current) == 1 and current[0]["user_agent"].endswith("laptop")
    other = next(d for d in devices if not d["current"])
    assert client.delete(f"{DEVICES}/{other['id']}", headers=headers).status_code == 204
    # the signed-out device: its refresh token answers device_revoked, its access token too
    assert_error(
        client.post("/api/v1/auth/refresh", json={"refresh_token": phone["refresh_token"]}),
        401,
        "device_revoked",
    )
    assert_error(client.get(DEVICES, headers=bearer(phone["access_token"])), 401, "device_revoked")
    assert [d["id"] for d in client.get(DEVICES, headers=headers).json()] == [current[0]["id"]]
    # signing out again is harmless
    assert client.delete(f"{DEVICES}/{other['id']}", headers=headers).status_code == 204


def test_partner_admin_manages_own_companys_devices_only(client: TestClient, world: World) -> None:
    eva = _sign_in(client, world.eva.login, "eva-desk")
    sofia = _sign_in(client, world.sofia.login, "sofia-desk")
    admin = bearer(login_session(client, world.max.login)["access_token"])
    listed = client.get(DEVICES, params={"person_id": world.eva.id}, headers=admin)
    assert listed.status_code == 200 and [d["user_agent"] for d in listed.json()] == ["eva-desk"]
    foreign = client.get(DEVICES, params={"person_id": world.sofia.id}, headers=admin)
    missing = client.get(DEVICES, params={"person_id": "00000000-0000-0000-0000-000000000000"}, headers=admin)
    assert_error(foreign, 404, "not_found")
    assert foreign.json() == missing.json()
    sofia_device = client.get(DEVICES, headers=bearer(sofia["access_token"])).json()[0]["id"]
    foreign = client.delete(f"{DEVICES}/{sofia_device}", headers=admin)
    missing = client.delete(f"{DEVICES}/00000000-0000-0000-0000-000000000000", headers=admin)
    assert_error(foreign, 404, "not_found")
    assert foreign.json() == missing.json()
    assert client.get(DEVICES, headers=bearer(sofia["access_token"])).status_code == 200
    eva_device = listed.json()[0]["id"]
    assert client.delete(f"{DEVICES}/{eva_device}", headers=admin).status_code == 204
    assert_error(
        client.post("/api/v1/auth/refresh", json={"refresh_token": eva["refresh_token"]}),
        401,
        "device_revoked",
    )


def test_staff_cannot_sign_out_a_colleague(client: TestClient, world: World) -> None:
    max_ = _sign_in(client, world.max.login, "max-desk")
    eva = bearer(login_session(client, world.eva.login)["access_token"])
    assert_error(client.get(DEVICES, params={"person_id": world.max.id}, headers=eva), 404, "not_found")
    device = client.get(DEVICES, headers=bearer(max_["access_token"])).json()[0]["id"]
    assert_error(client.delete(f"{DEVICES}/{device}", headers=eva), 404, "not_found")
    assert client.get(DEVICES, headers=bearer(max_["access_token"])).status_code == 200


def test_head_office_admin_manages_anyones_devices(client: TestClient, world: World, ida: Person) -> None:
    sofia = _sign_in(client, world.sofia.login, "sofia-desk")
    admin = bearer(login_session(client, ida.login)["access_token"])
    listed = client.get(DEVICES, params={"person_id": world.sofia.id}, headers=admin)
    assert listed.status_code == 200 and [d["user_agent"] for d in listed.json()] == ["sofia-desk"]
    assert client.delete(f"{DEVICES}/{listed.json()[0]['id']}", headers=admin).status_code == 204
    assert_error(
        client.post("/api/v1/auth/refresh", json={"refresh_token": sofia["refresh_token"]}),
        401,
        "device_revoked",
    )
    assert_error(client.get(DEVICES, headers={"Authorization": "Bearer nonsense"}), 401, "invalid_token")
    assert_error(client.get(DEVICES), 401, "not_authenticated")
