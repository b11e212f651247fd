"""Who sees which people and companies, and who may create and change accounts."""

from __future__ import annotations

from typing import Any

from central.store.accounts import new_id
from tests.server.helpers import PASSWORD, Factory, TestClient, World, assert_error, login

PEOPLE = "/api/v1/people"
COMPANIES = "/api/v1/companies"
NEW_PASSWORD = "a brand new password"


def _names(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [p["display_name"] for p in response.json()]


def _new_person(
    company_id: str, login: str = "new@mueller.example", roles: list[str] | None = None
) -> dict[str, Any]:
    return {
        "company_id": company_id,
        "login": login,
        "display_name": "New Person",
        "password": NEW_PASSWORD,
        "roles": roles or ["partner_staff"],
    }


# --- listing -----------------------------------------------------------------------------------


def test_partner_sees_only_own_active_people(client: TestClient, make: Factory, world: World) -> None:
    make.person(world.mueller, "old@mueller.example", display_name="Old", active=False)
    headers = login(client, "eva@mueller.example")
    assert _names(client.get(PEOPLE, headers=headers)) == ["Eva", "Max"]


def test_partner_never_sees_other_companies(client: TestClient, world: World) -> None:
    headers = login(client, "eva@mueller.example")
    for company_id in (world.rossi.id, world.hq.id, new_id()):
        assert _names(client.get(PEOPLE, params={"company_id": company_id}, headers=headers)) == []
    found = client.get(PEOPLE, params={"query": "sofia"}, headers=headers)
    assert _names(found) == []


def test_head_office_sees_own_people_and_partners_people(client: TestClient, world: World) -> None:
    headers = login(client, "anna@hq.example")
    assert _names(client.get(PEOPLE, headers=headers)) == ["Anna", "Carla"]
    rossi = client.get(PEOPLE, params={"company_id": world.rossi.id}, headers=headers)
    assert _names(rossi) == ["Luca", "Sofia"]
    assert {p["company_name"] for p in rossi.json()} == {"Serramenti Rossi Srl"}


def test_query_filters_by_name_or_login(client: TestClient, world: World) -> None:
    headers = login(client, "max@mueller.example")
    assert _names(client.get(PEOPLE, params={"query": "EV"}, headers=headers)) == ["Eva"]
    assert _names(client.get(PEOPLE, params={"query": "max@"}, headers=headers)) == ["Max"]
    assert _names(client.get(PEOPLE, params={"query": "%"}, headers=headers)) == []  # no wildcards


def test_admin_may_include_inactive_people(client: TestClient, make: Factory, world: World) -> None:
    make.person(world.mueller, "old@mueller.example", display_name="Old", active=False)
    admin = login(client, "max@mueller.example")
    staff = login(client, "eva@mueller.example")
    everyone = {"include_inactive": True}
    assert _names(client.get(PEOPLE, params=everyone, headers=admin)) == ["Eva", "Max", "Old"]
    assert _names(client.get(PEOPLE, params=everyone, headers=staff)) == ["Eva", "Max"]


def test_companies_visible_to_head_office_and_partners(
    client: TestClient, make: Factory, world: World
) -> None:
    make.company("Closed GmbH", active=False)
    hq = client.get(COMPANIES, headers=login(client, "carla@hq.example")).json()
    assert [c["name"] for c in hq] == ["Head Office", "Fenster Müller GmbH", "Serramenti Rossi Srl"]
    partner = client.get(COMPANIES, headers=login(client, "sofia@rossi.example")).json()
    assert partner == [
        {
            "id": world.rossi.id,
            "name": "Serramenti Rossi Srl",
            "kind": "partner",
            "country": "IT",
            "subdivision": "BZ",
            "timezone": "Europe/Rome",
            "postcode_ranges": ["39"],
            "active": True,
        }
    ]


# --- creating ----------------------------------------------------------------------------------


def test_partner_admin_creates_a_colleague_who_can_log_in(client: TestClient, world: World) -> None:
    admin = login(client, "max@mueller.example")
    response = client.post(PEOPLE, json=_new_person(world.mueller.id, " New@Mueller.Example "), headers=admin)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["login"] == "new@mueller.example"
    assert created["company_id"] == world.mueller.id
    assert created["roles"] == ["partner_staff"]
    login(client, "new@mueller.example", NEW_PASSWORD)


def test_partner_admin_cannot_create_in_another_company(client: TestClient, world: World) -> None:
    admin = login(client, "max@mueller.example")
    foreign = client.post(PEOPLE, json=_new_person(world.rossi.id), headers=admin)
    missing = client.post(PEOPLE, json=_new_person(new_id()), headers=admin)
    assert assert_error(foreign, 404, "not_found") == assert_error(missing, 404, "not_found")


def test_staff_and_agents_cannot_create_people(client: TestClient, world: World) -> None:
    staff = login(client, "eva@mueller.example")
    agent = login(client, "carla@hq.example")
    assert_error(client.post(PEOPLE, json=_new_person(world.mueller.id), headers=staff), 403, "forbidden")
    assert_error(client.post(PEOPLE, json=_new_person(world.mueller.id), headers=agent), 403, "forbidden")


def test_head_office_creates_people_in_any_company(client: TestClient, world: World) -> None:
    anna = login(client, "anna@hq.example")
    body = _new_person(world.rossi.id, "new@rossi.example", ["partner_staff", "partner_admin"])
    response = client.post(PEOPLE, json=body, headers=anna)
    assert response.status_code == 201, response.text
    assert response.json()["roles"] == ["partner_admin", "partner_staff"]


def test_roles_must_fit_the_company(client: TestClient, world: World) -> None:
    admin = login(client, "max@mueller.example")
    body = _new_person(world.mueller.id, roles=["partner_staff", "head_office"])
    error = assert_error(client.post(PEOPLE, json=body, headers=admin), 422, "invalid_role")
    assert "head_office" in error["message"]
    nonsense = _new_person(world.mueller.id, roles=["wizard"])
    assert_error(client.post(PEOPLE, json=nonsense, headers=admin), 422, "invalid_role")


def test_login_must_be_unique(client: TestClient, world: World) -> None:
    admin = login(client, "max@mueller.example")
    body = _new_person(world.mueller.id, "EVA@mueller.example")
    assert_error(client.post(PEOPLE, json=body, headers=admin), 409, "login_taken")


def test_create_validates_input(client: TestClient, world: World) -> None:
    admin = login(client, "max@mueller.example")
    bad_login = _new_person(world.mueller.id, "not-an-email")
    short_password = {**_new_person(world.mueller.id), "password": "short"}
    extra = {**_new_person(world.mueller.id), "is_admin": True}
    error = assert_error(client.post(PEOPLE, json=bad_login, headers=admin), 422, "invalid_request")
    assert error["message"].startswith("login:")
    assert_error(client.post(PEOPLE, json=short_password, headers=admin), 422, "invalid_request")
    assert_error(client.post(PEOPLE, json=extra, headers=admin), 422, "invalid_request")


# --- changing ----------------------------------------------------------------------------------


def test_patch_foreign_person_answers_like_missing(client: TestClient, world: World) -> None:
    admin = login(client, "max@mueller.example")
    foreign = client.patch(f"{PEOPLE}/{world.sofia.id}", json={"display_name": "Hacked"}, headers=admin)
    missing = client.patch(f"{PEOPLE}/{new_id()}", json={"display_name": "Hacked"}, headers=admin)
    assert foreign.status_code == missing.status_code == 404
    assert foreign.json() == missing.json()
    assert_error(foreign, 404, "not_found")
    rossi = client.get(PEOPLE, headers=login(client, "luca@rossi.example"))
    assert "Sofia" in _names(rossi)


def test_staff_cannot_change_a_colleague(client: TestClient, world: World) -> None:
    staff = login(client, "eva@mueller.example")
    response = client.patch(f"{PEOPLE}/{world.max.id}", json={"active": False}, headers=staff)
    assert_error(response, 403, "forbidden")


def test_admin_renames_and_changes_roles(client: TestClient, world: World) -> None:
    admin = login(client, "max@mueller.example")
    body = {"display_name": "Eva Schmid", "roles": ["partner_staff", "partner_admin"]}
    response = client.patch(f"{PEOPLE}/{world.eva.id}", json=body, headers=admin)
    assert response.status_code == 200, response.text
    assert response.json()["display_name"] == "Eva Schmid"
    assert response.json()["roles"] == ["partner_admin", "partner_staff"]
    bad = client.patch(f"{PEOPLE}/{world.eva.id}", json={"roles": ["agent"]}, headers=admin)
    assert_error(bad, 422, "invalid_role")


def test_deactivation_signs_the_person_out(client: TestClient, world: World) -> None:
    eva = login(client, "eva@mueller.example")
    admin = login(client, "max@mueller.example")
    response = client.patch(f"{PEOPLE}/{world.eva.id}", json={"active": False}, headers=admin)
    assert response.status_code == 200 and response.json()["active"] is False
    assert_error(client.get(PEOPLE, headers=eva), 403, "account_inactive")
    body = {"login": "eva@mueller.example", "password": PASSWORD, "client_id": "c"}
    assert_error(client.post("/api/v1/auth/login", json=body), 403, "account_inactive")
    assert "Eva" not in _names(client.get(PEOPLE, headers=admin))
    reactivated = client.patch(f"{PEOPLE}/{world.eva.id}", json={"active": True}, headers=admin)
    assert reactivated.status_code == 200
    assert_error(client.get(PEOPLE, headers=eva), 401, "device_revoked")  # old sessions stay ended
    login(client, "eva@mueller.example")


def test_password_change(client: TestClient, world: World) -> None:
    eva = login(client, "eva@mueller.example")
    admin = login(client, "max@mueller.example")
    response = client.patch(f"{PEOPLE}/{world.eva.id}", json={"password": NEW_PASSWORD}, headers=admin)
    assert response.status_code == 200
    assert_error(client.get(PEOPLE, headers=eva), 401, "device_revoked")
    old = {"login": "eva@mueller.example", "password": PASSWORD, "client_id": "c"}
    assert_error(client.post("/api/v1/auth/login", json=old), 401, "invalid_credentials")
    login(client, "eva@mueller.example", NEW_PASSWORD)


def test_own_password_change_keeps_the_current_device(client: TestClient, world: World) -> None:
    here = login(client, "max@mueller.example", client_id="here")
    elsewhere = login(client, "max@mueller.example", client_id="elsewhere")
    response = client.patch(f"{PEOPLE}/{world.max.id}", json={"password": NEW_PASSWORD}, headers=here)
    assert response.status_code == 200
    assert client.get(PEOPLE, headers=here).status_code == 200
    assert_error(client.get(PEOPLE, headers=elsewhere), 401, "device_revoked")


def test_head_office_may_change_partner_people(client: TestClient, world: World) -> None:
    anna = login(client, "anna@hq.example")
    response = client.patch(f"{PEOPLE}/{world.sofia.id}", json={"display_name": "Sofia R."}, headers=anna)
    assert response.status_code == 200
    assert response.json()["display_name"] == "Sofia R."


def test_people_changes_reach_the_companies_that_see_them(client: TestClient, world: World) -> None:
    """A new or deactivated colleague appears in the change feed of the companies that may name them."""
    admin = login(client, "max@mueller.example", client_id="max-desk")
    created = client.post(
        "/api/v1/people",
        headers=admin,
        json={
            "company_id": world.mueller.id,
            "login": "neu@mueller.example",
            "display_name": "Neu Kollege",
            "password": "long-enough-1",
            "roles": ["partner_staff"],
        },
    )
    assert created.status_code == 201, created.text
    person_id = created.json()["id"]

    def people_in_pull(headers: dict[str, str], client_id: str) -> dict[str, Any]:
        page = client.post("/api/v1/sync/pull", headers=headers, json={"client_id": client_id}).json()
        return {c["id"]: c.get("data") for c in page["changes"] if c["entity"] == "person"}

    assert people_in_pull(admin, "max-desk")[person_id]["active"] is True
    rossi = login(client, "luca@rossi.example", client_id="luca-desk")
    assert person_id not in people_in_pull(rossi, "luca-desk")  # another partner never sees Müller's people
    assert (
        client.patch(f"/api/v1/people/{person_id}", headers=admin, json={"active": False}).status_code == 200
    )
    assert people_in_pull(admin, "max-desk")[person_id]["active"] is False
