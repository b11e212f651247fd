"""Notification preferences: defaults, saving, refusing bad input, the person-scoped `preferences`
view every device of the person pulls (and nobody else), and what they change in delivery."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.mail.outbox import MailMessage
from central.store.notification_tables import NotificationRow
from tests.server.helpers import TestClient, World, assert_error, login
from tests.server.sync_helpers import Device, entities, new_id

PREFERENCES = "/api/v1/account/notification-preferences"
DEFAULT_GROUPS = {
    "offers": {"in_app": True, "desktop": True, "email": "immediate"},
    "reminders": {"in_app": True, "desktop": True, "email": "immediate"},
    "assignments": {"in_app": True, "desktop": True, "email": "digest"},
    "activity": {"in_app": True, "desktop": True, "email": "off"},
}


def _body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"groups": copy.deepcopy(DEFAULT_GROUPS), "digest_hour": 8}
    body.update(changes)
    return body


def test_defaults_in_the_language_of_the_company_country(client: TestClient, world: World) -> None:
    for who, language, zone in (
        ("max@mueller.example", "de", "Europe/Berlin"),
        ("luca@rossi.example", "it", "Europe/Rome"),
        ("anna@hq.example", "it", "Europe/Rome"),
    ):
        answer = client.get(PREFERENCES, headers=login(client, who))
        assert answer.status_code == 200, answer.text
        assert answer.json() == {
            "groups": DEFAULT_GROUPS,
            "digest_hour": 8,
            "language": language,
            "timezone": zone,
        }


def test_saved_preferences_reach_every_device_of_the_person_and_nobody_else(
    client: TestClient, world: World
) -> None:
    laptop, phone = Device(client, "max@mueller.example"), Device(client, "max@mueller.example")
    eva = Device(client, "eva@mueller.example")
    for device in (laptop, phone, eva):
        device.sync()
    body = _body(digest_hour=17, language="en")
    body["groups"]["activity"] = {"in_app": True, "desktop": False, "email": "digest"}
    answer = client.put(PREFERENCES, json=body, headers=laptop.headers)
    assert answer.status_code == 200, answer.text
    stored = {**body, "timezone": "Europe/Berlin"}
    assert answer.json() == stored
    assert client.get(PREFERENCES, headers=phone.headers).json() == stored

    changes, _ = phone.sync()
    assert entities(changes, "preferences") == [
        {"op": "put", "entity": "preferences", "id": world.max.id, "data": stored}
    ]
    assert entities(eva.sync()[0], "preferences") == []  # a colleague never gets them
    # A new installation gets them with its first snapshot (offline from the start).
    snapshot = Device(client, "max@mueller.example").pull()["changes"]
    assert [c["data"] for c in entities(snapshot, "preferences")] == [stored]
    assert entities(Device(client, "eva@mueller.example").pull()["changes"], "preferences") == []


def test_language_absent_keeps_it_and_null_gives_the_company_country_back(
    client: TestClient, world: World
) -> None:
    headers = login(client, "max@mueller.example")
    assert client.put(PREFERENCES, json=_body(language="it"), headers=headers).json()["language"] == "it"
    assert client.put(PREFERENCES, json=_body(), headers=headers).json()["language"] == "it"
    assert client.put(PREFERENCES, json=_body(language=None), headers=headers).json()["language"] == "de"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"digest_hour": 24}, "digest_hour"),
        ({"digest_hour": -1}, "digest_hour"),
        ({"digest_hour": "8"}, "digest_hour"),
        ({"language": "fr"}, "language"),
        ({"colour": "blue"}, "colour"),
        ({"groups": {k: v for k, v in DEFAULT_GROUPS.items() if k != "activity"}}, None),
        ({"groups": {**DEFAULT_GROUPS, "weather": DEFAULT_GROUPS["offers"]}}, "groups"),
        (
            {"groups": {**DEFAULT_GROUPS, "offers": {"in_app": True, "desktop": True, "email": "weekly"}}},
            "groups",
        ),
        ({"groups": {**DEFAULT_GROUPS, "offers": {"in_app": True, "email": "off"}}}, "groups"),
    ],
)
def test_bad_preferences_are_refused_and_change_nothing(
    client: TestClient, world: World, change: dict[str, Any], field: str | None
) -> None:
    headers = login(client, "eva@mueller.example")
    before = client.get(PREFERENCES, headers=headers).json()
    error = assert_error(
        client.put(PREFERENCES, json=_body(**change), headers=headers), 422, "invalid_request"
    )
    if field:
        assert error.get("field") == field, error
    else:
        assert "activity" in error["message"], error
    assert client.get(PREFERENCES, headers=headers).json() == before


def test_malformed_and_anonymous_requests(client: TestClient, world: World) -> None:
    headers = {**login(client, "eva@mueller.example"), "Content-Type": "application/json"}
    assert_error(client.put(PREFERENCES, content=b"{not json", headers=headers), 400, "malformed_json")
    assert_error(client.get(PREFERENCES), 401, "not_authenticated")
    assert_error(client.put(PREFERENCES, json=_body()), 401, "not_authenticated")


def test_openapi_documents_the_endpoints_with_their_shapes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    prefs = spec["paths"][PREFERENCES]
    assert {"get", "put"} <= set(prefs)
    assert {"200", "401", "422"} <= set(prefs["put"]["responses"])
    assert {"200", "401", "422"} <= set(spec["paths"]["/api/v1/notifications/read"]["post"]["responses"])
    schemas = spec["components"]["schemas"]
    assert {"groups", "digest_hour", "language", "timezone"} <= set(schemas["PreferencesOut"]["properties"])


def _offer(anna: Device, company_id: str, **extra: Any) -> str:
    enquiry_id = new_id()
    anna.apply("create_enquiry", enquiry_id=enquiry_id, last_name="Huber", postcode="80331")
    anna.apply("offer_to_partner", enquiry_id=enquiry_id, company_id=company_id, **extra)
    return enquiry_id


def _rows(factory: sessionmaker[Session], person_id: str) -> list[NotificationRow]:
    with factory() as session:
        return list(session.scalars(select(NotificationRow).where(NotificationRow.person_id == person_id)))


def _mails(factory: sessionmaker[Session], address: str) -> list[MailMessage]:
    with factory() as session:
        return list(session.scalars(select(MailMessage).where(MailMessage.to_address == address)))


def test_preferences_decide_the_channels_of_each_notice(
    client: TestClient, app: FastAPI, world: World, session_factory: sessionmaker[Session]
) -> None:
    anna = Device(client, "anna@hq.example")
    max_ = Device(client, "max@mueller.example")
    # Defaults: an offer is in the app, on the desktop and mailed at once.
    first = _offer(anna, world.mueller.id)
    [row] = _rows(session_factory, world.max.id)
    assert (row.in_app, row.desktop, row.email, row.mailed_at is not None) == (True, True, "immediate", True)
    assert [m.enquiry_id for m in _mails(session_factory, "max@mueller.example")] == [first]

    # Offers: nothing at all. No row, no view, no mail.
    body = _body()
    body["groups"]["offers"] = {"in_app": False, "desktop": False, "email": "off"}
    assert client.put(PREFERENCES, json=body, headers=max_.headers).status_code == 200
    max_.sync()
    _offer(anna, world.mueller.id)
    assert len(_rows(session_factory, world.max.id)) == 1
    assert entities(max_.sync()[0], "notification") == []
    assert len(_mails(session_factory, "max@mueller.example")) == 1

    # Offers: mail only. A row waits for the mail, the devices never see it.
    body["groups"]["offers"] = {"in_app": False, "desktop": False, "email": "digest"}
    assert client.put(PREFERENCES, json=body, headers=max_.headers).status_code == 200
    max_.sync()
    _offer(anna, world.mueller.id)
    assert [(r.in_app, r.desktop, r.email, r.mailed_at) for r in _rows(session_factory, world.max.id)][
        1:
    ] == [(False, False, "digest", None)]
    assert entities(max_.sync()[0], "notification") == []

    # Offers: the desktop only: the view says so.
    body["groups"]["offers"] = {"in_app": False, "desktop": True, "email": "off"}
    assert client.put(PREFERENCES, json=body, headers=max_.headers).status_code == 200
    max_.sync()
    _offer(anna, world.mueller.id)
    [view] = entities(max_.sync()[0], "notification")
    assert (view["data"]["in_app"], view["data"]["desktop"], view["data"]["kind"]) == (False, True, "offered")
