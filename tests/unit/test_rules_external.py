"""External assignment: by e-mail to someone outside the system; the holder stays holder."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from enquiries.state import Enquiry
from tests.unit.rules_fixtures import (
    HOUR,
    MUELLER,
    T0,
    accepted,
    create,
    offered,
    refused,
    run,
    run_events,
)

STEP_DATE = "2026-03-10T15:00:00+01:00"


def externally(type_: str = "offer", who: str = "anna") -> Enquiry:
    state = create(who, type=type_)
    return run(
        state,
        who,
        "assign_external",
        name="Franz Fenster",
        email="franz@fenster.example",
        message="please visit",
    )


def test_holder_assigns_externally_and_stays_holder() -> None:
    state = create("anna")
    after, events = run_events(
        state,
        "anna",
        "assign_external",
        T0 + HOUR,
        name="Franz Fenster",
        email="franz@fenster.example",
        message="please visit",
    )
    assert after.holder_id == "anna"
    assert after.status == state.status
    assert after.external is not None
    assert after.external.email == "franz@fenster.example"
    assert after.external.assigned_by == "anna"
    assert after.external.assigned_at == T0 + HOUR
    assert after.external.sent_count == 1
    assert after.external.last_sent_contact == state.contact
    assert [e.name for e in events] == ["external_assigned"]
    assert events[0].info["mail"] == "external_assignment"


@pytest.mark.parametrize("email", ["franz", "franz@", "franz@example", "fr anz@example.org", "a@b@c.de"])
def test_bad_email_is_refused(email: str) -> None:
    refused(create("anna"), "anna", "assign_external", "invalid_email", name="Franz", email=email)


def test_only_holder_assigns_externally() -> None:
    refused(create("anna"), "marco", "assign_external", "not_holder", name="Franz", email="f@x.example")
    refused(accepted(MUELLER), "anna", "assign_external", "not_member", name="Franz", email="f@x.example")


def test_not_while_offered() -> None:
    refused(offered(MUELLER), "anna", "assign_external", "wrong_state", name="Franz", email="f@x.example")


def test_resend_increments_and_needs_an_external() -> None:
    refused(create("anna"), "anna", "resend_external", "no_external")
    state = externally()
    state = run(state, "anna", "resend_external", T0 + HOUR)
    assert state.external is not None and state.external.sent_count == 2
    state = run(state, "anna", "resend_external", T0 + 2 * HOUR)
    assert state.external is not None and state.external.sent_count == 3
    assert state.holder_id == "anna"


def test_resend_is_for_the_holder_only() -> None:
    refused(externally(), "marco", "resend_external", "not_holder")


def test_communicate_changes_needs_a_change() -> None:
    state = externally()
    refused(state, "anna", "communicate_changes_external", "nothing_changed")
    state = run(state, "anna", "update_contact", T0 + HOUR, phone="+39 333 000", city="Merano")
    after, events = run_events(state, "anna", "communicate_changes_external", T0 + 2 * HOUR)
    assert events[0].info["fields"] == ["phone", "city"]
    assert events[0].info["mail"] == "external_changes"
    assert after.external is not None
    assert after.external.last_sent_contact == state.contact
    refused(after, "anna", "communicate_changes_external", "nothing_changed", T0 + 3 * HOUR)


def test_resend_counts_as_sending_the_current_data() -> None:
    state = run(externally(), "anna", "update_contact", T0 + HOUR, street="Via Roma 14")
    state = run(state, "anna", "resend_external", T0 + 2 * HOUR)
    refused(state, "anna", "communicate_changes_external", "nothing_changed", T0 + 3 * HOUR)


def test_communicate_changes_needs_an_external() -> None:
    refused(create("anna"), "anna", "communicate_changes_external", "no_external")


def test_record_steps_for_offer_type() -> None:
    state = externally("offer")
    state = run(
        state,
        "anna",
        "record_external_step",
        T0 + HOUR,
        step="consultation_appointment",
        date=STEP_DATE,
        note="at the customer's",
    )
    state = run(state, "anna", "record_external_step", T0 + 2 * HOUR, step="offer_handover", date=STEP_DATE)
    state = run(state, "anna", "record_external_step", T0 + 3 * HOUR, step="order", date=STEP_DATE)
    assert state.external is not None
    steps = state.external.steps
    assert [s.kind for s in steps] == ["consultation_appointment", "offer_handover", "order"]
    assert steps[0].note == "at the customer's"
    assert steps[0].date == datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    assert steps[0].recorded_by == "anna"


@pytest.mark.parametrize("type_", ["information", "consultation", "catalogue", "service"])
def test_steps_only_for_offer_type(type_: str) -> None:
    refused(externally(type_), "anna", "record_external_step", "not_offer_type", step="order", date=STEP_DATE)


def test_steps_need_an_external() -> None:
    refused(
        create("anna", type="offer"),
        "anna",
        "record_external_step",
        "no_external",
        step="order",
        date=STEP_DATE,
    )


def test_steps_only_by_holder() -> None:
    refused(externally(), "carla", "record_external_step", "not_holder", step="order", date=STEP_DATE)


def test_partner_holder_assigns_externally_after_accepting() -> None:
    state = accepted(MUELLER, accepter="eva", type="offer")
    state = run(state, "eva", "assign_external", T0 + 2 * HOUR, name="Hans", email="hans@handwerk.example")
    state = run(state, "eva", "record_external_step", T0 + 3 * HOUR, step="order", date=STEP_DATE)
    assert state.external is not None
    assert state.external.assigned_by == "eva"
    assert state.holder_id == "eva"


def test_external_assignment_cannot_be_replaced_only_resent() -> None:
    state = externally()
    refused(state, "anna", "assign_external", "external_exists", name="Other", email="other@x.example")


def test_accepting_partner_does_not_inherit_head_offices_external_helper() -> None:
    from enquiries.commands import OfferToPartner

    state = externally(type_="offer")
    state = run(state, "anna", OfferToPartner.wire_name, company_id=MUELLER)
    state = run(state, "max", "accept_offer")
    assert state.external is None
    refused(state, "max", "resend_external", "no_external")
