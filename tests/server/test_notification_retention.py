"""Retention: read notifications go after 14 days, unread ones after 90, on every device too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.jobs.notification_retention import prune_old_notifications
from central.store.notification_tables import NotificationRow
from enquiries.commands import CreateEnquiry, OfferToPartner
from tests.server.helpers import TestClient, World
from tests.server.matrix_helpers import actor_of, must, new_id
from tests.server.sync_helpers import Device, entities

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


def _offer(factory: sessionmaker[Session], world: World, at: datetime) -> str:
    anna, enquiry_id = actor_of(world.anna, world.hq), new_id()
    must(factory, anna, CreateEnquiry(enquiry_id=enquiry_id, last_name="Huber"), at)
    must(factory, anna, OfferToPartner(enquiry_id=enquiry_id, company_id=world.mueller.id), at)
    with factory() as session:
        return session.scalars(
            select(NotificationRow.id).where(NotificationRow.enquiry_id == enquiry_id)
        ).one()


def test_old_notifications_go_from_the_server_and_the_devices(
    client: TestClient, world: World, session_factory: sessionmaker[Session]
) -> None:
    read, unread = _offer(session_factory, world, T0), _offer(session_factory, world, T0)
    max_ = Device(client, "max@mueller.example")
    assert (
        client.post("/api/v1/notifications/read", json={"ids": [read]}, headers=max_.headers).status_code
        == 200
    )
    max_.sync()

    assert prune_old_notifications(session_factory, now=T0 + timedelta(days=14) - timedelta(seconds=1)) == 0
    assert prune_old_notifications(session_factory, now=T0 + timedelta(days=14, seconds=1)) == 1
    assert entities(max_.sync()[0], "notification") == [{"op": "del", "entity": "notification", "id": read}]
    assert prune_old_notifications(session_factory, now=T0 + timedelta(days=89)) == 0
    assert prune_old_notifications(session_factory, now=T0 + timedelta(days=90, seconds=1)) == 1
    assert entities(max_.sync()[0], "notification") == [{"op": "del", "entity": "notification", "id": unread}]
    with session_factory() as session:
        assert session.scalars(select(NotificationRow.id)).all() == []
