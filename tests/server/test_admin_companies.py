"""`/admin/companies`: head office's administrators create, edit and deactivate partners.

Every value is checked (calendar, territory), overlaps with other partners are reported, only a
head-office admin may call, and a deactivated partner's pending offers move on exactly once.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.jobs.deadlines import expire_due_offers
from central.store.accounts import Company
from central.store.admin import AdminError
from central.store.admin_companies import create_company, deactivate_company, forward_inactive_offers
from central.store.audit import AuditEntry
from central.store.sync import SyncView
from tests.server.helpers import Factory, TestClient, World, assert_error, login
from tests.server.matrix_helpers import T0, actor_of, event_counts, offered_enquiry, stored_state

COMPANIES = "/api/v1/admin/companies"
IDA = "ida@hq.example"


@pytest.fixture
def ida(app: FastAPI, client: TestClient, world: World, make: Factory) -> dict[str, str]:
    """Headers of head office's administrator; the server's clock stands at T0."""
    app.state.clock = lambda: T0
    make.person(world.hq, IDA, roles=("head_office", "admin"), display_name="Ida")
    return login(client, IDA)


def _body(**changes: Any) -> dict[str, Any]:
    body = {
        "name": "Fenster Huber KG",
        "country": "DE",
        "subdivision": "BW",
        "timezone": "Europe/Berlin",
        "postcode_ranges": ["70000-74999", "89"],
    }
    return {**body, **changes}


def test_create_edit_and_list_a_partner(client: TestClient, ida: dict[str, str], world: World) -> None:
    response = client.post(COMPANIES, json=_body(postcode_ranges=[" 70000 - 74999", "89", "89"]), headers=ida)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["kind"] == "partner" and created["active"] is True
    assert created["postcode_ranges"] == ["70000-74999", "89"]  # compacted, duplicates dropped
    assert created["overlaps"] == []

    patch = {"name": "Fenster Huber GmbH", "subdivision": None, "timezone": "Europe/Vienna"}
    changed = client.patch(f"{COMPANIES}/{created['id']}", json=patch, headers=ida)
    assert changed.status_code == 200, changed.text
    assert changed.json()["name"] == "Fenster Huber GmbH"
    assert changed.json()["subdivision"] is None and changed.json()["timezone"] == "Europe/Vienna"
    assert changed.json()["country"] == "DE"

    names = [c["name"] for c in client.get(COMPANIES, headers=ida).json()]
    assert names == ["Fenster Huber GmbH", "Fenster Müller GmbH", "Serramenti Rossi Srl"]  # partners only
    assert client.get(f"{COMPANIES}/{created['id']}", headers=ida).json()["name"] == "Fenster Huber GmbH"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"subdivision": "XX"}, "invalid_region"),
        ({"country": "IT", "subdivision": "BY"}, "invalid_region"),
        ({"timezone": "Europe/Munich"}, "invalid_timezone"),
        ({"country": "QQ"}, "invalid_country"),
        ({"postcode_ranges": ["80000-7999"]}, "invalid_postcode"),
        ({"postcode_ranges": ["87999-80000"]}, "invalid_postcode"),
        ({"postcode_ranges": ["80-81-82"]}, "invalid_postcode"),
        ({"postcode_ranges": ["8$"]}, "invalid_postcode"),
        ({"name": "   "}, "invalid_request"),
        ({"postcode_ranges": "80000-87999"}, "invalid_request"),
        ({"kind": "head_office"}, "invalid_request"),
    ],
)
def test_bad_values_are_refused_with_a_sentence(
    client: TestClient, ida: dict[str, str], changes: dict[str, Any], code: str
) -> None:
    error = assert_error(client.post(COMPANIES, json=_body(**changes), headers=ida), 422, code)
    assert len(error["message"]) > 10
    assert [c["name"] for c in client.get(COMPANIES, headers=ida).json()] == [
        "Fenster Müller GmbH",
        "Serramenti Rossi Srl",
    ]


def test_bad_edits_change_nothing(client: TestClient, ida: dict[str, str], world: World) -> None:
    url = f"{COMPANIES}/{world.mueller.id}"
    assert_error(client.patch(url, json={"subdivision": "ZZ"}, headers=ida), 422, "invalid_region")
    assert_error(client.patch(url, json={"timezone": "Mars/Olympus"}, headers=ida), 422, "invalid_timezone")
    # Another country needs a region of that country: Bavaria is not in Austria.
    assert_error(client.patch(url, json={"country": "AT"}, headers=ida), 422, "invalid_region")
    assert_error(client.patch(url, json={"name": "Serramenti Rossi Srl"}, headers=ida), 409, "company_exists")
    after = client.get(url, headers=ida).json()
    assert (after["name"], after["country"], after["subdivision"]) == ("Fenster Müller GmbH", "DE", "BY")


def test_overlapping_territories_are_reported(client: TestClient, ida: dict[str, str], world: World) -> None:
    # Müller covers 80000-87999 (DE); Rossi the prefix 39 (IT: another country, never an overlap).
    body = _body(name="Fenster Ost", subdivision="BY", postcode_ranges=["87000-88999", "39", "9"])
    response = client.post(COMPANIES, json=body, headers=ida)
    assert response.status_code == 201, response.text
    overlaps = response.json()["overlaps"]
    assert overlaps == [
        {
            "company_id": world.mueller.id,
            "company_name": "Fenster Müller GmbH",
            "mine": "87000-88999",
            "theirs": "80000-87999",
        }
    ]
    # A prefix inside someone's range counts too, and the listing shows it from both sides.
    changed = client.patch(
        f"{COMPANIES}/{response.json()['id']}", json={"postcode_ranges": ["803"]}, headers=ida
    )
    assert [(o["mine"], o["theirs"]) for o in changed.json()["overlaps"]] == [("803", "80000-87999")]
    listing = {c["name"]: c["overlaps"] for c in client.get(COMPANIES, headers=ida).json()}
    assert [(o["company_name"], o["mine"]) for o in listing["Fenster Müller GmbH"]] == [
        ("Fenster Ost", "80000-87999")
    ]


def test_only_head_office_admins(client: TestClient, ida: dict[str, str], world: World) -> None:
    anna = login(client, "anna@hq.example")  # head office staff without the admin role
    max_ = login(client, "max@mueller.example")  # partner admin
    for headers in (anna, max_):
        assert_error(client.get(COMPANIES, headers=headers), 403, "forbidden")
        assert_error(client.post(COMPANIES, json=_body(), headers=headers), 403, "forbidden")
        url = f"{COMPANIES}/{world.mueller.id}"
        assert_error(client.patch(url, json={"name": "X"}, headers=headers), 403, "forbidden")
    assert_error(client.get(COMPANIES), 401, "not_authenticated")
    # Head office itself and a missing id answer alike.
    hq = client.patch(f"{COMPANIES}/{world.hq.id}", json={"name": "X"}, headers=ida)
    missing = client.patch(f"{COMPANIES}/{world.hq.id[:-4]}beef", json={"name": "X"}, headers=ida)
    assert_error(hq, 404, "not_found")
    assert hq.json() == missing.json()
    assert client.post(f"{COMPANIES}/{world.hq.id}/deactivate", headers=ida).json() == missing.json()


def test_changes_reach_the_change_feed_and_the_audit(
    client: TestClient, ida: dict[str, str], world: World, session_factory: sessionmaker[Session]
) -> None:
    created = client.post(COMPANIES, json=_body(), headers=ida).json()
    client.patch(f"{COMPANIES}/{created['id']}", json={"name": "Huber Fenster"}, headers=ida)
    with session_factory() as session:
        views = {
            v.company_id: json.loads(v.data)
            for v in session.scalars(select(SyncView).where(SyncView.entity_id == created["id"]))
        }
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.at, AuditEntry.action)))
    # Head office and the partner itself see the company; other partners do not.
    assert set(views) == {world.hq.id, created["id"]}
    assert views[world.hq.id]["name"] == "Huber Fenster"
    assert {"company_created", "company_changed"} <= set(actions)


def test_store_functions_work_without_http(session_factory: sessionmaker[Session], world: World) -> None:
    with session_factory.begin() as session:
        answer = create_company(
            session, name="Fenster Süd", country="de", subdivision="by", timezone="Europe/Berlin", now=T0
        )
        assert (answer.company.country, answer.company.subdivision) == ("DE", "BY")
    with session_factory.begin() as session, pytest.raises(AdminError) as caught:
        create_company(session, name="Fenster Nord", country="DE", timezone="Berlin", now=T0)
    assert caught.value.code == "invalid_timezone" and caught.value.status == 422
    assert "Europe/Rome" in caught.value.message


def test_deactivated_partner_offers_move_on_exactly_once(
    client: TestClient,
    ida: dict[str, str],
    world: World,
    make: Factory,
    session_factory: sessionmaker[Session],
) -> None:
    hugo = make.person(world.hq, "hugo@hq.example", roles=("head_office",), display_name="Hugo")
    offerer = actor_of(hugo, world.hq)
    enquiry_id, _deadline = offered_enquiry(session_factory, offerer, world.mueller.id)
    max_ = login(client, "max@mueller.example")

    response = client.post(f"{COMPANIES}/{world.mueller.id}/deactivate", headers=ida)
    assert response.status_code == 200, response.text
    assert response.json()["active"] is False and response.json()["forwarded_offers"] == 1
    state = stored_state(session_factory, enquiry_id)
    # Nothing else in its chain: back to the offering person, marked expired, as after a deadline.
    assert state.status == "expired" and state.holder_id == hugo.id and state.offer is None
    assert [a.outcome for a in state.attempts] == ["expired"]

    # Again: the request, the job, and the deadline job find nothing more to do.
    again = client.post(f"{COMPANIES}/{world.mueller.id}/deactivate", headers=ida)
    assert again.status_code == 200 and again.json()["forwarded_offers"] == 0
    assert forward_inactive_offers(session_factory, now=T0) == 0
    assert expire_due_offers(session_factory, now=datetime(2026, 3, 9, tzinfo=UTC)).expired == 0
    assert event_counts(session_factory, enquiry_id)["offer_expired"] == 1
    assert event_counts(session_factory, enquiry_id)["returned_expired"] == 1

    # Its people are out.
    assert_error(client.get("/api/v1/people", headers=max_), 403, "account_inactive")
    with session_factory() as session:
        mueller = session.get(Company, world.mueller.id)
        assert mueller is not None and not mueller.active


def test_a_routed_offer_moves_to_the_next_partner_once(
    client: TestClient,
    ida: dict[str, str],
    world: World,
    make: Factory,
    session_factory: sessionmaker[Session],
) -> None:
    """Intake offers to Müller first (the route's chain is Müller, Rossi); deactivating Müller
    forwards it to Rossi, and neither a second run nor the deadline job forwards it again."""
    make.api_key("web-key")
    chain = [
        {"kind": "partner", "company_id": world.mueller.id},
        {"kind": "partner", "company_id": world.rossi.id},
    ]
    route = {"name": "Bavaria", "country": "DE", "postcode_ranges": ["80000-87999"], "chain": chain}
    created = client.post(
        "/api/v1/admin/routes", json={**route, "owner_person_id": world.anna.id}, headers=ida
    )
    assert created.status_code == 201, created.text
    body = {
        "channel": "web",
        "last_name": "Huber",
        "email": "h@example.test",
        "postcode": "80331",
        "country": "DE",
    }
    answer = client.post("/api/v1/intake/enquiries", json=body, headers={"X-Api-Key": "web-key"})
    assert answer.status_code == 201, answer.text
    enquiry_id = answer.json()["id"]
    offer = stored_state(session_factory, enquiry_id).offer
    assert offer is not None and offer.company_id == world.mueller.id

    assert (
        client.post(f"{COMPANIES}/{world.mueller.id}/deactivate", headers=ida).json()["forwarded_offers"] == 1
    )
    assert forward_inactive_offers(session_factory, now=T0) == 0
    state = stored_state(session_factory, enquiry_id)
    assert state.status == "offered" and state.offer is not None and state.offer.company_id == world.rossi.id
    assert event_counts(session_factory, enquiry_id)["forwarded"] == 1
    # Intake from now on skips the inactive partner: Rossi is asked first.
    second = client.post("/api/v1/intake/enquiries", json=body, headers={"X-Api-Key": "web-key"}).json()["id"]
    second_offer = stored_state(session_factory, second).offer
    assert second_offer is not None and second_offer.company_id == world.rossi.id


def test_two_processes_forward_each_offer_once(
    world: World, make: Factory, session_factory: sessionmaker[Session]
) -> None:
    """Two workers at once (two server processes' jobs): every offer moves, none twice."""
    hugo = make.person(world.hq, "hugo@hq.example", roles=("head_office",), display_name="Hugo")
    offerer = actor_of(hugo, world.hq)
    ids = [offered_enquiry(session_factory, offerer, world.mueller.id)[0] for _ in range(6)]
    with session_factory.begin() as session:
        deactivate_company(session, world.mueller.id, now=T0)
    barrier = threading.Barrier(2)

    def work() -> int:
        barrier.wait()
        return forward_inactive_offers(session_factory, now=T0)

    with ThreadPoolExecutor(2) as pool:
        moved = sum(pool.map(lambda _: work(), range(2)))
    assert moved + forward_inactive_offers(session_factory, now=T0) == len(ids)
    for enquiry_id in ids:
        assert event_counts(session_factory, enquiry_id)["offer_expired"] == 1
        assert stored_state(session_factory, enquiry_id).status == "expired"


def test_reactivation(client: TestClient, ida: dict[str, str], world: World) -> None:
    url = f"{COMPANIES}/{world.rossi.id}"
    assert client.post(f"{url}/deactivate", headers=ida).json()["active"] is False
    # While inactive its name is free: a new "Serramenti Rossi Srl" blocks the old one's return.
    assert client.post(f"{url}/reactivate", headers=ida).json()["active"] is True
    luca = login(client, "luca@rossi.example")
    assert client.get("/api/v1/people", headers=luca).status_code == 200
    client.post(f"{url}/deactivate", headers=ida)
    twin = client.post(COMPANIES, json=_body(name="Serramenti Rossi Srl"), headers=ida)
    assert twin.status_code == 201, twin.text
    assert_error(client.post(f"{url}/reactivate", headers=ida), 409, "company_exists")
