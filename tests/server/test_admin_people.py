"""People administration (`/api/v1/admin/people...`): invite, roles, deactivate and what follows
from it (devices, pickers, routing, held enquiries and their hand-over), reactivate, rights."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.store import admin_people
from central.store.accounts import Person
from central.store.admin import AdminError
from central.store.intake import IntakeRequest, receive
from central.store.routes import RouteRow
from central.store.sync import SyncView
from enquiries.commands import AssignPerson
from tests.server.helpers import Factory, TestClient, World, assert_error, login, login_session
from tests.server.matrix_helpers import Direct, actor_of, new_id, run, stored_state

ADMIN = "/api/v1/admin/people"
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday morning


@pytest.fixture
def ida(make: Factory, world: World, app: FastAPI) -> Person:
    """Head office's administrator; the server's clock stands at NOW."""
    app.state.clock = lambda: NOW
    return make.person(world.hq, "ida@hq.example", roles=("head_office", "admin"), display_name="Ida")


def _people_names(client: TestClient, headers: dict[str, str], company_id: str) -> list[str]:
    response = client.get("/api/v1/people", params={"company_id": company_id}, headers=headers)
    assert response.status_code == 200, response.text
    return [p["display_name"] for p in response.json()]


def _person_feed(factory: sessionmaker[Session], person_id: str, viewer: str) -> dict[str, Any]:
    with factory() as session:
        row = session.scalars(
            select(SyncView)
            .where(
                SyncView.entity == "person", SyncView.entity_id == person_id, SyncView.company_id == viewer
            )
            .order_by(SyncView.seq.desc())
        ).first()
        assert row is not None
        data: dict[str, Any] = json.loads(row.data)
        return data


def test_head_office_admin_lists_everyone_partner_admin_only_own(
    client: TestClient, world: World, ida: Person
) -> None:
    everyone = client.get(ADMIN, headers=login(client, ida.login)).json()
    assert {p["display_name"] for p in everyone} >= {"Anna", "Carla", "Ida", "Max", "Eva", "Luca", "Sofia"}
    own = client.get(ADMIN, headers=login(client, world.max.login)).json()
    assert sorted(p["display_name"] for p in own) == ["Eva", "Max"]
    foreign = client.get(ADMIN, params={"company_id": world.rossi.id}, headers=login(client, world.max.login))
    missing = client.get(ADMIN, params={"company_id": new_id()}, headers=login(client, world.max.login))
    assert_error(foreign, 404, "not_found")
    assert foreign.json() == missing.json()


def test_staff_without_admin_roles_are_refused(client: TestClient, world: World, ida: Person) -> None:
    for person in (world.anna, world.carla, world.eva):
        headers = login(client, person.login)
        assert_error(client.get(ADMIN, headers=headers), 403, "forbidden")
        assert_error(client.post(f"{ADMIN}/{world.eva.id}/deactivate", headers=headers), 403, "forbidden")
    assert_error(client.get(ADMIN), 401, "not_authenticated")


def test_roles_must_fit_the_company_kind(client: TestClient, world: World, ida: Person) -> None:
    headers = login(client, ida.login)
    bad = client.patch(f"{ADMIN}/{world.eva.id}", json={"roles": ["agent"]}, headers=headers)
    assert_error(bad, 422, "invalid_role")
    assert "partner" in bad.json()["error"]["message"]
    good = client.patch(
        f"{ADMIN}/{world.eva.id}",
        json={"roles": ["partner_staff", "reporting"], "display_name": " Eva S. "},
        headers=headers,
    )
    assert good.status_code == 200, good.text
    assert good.json()["person"]["roles"] == ["partner_staff", "reporting"]
    assert good.json()["person"]["display_name"] == "Eva S."
    max_headers = login(client, world.max.login)
    assert_error(
        client.patch(f"{ADMIN}/{world.max.id}", json={"roles": ["admin"]}, headers=max_headers),
        422,
        "invalid_role",
    )
    for body in ({"roles": []}, {"display_name": ""}, {"roles": "partner_staff"}, {"nickname": "x"}):
        assert_error(
            client.patch(f"{ADMIN}/{world.eva.id}", json=body, headers=headers), 422, "invalid_request"
        )
    assert_error(
        client.patch(f"{ADMIN}/{world.eva.id}", json={"display_name": "   "}, headers=headers),
        422,
        "invalid_request",
    )


def test_add_person_validates_every_field(client: TestClient, world: World, ida: Person) -> None:
    headers = login(client, world.max.login)
    base = {
        "company_id": world.mueller.id,
        "login": "new@mueller.example",
        "display_name": "Neu",
        "roles": ["partner_staff"],
    }
    assert_error(
        client.post(ADMIN, json={**base, "login": "not-an-address"}, headers=headers), 422, "invalid_request"
    )
    assert_error(
        client.post(ADMIN, json={**base, "roles": ["head_office"]}, headers=headers), 422, "invalid_role"
    )
    assert_error(
        client.post(ADMIN, json={**base, "login": world.eva.login}, headers=headers), 409, "login_taken"
    )
    assert_error(
        client.post(ADMIN, json={**base, "password": "x" * 12}, headers=headers), 422, "invalid_request"
    )
    foreign = client.post(ADMIN, json={**base, "company_id": world.rossi.id}, headers=headers)
    missing = client.post(ADMIN, json={**base, "company_id": new_id()}, headers=headers)
    assert_error(foreign, 404, "not_found")
    assert foreign.json() == missing.json()
    created = client.post(ADMIN, json={**base, "login": " New@Mueller.Example "}, headers=headers)
    assert created.status_code == 201, created.text
    assert created.json()["person"]["login"] == "new@mueller.example"
    assert created.json()["person"]["invite_pending"] is True


def test_partner_admin_cannot_touch_another_companys_person(
    client: TestClient, world: World, ida: Person
) -> None:
    headers = login(client, world.max.login)
    for method, suffix, body in (
        ("GET", "", None),
        ("PATCH", "", {"display_name": "Hacked"}),
        ("POST", "/deactivate", None),
        ("POST", "/reactivate", None),
        ("POST", "/reset-password", None),
        ("GET", "/held", None),
        ("POST", "/hand-over", {"to_person_id": world.luca.id}),
    ):
        foreign = client.request(method, f"{ADMIN}/{world.sofia.id}{suffix}", json=body, headers=headers)
        missing = client.request(method, f"{ADMIN}/{new_id()}{suffix}", json=body, headers=headers)
        assert_error(foreign, 404, "not_found")
        assert foreign.json() == missing.json(), (method, suffix)
    # naming another company's person as the one to hand over to answers like a missing one too
    foreign = client.post(
        f"{ADMIN}/{world.eva.id}/hand-over", json={"to_person_id": world.sofia.id}, headers=headers
    )
    missing = client.post(
        f"{ADMIN}/{world.eva.id}/hand-over", json={"to_person_id": new_id()}, headers=headers
    )
    assert_error(foreign, 404, "not_found")
    assert foreign.json() == missing.json()


def test_deactivation_signs_out_removes_from_pickers_and_routing_and_hand_over(
    client: TestClient, world: World, ida: Person, session_factory: sessionmaker[Session]
) -> None:
    # Carla (head office) is a route's chain target and Anna its person in charge.
    with session_factory.begin() as session:
        session.add(
            RouteRow(
                id=new_id(),
                name="Bolzano web",
                country="IT",
                postcode_ranges="[]",
                postcode_prefixes='["39"]',
                product_interests="[]",
                keywords="[]",
                chain=json.dumps(
                    [{"kind": "person", "company_id": world.hq.id, "person_id": world.carla.id}]
                ),
                owner_person_id=world.anna.id,
                priority=10,
            )
        )
    # Carla holds two enquiries of her own; one she assigned to Anna (not hers any more).
    carla = Direct(session_factory, world.carla, world.hq)
    mine = [new_id(), new_id()]
    for enquiry_id in mine:
        carla.must("create_enquiry", {"enquiry_id": enquiry_id, "last_name": "Huber"})
    assigned_away = new_id()
    carla.must("create_enquiry", {"enquiry_id": assigned_away, "last_name": "Rossi"})
    carla.must("assign_person", {"enquiry_id": assigned_away, "user_id": world.anna.id})

    carla_session = login_session(client, world.carla.login)
    anna = login(client, world.anna.login)
    admin = login(client, ida.login)
    assert "Carla" in _people_names(client, anna, world.hq.id)

    answer = client.post(f"{ADMIN}/{world.carla.id}/deactivate", headers=admin)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["person"]["active"] is False
    assert body["held"] == 2
    assert [(r["route_name"], r["as_owner"], r["as_target"]) for r in body["routes"]] == [
        ("Bolzano web", False, True)
    ]

    # signed out at once: the refresh token answers device_revoked, the access token too
    refreshed = client.post("/api/v1/auth/refresh", json={"refresh_token": carla_session["refresh_token"]})
    assert_error(refreshed, 401, "device_revoked")
    old_access = {"Authorization": f"Bearer {carla_session['access_token']}"}
    assert_error(client.get("/api/v1/auth/devices", headers=old_access), 403, "account_inactive")
    assert_error(
        client.post(
            "/api/v1/auth/login",
            json={"login": world.carla.login, "password": "correct horse battery", "client_id": "x"},
        ),
        403,
        "account_inactive",
    )
    # gone from the pickers and marked inactive in the change feed
    assert "Carla" not in _people_names(client, anna, world.hq.id)
    assert _person_feed(session_factory, world.carla.id, world.hq.id)["active"] is False
    # nobody may assign to her any more (the rules refuse inactive people)
    refused = run(
        session_factory,
        actor_of(world.anna, world.hq),
        AssignPerson(enquiry_id=assigned_away, user_id=world.carla.id),
        NOW,
    )
    assert refused.refusal is not None and refused.refusal.code == "person_inactive"
    # routing skips her: the route's enquiry stays with the person in charge
    with session_factory.begin() as session:
        result = receive(
            session,
            IntakeRequest(
                channel="web",
                partner_id=None,
                type="information",
                product_interest="windows",
                first_name="Paolo",
                last_name="Rossi",
                email="p@example.test",
                phone="",
                street="",
                postcode="39100",
                city="Bozen",
                country="IT",
                message="",
            ),
            now=NOW,
        )
    assert stored_state(session_factory, result.id).holder_id == world.anna.id

    held = client.get(f"{ADMIN}/{world.carla.id}/held", headers=admin)
    assert held.status_code == 200
    assert sorted(h["enquiry_id"] for h in held.json()) == sorted(mine)

    # hand-over: to someone of another company is refused as a whole; to Anna it goes through
    other = client.post(
        f"{ADMIN}/{world.carla.id}/hand-over", json={"to_person_id": world.eva.id}, headers=admin
    )
    assert_error(other, 422, "other_company")
    handed = client.post(
        f"{ADMIN}/{world.carla.id}/hand-over", json={"to_person_id": world.anna.id}, headers=admin
    )
    assert handed.status_code == 200, handed.text
    assert handed.json()["handed_over"] == 2 and handed.json()["refused"] == 0
    for enquiry_id in mine:
        state = stored_state(session_factory, enquiry_id)
        assert state.holder_id == world.anna.id and state.status == "assigned"
    assert client.get(f"{ADMIN}/{world.carla.id}/held", headers=admin).json() == []

    # reactivation: back in the pickers and in routing; the old device stays signed out
    again = client.post(f"{ADMIN}/{world.carla.id}/reactivate", headers=admin)
    assert again.status_code == 200 and again.json()["person"]["active"] is True
    assert "Carla" in _people_names(client, anna, world.hq.id)
    assert _person_feed(session_factory, world.carla.id, world.hq.id)["active"] is True
    assert_error(
        client.post("/api/v1/auth/refresh", json={"refresh_token": carla_session["refresh_token"]}),
        401,
        "device_revoked",
    )
    login_session(client, world.carla.login)
    with session_factory.begin() as session:
        result = receive(
            session,
            IntakeRequest(
                channel="web",
                partner_id=None,
                type="information",
                product_interest="windows",
                first_name="Paolo",
                last_name="Bianchi",
                email="b@example.test",
                phone="",
                street="",
                postcode="39100",
                city="Bozen",
                country="IT",
                message="",
            ),
            now=NOW,
        )
    assert stored_state(session_factory, result.id).holder_id == world.carla.id


def test_hand_over_checks_whom_to_and_runs_once(
    client: TestClient, world: World, ida: Person, session_factory: sessionmaker[Session], make: Factory
) -> None:
    eva = Direct(session_factory, world.eva, world.mueller)
    first, second = new_id(), new_id()
    for enquiry_id in (first, second):
        eva.must("create_enquiry", {"enquiry_id": enquiry_id, "last_name": "Huber"})
    gone = make.person(world.mueller, "gone@mueller.example", roles=("partner_staff",), active=False)
    admin = login(client, world.max.login)
    assert client.post(f"{ADMIN}/{world.eva.id}/deactivate", headers=admin).status_code == 200
    url = f"{ADMIN}/{world.eva.id}/hand-over"
    assert_error(client.post(url, json={"to_person_id": world.eva.id}, headers=admin), 422, "same_person")
    assert_error(client.post(url, json={"to_person_id": gone.id}, headers=admin), 422, "person_inactive")
    assert_error(client.post(url, json={}, headers=admin), 422, "invalid_request")
    assert_error(
        client.post(url, json={"to_person_id": world.max.id, "x": 1}, headers=admin), 422, "invalid_request"
    )
    answer = client.post(url, json={"to_person_id": world.max.id}, headers=admin)
    assert answer.status_code == 200, answer.text
    results = {r["enquiry_id"]: r for r in answer.json()["results"]}
    assert set(results) == {first, second}
    assert all(r["status"] == "applied" and r["error"] is None for r in results.values())
    assert stored_state(session_factory, first).holder_id == world.max.id
    again = client.post(url, json={"to_person_id": world.max.id}, headers=admin)
    assert again.json() == {"handed_over": 0, "refused": 0, "results": []}


def test_hand_over_refusal_is_reported(
    client: TestClient, world: World, ida: Person, session_factory: sessionmaker[Session]
) -> None:
    """An enquiry on offer (head office's person offered it and still holds it) cannot be assigned:
    it is reported as refused with the rules' code, the others move."""
    anna = Direct(session_factory, world.anna, world.hq)
    offered, plain = new_id(), new_id()
    for enquiry_id in (offered, plain):
        anna.must("create_enquiry", {"enquiry_id": enquiry_id, "last_name": "Huber", "postcode": "80331"})
    anna.must("offer_to_partner", {"enquiry_id": offered, "company_id": world.mueller.id})
    admin = login(client, ida.login)
    held = {
        h["enquiry_id"]: h["status"]
        for h in client.get(f"{ADMIN}/{world.anna.id}/held", headers=admin).json()
    }
    answer = client.post(f"{ADMIN}/{world.anna.id}/hand-over", json={"to_person_id": ida.id}, headers=admin)
    assert answer.status_code == 200, answer.text
    results = {r["enquiry_id"]: r for r in answer.json()["results"]}
    assert results[plain]["status"] == "applied"
    assert held == {offered: "offered", plain: "open"}
    assert results[offered]["status"] == "refused"
    assert results[offered]["error"]["code"] == "wrong_state"
    assert results[offered]["error"]["message"]
    assert answer.json()["handed_over"] == 1 and answer.json()["refused"] == 1
    assert stored_state(session_factory, offered).holder_id == world.anna.id


def test_own_account_cannot_be_deactivated(client: TestClient, world: World, ida: Person) -> None:
    assert_error(
        client.post(f"{ADMIN}/{ida.id}/deactivate", headers=login(client, ida.login)), 409, "own_account"
    )


def test_store_functions_work_without_http(
    world: World, ida: Person, session_factory: sessionmaker[Session]
) -> None:
    """What the CLI calls: plain keyword arguments, one AdminError with a sentence."""
    with session_factory.begin() as session:
        answer = admin_people.add_person(
            session,
            company_id=world.rossi.id,
            login="gino@rossi.example",
            display_name="Gino",
            roles=["partner_staff"],
            now=NOW,
            password="long enough password",
        )
        assert answer.invite_mail_id is None
    with session_factory.begin() as session:
        with pytest.raises(AdminError) as refused:
            admin_people.add_person(
                session,
                company_id=world.rossi.id,
                login="gino@rossi.example",
                display_name="Gino",
                roles=["partner_staff"],
                now=NOW,
            )
        assert refused.value.code == "login_taken" and refused.value.message.endswith(".")
        with pytest.raises(AdminError) as refused:
            admin_people.update_person(
                session, person_id=world.sofia.id, within=world.mueller.id, now=NOW, display_name="x"
            )
        assert refused.value.code == "not_found"
        names = [p.display_name for p, _ in admin_people.list_people(session, company_id=world.rossi.id)]
        assert names == ["Gino", "Luca", "Sofia"]
        answer = admin_people.set_active(session, person_id=world.sofia.id, active=False, now=NOW)
        assert answer.person.active is False and answer.routes == [] and answer.held == 0


def test_new_and_deactivated_people_reach_the_companies_that_see_them(
    client: TestClient, world: World, ida: Person
) -> None:
    """A partner admin's new colleague appears in their company's change feed (never in another
    partner's), and leaves the pickers as inactive when deactivated."""
    max_ = login(client, world.max.login, client_id="max-desk")
    body = {"company_id": world.mueller.id, "login": "neu@mueller.example", "display_name": "Neu"}
    created = client.post(ADMIN, json={**body, "roles": ["partner_staff"]}, headers=max_)
    assert created.status_code == 201, created.text
    person_id = created.json()["person"]["id"]

    def people_in_pull(headers: dict[str, str], client_id: str) -> dict[str, Any]:
        page = client.post("/api/v1/sync/pull", headers=headers, json={"client_id": client_id}).json()
        return {c["id"]: c.get("data") for c in page["changes"] if c["entity"] == "person"}

    assert people_in_pull(max_, "max-desk")[person_id]["active"] is True
    luca = login(client, world.luca.login, client_id="luca-desk")
    assert person_id not in people_in_pull(luca, "luca-desk"), "another partner never sees Müller's people"
    assert client.post(f"{ADMIN}/{person_id}/deactivate", headers=max_).status_code == 200
    assert people_in_pull(max_, "max-desk")[person_id]["active"] is False
    assert "Neu" not in _people_names(client, max_, world.mueller.id)
