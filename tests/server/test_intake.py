"""`POST /intake/enquiries`: web and dealer-page enquiries are checked, routed and offered at once."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.store.accounts import Company
from central.store.enquiries import EnquiryRow
from central.store.sync import SyncView
from enquiries.deadlines import WorkCalendar, offer_deadline
from tests.server.helpers import Factory, TestClient, assert_error
from tests.server.sync_helpers import (
    DEMO_PASSWORD,
    INTAKE,
    INTAKE_KEY,
    Device,
    count_rows,
    demo_id,
    enquiry_data,
    intake_body,
    personal_values,
    seed_demo_accounts,
)

NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)  # a Thursday, 09:00 in Munich
WEB_KEY = {"X-Api-Key": INTAKE_KEY}
BERLIN = WorkCalendar("DE", "BY", "Europe/Berlin")
ROME = WorkCalendar("IT", "BZ", "Europe/Rome")


@pytest.fixture
def demo(app: FastAPI, session_factory: sessionmaker[Session]) -> None:
    """The demo accounts, routes and intake key; the server's clock stands at NOW."""
    seed_demo_accounts(session_factory)
    app.state.clock = lambda: NOW


def _device(client: TestClient, who: str) -> Device:
    return Device(client, f"{who}.example", password=DEMO_PASSWORD)


def _send(client: TestClient, headers: dict[str, str] | None = None, **changes: Any) -> str:
    response = client.post(
        INTAKE, json=intake_body(**changes), headers=WEB_KEY if headers is None else headers
    )
    assert response.status_code == 201, response.text
    assert set(response.json()) == {"id"}
    return str(response.json()["id"])


def _seen_by(client: TestClient, who: str, enquiry_id: str) -> tuple[dict[str, Any] | None, str]:
    device = _device(client, who)
    changes, text = device.sync()
    return enquiry_data(changes, enquiry_id), text


def _chain(data: dict[str, Any]) -> list[str]:
    return [t["company_id"] for t in data["chain"]]


def _enquiries(session_factory: sessionmaker[Session]) -> int:
    return count_rows(session_factory, EnquiryRow)


def test_munich_enquiry_is_offered_to_mueller(client: TestClient, demo: None) -> None:
    enquiry_id = _send(client, postcode="80331", country="DE")

    mueller, text = _seen_by(client, "max@mueller", enquiry_id)
    assert mueller is not None
    assert mueller["anonymised"] is True
    assert mueller["status"] == "offered"
    assert mueller["offer"]["company_id"] == demo_id("mueller")
    assert datetime.fromisoformat(mueller["offer"]["deadline"]) == offer_deadline(NOW, BERLIN)
    assert mueller["contact"] == {"postcode": "80331", "city": "München", "country": "DE"}
    for value in personal_values():
        assert value not in text, value

    for other in ("luca@rossi", "lena@alpen"):
        data, text = _seen_by(client, other, enquiry_id)
        assert data is None and enquiry_id not in text, other

    hq, _ = _seen_by(client, "anna@hq", enquiry_id)
    assert hq is not None
    assert hq["contact"]["last_name"] == "Zwirnhuber"
    assert hq["channel"] == "web"
    assert hq["route_owner_id"] == demo_id("anna@hq.example")
    assert _chain(hq) == [demo_id("mueller"), demo_id("alpen")]


def test_south_tyrol_enquiry_is_offered_to_rossi(client: TestClient, demo: None) -> None:
    enquiry_id = _send(client, postcode="39100", city="Bolzano", country="IT")

    rossi, _ = _seen_by(client, "luca@rossi", enquiry_id)
    assert rossi is not None and rossi["anonymised"] is True
    assert rossi["offer"]["company_id"] == demo_id("rossi")
    assert datetime.fromisoformat(rossi["offer"]["deadline"]) == offer_deadline(NOW, ROME)
    assert _seen_by(client, "max@mueller", enquiry_id)[0] is None

    hq, _ = _seen_by(client, "marco@hq", enquiry_id)
    assert hq is not None
    assert hq["route_owner_id"] == demo_id("marco@hq.example")
    assert _chain(hq) == [demo_id("rossi"), demo_id("mueller")]


def test_enquiry_without_route_stays_in_head_office_pool(
    client: TestClient, demo: None, session_factory: sessionmaker[Session]
) -> None:
    enquiry_id = _send(client, postcode="10115", city="Berlin", country="DE")

    hq, _ = _seen_by(client, "anna@hq", enquiry_id)
    assert hq is not None
    assert hq["status"] == "open"
    assert hq["offer"] is None
    assert hq["holder_id"] is None  # the pool: nobody in charge yet
    assert hq["owner_company_id"] == demo_id("hq")
    for partner in ("max@mueller", "luca@rossi", "lena@alpen"):
        assert _seen_by(client, partner, enquiry_id)[0] is None, partner
    with session_factory() as session:
        companies = set(session.scalars(select(SyncView.company_id).where(SyncView.entity_id == enquiry_id)))
    assert companies == {demo_id("hq")}


