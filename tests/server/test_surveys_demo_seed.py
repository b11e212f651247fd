"""The demo survey of `enquiry-server seed-demo`: contacts in every state, Marco manages it, Carla
calls.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from central.app import create_app
from central.cli import main
from central.config import Settings
from central.db import make_engine, make_session_factory
from central.store.accounts import Person
from central.store.surveys import ContactHistoryRow, SurveyRow
from enquiries.surveys import Survey
from tests.server.helpers import TEST_SECRET, TestClient
from tests.server.survey_helpers import (
    ANNA,
    CARLA,
    HQ,
    STATES,
    SURVEY_ID,
    contacts,
    history,
    protocol_mails,
    state_of,
)
from tests.server.sync_helpers import DEMO_PASSWORD, Device, entities

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
