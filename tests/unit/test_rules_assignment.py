"""Responsibility inside one company: creator holds, assign, revoke, reject, colleague in charge."""

from __future__ import annotations

from enquiries.notifications import notices
from enquiries.privacy import project
from tests.unit.rules_fixtures import (
    ALPEN,
    DIRECTORY,
    EID,
    HOUR,
    HQ,
    MUELLER,
    T0,
    accepted,
    create,
    offered,
    refused,
    run,
    run_events,
    seen_by,
)

# --- creation ----------------------------------------------------------------------------------------


def test_creator_becomes_holder_of_a_manual_enquiry() -> None:
    state = create("marco")
    assert state.holder_id == "marco"
    assert state.holder_since == T0
    assert state.status == "open"
    assert state.owner_company_id == HQ
    assert state.origin_company_id == HQ
    assert state.contact.last_name == "Bianchini"


def test_partner_creates_its_own_enquiry_invisible_to_head_office() -> None:
    state = create("eva")
    assert state.owner_company_id == MUELLER
    assert state.holder_id == "eva"
    assert project(state, MUELLER) is not None
    assert project(state, HQ) is None
    refused(state, "anna", "add_note", "not_found", note_id="n1", text="hello")


def test_creating_an_existing_id_is_refused() -> None:
    state = create("anna")
    refused(state, "marco", "create_enquiry", "already_exists")


def test_creator_is_not_notified_of_their_own_enquiry() -> None:
    state, events = run_events(None, "anna", "create_enquiry", first_name="Giulia")
    assert notices(None, state, events, DIRECTORY) == []


# --- assign / revoke / reject --------------------------------------------------------------------------


def test_assign_to_colleague_makes_them_holder_and_records_assigner() -> None:
    state = create("anna")
    after, events = run_events(state, "anna", "assign_person", T0 + HOUR, user_id="marco")
    assert after.holder_id == "marco"
    assert after.holder_since == T0 + HOUR
    assert after.status == "assigned"
    assert after.assigned_by == "anna"
    assert [e.name for e in events] == ["assigned"]
    # The new holder is told, the assigner (the actor) is not.
    assert [(n.person_id, n.kind) for n in notices(state, after, events, DIRECTORY)] == [
        ("marco", "assigned")
    ]


def test_assigner_revokes_and_becomes_holder_again() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    after, events = run_events(state, "anna", "revoke_assignment", T0 + HOUR)
    assert after.holder_id == "anna"
    assert after.assigned_by is None
    assert after.status == "open"
    # The person it was taken from hears about it.
    assert [(n.person_id, n.kind) for n in notices(state, after, events, DIRECTORY)] == [
        ("marco", "assignment_revoked")
    ]


def test_only_the_assigner_may_revoke() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    refused(state, "carla", "revoke_assignment", "not_assigner")
    refused(state, "marco", "revoke_assignment", "not_assigner")


def test_revoke_without_assignment_is_refused() -> None:
    refused(create("anna"), "anna", "revoke_assignment", "not_assigned")


def test_holder_rejects_back_to_assigner_with_reason() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    after, events = run_events(state, "marco", "reject_assignment", T0 + HOUR, reason="not my region")
    assert after.holder_id == "anna"
    assert after.assigned_by is None
    assert after.status == "open"
    assert after.history[-1].detail == "not my region"
    assert [(n.person_id, n.kind) for n in notices(state, after, events, DIRECTORY)] == [
        ("anna", "assignment_rejected")
    ]


def test_reject_needs_a_reason() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    refused(state, "marco", "reject_assignment", "reason_required")
    refused(state, "marco", "reject_assignment", "reason_required", reason="   ")  # blanks are no reason


def test_only_the_holder_may_reject() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    refused(state, "carla", "reject_assignment", "not_holder", reason="me neither")


def test_only_the_holder_may_assign() -> None:
    state = create("anna")
    refused(state, "marco", "assign_person", "not_holder", user_id="carla")
    # After assigning, the former holder is no longer the holder either.
    state = run(state, "anna", "assign_person", user_id="marco")
    refused(state, "anna", "assign_person", "not_holder", user_id="carla")
    assert run(state, "marco", "assign_person", user_id="carla").holder_id == "carla"


def test_assign_to_inactive_person_is_refused() -> None:
    state = create("max")
    refused(state, "max", "assign_person", "person_inactive", user_id="old")


def test_assign_to_other_company_is_refused() -> None:
    state = create("anna")
    refused(state, "anna", "assign_person", "other_company", user_id="max")
    refused(state, "anna", "assign_person", "person_unknown", user_id="nobody")


def test_assign_to_current_holder_is_refused() -> None:
    refused(create("anna"), "anna", "assign_person", "same_person", user_id="anna")


def test_other_company_member_may_not_assign() -> None:
    state = accepted(MUELLER)
    refused(state, "anna", "assign_person", "not_member", user_id="marco")