def test_dealer_page_enquiry_goes_to_its_partner_first(
    client: TestClient, demo: None, make: Factory, session_factory: sessionmaker[Session]
) -> None:
    with session_factory() as session:
        rossi = session.get(Company, demo_id("rossi"))
    assert rossi is not None
    make.api_key("rossi-dealer-page", channel="dealer_page", partner=rossi)

    # A Munich customer on Rossi's dealer page: Rossi first, then the Munich chain.
    for headers in (WEB_KEY, {"X-Api-Key": "rossi-dealer-page"}):
        enquiry_id = _send(
            client,
            headers,
            channel="dealer_page",
            partner_id=demo_id("rossi"),
            postcode="80331",
            country="DE",
        )
        rossi_view, _ = _seen_by(client, "sofia@rossi", enquiry_id)
        assert rossi_view is not None and rossi_view["anonymised"] is True
        assert rossi_view["channel"] == "dealer_page"
        assert rossi_view["offer"]["company_id"] == demo_id("rossi")
        assert _seen_by(client, "max@mueller", enquiry_id)[0] is None
        hq, _ = _seen_by(client, "anna@hq", enquiry_id)
        assert hq is not None
        assert _chain(hq) == [demo_id("rossi"), demo_id("mueller"), demo_id("alpen")]


def test_api_key_is_required_and_bound_to_its_partner(
    client: TestClient, demo: None, make: Factory, session_factory: sessionmaker[Session]
) -> None:
    with session_factory() as session:
        mueller = session.get(Company, demo_id("mueller"))
    assert mueller is not None
    make.api_key("mueller-dealer-page", channel="dealer_page", partner=mueller)
    body = intake_body(postcode="80331", country="DE")
    for_rossi = intake_body(
        channel="dealer_page", partner_id=demo_id("rossi"), postcode="80331", country="DE"
    )

    assert_error(client.post(INTAKE, json=body), 401, "api_key_missing")
    assert_error(client.post(INTAKE, json=body, headers={"X-Api-Key": "guessed-key"}), 401, "api_key_invalid")
    page_key = {"X-Api-Key": "mueller-dealer-page"}
    assert_error(client.post(INTAKE, json=for_rossi, headers=page_key), 403, "channel_not_allowed")
    assert_error(client.post(INTAKE, json=body, headers=page_key), 403, "channel_not_allowed")
    assert _enquiries(session_factory) == 0

    # Its own dealer page works.
    mine = intake_body(channel="dealer_page", partner_id=demo_id("mueller"), postcode="80331", country="DE")
    assert client.post(INTAKE, json=mine, headers=page_key).status_code == 201
    assert _enquiries(session_factory) == 1


@pytest.mark.parametrize(
    "changes",
    [
        {
            "message": "Best casino bonus! https://a.example https://b.example https://c.example https://d.example"
        },
        {"message": "Hello " + " ".join(f"http://spam{i}.example/x" for i in range(5))},
        {"email": "someone@mailinator.com"},
    ],
    ids=["casino-bonus-links", "many-links", "throwaway-address"],
)
def test_spam_is_accepted_silently_but_not_stored(
    client: TestClient, demo: None, session_factory: sessionmaker[Session], changes: dict[str, str]
) -> None:
    response = client.post(
        INTAKE, json=intake_body(postcode="80331", country="DE", **changes), headers=WEB_KEY
    )
    assert response.status_code == 201, response.text
    assert set(response.json()) == {"id"}
    assert _enquiries(session_factory) == 0
    assert _seen_by(client, "max@mueller", response.json()["id"])[0] is None
    # A real enquiry from the same street still gets through.
    _send(client, postcode="80331", country="DE")
    assert _enquiries(session_factory) == 1


@pytest.mark.parametrize(
    "body",
    [
        intake_body(last_name=""),
        {k: v for k, v in intake_body().items() if k != "postcode"},
        intake_body(country="DEU"),
        intake_body(channel="fax"),
        intake_body(type="complaint"),
        intake_body(shoe_size=44),
        intake_body(email="", phone=""),
        intake_body(channel="dealer_page", partner_id="no-such-partner"),
        intake_body(channel="dealer_page", partner_id=demo_id("hq")),
        intake_body(channel="dealer_page"),
        ["not", "an", "object"],
    ],
    ids=[
        "empty-last-name",
        "no-postcode",
        "long-country",
        "unknown-channel",
        "unknown-type",
        "unknown-field",
        "no-way-to-reach",
        "unknown-partner",
        "head-office-as-partner",
        "dealer-page-without-partner",
        "array",
    ],
)
def test_malformed_enquiry_is_refused_and_nothing_stored(
    client: TestClient, demo: None, session_factory: sessionmaker[Session], body: Any
) -> None:
    assert_error(client.post(INTAKE, json=body, headers=WEB_KEY), 422, "invalid_request")
    assert _enquiries(session_factory) == 0


def test_broken_json_is_refused(
    client: TestClient, demo: None, session_factory: sessionmaker[Session]
) -> None:
    response = client.post(
        INTAKE,
        content=b'{"channel": "web", "last_name": ',
        headers={**WEB_KEY, "content-type": "application/json"},
    )
    assert_error(response, 400, "malformed_json")
    assert _enquiries(session_factory) == 0
