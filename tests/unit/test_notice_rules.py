"""Who is told what: each event against each role of the rules' small world (tests/unit/rules_fixtures).

Head office: anna, marco, carla. Müller: max (partner admin), eva, the inactive old. Rossi: luca
(admin), sofia. Alpen: lena (admin). Every case names who is told, with which kind, and so also
who is not (the whole answer is compared).
"""

from __future__ import annotations

from typing import Any

import pytest

from enquiries.directory import Directory, PersonInfo
from enquiries.events import Event
from enquiries.notifications import KIND_GROUP, KINDS, notices, offer_recipients, reminder_notices
from enquiries.state import Enquiry
from tests.unit.rules_fixtures import (
    ALPEN,
    COMPANIES,
    DIRECTORY,
    HOUR,
    MUELLER,
    PEOPLE,
    SYSTEM,
    T0,
    accepted,
    create,
    intake,
    offered,
    partner,
    person_target,
    run,
    run_events,
)


def told(
    before: Enquiry | None, after: Enquiry, events: list[Event], directory: Directory = DIRECTORY
) -> dict[str, str]:
    found = notices(before, after, events, directory)
    assert len({n.person_id for n in found}) == len(found), "one notice per person and decision"
    return {n.person_id: n.kind for n in found}


def act(state: Enquiry, who: Any, name: str, **args: Any) -> dict[str, str]:
    after, events = run_events(state, who, name, T0 + 2 * HOUR, **args)
    return told(state, after, events)


def test_every_kind_has_a_group_and_a_stable_code() -> None:
    assert set(KIND_GROUP.values()) == {"offers", "reminders", "assignments", "activity"}
    assert KINDS[:2] == ("offered", "offer_reminder")
    assert all(kind == kind.lower() and " " not in kind for kind in KINDS)


# --- new offers -----------------------------------------------------------------------------------


def test_an_offer_without_a_named_person_goes_to_the_partners_admins() -> None:
    state = create("anna")
    assert act(state, "anna", "offer_to_partner", company_id=MUELLER) == {"max": "offered"}


def test_an_offer_naming_a_person_goes_to_that_person_only() -> None:
    state = create("anna")
    assert act(state, "anna", "offer_to_partner", company_id=MUELLER, user_id="eva") == {"eva": "offered"}


def test_a_partner_without_admins_hears_through_all_its_active_people() -> None:
    people = [
        p if p.id != "max" else PersonInfo("max", MUELLER, "Max", roles=frozenset({"partner"}))
        for p in PEOPLE.values()
    ]
    directory = Directory.build(people, COMPANIES.values())
    state = offered(MUELLER)
    assert offer_recipients(state, directory) == ["eva", "max"]  # not the inactive "old"


def test_a_routed_offer_tells_the_partner_and_a_routed_person_is_told_too() -> None:
    state, events = intake([partner(MUELLER)])
    assert told(None, state, events) == {"max": "offered"}
    state, events = intake([person_target("carla"), partner(MUELLER)], route_owner_id="anna")
    assert told(None, state, events) == {"carla": "routed"}


def test_a_named_person_that_left_is_replaced_by_the_admins() -> None:
    target = partner(MUELLER).model_copy(update={"person_id": "old"})
    state, events = intake([target])
    assert told(None, state, events) == {"max": "offered"}


# --- assignment inside a company ------------------------------------------------------------------


def test_assignment_tells_the_new_holder_rejection_the_assigner_revocation_the_holder() -> None:
    state = create("anna")
    assert act(state, "anna", "assign_person", user_id="marco") == {"marco": "assigned"}
    assigned = run(state, "anna", "assign_person", user_id="marco")
    assert act(assigned, "marco", "reject_assignment", reason="not mine") == {"anna": "assignment_rejected"}
    assert act(assigned, "anna", "revoke_assignment") == {"marco": "assignment_revoked"}


def test_setting_someone_else_in_charge_tells_them() -> None:
    state = create("anna")
    assert act(state, "marco", "set_colleague", user_id="carla") == {"carla": "colleague_set"}
    assert act(state, "carla", "set_colleague", user_id="carla") == {}  # took it oneself


# --- activity on an enquiry one holds or is the colleague of ---------------------------------------


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("add_note", {"note_id": "n9", "text": "called"}),
        ("add_document", {"document_id": "d9", "filename": "plan.pdf"}),
        ("add_task", {"task_id": "t9", "title": "call back"}),
    ],
)
def test_journal_entries_tell_everyone_in_charge_but_the_author(name: str, args: dict[str, Any]) -> None:
    kind = {"add_note": "note_added", "add_document": "document_added", "add_task": "task_added"}[name]
    state = accepted(MUELLER, by="anna", accepter="max")  # max holds it, anna is head office's colleague
    assert act(state, "eva", name, **args) == {"max": kind, "anna": kind}
    assert act(state, "max", name, **args) == {"anna": kind}
    assert act(state, "marco", name, **args) == {"max": kind, "anna": kind}
    assert act(state, "anna", name, **args) == {"max": kind}
    assert act(create("anna"), "anna", name, **args) == {}