def test_partner_holder_assigns_inside_partner() -> None:
    state = accepted(MUELLER)
    state = run(state, "max", "assign_person", T0 + 2 * HOUR, user_id="eva")
    assert state.holder_id == "eva"
    assert state.assigned_by == "max"


# --- colleague in charge ------------------------------------------------------------------------------


def test_owner_member_sets_colleague_and_it_is_the_holder() -> None:
    state = create("anna")
    after = run(state, "carla", "set_colleague", T0 + HOUR, user_id="marco")
    assert after.holder_id == "marco"
    assert after.colleague_of(HQ) == "marco"
    assert after.colleagues == {}
    assert seen_by(after, HQ)["colleague_id"] == "marco"


def test_setting_colleague_on_assigned_enquiry_ends_the_assignment() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    after = run(state, "carla", "set_colleague", user_id="carla")
    assert after.holder_id == "carla"
    assert after.status == "open"
    assert after.assigned_by is None
    refused(after, "anna", "revoke_assignment", "not_assigned")


def test_owner_member_clears_colleague_and_nobody_holds() -> None:
    state = create("anna")
    after = run(state, "marco", "clear_colleague")
    assert after.holder_id is None
    refused(after, "marco", "clear_colleague", "not_assigned")
    # With nobody holding, any member of the owner company may act as holder.
    assert run(after, "carla", "assign_person", user_id="marco").holder_id == "marco"


def test_set_colleague_rejects_inactive_and_foreign_people() -> None:
    state = accepted(MUELLER)
    refused(state, "eva", "set_colleague", "person_inactive", user_id="old")
    refused(state, "eva", "set_colleague", "other_company", user_id="anna")
    refused(state, "anna", "set_colleague", "other_company", user_id="eva")
    refused(state, "eva", "set_colleague", "same_person", user_id="max")


def test_head_office_keeps_its_own_private_colleague_after_partner_accepted() -> None:
    state = accepted(MUELLER, by="anna", accepter="max")
    # The person who offered it stays head office's colleague in charge.
    assert state.colleagues == {HQ: "anna"}
    assert state.holder_id == "max"
    after = run(state, "carla", "set_colleague", T0 + 2 * HOUR, user_id="marco")
    assert after.colleagues == {HQ: "marco"}
    assert after.holder_id == "max"  # the partner's holder is untouched
    assert after.owner_company_id == MUELLER
    cleared = run(after, "marco", "clear_colleague", T0 + 3 * HOUR)
    assert cleared.colleagues == {}
    assert cleared.holder_id == "max"


def test_partner_colleague_change_leaves_head_office_colleague() -> None:
    state = accepted(MUELLER)
    after = run(state, "eva", "set_colleague", T0 + 2 * HOUR, user_id="eva")
    assert after.holder_id == "eva"
    assert after.colleagues == {HQ: "anna"}


def test_partner_never_sees_head_office_colleague() -> None:
    state = accepted(MUELLER, by="anna", accepter="max")
    state = run(state, "anna", "set_colleague", T0 + 2 * HOUR, user_id="marco")
    view = project(state, MUELLER)
    assert view is not None
    assert view["colleague_id"] == "max"
    assert view["holder_id"] == "max"
    assert view["colleagues"] == {MUELLER: "max"}
    assert HQ not in view["colleagues"]
    assert "marco" not in view["colleagues"].values()
    # The head-office colleague change is head office's internal business.
    assert all(h["event"] != "colleague_set" for h in view["history"])


def test_head_office_never_sees_partner_colleague() -> None:
    state = accepted(MUELLER, by="anna", accepter="max")
    state = run(state, "max", "assign_person", T0 + 2 * HOUR, user_id="eva")
    view = project(state, HQ)
    assert view is not None
    assert view["colleague_id"] == "anna"
    assert view["colleagues"] == {HQ: "anna"}
    assert view["holder_id"] is None
    assert view["holder_since"] is None
    assert view["assigned_by"] is None
    internal = [h for h in view["history"] if h["event"] in ("assigned", "colleague_set", "seen")]
    assert internal == []
    assert not any(h["actor_id"] == "eva" for h in view["history"])


def test_offered_partner_cannot_set_colleague_before_accepting() -> None:
    state = offered(ALPEN)
    refused(state, "lena", "set_colleague", "accept_first", user_id="lena")


def test_uninvolved_partner_cannot_touch_it() -> None:
    state = offered(ALPEN)
    refused(state, "max", "set_colleague", "not_found", user_id="max")
    refused(state, "max", "assign_person", "not_found", user_id="eva")


def test_assigner_is_private_to_its_company() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    assert seen_by(state, HQ)["assigned_by"] == "anna"
    assert project(state, MUELLER) is None
    assert state.id == EID
