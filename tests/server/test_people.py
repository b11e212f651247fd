"""Who sees which people and companies; accounts change only through people administration."""

from __future__ import annotations

from typing import Any

from central.store.accounts import new_id
from tests.server.helpers import Factory, TestClient, World, assert_error, login

PEOPLE = "/api/v1/people"
COMPANIES = "/api/v1/companies"


def _names(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [p["display_name"] for p in response.json()]


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


# --- accounts are administered only under /admin/people ------------------------------------------


def test_accounts_cannot_be_created_or_changed_outside_people_administration(
    client: TestClient, world: World
) -> None:
    """The old `POST /people` and `PATCH /people/{id}` let any head-office staff create and change
    accounts; they are gone. Staff without an administrator role get 403 on /admin/people, and
    nothing is created or renamed."""
    anna = login(client, "anna@hq.example")  # head office staff, not an administrator
    body = {"company_id": world.rossi.id, "login": "new@rossi.example", "display_name": "New"}
    assert client.post(PEOPLE, json={**body, "roles": ["partner_staff"]}, headers=anna).status_code == 405
    renamed = client.patch(f"{PEOPLE}/{world.sofia.id}", json={"display_name": "Hacked"}, headers=anna)
    assert renamed.status_code == 404
    admin_path = "/api/v1/admin/people"
    refused = client.post(admin_path, json={**body, "roles": ["partner_staff"]}, headers=anna)
    assert_error(refused, 403, "forbidden")
    patch = client.patch(f"{admin_path}/{world.sofia.id}", json={"display_name": "Hacked"}, headers=anna)
    assert_error(patch, 403, "forbidden")
    rossi = client.get(PEOPLE, params={"company_id": world.rossi.id}, headers=anna)
    assert _names(rossi) == ["Luca", "Sofia"]
