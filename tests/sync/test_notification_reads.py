"""Notifications read on one device are read on the person's others (issue 12), also when read
offline; the person's notification preferences reach the cache with the pull, and a notice the
preferences keep out of the app stays out of the panel and the count."""

from __future__ import annotations

import uuid
from pathlib import Path

from central.demo import demo_id
from desktop.service import DeskService
from enquiries.commands import CreateEnquiry, OfferToPartner
from enquiries.notifications.preferences import DEFAULT
from tests.sync import clients
from tests.sync.conftest import LiveServer

MUELLER = demo_id("mueller")


def offer(anna: DeskService) -> str:
    assert anna.loop.sync_now() is not None  # the directory of partners is in the cache
    enquiry_id = str(uuid.uuid4())
    fields = {"last_name": "Lesen", "email": "lesen@example.net", "postcode": "80331", "country": "DE"}
    assert isinstance(anna.actions.perform(CreateEnquiry(enquiry_id=enquiry_id, type="offer", **fields)), int)
    assert isinstance(anna.actions.perform(OfferToPartner(enquiry_id=enquiry_id, company_id=MUELLER)), int)
    assert anna.loop.sync_now() is not None
    return enquiry_id


def unread_of(service: DeskService, enquiry_id: str) -> list[str]:
    return [n["id"] for n in service.reads.notifications(unread_only=True) if n["enquiry_id"] == enquiry_id]


def test_read_on_the_laptop_is_read_on_the_desktop_even_when_read_offline(
    live_server: LiveServer, tmp_path: Path
) -> None:
    anna = clients.service(live_server.url, "anna@hq.example", tmp_path / "anna")
    laptop = clients.service(live_server.url, "max@mueller.example", tmp_path / "laptop")
    desktop = clients.service(live_server.url, "max@mueller.example", tmp_path / "desktop")
    first, second = offer(anna), offer(anna)
    for device in (laptop, desktop):
        assert device.loop.sync_now() is not None
        assert unread_of(device, first) and unread_of(device, second), "both offers are news on both"

    laptop.actions.mark_notifications_read(unread_of(laptop, first))
    assert laptop.loop.sync_now() is not None
    assert desktop.loop.sync_now() is not None
    assert unread_of(desktop, first) == [], "read on the laptop: read here"
    assert unread_of(desktop, second), "only what was read"

    live_server.stop()  # offline: reading is kept for later
    desktop.actions.mark_notifications_read(None)
    assert desktop.reads.unread_count() == 0
    assert desktop.loop.sync_now() is None
    live_server.start()
    assert desktop.loop.sync_now() is not None
    assert laptop.loop.sync_now() is not None
    assert unread_of(laptop, second) == [], "read offline on the desktop, told once back online"
    assert laptop.reads.unread_count() == 0
    for service in (anna, laptop, desktop):
        service.close()


def test_preferences_reach_the_cache_and_keep_a_notice_out_of_the_panel(
    live_server: LiveServer, tmp_path: Path
) -> None:
    anna = clients.service(live_server.url, "anna@hq.example", tmp_path / "anna")
    max_ = clients.service(live_server.url, "max@mueller.example", tmp_path / "max")
    assert max_.loop.sync_now() is not None
    assert max_.reads.preferences() is None, "never saved: the shared defaults hold"
    answer = max_.sync.transport.call("GET", "/account/notification-preferences")
    assert answer.status_code == 200, answer.text
    shown = answer.json()
    assert {g: c for g, c in shown["groups"].items()} == DEFAULT.model_dump(mode="json")["groups"]
    offers = {"in_app": False, "desktop": False, "email": "immediate"}
    prefs = {"groups": {**shown["groups"], "offers": offers}, "digest_hour": shown["digest_hour"]}
    answer = max_.sync.transport.call("PUT", "/account/notification-preferences", json=prefs)
    assert answer.status_code == 200, answer.text
    before = max_.reads.unread_count()
    offered = offer(anna)
    assert max_.loop.sync_now() is not None
    kept = max_.reads.preferences()
    assert kept is not None and kept["groups"]["offers"]["in_app"] is False, "synced to the cache"
    assert unread_of(max_, offered) == [] and max_.reads.unread_count() == before, (
        "mail only: not in the panel"
    )
    anna.close()
    max_.close()
