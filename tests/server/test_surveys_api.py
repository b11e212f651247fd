"""Call-centre surveys over `/sync/push` and `/sync/pull` (seed page 002, the contact status dialog),
on SQLite and PostgreSQL: who may change a contact, the protocol e-mail (only for appointments
captured during a call, once), history entries, conflicts between two managers settled by the
server, and the demo survey of `enquiry-server seed-demo`.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from central.app import create_app
from central.cli import main
from central.config import Settings
from central.db import make_engine, make_session_factory
from central.mail.outbox import MailMessage
from central.store.accounts import Person
from central.store.surveys import ContactHistoryRow, SurveyContactRow, SurveyRow
from enquiries.refusals import MESSAGES
from enquiries.surveys import Survey, SurveyContact
from tests.server.helpers import TEST_SECRET, TestClient
from tests.server.survey_helpers import (
    ANNA,
    CARLA,
    HQ,
    MARCO,
    STATES,
    SURVEY_ID,
    add_person,
    appointment_args,
    contact,
    contacts,
    history,
    pick,
    protocol_mails,
    seed,
    state_of,
    together,
)
from tests.server.sync_helpers import DEMO_PASSWORD, Device, entities, seed_demo_accounts

BRUNO_LOGIN = "bruno@hq.example"


def new_id() -> str:
    return str(uuid.uuid4())


def iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


@dataclass
class SurveyWorld:
    client: TestClient
    factory: sessionmaker[Session]
    survey: Survey
    now: datetime

    @property
    def today(self) -> date:
        return self.now.date()

    def device(self, login: str) -> Device:
        return Device(self.client, login, password=DEMO_PASSWORD)

    def pick(self, state: str, *, skip: int = 0) -> SurveyContact:
        return pick(self.factory, state, self.today, skip=skip)

    def later(self, **delta: float) -> str:
        return iso(self.now + timedelta(**delta))


@pytest.fixture
def sw(client: TestClient, session_factory: sessionmaker[Session]) -> SurveyWorld:
    """The demo accounts and the demo survey (40 contacts) on the server's real clock."""
    seed_demo_accounts(session_factory)
    now = datetime.now(UTC)
    return SurveyWorld(client, session_factory, seed(session_factory, now=now, count=40), now)


def refusal_code(result: dict[str, Any]) -> str:
    assert result["status"] == "refused", result
    error = result["error"]
    assert error["message"] == MESSAGES[error["code"]], "the rules' wording reaches the client"
    return str(error["code"])


def contact_changes(changes: list[dict[str, Any]], contact_id: str) -> list[dict[str, Any]]:
    return [c["data"] for c in entities(changes, "survey_contact", contact_id) if c["op"] == "put"]


def raw_row(factory: sessionmaker[Session], contact_id: str) -> tuple[Any, ...]:
    with factory() as session:
        row = session.get(SurveyContactRow, contact_id)
        assert row is not None
        return (row.state, row.done, row.agent_id, row.follow_up_at, row.updated_at)


# --- who may change a contact ------------------------------------------------------------------
def test_agent_and_head_office_without_manager_right_cannot_use_the_dialog(sw: SurveyWorld) -> None:
    target = sw.pick("untouched")
    before = raw_row(sw.factory, target.id)
    marco = sw.device("marco@hq.example")
    marco.sync()
    for login in ("carla@hq.example", "anna@hq.example"):
        who = sw.device(login)
        result = who.push(
            "set_contact_status",
            contact_id=target.id,
            history_id=new_id(),
            done=True,
            rating="satisfied",
            notes=f"{login} closes it",
        )
        assert refusal_code(result) == "not_survey_manager", login
    assert raw_row(sw.factory, target.id) == before, "nothing changed"
    assert history(sw.factory, target.id) == []
    changes, _ = marco.sync()
    assert contact_changes(changes, target.id) == [], "no change reached the feed"
    assert entities(changes, "contact_history") == []


