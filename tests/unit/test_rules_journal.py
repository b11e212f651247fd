"""Content work (contact data, notes, documents, tasks), "changed since you took it", close and discard."""

from __future__ import annotations

from typing import Any

import pytest

from enquiries.events import Event
from enquiries.notifications import notices
from enquiries.state import Enquiry
from tests.unit.rules_fixtures import (
    DIRECTORY,
    HOUR,
    HQ,
    MUELLER,
    SYSTEM,
    T0,
    accepted,
    create,
    intake,
    partner,
    person_target,
    refused,
    run,
    run_events,
    seen_by,
)


def told(before: Enquiry, after: Enquiry, events: list[Event]) -> set[tuple[str, str]]:
    return {(n.person_id, n.kind) for n in notices(before, after, events, DIRECTORY)}


# --- notes, documents, tasks ------------------------------------------------------------------------


def test_note_by_holder_sets_no_marks_and_tells_nobody() -> None:
    state = create("anna")
    after, events = run_events(state, "anna", "add_note", note_id="n1", text="called, no answer")
    assert [n.text for n in after.notes] == ["called, no answer"]
    assert after.notes[0].author_id == "anna"
    assert after.changed == {}
    assert told(state, after, events) == set()


def test_note_by_someone_else_marks_notes_and_tells_holder() -> None:
    state = create("anna")
    after, events = run_events(state, "marco", "add_note", T0 + HOUR, note_id="n1", text="customer called")
    assert after.changed == {"notes": "marco"}
    assert told(state, after, events) == {("anna", "note_added")}


def test_document_by_someone_else_marks_documents() -> None:
    state = create("anna")
    after, events = run_events(
        state,
        "carla",
        "add_document",
        document_id="d1",
        filename="plan.pdf",
        content_type="application/pdf",
        size=1234,
    )
    assert after.documents[0].filename == "plan.pdf"
    assert after.changed == {"documents": "carla"}
    assert told(state, after, events) == {("anna", "document_added")}


def test_task_by_someone_else_tells_holder_and_assignee() -> None:
    state = create("anna")
    after, events = run_events(
        state,
        "marco",
        "add_task",
        task_id="t1",
        title="call back",
        due_at="2026-03-03T10:00:00+01:00",
        assignee_id="carla",
    )
    assert after.tasks[0].assignee_id == "carla"
    assert told(state, after, events) == {("anna", "task_added"), ("carla", "task_added")}


def test_nobody_is_told_about_their_own_task() -> None:
    state = create("anna")
    after, events = run_events(state, "anna", "add_task", task_id="t1", title="call back", assignee_id="anna")
    assert told(state, after, events) == set()


def test_task_assignee_must_be_active_colleague() -> None:
    state = accepted(MUELLER)
    refused(state, "max", "add_task", "person_inactive", task_id="t1", title="x", assignee_id="old")
    refused(state, "max", "add_task", "other_company", task_id="t1", title="x", assignee_id="anna")


def test_duplicate_item_ids_are_refused() -> None:
    state = run(create("anna"), "anna", "add_note", note_id="n1", text="one")
    refused(state, "marco", "add_note", "duplicate_item", note_id="n1", text="two")
    state = run(state, "anna", "add_document", document_id="d1", filename="a.pdf")
    refused(state, "anna", "add_document", "duplicate_item", document_id="d1", filename="b.pdf")
    state = run(state, "anna", "add_task", task_id="t1", title="call")
    refused(state, "anna", "add_task", "duplicate_item", task_id="t1", title="call again")


def test_head_office_note_on_accepted_enquiry_is_flagged_to_partner_holder() -> None:
    state = accepted(MUELLER, accepter="max")
    after, events = run_events(state, "anna", "add_note", T0 + 2 * HOUR, note_id="n1", text="FYI")
    assert after.changed == {"notes": "anna"}
    assert told(state, after, events) == {("max", "note_added")}
    assert seen_by(after, MUELLER)["changed"] == {"notes": "anna"}
    assert seen_by(after, HQ)["changed"] == {}  # head office is not the holder's company


def test_mark_seen_by_holder_clears_marks() -> None:
    state = create("anna")
    state = run(state, "marco", "add_note", note_id="n1", text="x")
    state = run(state, "carla", "add_document", document_id="d1", filename="a.pdf")
    assert state.changed == {"notes": "marco", "documents": "carla"}
    refused(state, "marco", "mark_seen", "not_holder")
    seen = run(state, "anna", "mark_seen", T0 + HOUR)
    assert seen.changed == {}
    # Nothing to clear: no event, no history entry.
    again, events = run_events(seen, "anna", "mark_seen", T0 + 2 * HOUR)
    assert events == []
    assert again == seen


def test_new_holder_starts_without_marks() -> None:
    state = run(create("anna"), "marco", "add_note", note_id="n1", text="x")
    assert state.changed
    assert run(state, "anna", "assign_person", user_id="carla").changed == {}


# --- contact data ------------------------------------------------------------------------------------


def test_update_contact_by_holder_changes_data_without_marks() -> None:
    state = create("anna")
    after, events = run_events(state, "anna", "update_contact", phone="+39 333 1234567", city="Merano")
    assert after.contact.phone == "+39 333 1234567"
    assert after.contact.city == "Merano"
    assert after.contact.first_name == "Giulia"
    assert after.changed == {}
    assert events[0].info["fields"] == ["city", "phone"]