def test_a_task_for_someone_tells_them_as_well() -> None:
    state = accepted(MUELLER, by="anna", accepter="max")
    assert act(state, "max", "add_task", task_id="t9", title="visit", assignee_id="eva") == {
        "eva": "task_added",
        "anna": "task_added",
    }


def test_a_company_never_hears_of_another_companys_internal_moves() -> None:
    state = accepted(MUELLER, by="anna", accepter="max")
    # Müller moves it inside Müller: head office's colleague anna hears nothing of it.
    assert act(state, "max", "assign_person", user_id="eva") == {"eva": "assigned"}
    # Head office changes its own colleague: Müller hears nothing of it.
    assert act(state, "anna", "set_colleague", user_id="marco") == {"marco": "colleague_set"}


def test_contact_changes_tell_the_holder() -> None:
    state = accepted(MUELLER, by="anna", accepter="max")
    assert act(state, "eva", "update_contact", phone="+49 89 1") == {"max": "contact_updated"}


def test_an_offered_partner_hears_only_of_the_offer_not_of_work_on_it() -> None:
    state = offered(MUELLER, by="anna")
    assert act(state, "marco", "add_note", note_id="n9", text="internal") == {"anna": "note_added"}


# --- partner decisions and expiry ---------------------------------------------------------------


def test_partner_decisions_tell_head_offices_people_in_charge() -> None:
    state = offered(MUELLER, by="anna")
    assert act(state, "eva", "accept_offer") == {"anna": "offer_accepted"}
    assert act(state, "eva", "decline_offer", reason="too far") == {"anna": "offer_declined"}
    moved = run(state, "marco", "set_colleague", user_id="carla")  # head office moved it meanwhile
    assert act(moved, "eva", "decline_offer", reason="too far") == {
        "anna": "offer_declined",
        "carla": "offer_declined",
    }
    assert act(state, "marco", "revoke_offer") == {"anna": "offer_revoked"}


def test_expiry_tells_head_office_and_the_next_partner_not_the_late_one() -> None:
    state, _ = intake([partner(MUELLER), partner(ALPEN)], route_owner_id="anna")
    assert state.offer is not None
    after, events = run_events(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert told(state, after, events) == {"anna": "offer_expired", "lena": "offered"}


def test_expiry_with_nobody_left_tells_the_person_it_comes_back_to_once() -> None:
    state = offered(MUELLER, by="anna")
    assert state.offer is not None
    after, events = run_events(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert told(state, after, events) == {"anna": "returned_expired"}


def test_expiry_forwarding_to_a_head_office_person() -> None:
    state, _ = intake([partner(MUELLER), person_target("carla")], route_owner_id="anna")
    assert state.offer is not None
    after, events = run_events(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert told(state, after, events) == {"anna": "offer_expired", "carla": "forwarded"}


# --- reminders and who may be named ----------------------------------------------------------------


def test_reminders_go_to_the_offers_recipients_while_it_is_pending() -> None:
    state = offered(MUELLER, by="anna", user_id="eva")
    assert [(n.person_id, n.kind, n.actor_id) for n in reminder_notices(state, DIRECTORY)] == [
        ("eva", "offer_reminder", None)
    ]
    assert reminder_notices(run(state, "eva", "accept_offer", T0 + HOUR), DIRECTORY) == []


def test_actors_are_named_only_to_those_who_may_know_them() -> None:
    state = offered(MUELLER, by="anna")
    after, events = run_events(state, "eva", "accept_offer", T0 + HOUR)
    [notice] = notices(state, after, events, DIRECTORY)
    assert notice.actor_id == "eva"  # head office knows the partners' people
    system = intake([partner(MUELLER)])
    assert {n.actor_id for n in notices(None, *system, DIRECTORY)} == {None}
    # A directory in which the actor is unknown never names them.
    blind = Directory.build([p for p in PEOPLE.values() if p.id != "eva"], COMPANIES.values())
    [notice] = notices(state, after, events, blind)
    assert notice.actor_id is None


def test_the_offered_partner_is_not_told_who_at_head_office_offered_it() -> None:
    state = create("anna")
    after, events = run_events(state, "anna", "offer_to_partner", T0, company_id=MUELLER)
    [notice] = notices(state, after, events, DIRECTORY)
    assert (notice.person_id, notice.actor_id) == ("max", None)  # anna is head office's colleague


def test_inactive_and_unknown_people_are_told_nothing() -> None:
    state = create("anna")
    gone = Directory.build([p for p in PEOPLE.values() if p.id != "anna"], COMPANIES.values())
    after, events = run_events(state, "marco", "add_note", T0 + HOUR, note_id="n1", text="x")
    assert told(state, after, events, gone) == {}