def test_partner_cannot_touch_head_office_contacts_nor_tell_them_from_missing_ones(
    sw: SurveyWorld, make: Any
) -> None:
    target = sw.pick("untouched")
    before = raw_row(sw.factory, target.id)
    max_ = sw.device("max@mueller.example")
    # Even a partner person holding the manager role: the survey is head office's.
    rossi_manager = make.person(
        make.company("Rossi Survey Partner", kind="partner"),
        "paola@rossi.example",
        roles=("partner_staff", "survey_manager", "agent"),
    )
    paola = Device(sw.client, rossi_manager.login)
    errors = []
    for device in (max_, paola):
        for contact_id in (target.id, "no-such-contact"):
            for name, args in (
                ("set_contact_status", {"done": True, "rating": "satisfied"}),
                ("record_call", {"notes": "partner was here", "done": True}),
            ):
                result = device.push(name, contact_id=contact_id, history_id=new_id(), **args)
                assert refusal_code(result) == "not_found", (device.login, contact_id, name)
                errors.append(result["error"])
    assert all(e == errors[0] for e in errors), "a hidden contact looks exactly like a missing one"
    assert raw_row(sw.factory, target.id) == before
    assert history(sw.factory, target.id) == []
    changes, text = max_.sync()
    assert not [c for c in changes if c["entity"] in ("survey", "survey_contact", "contact_history")]
    assert target.person_name not in text and target.phone not in text


def test_assigned_agent_records_a_call_and_others_may_not(sw: SurveyWorld) -> None:
    target = sw.pick("untouched")
    carla, marco = sw.device("carla@hq.example"), sw.device("marco@hq.example")
    carla.sync()
    refused = marco.push("record_call", contact_id=target.id, history_id=new_id(), notes="Marco called")
    assert refusal_code(refused) == "not_survey_agent", "the manager is not the contact's agent"

    carla.apply(
        "record_call",
        contact_id=target.id,
        history_id=new_id(),
        contact_made=True,
        notes="Call me next week, please.",
        rating="neutral",
        follow_up_at=sw.later(days=7),
    )
    stored = contact(sw.factory, target.id)
    assert stored.contact_made and not stored.done
    assert (stored.notes, stored.rating) == ("Call me next week, please.", "neutral")
    assert stored.follow_up is not None and stored.follow_up.agent_id == CARLA
    assert stored.follow_up.at == sw.now + timedelta(days=7)
    changes, _ = carla.sync()
    [data] = contact_changes(changes, target.id)
    assert data == stored.model_dump(mode="json"), "the feed carries the stored contact"
    assert entities(changes, "contact_history") == [], "not done: no history entry"


# --- the protocol e-mail -----------------------------------------------------------------------
def test_appointment_during_a_call_mails_the_protocol_to_the_rep_exactly_once(sw: SurveyWorld) -> None:
    seeded_mails = protocol_mails(sw.factory)
    first, second = sw.pick("untouched"), sw.pick("untouched", skip=1)
    carla = sw.device("carla@hq.example")
    day = sw.today + timedelta(days=6)
    calls = [
        carla.mutation(
            "record_call",
            contact_id=c.id,
            history_id=new_id(),
            notes=f"Interested in a winter garden ({n}).",
            rating="satisfied",
            appointment=appointment_args(day, ANNA, place=f"Via Roma {n}"),
        )
        for n, c in enumerate((first, second), start=1)
    ]
    results = carla.push_many(calls)
    assert [r["status"] for r in results] == ["applied", "applied"]

    new_mails = [m for m in protocol_mails(sw.factory) if m not in seeded_mails]
    assert len(new_mails) == 2, "one protocol per appointment"
    for c, n in ((first, 1), (second, 2)):
        [mail] = [m for m in new_mails if c.person_name in m["subject"] and f"Via Roma {n}" in m["body"]]
        assert mail["to"] == "anna@hq.example", "to the field rep's login"
        assert mail["enquiry_id"] is None
        assert c.person_name in mail["subject"]
        for value in (c.person_name, c.phone, day.isoformat(), "10:30", f"Via Roma {n}", "winter garden"):
            assert value in mail["body"], value

    # The answer was lost: the same push again replays the results and mails nobody again.
    again = carla.push_raw(calls)
    assert again.status_code == 200 and again.json()["results"] == results
    assert len(protocol_mails(sw.factory)) == len(seeded_mails) + 2
    with sw.factory() as session:
        assert session.scalar(select(func.count()).select_from(MailMessage)) == len(seeded_mails) + 2


