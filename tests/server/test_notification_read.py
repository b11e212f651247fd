"""Notifications in the feed: their shape, read on one device = read on the others, other people's
ids ignored, and notices leaving with the enquiry when a company no longer sees it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.store.notification_tables import NotificationRow
from tests.server.helpers import TestClient, World, assert_error
from tests.server.sync_helpers import Device, entities, new_id

READ = "/api/v1/notifications/read"
FIELDS = {
    *("id", "person_id", "kind", "group", "enquiry_id", "enquiry_number", "actor_id", "actor_name"),
    *("at", "read", "in_app", "desktop"),
}


def _offered(anna: Device, company_id: str, **extra: Any) -> str:
    enquiry_id = new_id()
    anna.apply("create_enquiry", enquiry_id=enquiry_id, last_name="Zwirnhuber", postcode="80331")
    anna.apply("offer_to_partner", enquiry_id=enquiry_id, company_id=company_id, **extra)
    return enquiry_id


def _notices(device: Device) -> list[dict[str, Any]]:
    return [c["data"] for c in entities(device.sync()[0], "notification") if c["op"] == "put"]


def test_a_notification_carries_what_the_panel_groups_and_shows(client: TestClient, world: World) -> None:
    anna, eva = Device(client, "anna@hq.example"), Device(client, "eva@mueller.example")
    enquiry_id = _offered(anna, world.mueller.id, user_id=world.eva.id)
    [offered] = _notices(eva)
    assert set(offered) == FIELDS
    assert offered["kind"] == "offered" and offered["group"] == "offers"
    assert offered["enquiry_id"] == enquiry_id and offered["enquiry_number"].startswith("E-")
    # Who offered it is head office's person in charge: not named to the partner.
    assert (offered["actor_id"], offered["actor_name"]) == (None, None)
    assert (offered["read"], offered["in_app"], offered["desktop"]) == (False, True, True)
    assert "Zwirnhuber" not in str(offered)

    anna.sync()
    eva.apply("accept_offer", enquiry_id=enquiry_id)
    [accepted] = _notices(anna)
    assert accepted["kind"] == "offer_accepted" and accepted["group"] == "activity"
    assert (accepted["actor_id"], accepted["actor_name"]) == (world.eva.id, "Eva")


def test_read_on_one_device_is_read_on_the_others(client: TestClient, world: World) -> None:
    anna = Device(client, "anna@hq.example")
    laptop, phone = Device(client, "max@mueller.example"), Device(client, "max@mueller.example")
    first, second = _offered(anna, world.mueller.id), _offered(anna, world.mueller.id)
    notices = {n["enquiry_id"]: n for n in _notices(laptop)}
    assert {n["read"] for n in notices.values()} == {False}
    assert len(_notices(phone)) == 2

    answer = client.post(READ, json={"ids": [notices[first]["id"]]}, headers=laptop.headers)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"marked": 1, "unread": 1}
    [seen] = _notices(phone)
    assert (seen["id"], seen["read"], seen["enquiry_id"]) == (notices[first]["id"], True, first)
    # Again: nothing more to mark, nothing more to pull.
    assert client.post(READ, json={"ids": [notices[first]["id"]]}, headers=phone.headers).json() == {
        "marked": 0,
        "unread": 1,
    }
    assert _notices(laptop) == [seen]  # the laptop's own mark comes back once, as read
    assert _notices(phone) == []

    assert client.post(READ, json={"all": True}, headers=phone.headers).json() == {"marked": 1, "unread": 0}
    [last] = _notices(laptop)
    assert (last["enquiry_id"], last["read"]) == (second, True)
    # A new device's snapshot has them as read.
    assert {n["read"] for n in _notices(Device(client, "max@mueller.example"))} == {True}


def test_other_peoples_and_unknown_ids_are_ignored_alike(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    anna, luca, max_ = (
        Device(client, login) for login in ("anna@hq.example", "luca@rossi.example", "max@mueller.example")
    )
    _offered(anna, world.rossi.id)
    _offered(anna, world.mueller.id)
    [lucas] = _notices(luca)
    for ids in ([lucas["id"]], [new_id()], []):
        answer = client.post(READ, json={"ids": ids}, headers=max_.headers)
        assert answer.json() == {"marked": 0, "unread": 1}, ids
    with session_factory() as session:
        row = session.get(NotificationRow, lucas["id"])
        assert row is not None and row.read is False
    assert _notices(luca) == []  # nothing of luca's moved


def test_bad_read_requests_are_refused(client: TestClient, world: World) -> None:
    headers = Device(client, "max@mueller.example").headers
    for body in (
        {},
        {"all": False},
        {"ids": ["x"], "all": True},
        {"ids": "x"},
        {"ids": [""]},
        {"ids": ["x" * 65]},
    ):
        assert_error(client.post(READ, json=body, headers=headers), 422, "invalid_request")
    assert_error(client.post(READ, json={"ids": ["x"] * 5001}, headers=headers), 422, "invalid_request")
    assert_error(client.post(READ, json={"all": True}), 401, "not_authenticated")


def test_notices_leave_with_the_enquiry_when_the_company_no_longer_sees_it(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    anna, max_ = Device(client, "anna@hq.example"), Device(client, "max@mueller.example")
    enquiry_id = _offered(anna, world.mueller.id)
    [notice] = _notices(max_)
    anna.apply("revoke_offer", enquiry_id=enquiry_id)
    changes, _ = max_.sync()
    assert {"op": "del", "entity": "notification", "id": notice["id"]} in changes
    assert enquiry_id not in max_.pull()["text"]  # a new snapshot: not a trace
    with session_factory() as session:
        left = session.scalars(
            select(NotificationRow.person_id).where(NotificationRow.enquiry_id == enquiry_id)
        )
        assert world.max.id not in set(left)
