"""Two survey managers changing one contact: the server decides on the latest state and tells the
loser; on PostgreSQL a close racing a follow-up call is settled by row locks.
"""

from __future__ import annotations

from collections import Counter
from functools import partial
from typing import Any

import pytest
from fastapi import FastAPI

from enquiries.surveys import SurveyContact
from tests.server.helpers import TestClient
from tests.server.survey_helpers import (
    CARLA,
    add_person,
    contact,
    history,
    together,
)
from tests.server.survey_world import (
    BRUNO_LOGIN,
    SurveyWorld,
    contact_changes,
    new_id,
    refusal_code,
)
from tests.server.sync_helpers import Device, entities


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