def test_the_dialog_never_mails_the_protocol(sw: SurveyWorld) -> None:
    before = len(protocol_mails(sw.factory))
    marco = sw.device("marco@hq.example")
    fresh, booked = sw.pick("untouched"), sw.pick("appointment")
    day = sw.today + timedelta(days=9)
    for target, rep in ((fresh, ANNA), (booked, MARCO)):  # a new appointment, and a changed rep
        marco.apply(
            "set_contact_status",
            contact_id=target.id,
            history_id=new_id(),
            done=False,
            rating="satisfied",
            notes="Arranged by the manager.",
            appointment=appointment_args(day, rep, place="Showroom Bolzano"),
        )
        stored = contact(sw.factory, target.id)
        assert stored.appointment is not None
        assert (stored.appointment.rep_id, stored.appointment.day) == (rep, day)
    assert len(protocol_mails(sw.factory)) == before, "the dialog enqueues no mail, whatever the survey says"


def test_appointments_obey_the_same_rules_from_call_and_dialog(sw: SurveyWorld) -> None:
    target = sw.pick("untouched")
    before = raw_row(sw.factory, target.id)
    carla, marco = sw.device("carla@hq.example"), sw.device("marco@hq.example")
    day = sw.today + timedelta(days=4)
    cases = {
        "appointment_rep_missing": appointment_args(day, None),
        "appointment_rep_unknown": appointment_args(day, "no-such-person"),
        "appointment_place_missing": appointment_args(day, ANNA, place="   "),
        "appointment_past": appointment_args(sw.today - timedelta(days=1), ANNA),
    }
    mails = len(protocol_mails(sw.factory))
    for code, appointment in cases.items():
        call = carla.push("record_call", contact_id=target.id, history_id=new_id(), appointment=appointment)
        dialog = marco.push(
            "set_contact_status",
            contact_id=target.id,
            history_id=new_id(),
            done=False,
            appointment=appointment,
        )
        assert refusal_code(call) == refusal_code(dialog) == code
    assert raw_row(sw.factory, target.id) == before
    assert len(protocol_mails(sw.factory)) == mails


# --- history entries ---------------------------------------------------------------------------
def test_history_entry_when_a_contact_becomes_done_as_the_survey_says(sw: SurveyWorld) -> None:
    target = sw.pick("untouched")
    marco = sw.device("marco@hq.example")
    marco.sync()
    hid = new_id()
    marco.apply(
        "set_contact_status",
        contact_id=target.id,
        history_id=hid,
        done=True,
        rating="very satisfied",
        notes="Reached on the second line; very happy.",
    )
    changes, _ = marco.sync()
    [entry] = [c for c in entities(changes, "contact_history") if c["op"] == "put"]
    assert entry["id"] == hid
    data = entry["data"]
    assert (data["contact_id"], data["survey_id"], data["author_id"]) == (target.id, SURVEY_ID, MARCO)
    assert (data["text"], data["rating"]) == ("Reached on the second line; very happy.", "very satisfied")
    [row] = history(sw.factory, target.id)
    assert (row.id, row.company_id) == (hid, HQ)
    [done] = contact_changes(changes, target.id)
    assert done["done"] and done["rating"] == "very satisfied" and done["follow_up"] is None

    # Done again (rating corrected): no second entry. Reopened and done again: a new one.
    marco.apply(
        "set_contact_status", contact_id=target.id, history_id=new_id(), done=True, rating="satisfied"
    )
    assert len(history(sw.factory, target.id)) == 1
    marco.apply("set_contact_status", contact_id=target.id, history_id=new_id(), done=False)
    marco.apply("set_contact_status", contact_id=target.id, history_id=new_id(), done=True, notes="Again.")
    assert [h.text for h in history(sw.factory, target.id)] == [
        "Reached on the second line; very happy.",
        "Again.",
    ]

    # A survey without history entries (or without copied notes) says otherwise.
    with sw.factory.begin() as session:
        row_ = session.get(SurveyRow, SURVEY_ID)
        assert row_ is not None
        survey = Survey.model_validate_json(row_.state)
        options = survey.options.model_copy(update={"history_on_done": False})
        row_.state = survey.model_copy(update={"options": options}).model_dump_json()
    quiet = sw.pick("untouched", skip=1)
    marco.apply("set_contact_status", contact_id=quiet.id, history_id=new_id(), done=True, notes="No entry.")
    assert contact(sw.factory, quiet.id).done and history(sw.factory, quiet.id) == []
    with sw.factory.begin() as session:
        row_ = session.get(SurveyRow, SURVEY_ID)
        assert row_ is not None
        options = options.model_copy(update={"history_on_done": True, "copy_notes": False})
        row_.state = survey.model_copy(update={"options": options}).model_dump_json()
    bare = sw.pick("untouched", skip=2)
    marco.apply(
        "set_contact_status",
        contact_id=bare.id,
        history_id=new_id(),
        done=True,
        rating="neutral",
        notes="Secret",
    )
    [entry_] = history(sw.factory, bare.id)
    assert (entry_.text, entry_.rating) == ("", "neutral")


