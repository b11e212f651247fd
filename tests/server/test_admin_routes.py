"""`/admin/routes`: head office's administrators edit routing; the preview equals the intake.

Every value is checked on the server, every change audited, and the preview of an enquiry names
exactly the chain and first target the intake then gives it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.store.admin import AdminError
from central.store.admin_routes import create_route, preview
from central.store.audit import AuditEntry
from central.store.enquiries import EnquiryRow
from tests.server.helpers import Factory, TestClient, World, assert_error, login
from tests.server.matrix_helpers import T0, stored_state

ROUTES = "/api/v1/admin/routes"
PREVIEW = f"{ROUTES}/preview"
INTAKE = "/api/v1/intake/enquiries"
IDA = "ida@hq.example"
KEY = {"X-Api-Key": "route-test-key"}


@pytest.fixture
def ida(app: FastAPI, client: TestClient, world: World, make: Factory) -> dict[str, str]:
    app.state.clock = lambda: T0
    make.person(world.hq, IDA, roles=("head_office", "admin"), display_name="Ida")
    make.api_key("route-test-key")
    return login(client, IDA)


def _partner(company_id: str, person_id: str | None = None) -> dict[str, Any]:
    return {"kind": "partner", "company_id": company_id, "person_id": person_id}


def _route(world: World, **changes: Any) -> dict[str, Any]:
    body = {
        "name": "Bavaria",
        "country": "DE",
        "postcode_ranges": ["80000-87999"],
        "chain": [_partner(world.mueller.id), _partner(world.rossi.id)],
        "owner_person_id": world.anna.id,
    }
    return {**body, **changes}


def _post(client: TestClient, headers: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
    response = client.post(ROUTES, json=body, headers=headers)
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_create_edit_deactivate_audited(
    client: TestClient, ida: dict[str, str], world: World, session_factory: sessionmaker[Session]
) -> None:
    route = _post(client, ida, _route(world, keywords=["Fenster", "fenster", " Tür "]))
    assert route["keywords"] == ["Fenster", "Tür"] and route["priority"] == 100 and route["active"]
    assert [t["company_id"] for t in route["chain"]] == [world.mueller.id, world.rossi.id]

    changed = client.patch(
        f"{ROUTES}/{route['id']}", json={"priority": 10, "postcode_prefixes": ["9"]}, headers=ida
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["priority"], changed.json()["postcode_prefixes"]) == (10, ["9"])
    assert changed.json()["postcode_ranges"] == ["80000-87999"]

    gone = client.post(f"{ROUTES}/{route['id']}/deactivate", headers=ida)
    assert gone.status_code == 200 and gone.json()["active"] is False
    client.post(f"{ROUTES}/{route['id']}/deactivate", headers=ida)  # idempotent, audited once
    assert [r["active"] for r in client.get(ROUTES, headers=ida).json()] == [False]

    with session_factory() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.action)))
    mine = [e for e in entries if json.loads(e.details).get("route_id") == route["id"]]
    assert sorted(e.action for e in mine) == ["route_changed", "route_created", "route_deactivated"]
    change = next(json.loads(e.details) for e in mine if e.action == "route_changed")
    assert change["before"] == {"postcode_prefixes": [], "priority": 100}
    assert change["after"] == {"postcode_prefixes": ["9"], "priority": 10}
    assert all(e.actor_id for e in mine)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"country": "XX"}, "invalid_country"),
        ({"postcode_ranges": ["80000"]}, "invalid_postcode"),
        ({"postcode_ranges": ["8000-87999"]}, "invalid_postcode"),
        ({"postcode_prefixes": ["80-81"]}, "invalid_postcode"),
        ({"chain": []}, "invalid_request"),
        ({"chain": [{"kind": "partner", "company_id": "nope"}]}, "company_unknown"),
        ({"chain": [{"kind": "robot", "company_id": "x"}]}, "invalid_request"),
        ({"owner_person_id": "nope"}, "person_unknown"),
        ({"priority": -1}, "invalid_request"),
        ({"keywords": [""]}, "invalid_request"),
    ],
)
def test_bad_values_are_refused(
    client: TestClient, ida: dict[str, str], world: World, changes: dict[str, Any], code: str
) -> None:
    assert_error(client.post(ROUTES, json=_route(world, **changes), headers=ida), 422, code)
    assert client.get(ROUTES, headers=ida).json() == []


def test_chain_targets_are_checked(
    client: TestClient, ida: dict[str, str], world: World, make: Factory
) -> None:
    # A partner's person as route owner or head-office target; another partner's person named at Müller.
    assert_error(
        client.post(ROUTES, json=_route(world, owner_person_id=world.max.id), headers=ida),
        422,
        "person_unknown",
    )
    person_target = [{"kind": "person", "person_id": world.max.id}]
    assert_error(
        client.post(ROUTES, json=_route(world, chain=person_target), headers=ida), 422, "person_unknown"
    )
    foreign = [_partner(world.mueller.id, world.luca.id)]
    assert_error(client.post(ROUTES, json=_route(world, chain=foreign), headers=ida), 422, "person_unknown")
    twice = [_partner(world.mueller.id), _partner(world.mueller.id)]
    assert_error(client.post(ROUTES, json=_route(world, chain=twice), headers=ida), 422, "invalid_chain")
    closed = make.company("Closed KG", active=False)
    assert_error(
        client.post(ROUTES, json=_route(world, chain=[_partner(closed.id)]), headers=ida),
        422,
        "company_inactive",
    )
    # The head office's own pool is a valid target: a head-office person.
    ok = _route(world, chain=[{"kind": "person", "person_id": world.anna.id}])
    assert _post(client, ida, ok)["chain"] == [
        {"kind": "person", "company_id": world.hq.id, "person_id": world.anna.id}
    ]


def test_only_head_office_admins(client: TestClient, ida: dict[str, str], world: World) -> None:
    route = _post(client, ida, _route(world))
    for who in ("anna@hq.example", "max@mueller.example", "carla@hq.example"):
        headers = login(client, who)
        assert_error(client.get(ROUTES, headers=headers), 403, "forbidden")
        assert_error(
            client.post(PREVIEW, json={"country": "DE", "postcode": "80331"}, headers=headers),
            403,
            "forbidden",
        )
        assert_error(
            client.patch(f"{ROUTES}/{route['id']}", json={"priority": 1}, headers=headers), 403, "forbidden"
        )
    assert_error(client.post(ROUTES, json=_route(world)), 401, "not_authenticated")
    missing = client.patch(f"{ROUTES}/{world.anna.id}", json={"priority": 1}, headers=ida)
    assert_error(missing, 404, "not_found")
    assert client.post(f"{ROUTES}/{world.anna.id}/deactivate", headers=ida).json() == missing.json()


CASES = [
    {"country": "DE", "postcode": "80331", "product_interest": "Fenster"},
    {"country": "DE", "postcode": "D-80331", "product_interest": "Fenster"},
    {"country": "DE", "postcode": "10115", "product_interest": "Fenster"},  # whole-country fallback
    {
        "country": "DE",
        "postcode": "80331",
        "product_interest": "Haustür",
        "message": "Eine neue Haustür bitte",
    },
    {"country": "IT", "postcode": "39100", "product_interest": "Finestre"},  # no route
    {"country": "DE", "postcode": "80331", "message": "cheap viagra here"},  # spam
    {"country": "DE", "postcode": "86150", "channel": "dealer_page", "partner": "rossi"},
]


@pytest.mark.parametrize(
    "case", CASES, ids=lambda c: f"{c['country']}-{c['postcode']}-{c.get('channel', 'web')}"
)
def test_preview_equals_what_intake_does(
    client: TestClient,
    ida: dict[str, str],
    world: World,
    session_factory: sessionmaker[Session],
    case: dict[str, Any],
) -> None:
    _post(client, ida, _route(world))
    _post(
        client,
        ida,
        _route(
            world,
            name="Doors",
            priority=50,
            keywords=["haustür"],
            chain=[_partner(world.rossi.id), {"kind": "person", "person_id": world.anna.id}],
        ),
    )
    fallback = _route(
        world, name="Germany", postcode_ranges=[], chain=[{"kind": "person", "person_id": world.anna.id}]
    )
    _post(client, ida, fallback)

    facts = {k: v for k, v in case.items() if k != "partner"}
    if case.get("partner"):
        facts["partner_id"] = world.rossi.id
    shown = client.post(PREVIEW, json=facts, headers=ida)
    assert shown.status_code == 200, shown.text
    plan = shown.json()

    body = {"channel": "web", "last_name": "Huber", "email": "h@example.test", **facts}
    answer = client.post(INTAKE, json=body, headers=KEY)
    assert answer.status_code == 201, answer.text
    with session_factory() as session:
        stored = session.get(EnquiryRow, answer.json()["id"])
    if plan["spam"]:
        assert stored is None and plan["reason"].startswith("spam:") and plan["chain"] == []
        return
    assert stored is not None
    state = stored_state(session_factory, stored.id)
    assert [(t["kind"], t["company_id"], t["person_id"]) for t in plan["chain"]] == [
        (t.kind, t.company_id, t.person_id) for t in state.chain
    ]
    assert plan["owner_person_id"] == state.route_owner_id
    first = plan["first"]
    if first is None:
        assert state.offer is None and state.holder_id == state.route_owner_id
    elif first["kind"] == "partner":
        assert state.status == "offered" and state.offer is not None
        assert state.offer.company_id == first["company_id"]
    else:
        assert state.offer is None and state.holder_id == first["person_id"]


def test_preview_names_the_route_and_marks_skipped_targets(
    client: TestClient,
    ida: dict[str, str],
    world: World,
    make: Factory,
    session_factory: sessionmaker[Session],
) -> None:
    route = _post(client, ida, _route(world))
    client.post(f"/api/v1/admin/companies/{world.mueller.id}/deactivate", headers=ida)
    plan = client.post(PREVIEW, json={"country": "de", "postcode": "80331"}, headers=ida).json()
    assert (plan["reason"], plan["route_id"], plan["route_name"]) == ("matched", route["id"], "Bavaria")
    assert [(s["company_name"], s["usable"]) for s in plan["chain"]] == [
        ("Fenster Müller GmbH", False),
        ("Serramenti Rossi Srl", True),
    ]
    assert plan["first"]["company_id"] == world.rossi.id
    assert_error(client.post(PREVIEW, json={"country": "DE"}, headers=ida), 422, "invalid_request")
    # A dealer page of an inactive partner: refused, as the intake refuses it.
    dealer = {"country": "DE", "postcode": "80331", "channel": "dealer_page", "partner_id": world.mueller.id}
    assert_error(client.post(PREVIEW, json=dealer, headers=ida), 422, "invalid_request")
    make.api_key("route-dealer-key")
    refused = client.post(
        INTAKE,
        json={**dealer, "last_name": "Huber", "email": "h@x.test"},
        headers={"X-Api-Key": "route-dealer-key"},
    )
    assert_error(refused, 422, "invalid_request")
    with session_factory() as session:  # the preview writes nothing
        assert session.scalars(select(EnquiryRow)).first() is None


def test_store_functions_work_without_http(session_factory: sessionmaker[Session], world: World) -> None:
    with session_factory.begin() as session:
        row = create_route(
            session,
            name="Tyrol",
            country="at",
            postcode_prefixes=["6"],
            chain=[{"kind": "partner", "company_id": world.rossi.id}],
            owner_person_id=world.anna.id,
            now=T0,
        )
        assert row.country == "AT"
    with session_factory() as session:
        shown = preview(session, country="AT", postcode="6020")
        assert shown.route_name == "Tyrol" and shown.first is not None
        with pytest.raises(AdminError) as caught:
            create_route(session, name="X", country="AT", chain=[], owner_person_id=world.anna.id, now=T0)
        assert caught.value.code == "invalid_chain"
