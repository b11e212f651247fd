"""What each company sees of an enquiry (`privacy.project`, `can_see`, `visible_companies`)."""

from __future__ import annotations

from typing import Any

import pytest

from enquiries.privacy import INTERNAL_EVENTS, can_see, project, visible_companies
from enquiries.state import Enquiry
from tests.unit.rules_fixtures import (
    ALPEN,
    ANONYMISED_KEYS,
    CONTACT,
    HOUR,
    HQ,
    MUELLER,
    PARTNERS,
    PERSONAL_FIELDS,
    ROSSI,
    SYSTEM,
    T0,
    accepted,
    all_keys,
    contains_text,
    create,
    intake,
    offered,
    partner,
    run,
    seen_by,
)


def responsibility_ids(view: dict[str, Any]) -> set[str]:
    """Every person id a view names as responsible: holder, assigner, colleagues, internal history."""
    ids = {view.get("holder_id"), view.get("colleague_id"), view.get("assigned_by")}
    ids |= set(view.get("colleagues", {}).values())
    ids |= {h["actor_id"] for h in view.get("history", []) if h["event"] in INTERNAL_EVENTS}
    ids.discard(None)
    return ids  # type: ignore[return-value]


def test_manual_enquiry_is_seen_only_by_its_company() -> None:
    state = create("anna")
    assert visible_companies(state) == {HQ}
    assert project(state, HQ) is not None
    for company in PARTNERS:
        assert project(state, company) is None
        assert not can_see(state, company)


def test_owner_sees_everything_of_its_own_enquiry() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    view = project(state, HQ)
    assert view is not None
    assert view["anonymised"] is False
    assert view["holder_id"] == "marco"
    assert view["assigned_by"] == "anna"
    assert view["colleague_id"] == "marco"
    assert {k: view["contact"][k] for k in CONTACT} == CONTACT
    assert [h["event"] for h in view["history"]] == ["enquiry_created", "assigned"]


def test_anonymised_view_recursively_free_of_personal_data() -> None:
    state = create("anna", type="offer", product_interest="windows")
    state = run(state, "anna", "assign_external", name="Franz Fenster", email="franz@fenster.example")
    state = run(state, "anna", "add_task", task_id="t1", title="Call Giulia Bianchini", assignee_id="carla")
    state = run(state, "anna", "offer_to_partner", company_id=ROSSI, user_id="sofia")
    view = project(state, ROSSI)
    assert view is not None
    assert set(view) <= ANONYMISED_KEYS
    keys = all_keys(view)
    for field in PERSONAL_FIELDS:
        assert field not in keys, field
        assert not contains_text(view, CONTACT[field]), field
    for secret in ("Franz", "franz@fenster.example", "Bianchini", "anna", "carla"):
        assert not contains_text(view, secret), secret
    assert view["offer"]["person_id"] == "sofia"


@pytest.mark.parametrize("ending", ["declined", "expired", "revoked"])
def test_partner_loses_sight_when_offer_ends_without_accepting(ending: str) -> None:
    state = offered(MUELLER)
    assert state.offer is not None
    deadline = state.offer.deadline
    if ending == "declined":
        state = run(state, "max", "decline_offer", T0 + HOUR, reason="no")
    elif ending == "expired":
        state = run(state, SYSTEM, "expire_offer", deadline)
    else:
        state = run(state, "anna", "revoke_offer", T0 + HOUR)
    assert project(state, MUELLER) is None
    assert not can_see(state, MUELLER)
    assert visible_companies(state) == {HQ}


def test_after_accept_both_companies_see_the_data() -> None:
    state = accepted(MUELLER)
    assert visible_companies(state) == {HQ, MUELLER}
    for company in (HQ, MUELLER):
        view = project(state, company)
        assert view is not None
        assert view["anonymised"] is False
        assert view["contact"]["last_name"] == CONTACT["last_name"]
    assert project(state, ROSSI) is None
    assert project(state, ALPEN) is None


def test_companies_never_see_each_others_people_in_charge() -> None:
    state = create("anna")
    state = run(state, "anna", "assign_person", user_id="marco")  # internal to head office
    state = run(state, "marco", "offer_to_partner", company_id=MUELLER)
    state = run(state, "max", "accept_offer", T0 + HOUR)
    state = run(state, "max", "assign_person", T0 + 2 * HOUR, user_id="eva")  # internal to Müller
    state = run(state, "eva", "mark_seen", T0 + 3 * HOUR)
    state = run(state, "carla", "set_colleague", T0 + 4 * HOUR, user_id="carla")  # head office's choice
    assert state.colleagues == {HQ: "carla"}
    assert state.holder_id == "eva"

    hq_view = project(state, HQ)
    partner_view = project(state, MUELLER)
    assert hq_view is not None and partner_view is not None
    assert responsibility_ids(hq_view) <= {"anna", "marco", "carla"}
    assert responsibility_ids(partner_view) <= {"max", "eva"}
    assert hq_view["colleague_id"] == "carla"
    assert partner_view["colleague_id"] == "eva"
    assert partner_view["holder_id"] == "eva"
    assert partner_view["assigned_by"] == "max"
    assert hq_view["colleagues"] == {HQ: "carla"}
    assert partner_view["colleagues"] == {MUELLER: "eva"}


def test_routing_story_is_head_office_business() -> None:
    state, _ = intake([partner(ROSSI), partner(MUELLER)], route_owner_id="marco")
    state = run(state, "luca", "decline_offer", T0 + HOUR, reason="too busy")
    state = run(state, "marco", "offer_to_partner", T0 + 2 * HOUR, company_id=MUELLER)
    state = run(state, "max", "accept_offer", T0 + 3 * HOUR)
    view = project(state, MUELLER)
    assert view is not None
    assert view["chain"] == []
    assert view["route_owner_id"] is None
    assert view["decline_reason"] == ""
    assert [a["company_id"] for a in view["attempts"]] == [MUELLER]
    events = [h["event"] for h in view["history"]]
    assert "offer_declined" not in events
    assert "offered" not in events
    assert not contains_text(view, "too busy")
    assert not contains_text(view, ROSSI)
    hq_view = project(state, HQ)
    assert hq_view is not None
    assert [a["company_id"] for a in hq_view["attempts"]] == [ROSSI, MUELLER]
    assert "offer_declined" in [h["event"] for h in hq_view["history"]]


def test_change_marks_are_only_for_the_owner() -> None:
    state = accepted(MUELLER)
    state = run(state, "eva", "add_note", T0 + 2 * HOUR, note_id="n1", text="x")
    assert state.changed == {"notes": "eva"}
    assert seen_by(state, HQ)["changed"] == {}
    assert seen_by(state, MUELLER)["changed"] == {"notes": "eva"}


def test_projection_is_json_ready_and_does_not_touch_state() -> None:
    import json

    state: Enquiry = accepted(MUELLER)
    snapshot = state.model_dump()
    for company in (HQ, MUELLER, ROSSI):
        json.dumps(project(state, company))
    assert state.model_dump() == snapshot