def test_a_call_that_closes_a_contact_writes_the_history_entry(sw: SurveyWorld) -> None:
    target = sw.pick("follow_up")
    carla = sw.device("carla@hq.example")
    hid = new_id()
    carla.apply(
        "record_call",
        contact_id=target.id,
        history_id=hid,
        notes="All fine now.",
        rating="satisfied",
        done=True,
    )
    stored = contact(sw.factory, target.id)
    assert stored.done and stored.follow_up is None
    [row] = history(sw.factory, target.id)
    assert (row.id, row.author_id, row.text, row.rating) == (hid, CARLA, "All fine now.", "satisfied")


# --- two managers ------------------------------------------------------------------------------
@pytest.fixture
def bruno(sw: SurveyWorld) -> str:
    """A second survey manager of head office, who also makes calls on the survey."""
    return add_person(
        sw.factory,
        BRUNO_LOGIN,
        "Bruno Manager",
        ("head_office", "survey_manager", "agent"),
        survey_agent=True,
    )


def _hand_to(sw: SurveyWorld, marco: Device, contact_id: str, agent_id: str) -> SurveyContact:
    """Marco moves the contact's follow-up to `agent_id`: the common starting state."""
    marco.apply(
        "set_contact_status",
        contact_id=contact_id,
        history_id=new_id(),
        done=False,
        notes="Handed over.",
        follow_up_at=sw.later(days=2),
        follow_up_agent_id=agent_id,
    )
    return contact(sw.factory, contact_id)


def test_conflicting_managers_the_server_decides_on_the_latest_state_and_tells_the_loser(
    sw: SurveyWorld, bruno: str
) -> None:
    marco, bruno_ = sw.device("marco@hq.example"), sw.device(BRUNO_LOGIN)
    target = sw.pick("untouched")
    start = _hand_to(sw, marco, target.id, bruno)
    assert start.agent_id == bruno and not start.done
    for device in (marco, bruno_):
        changes, _ = device.sync()
        assert contact_changes(changes, target.id)[-1] == start.model_dump(mode="json"), "both saw it"

    # From that same state: Marco closes the contact in the dialog, Bruno (not knowing) records a
    # call on it with a new follow-up. Marco's change reaches the server first.
    close_hid, call_hid = new_id(), new_id()
    marco.apply(
        "set_contact_status",
        contact_id=target.id,
        history_id=close_hid,
        done=True,
        rating="satisfied",
        notes="Closed by Marco.",
    )
    closed = contact(sw.factory, target.id)
    lost = bruno_.push(
        "record_call",
        contact_id=target.id,
        history_id=call_hid,
        notes="Please call again on Friday.",
        follow_up_at=sw.later(days=3),
    )
    assert refusal_code(lost) == "follow_up_when_done"
    assert contact(sw.factory, target.id) == closed, "the loser changed nothing"
    assert [h.id for h in history(sw.factory, target.id)] == [close_hid]

    # The loser is told on its next pull, and sees the winner's state.
    changes, _ = bruno_.sync()
    page = bruno_.pull(cursor=bruno_.cursor)
    told = [r for r in page["results"] if r["id"] == lost["id"]]
    assert told == [lost]
    assert contact_changes(changes, target.id)[-1] == closed.model_dump(mode="json")
    assert [c["id"] for c in entities(changes, "contact_history")] == [close_hid]

    # Reassigned meanwhile: Bruno's call on a contact Marco gave back to Carla is refused too.
    other = sw.pick("untouched", skip=1)
    _hand_to(sw, marco, other.id, bruno)
    bruno_.sync()
    _hand_to(sw, marco, other.id, CARLA)
    refused = bruno_.push("record_call", contact_id=other.id, history_id=new_id(), done=True, notes="Done!")
    assert refusal_code(refused) == "not_survey_agent"
    assert history(sw.factory, other.id) == [] and not contact(sw.factory, other.id).done