def test_update_contact_by_someone_else_marks_each_field() -> None:
    state = create("anna")
    after, events = run_events(
        state,
        "marco",
        "update_contact",
        email="g.b@example.org",
        street="Via Roma 14",
        product_interest="doors",
    )
    assert after.changed == {"email": "marco", "street": "marco", "product_interest": "marco"}
    assert after.product_interest == "doors"
    assert told(state, after, events) == {("anna", "contact_updated")}


def test_update_contact_with_same_values_changes_nothing() -> None:
    state = create("anna")
    after, events = run_events(state, "marco", "update_contact", city="Bolzano")
    assert events == []
    assert after == state


def test_update_contact_rejects_bad_email() -> None:
    refused(create("anna"), "anna", "update_contact", "invalid_email", email="not-an-address")


def test_only_owner_company_updates_contact() -> None:
    state = accepted(MUELLER)
    refused(state, "anna", "update_contact", "not_member", city="Trento")
    assert run(state, "eva", "update_contact", T0 + 2 * HOUR, city="Trento").changed == {"city": "eva"}


# --- discard and close ----------------------------------------------------------------------------------


def test_holder_discards() -> None:
    state = run(create("anna"), "anna", "discard", T0 + HOUR, reason="spam")
    assert state.status == "discarded"
    assert state.closed_at == T0 + HOUR
    assert state.outcome_reason == "spam"


@pytest.mark.parametrize("outcome", ["won", "lost"])
def test_holder_closes(outcome: str) -> None:
    state = run(create("anna"), "anna", "close", T0 + HOUR, outcome=outcome, reason="done")
    assert state.status == outcome
    assert state.closed_at == T0 + HOUR


def test_only_holder_closes() -> None:
    state = create("anna")
    refused(state, "marco", "close", "not_holder", outcome="won")
    refused(state, "marco", "discard", "not_holder")
    refused(accepted(MUELLER), "anna", "close", "not_member", outcome="lost")


CLOSED_REFUSALS: list[tuple[str, dict[str, Any]]] = [
    ("assign_person", {"user_id": "marco"}),
    ("set_colleague", {"user_id": "marco"}),
    ("clear_colleague", {}),
    ("offer_to_partner", {"company_id": MUELLER}),
    ("discard", {"reason": "again"}),
    ("close", {"outcome": "lost"}),
    ("close", {"outcome": "won"}),
    ("update_contact", {"city": "Trento"}),
    ("assign_external", {"name": "Franz", "email": "franz@example.org"}),
    ("resend_external", {}),
    ("communicate_changes_external", {}),
    ("record_external_step", {"step": "order", "date": "2026-03-05T10:00:00+01:00"}),
]


@pytest.mark.parametrize("final", ["won", "lost", "discarded"])
@pytest.mark.parametrize(("name", "args"), CLOSED_REFUSALS, ids=[n for n, _ in CLOSED_REFUSALS])
def test_closed_stays_closed(final: str, name: str, args: dict[str, Any]) -> None:
    state = create("anna", type="offer")
    state = run(state, "anna", "assign_external", name="Franz", email="franz@example.org")
    if final == "discarded":
        state = run(state, "anna", "discard", reason="spam")
    else:
        state = run(state, "anna", "close", outcome=final)
    refused(state, "anna", name, "closed", T0 + HOUR, **args)


def test_closed_assignment_cannot_be_revoked_or_rejected() -> None:
    state = run(create("anna"), "anna", "assign_person", user_id="marco")
    state = run(state, "marco", "close", outcome="won")
    refused(state, "anna", "revoke_assignment", "closed")
    refused(state, "marco", "reject_assignment", "closed", reason="oops")


def test_closed_enquiry_still_takes_notes_documents_tasks() -> None:
    state = run(create("anna"), "anna", "close", outcome="lost")
    state = run(state, "marco", "add_note", T0 + HOUR, note_id="n1", text="customer bought elsewhere")
    state = run(state, "marco", "add_document", T0 + HOUR, document_id="d1", filename="letter.pdf")
    state = run(state, "marco", "add_task", T0 + HOUR, task_id="t1", title="ask again in a year")
    assert state.status == "lost"
    assert len(state.notes) == len(state.documents) == len(state.tasks) == 1
    assert run(state, "anna", "mark_seen", T0 + 2 * HOUR).changed == {}


# --- marks when the holder changes by a partner's decision or by expiry ----------------------------------
# DESIGN.md: edits by anyone but the holder *after the holder took it* are flagged. Assignment, colleague
# change, revoke and reject reset the marks; declining and expiry hand the enquiry to another person but
# keep the old marks, so the new holder is shown edits from before they took it - even their own.


def test_forwarded_holder_is_not_shown_their_own_edits() -> None:
    state, _ = intake([partner(MUELLER), person_target("carla")], route_owner_id="anna")
    state = run(state, "carla", "add_note", note_id="n1", text="I know this customer")
    assert state.changed == {"notes": "carla"}  # right: anna holds it
    assert state.offer is not None
    state = run(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert state.holder_id == "carla"
    assert "carla" not in state.changed.values()


def test_declined_back_to_offerer_is_not_shown_their_own_edits() -> None:
    state = create("anna")
    state = run(state, "anna", "offer_to_partner", company_id=MUELLER)
    state = run(state, "marco", "set_colleague", user_id="marco")  # head office moves it to marco meanwhile
    state = run(state, "anna", "add_note", note_id="n1", text="extra info")
    assert state.changed == {"notes": "anna"}  # right: marco holds it
    state = run(state, "max", "decline_offer", T0 + HOUR, reason="not for us")
    assert state.holder_id == "anna"  # back to the person who offered it
    assert "anna" not in state.changed.values()
