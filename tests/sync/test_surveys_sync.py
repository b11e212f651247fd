"""Surveys on the desktop client against a live server (SQLite and PostgreSQL): the manager's cache
holds the survey and its contacts after a sync; status changes made offline show at once as
pending and land once after reconnecting; when another manager's change wins, the loser is told
and its cache goes back to the server's state.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from central.db import make_engine, make_session_factory
from desktop.models.survey_queries import ContactQuery
from desktop.service import DeskService
from enquiries.refusals import MESSAGES
from enquiries.surveys import AppointmentIn, RecordCall, SetContactStatus, Survey, SurveyContact
from tests.server.survey_helpers import (
    ANNA,
    CARLA,
    SURVEY_ID,
    add_person,
    contact,
    contacts,
    history,
    load_survey,
    pick,
    protocol_mails,
    seed,
)
from tests.sync.conftest import LiveServer
from tests.sync.scenario import ok, signed_in, synced

BRUNO_LOGIN = "bruno@hq.example"
CACHE_ONLY = ("pending", "history")


@dataclass
class Seeded:
    server: LiveServer
    factory: sessionmaker[Session]
    survey: Survey
    bruno: str
    now: datetime
    root: Path

    @property
    def today(self) -> date:
        return self.now.date()

    def pick(self, state: str, *, skip: int = 0) -> SurveyContact:
        return pick(self.factory, state, self.today, skip=skip)

    def desk(self, login: str) -> DeskService:
        return signed_in(self.server.url, login, self.root)


@pytest.fixture
def seeded(live_server: LiveServer, tmp_path: Path) -> Iterator[Seeded]:
    """The demo survey (20 contacts) in the live server's database, and Bruno: a second survey
    manager of head office who also calls for the survey. Seeded before any client signs in."""
    engine = make_engine(live_server.database_url)
    factory = make_session_factory(engine)
    now = datetime.now(UTC)
    seed(factory, now=now, count=20)
    bruno = add_person(
        factory, BRUNO_LOGIN, "Bruno Manager", ("head_office", "survey_manager", "agent"), survey_agent=True
    )
    try:
        yield Seeded(live_server, factory, load_survey(factory), bruno, now, tmp_path / "clients")
    finally:
        engine.dispose()


def new_id() -> str:
    return str(uuid.uuid4())


def cached(svc: DeskService, contact_id: str) -> dict[str, Any]:
    data = svc.reads.survey_contact(contact_id)
    assert data is not None, contact_id
    return data


def as_server(svc: DeskService, contact_id: str) -> dict[str, Any]:
    """The cached contact without what only the cache adds."""
    return {k: v for k, v in cached(svc, contact_id).items() if k not in CACHE_ONLY}


def history_ids(svc: DeskService, contact_id: str) -> list[str]:
    return [h["id"] for h in cached(svc, contact_id)["history"]]


def optimistic_history(svc: DeskService) -> list[str]:
    """History entries the cache shows before the server confirmed them."""
    with svc.sync.db.connect() as conn:
        raw = conn.execute(text("SELECT value FROM meta WHERE key = 'survey_optimistic_history'")).scalar()
    return list(json.loads(raw or "[]"))


def listed(svc: DeskService, filter_: str = "all") -> list[str]:
    return [
        str(r[0])
        for r in svc.reads.survey_page(ContactQuery(SURVEY_ID, filter=filter_), offset=0, limit=1000)
    ]


def hand_to(marco: DeskService, contact_id: str, agent_id: str, at: datetime) -> None:
    ok(
        marco.actions.perform(
            SetContactStatus(
                contact_id=contact_id,
                history_id=new_id(),
                done=False,
                notes="Handed over.",
                follow_up_at=at,
                follow_up_agent_id=agent_id,
            )
        )
    )


# --- the manager's view and offline work -------------------------------------------------------
def test_manager_sees_the_survey_and_offline_changes_land_after_reconnect(seeded: Seeded) -> None:
    marco = seeded.desk("marco@hq.example")
    [survey] = marco.reads.surveys()
    assert survey == seeded.survey.model_dump(mode="json")
    server = {c.id: c for c in contacts(seeded.factory)}
    assert sorted(listed(marco)) == sorted(server) and len(server) == 20
    for contact_id, truth in server.items():
        assert as_server(marco, contact_id) == truth.model_dump(mode="json")
        assert history_ids(marco, contact_id) == [h.id for h in history(seeded.factory, contact_id)]
        assert not cached(marco, contact_id)["pending"]
    assert sorted(listed(marco, "done")) == sorted(c.id for c in server.values() if c.done)
    assert sorted(listed(marco, "appointment")) == sorted(c.id for c in server.values() if c.appointment)

    closing, following, booking = (seeded.pick("untouched", skip=n) for n in range(3))
    mails = len(protocol_mails(seeded.factory))
    seeded.server.stop()
    assert marco.loop.sync_now() is None and not marco.state.online

    close_hid = new_id()
    follow_at = (seeded.now + timedelta(days=2)).replace(microsecond=0)
    day = seeded.today + timedelta(days=5)
    commands = [
        SetContactStatus(
            contact_id=closing.id, history_id=close_hid, done=True, rating="satisfied", notes="Offline close."
        ),
        SetContactStatus(
            contact_id=following.id,
            history_id=new_id(),
            done=False,
            notes="Call again.",
            follow_up_at=follow_at,
            follow_up_agent_id=CARLA,
        ),
        SetContactStatus(
            contact_id=booking.id,
            history_id=new_id(),
            done=False,
            rating="satisfied",
            appointment=AppointmentIn(day=day, at=datetime(2000, 1, 1, 11).time(), rep_id=ANNA, place="Home"),
        ),
    ]
    for command in commands:
        ok(marco.actions.perform(command))
        assert cached(marco, command.contact_id)["pending"], "shown at once, pending"
    assert cached(marco, closing.id)["done"] and history_ids(marco, closing.id) == [close_hid]
    assert optimistic_history(marco) == [close_hid]
    assert cached(marco, following.id)["follow_up"]["agent_id"] == CARLA
    assert cached(marco, booking.id)["appointment"]["rep_id"] == ANNA
    assert closing.id in listed(marco, "done") and booking.id in listed(marco, "appointment")
    assert marco.loop.sync_now() is None, "still offline"
    assert marco.state.pending == 3 and marco.sync.pending_count() == 3
    for command in commands:  # nothing reached the server
        assert contact(seeded.factory, command.contact_id) == next(
            c for c in (closing, following, booking) if c.id == command.contact_id
        )

    seeded.server.start()
    report = marco.loop.sync_now()
    assert report is not None and report.pushed == 3 and report.refused == 0
    assert marco.state.online and marco.state.pending == 0 and marco.reads.refusals() == []
    for command in commands:
        truth = contact(seeded.factory, command.contact_id)
        assert not cached(marco, command.contact_id)["pending"]
        assert as_server(marco, command.contact_id) == truth.model_dump(mode="json")
    stored = contact(seeded.factory, closing.id)
    assert stored.done and stored.rating == "satisfied"
    assert (
        [h.id for h in history(seeded.factory, closing.id)] == [close_hid] == history_ids(marco, closing.id)
    )
    following_now = contact(seeded.factory, following.id)
    assert following_now.follow_up is not None and following_now.follow_up.at == follow_at
    booked = contact(seeded.factory, booking.id).appointment
    assert booked is not None and (booked.day, booked.rep_id) == (day, ANNA)
    assert len(protocol_mails(seeded.factory)) == mails, "no protocol from the dialog"

    # Exactly once: another sync pushes nothing, a fresh manager's client agrees with the server.
    again = marco.loop.sync_now()
    assert again is not None and again.pushed == 0
    bruno = seeded.desk(BRUNO_LOGIN)
    for command in commands:
        assert as_server(bruno, command.contact_id) == as_server(marco, command.contact_id)
    assert history_ids(bruno, closing.id) == [close_hid]
    assert optimistic_history(marco) == [], "the server's entry replaced the optimistic one"


# --- conflicts between managers ----------------------------------------------------------------
def listen(svc: DeskService) -> list[list[dict[str, Any]]]:
    calls: list[list[dict[str, Any]]] = []
    svc.loop.on_refused.append(lambda refusals: calls.append(list(refusals)))
    return calls


def test_the_loser_of_a_conflict_is_told_and_its_cache_returns_to_the_servers_state(
    seeded: Seeded,
) -> None:
    marco, bruno = seeded.desk("marco@hq.example"), seeded.desk(BRUNO_LOGIN)
    first, second = seeded.pick("untouched"), seeded.pick("untouched", skip=1)
    later = (seeded.now + timedelta(days=2)).replace(microsecond=0)
    for target in (first, second):
        hand_to(marco, target.id, seeded.bruno, later)
    synced(marco, bruno)
    for target in (first, second):
        assert cached(bruno, target.id)["agent_id"] == seeded.bruno
    calls = listen(bruno)

    # 1. From the same state: Marco closes the first contact, Bruno records a call with a follow-up.
    close_hid = new_id()
    ok(
        marco.actions.perform(
            SetContactStatus(
                contact_id=first.id,
                history_id=close_hid,
                done=True,
                rating="neutral",
                notes="Closed by Marco.",
            )
        )
    )
    call = RecordCall(
        contact_id=first.id,
        history_id=new_id(),
        notes="Please call again on Friday.",
        follow_up_at=later + timedelta(days=1),
    )
    ok(bruno.actions.perform(call))
    assert cached(bruno, first.id)["pending"] and not cached(bruno, first.id)["done"]
    synced(marco)  # Marco's change reaches the server first
    report = bruno.loop.sync_now()
    assert report is not None and report.refused == 1
    [refusal] = bruno.reads.refusals()
    assert (refusal["name"], refusal["enquiry_id"], refusal["code"]) == (
        "record_call",
        first.id,
        "follow_up_when_done",
    )
    assert refusal["message"] == MESSAGES["follow_up_when_done"]
    assert len(calls) == 1 and [r["mutation_id"] for r in calls[0]] == [refusal["mutation_id"]]
    truth = contact(seeded.factory, first.id)
    assert truth.done and truth.follow_up is None and truth.notes == "Closed by Marco."
    assert as_server(bruno, first.id) == truth.model_dump(mode="json"), "back to the server's state"
    assert not cached(bruno, first.id)["pending"] and bruno.state.pending == 0
    assert history_ids(bruno, first.id) == [close_hid]

    # 2. Marco gives the second contact back to Carla while Bruno closes it in a call: Bruno's
    #    optimistic close (and its history entry) must go again.
    hand_to(marco, second.id, CARLA, later)
    synced(marco)
    bruno_hid = new_id()
    ok(
        bruno.actions.perform(
            RecordCall(
                contact_id=second.id, history_id=bruno_hid, notes="Done!", rating="satisfied", done=True
            )
        )
    )
    assert cached(bruno, second.id)["done"] and history_ids(bruno, second.id) == [bruno_hid]
    report = bruno.loop.sync_now()
    assert report is not None and report.refused == 1
    assert sorted((r["enquiry_id"], r["code"]) for r in bruno.reads.refusals()) == sorted(
        [(second.id, "not_survey_agent"), (first.id, "follow_up_when_done")]
    )
    truth = contact(seeded.factory, second.id)
    assert truth.agent_id == CARLA and not truth.done
    assert as_server(bruno, second.id) == truth.model_dump(mode="json")
    assert history_ids(bruno, second.id) == [], "the refused call's history entry is gone"
    assert history(seeded.factory, second.id) == [] and optimistic_history(bruno) == []

    # Syncing again tells nobody anything new; Marco's cache never saw Bruno's attempts.
    synced(bruno, marco)
    assert len(calls) == 2 and len(bruno.reads.refusals()) == 2 and marco.reads.refusals() == []
    for target in (first, second):
        assert as_server(marco, target.id) == as_server(bruno, target.id)