def test_conflicting_managers_in_the_other_order_both_apply_in_turn(sw: SurveyWorld, bruno: str) -> None:
    marco, bruno_ = sw.device("marco@hq.example"), sw.device(BRUNO_LOGIN)
    target = sw.pick("untouched")
    _hand_to(sw, marco, target.id, bruno)
    bruno_.apply(
        "record_call",
        contact_id=target.id,
        history_id=new_id(),
        notes="Please call again on Friday.",
        follow_up_at=sw.later(days=3),
    )
    hid = new_id()
    marco.apply("set_contact_status", contact_id=target.id, history_id=hid, done=True, rating="neutral")
    final = contact(sw.factory, target.id)
    assert final.done and final.follow_up is None and final.rating == "neutral"
    assert [h.id for h in history(sw.factory, target.id)] == [hid]


def test_two_dialogs_opened_on_the_same_state_the_later_save_is_refused_and_told(
    sw: SurveyWorld, bruno: str
) -> None:
    """Dialog against dialog: each names the version it was opened on, so the second manager to
    save does not silently overwrite the first one's change: the server refuses it and says why."""
    marco, bruno_ = sw.device("marco@hq.example"), sw.device(BRUNO_LOGIN)
    target = sw.pick("untouched")
    opened_on = contact(sw.factory, target.id).version
    follow = marco.push(
        "set_contact_status",
        contact_id=target.id,
        history_id=new_id(),
        done=False,
        follow_up_at=sw.later(days=1),
        follow_up_agent_id=CARLA,
        base_version=opened_on,
    )
    close = bruno_.push(
        "set_contact_status",
        contact_id=target.id,
        history_id=new_id(),
        done=True,
        rating="neutral",
        base_version=opened_on,
    )
    assert follow["status"] == "applied"
    assert close["status"] == "refused" and close["error"]["code"] == "contact_changed"
    final = contact(sw.factory, target.id)
    assert not final.done and final.follow_up is not None  # Marco's change stands, untouched
    assert history(sw.factory, target.id) == []
    results = bruno_.pull(cursor=0, limit=10)["results"]
    assert any(r.get("error", {}).get("code") == "contact_changed" for r in results)


@pytest.mark.parametrize(  # races need row locks of a server database; SQLite serialises every writer
    "db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_close_racing_a_follow_up_call_on_postgresql(app: FastAPI, sw: SurveyWorld, bruno: str) -> None:
    """Real threads: the row lock lets one decide on the other's result, in either order."""
    marco, bruno_ = sw.device("marco@hq.example"), sw.device(BRUNO_LOGIN)
    outcomes: Counter[str] = Counter()
    for round_ in range(4):
        target = sw.pick("untouched", skip=round_)
        _hand_to(sw, marco, target.id, bruno)
        hid = new_id()
        close = marco.mutation(
            "set_contact_status", contact_id=target.id, history_id=hid, done=True, rating="satisfied"
        )
        call = bruno_.mutation(
            "record_call", contact_id=target.id, history_id=new_id(), follow_up_at=sw.later(days=3)
        )
        clients = [TestClient(app), TestClient(app)]  # one per thread: separate event loops
        results = together(
            [
                partial(_push_with, clients[0], marco, close),
                partial(_push_with, clients[1], bruno_, call),
            ]
        )
        assert results[0]["status"] == "applied"
        final = contact(sw.factory, target.id)
        assert final.done and final.follow_up is None, "the close always stands"
        if results[1]["status"] == "refused":
            assert results[1]["error"]["code"] == "follow_up_when_done"
            outcomes["call refused"] += 1
        else:
            outcomes["call first"] += 1
        assert [h.id for h in history(sw.factory, target.id)] == [hid]
    assert sum(outcomes.values()) == 4


def _push_with(client: TestClient, device: Device, mutation: dict[str, Any]) -> dict[str, Any]:
    body = {"client_id": device.client_id, "mutations": [mutation]}
    response = client.post("/api/v1/sync/push", json=body, headers=device.headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


# --- the demo survey ---------------------------------------------------------------------------
SEED_NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


@pytest.fixture
def seeded_db(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    assert main(["seed-demo", "--count", "12", "--now", SEED_NOW.isoformat()]) == 0
    engine = make_engine(db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def test_seed_demo_includes_the_survey_with_contacts_in_every_state(
    seeded_db: Engine, db_url: str, tmp_path: Path
) -> None:
    factory = make_session_factory(seeded_db)
    with factory() as session:
        [survey_row] = session.scalars(select(SurveyRow)).all()
        people = {p.login: p for p in session.scalars(select(Person))}
    survey = Survey.model_validate_json(survey_row.state)
    assert (survey.id, survey.company_id, survey.name) == (SURVEY_ID, HQ, "Customer satisfaction 2026")
    assert survey.agents == (CARLA,) and "agent" in people["carla@hq.example"].roles
    assert "survey_manager" in people["marco@hq.example"].roles
    assert survey.options.field_service and survey.options.send_protocol and survey.options.history_on_done
    assert survey.starts <= SEED_NOW.date() <= survey.ends

    all_contacts = contacts(factory)
    assert 200 <= len(all_contacts) <= 500, "a few hundred contacts"
    by_state = Counter(state_of(c, SEED_NOW.date()) for c in all_contacts)
    assert set(STATES) <= set(by_state) and all(by_state[s] >= 10 for s in STATES), by_state
    assert any(c.contact_made and c.follow_up and not c.done for c in all_contacts), "reached, follow-up"
    assert any(not c.contact_made and c.follow_up for c in all_contacts), "not reached, called again"
    entries = {h.contact_id: h for h in history(factory)}
    for c in all_contacts:
        state = state_of(c, SEED_NOW.date())
        assert c.agent_id == CARLA
        if state == "done":
            assert c.rating in survey.ratings and c.follow_up is None
            entry = entries[c.id]
            assert (entry.rating, entry.text, entry.author_id) == (c.rating, c.notes, CARLA)
        else:
            assert c.id not in entries
        if state == "appointment":
            assert c.appointment is not None and c.appointment.rep_id == ANNA
            assert c.appointment.day > SEED_NOW.date() and c.appointment.place
        if state == "due_today":
            assert c.follow_up is not None and c.follow_up.agent_id == CARLA
        if state == "untouched":
            assert (c.rating, c.follow_up, c.appointment) == (None, None, None)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(ContactHistoryRow)) == by_state["done"]
    mails = protocol_mails(factory)
    assert len(mails) == by_state["appointment"], "one protocol e-mail per appointment made in a call"
    assert {m["to"] for m in mails} == {"anna@hq.example"}

    # The change feed: Marco's snapshot carries the survey, every contact and every history entry.
    settings = Settings(
        data_dir=str(tmp_path / "data"), database_url=db_url, secret_key=TEST_SECRET, jobs_enabled=False
    )
    with TestClient(create_app(settings, engine=seeded_db)) as client:
        marco = Device(client, "marco@hq.example", password=DEMO_PASSWORD)
        changes, _ = marco.sync(limit=5000)
        [feed_survey] = [c["data"] for c in entities(changes, "survey")]
        assert feed_survey == survey.model_dump(mode="json")
        fed = {c["id"]: c["data"] for c in entities(changes, "survey_contact")}
        assert fed == {c.id: c.model_dump(mode="json") for c in all_contacts}
        assert {c["id"] for c in entities(changes, "contact_history")} == {h.id for h in entries.values()}
        max_ = Device(client, "max@mueller.example", password=DEMO_PASSWORD)
        partner_changes, _ = max_.sync(limit=5000)
        assert not [
            c for c in partner_changes if c["entity"] in ("survey", "survey_contact", "contact_history")
        ]
