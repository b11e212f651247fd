"""Cross-company handover: offer, anonymised view, accept, decline, revoke, deadline, expiry, intake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from enquiries.deadlines import offer_deadline
from enquiries.events import Event
from enquiries.notifications import notices
from enquiries.privacy import can_see, project, visible_companies
from enquiries.state import CONTACT_FIELDS, Enquiry, RouteTarget
from tests.unit.rules_fixtures import (
    ALPEN,
    ANONYMISED_KEYS,
    COMPANIES,
    CONTACT,
    DIRECTORY,
    HOUR,
    HQ,
    MUELLER,
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
    person_target,
    refused,
    run,
    run_events,
    seen_by,
)

MINUTE = timedelta(minutes=1)


def told(before: Enquiry | None, after: Enquiry, events: list[Event]) -> set[tuple[str, str]]:
    return {(n.person_id, n.kind) for n in notices(before, after, events, DIRECTORY)}


# --- making an offer ----------------------------------------------------------------------------------


def test_head_office_offers_to_partner() -> None:
    state = create("anna")
    after, events = run_events(state, "anna", "offer_to_partner", company_id=MUELLER, user_id="eva")
    assert after.status == "offered"
    assert after.owner_company_id == HQ  # still head office's until accepted
    assert after.holder_id == "anna"
    assert after.offer is not None
    assert after.offer.company_id == MUELLER
    assert after.offer.person_id == "eva"
    assert after.offer.offered_by == "anna"
    assert after.offer.deadline == offer_deadline(T0, COMPANIES[MUELLER].calendar)
    assert visible_companies(after) == {HQ, MUELLER}
    assert told(state, after, events) == {("eva", "offered")}


def test_only_head_office_offers() -> None:
    own = create("max")  # a partner's own enquiry
    refused(own, "max", "offer_to_partner", "not_head_office", company_id=ROSSI)
    state = accepted(MUELLER)
    refused(state, "max", "offer_to_partner", "not_head_office", company_id=ROSSI)


def test_head_office_cannot_offer_after_a_partner_accepted() -> None:
    state = accepted(MUELLER)
    refused(state, "anna", "offer_to_partner", "not_member", company_id=ROSSI)


def test_only_holder_offers() -> None:
    refused(create("anna"), "marco", "offer_to_partner", "not_holder", company_id=MUELLER)


@pytest.mark.parametrize("company_id", [HQ, "nowhere"])
def test_offer_only_to_known_partner(company_id: str) -> None:
    refused(create("anna"), "anna", "offer_to_partner", "company_unknown", company_id=company_id)


def test_offer_to_named_person_must_work_there_and_be_active() -> None:
    state = create("anna")
    refused(state, "anna", "offer_to_partner", "other_company", company_id=MUELLER, user_id="luca")
    refused(state, "anna", "offer_to_partner", "person_inactive", company_id=MUELLER, user_id="old")


def test_offer_twice_is_refused() -> None:
    state = offered(MUELLER)
    refused(state, "anna", "offer_to_partner", "already_offered", company_id=ROSSI)


def test_offer_deadline_counts_partner_working_days() -> None:
    friday = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)  # 10:00 in Munich
    state = offered(MUELLER, now=friday)
    assert state.offer is not None
    assert state.offer.deadline == datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # Tuesday 10:00 in Munich


def test_while_offered_head_office_cannot_assign_or_close() -> None:
    state = offered(MUELLER)
    refused(state, "anna", "assign_person", "wrong_state", user_id="marco")
    refused(state, "anna", "close", "wrong_state", outcome="won")
    refused(state, "anna", "discard", "wrong_state", reason="spam")


# --- the anonymised view -------------------------------------------------------------------------------


def test_offered_partner_sees_only_anonymised_facts() -> None:
    state = offered(MUELLER, type="offer", product_interest="windows")
    # Head office keeps working on it meanwhile: none of this may reach the partner.
    state = run(state, "marco", "add_note", note_id="n1", text="Giulia Bianchini is a good customer")
    state = run(state, "anna", "update_contact", phone="+39 0471 555 999")
    view = project(state, MUELLER)
    assert view is not None
    assert view["anonymised"] is True
    assert set(view) <= ANONYMISED_KEYS
    assert set(view["contact"]) == {"postcode", "city", "country"}
    assert view["contact"] == {"postcode": "39100", "city": "Bolzano", "country": "IT"}
    assert view["type"] == "offer"
    assert view["product_interest"] == "windows"
    assert state.offer is not None
    assert view["offer"]["deadline"] == state.offer.deadline.isoformat()
    keys = all_keys(view)
    for field in PERSONAL_FIELDS:
        assert field not in keys
        assert not contains_text(view, CONTACT[field])
    assert not contains_text(view, "+39 0471 555 999")
    for hidden in ("notes", "history", "holder_id", "colleagues", "chain", "attempts", "external"):
        assert hidden not in keys
    assert not contains_text(view, "anna")  # not even who offered it


def test_uninvolved_partner_sees_nothing() -> None:
    state = offered(MUELLER)
    assert project(state, ROSSI) is None
    assert not can_see(state, ROSSI)
    refused(state, "luca", "accept_offer", "not_found")


def test_offered_partner_must_accept_before_working() -> None:
    state = offered(MUELLER)
    refused(state, "max", "add_note", "accept_first", note_id="n1", text="hi")
    refused(state, "max", "update_contact", "accept_first", city="München")
    refused(state, "max", "close", "accept_first", outcome="won")


# --- accept -------------------------------------------------------------------------------------------


def test_accept_transfers_ownership_and_full_data() -> None:
    state = offered(MUELLER, by="anna")
    after, events = run_events(state, "eva", "accept_offer", T0 + HOUR)
    assert after.owner_company_id == MUELLER
    assert after.origin_company_id == HQ
    assert after.holder_id == "eva"
    assert after.holder_since == T0 + HOUR
    assert after.status == "open"
    assert after.offer is None
    assert after.accepted_at == T0 + HOUR
    view = project(after, MUELLER)
    assert view is not None
    assert view["anonymised"] is False
    assert {k: view["contact"][k] for k in CONTACT_FIELDS} == CONTACT
    [event] = events
    assert event.name == "offer_accepted"
    assert event.info["audit"] == "controller_change"
    assert event.info["previous_owner"] == HQ
    assert event.company_id == MUELLER
    assert event.actor_id == "eva"
    # The person who offered it is told; the accepter is not.
    assert told(state, after, events) == {("anna", "offer_accepted")}


def test_accepting_partner_can_now_work_it() -> None:
    state = accepted(MUELLER, accepter="max")
    state = run(state, "max", "add_note", T0 + 2 * HOUR, note_id="n1", text="called back")
    state = run(state, "max", "close", T0 + 3 * HOUR, outcome="won")
    assert state.status == "won"


def test_head_office_still_sees_accepted_enquiry() -> None:
    state = accepted(MUELLER)
    view = project(state, HQ)
    assert view is not None
    assert view["anonymised"] is False
    assert view["owner_company_id"] == MUELLER
    assert view["contact"]["email"] == CONTACT["email"]


def test_accept_at_or_after_deadline_is_refused() -> None:
    state = offered(MUELLER)
    assert state.offer is not None
    deadline = state.offer.deadline
    refused(state, "max", "accept_offer", "deadline_passed", deadline)
    refused(state, "max", "accept_offer", "deadline_passed", deadline + HOUR)
    refused(state, "max", "decline_offer", "deadline_passed", deadline, reason="too far")
    assert run(state, "max", "accept_offer", deadline - MINUTE).owner_company_id == MUELLER


def test_accept_twice_is_refused() -> None:
    state = accepted(MUELLER, accepter="max")
    refused(state, "max", "accept_offer", "already_accepted", T0 + 2 * HOUR)
    refused(state, "eva", "accept_offer", "already_accepted", T0 + 2 * HOUR)
    refused(state, "luca", "accept_offer", "not_found", T0 + 2 * HOUR)
    refused(state, "max", "decline_offer", "already_accepted", T0 + 2 * HOUR, reason="changed my mind")


def test_head_office_cannot_accept_its_own_offer() -> None:
    refused(offered(MUELLER), "marco", "accept_offer", "not_offered_to_you")


# --- decline ------------------------------------------------------------------------------------------


def test_decline_needs_reason() -> None:
    refused(offered(MUELLER), "max", "decline_offer", "reason_required")


def test_decline_goes_back_to_offering_person() -> None:
    state = create("anna")
    state = run(state, "anna", "assign_person", user_id="marco")
    state = run(state, "marco", "offer_to_partner", company_id=ROSSI)
    after, events = run_events(state, "luca", "decline_offer", T0 + HOUR, reason="outside our area")
    assert after.status == "declined"
    assert after.holder_id == "marco"
    assert after.owner_company_id == HQ
    assert after.offer is None
    assert after.decline_reason == "outside our area"
    assert after.attempts[-1].company_id == ROSSI
    assert after.attempts[-1].outcome == "declined"
    assert project(after, ROSSI) is None
    assert ("marco", "offer_declined") in told(state, after, events)
    assert all(n.person_id != "luca" for n in notices(state, after, events, DIRECTORY))


def test_decline_goes_back_to_offerer_even_if_head_office_moved_it_meanwhile() -> None:
    state = offered(MUELLER, by="anna")
    state = run(state, "marco", "set_colleague", user_id="carla")
    assert state.holder_id == "carla"
    assert state.status == "offered"
    after = run(state, "eva", "decline_offer", T0 + HOUR, reason="no")
    assert after.holder_id == "anna"
    assert after.status == "declined"


def test_after_decline_head_office_may_discard_or_offer_elsewhere_but_not_again_there() -> None:
    state = run(offered(ROSSI), "luca", "decline_offer", T0 + HOUR, reason="full")
    refused(state, "anna", "offer_to_partner", "partner_tried", company_id=ROSSI)
    again = run(state, "anna", "offer_to_partner", T0 + 2 * HOUR, company_id=MUELLER)
    assert again.status == "offered"
    assert again.decline_reason == ""
    discarded = run(state, "anna", "discard", T0 + 2 * HOUR, reason="nobody wants it")
    assert discarded.status == "discarded"


def test_partner_decline_reason_is_head_office_business() -> None:
    state = run(offered(ROSSI), "luca", "decline_offer", T0 + HOUR, reason="full")
    state = run(state, "anna", "offer_to_partner", T0 + 2 * HOUR, company_id=MUELLER)
    state = run(state, "max", "accept_offer", T0 + 3 * HOUR)
    view = project(state, MUELLER)
    assert view is not None
    assert not contains_text(view, "full")
    assert all(a["company_id"] == MUELLER for a in view["attempts"])
    assert view["chain"] == []


# --- revoke -------------------------------------------------------------------------------------------


def test_head_office_revokes_pending_offer() -> None:
    state = offered(MUELLER)
    after = run(state, "marco", "revoke_offer", T0 + HOUR)
    assert after.status == "open"
    assert after.offer is None
    assert after.holder_id == "anna"
    assert project(after, MUELLER) is None
    refused(after, "max", "accept_offer", "offer_withdrawn", T0 + HOUR)
    refused(after, "anna", "revoke_offer", "not_offered", T0 + HOUR)


def test_partner_cannot_revoke() -> None:
    refused(offered(MUELLER), "max", "revoke_offer", "accept_first")


# --- expiry and forwarding ---------------------------------------------------------------------------


def test_expiry_needs_the_deadline() -> None:
    state, _ = intake([partner(MUELLER), partner(ALPEN)], route_owner_id="marco")
    assert state.offer is not None
    refused(state, SYSTEM, "expire_offer", "deadline_not_reached", state.offer.deadline - MINUTE)


def test_only_the_server_expires() -> None:
    state, _ = intake([partner(MUELLER)])
    assert state.offer is not None
    refused(state, "anna", "expire_offer", "not_permitted", state.offer.deadline + HOUR)
    refused(create("anna"), SYSTEM, "expire_offer", "not_offered", T0 + 100 * HOUR)


def test_expiry_forwards_to_next_partner_of_chain() -> None:
    state, _ = intake([partner(MUELLER), partner(ALPEN)], route_owner_id="marco")
    assert state.offer is not None
    deadline = state.offer.deadline
    after, events = run_events(state, SYSTEM, "expire_offer", deadline)
    assert [e.name for e in events] == ["offer_expired", "forwarded"]
    assert after.status == "offered"
    assert after.offer is not None
    assert after.offer.company_id == ALPEN
    assert after.offer.offered_at == deadline
    assert after.offer.deadline == offer_deadline(deadline, COMPANIES[ALPEN].calendar)
    assert after.owner_company_id == HQ
    assert project(after, MUELLER) is None
    assert seen_by(after, ALPEN)["anonymised"] is True
    assert [(a.company_id, a.outcome) for a in after.attempts] == [(MUELLER, "expired")]
    refused(after, "max", "accept_offer", "offer_expired", deadline)


def test_expiry_with_none_left_returns_to_offering_person_marked_expired() -> None:
    state, _ = intake([partner(MUELLER), partner(ALPEN)], route_owner_id="marco")
    assert state.offer is not None
    state = run(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert state.offer is not None
    before = state
    after, events = run_events(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert after.status == "expired"
    assert after.offer is None
    assert after.holder_id == "marco"
    assert after.owner_company_id == HQ
    assert project(after, ALPEN) is None
    assert ("marco", "returned_expired") in told(before, after, events)
    # Back at head office it can be worked again.
    assert run(after, "marco", "discard", T0 + 200 * HOUR, reason="no partner").status == "discarded"


def test_expiry_skips_partners_that_declined_or_expired() -> None:
    state, _ = intake([partner(MUELLER), partner(ALPEN), partner(ROSSI)], route_owner_id="anna")
    assert state.offer is not None
    state = run(state, SYSTEM, "expire_offer", state.offer.deadline)  # Müller expired -> Alpen
    assert state.offer is not None and state.offer.company_id == ALPEN
    now = state.offer.offered_at + HOUR
    state = run(state, "lena", "decline_offer", now, reason="no capacity")  # Alpen declined
    assert state.holder_id == "anna"
    state = run(state, "anna", "offer_to_partner", now, company_id=MUELLER)  # Müller gets a second go
    assert state.offer is not None
    state = run(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert state.offer is not None
    assert state.offer.company_id == ROSSI
    assert state.status == "offered"


def test_expiry_of_manual_offer_goes_back_to_offering_person() -> None:
    state = create("anna")
    state = run(state, "anna", "assign_person", user_id="marco")
    state = run(state, "marco", "offer_to_partner", company_id=ROSSI)
    assert state.offer is not None
    before = state
    after, events = run_events(state, SYSTEM, "expire_offer", state.offer.deadline + HOUR)
    assert after.status == "expired"
    assert after.holder_id == "marco"
    # One notice per person per decision: "it came back to you" says more than "the deadline passed".
    assert told(before, after, events) == {("marco", "returned_expired")}


def test_expiry_forwards_to_head_office_person_of_chain() -> None:
    state, _ = intake([partner(MUELLER), person_target("carla")], route_owner_id="anna")
    assert state.offer is not None
    before = state
    after, events = run_events(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert after.status == "open"
    assert after.offer is None
    assert after.holder_id == "carla"
    assert ("carla", "forwarded") in told(before, after, events)


# --- intake -------------------------------------------------------------------------------------------


def test_intake_offers_to_first_partner_of_chain() -> None:
    state, events = intake([partner(ROSSI), partner(MUELLER)], route_owner_id="marco")
    assert [e.name for e in events] == ["enquiry_created", "offered"]
    assert state.status == "offered"
    assert state.owner_company_id == HQ
    assert state.origin_company_id == HQ
    assert state.holder_id == "marco"
    assert state.route_owner_id == "marco"
    assert state.offer is not None
    assert state.offer.company_id == ROSSI
    assert state.offer.offered_by == "marco"
    assert state.offer.deadline == offer_deadline(T0, COMPANIES[ROSSI].calendar)
    assert seen_by(state, ROSSI)["anonymised"] is True
    assert project(state, MUELLER) is None


def test_intake_to_named_partner_person_notifies_them() -> None:
    target = partner(MUELLER).model_copy(update={"person_id": "eva"})
    state, events = intake([target])
    assert state.offer is not None
    assert state.offer.person_id == "eva"
    assert ("eva", "offered") in told(None, state, events)


def test_intake_to_person_makes_them_holder() -> None:
    state, events = intake([person_target("carla"), partner(MUELLER)], route_owner_id="anna")
    assert state.status == "open"
    assert state.holder_id == "carla"
    assert state.offer is None
    assert ("carla", "routed") in told(None, state, events)


def test_intake_with_empty_chain_stays_with_route_owner() -> None:
    state, _ = intake([], route_owner_id="anna")
    assert state.status == "open"
    assert state.holder_id == "anna"
    assert state.offer is None


def test_intake_skips_unusable_targets() -> None:
    state, _ = intake([partner("nowhere"), person_target("old"), partner(ALPEN)])
    assert state.offer is not None
    assert state.offer.company_id == ALPEN


def test_accepting_routed_offer_after_forwarding() -> None:
    state, _ = intake([partner(MUELLER), partner(ALPEN)], route_owner_id="marco")
    assert state.offer is not None
    state = run(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert state.offer is not None
    before = state
    after, events = run_events(state, "lena", "accept_offer", state.offer.offered_at + HOUR)
    assert after.owner_company_id == ALPEN
    assert after.holder_id == "lena"
    assert after.colleagues == {HQ: "marco"}
    assert ("marco", "offer_accepted") in told(before, after, events)


# --- misconfigured routing chains ----------------------------------------------------------------------
# Intake and forwarding skip targets they cannot use, and drop a named person who does not work at the
# partner (found by these tests, fixed in enquiries/rules/offers.py: usable_target).


def test_intake_skips_head_office_listed_as_partner() -> None:
    state, _ = intake([partner(HQ), partner(MUELLER)])
    assert state.offer is not None
    assert state.offer.company_id == MUELLER


def test_expiry_skips_head_office_listed_as_partner() -> None:
    state, _ = intake([partner(HQ), partner(MUELLER)], route_owner_id="marco")
    assert state.offer is not None
    after = run(state, SYSTEM, "expire_offer", state.offer.deadline)
    assert after.status == "expired"
    assert after.holder_id == "marco"


def test_intake_ignores_named_person_of_another_company() -> None:
    target = partner(ROSSI).model_copy(update={"person_id": "max"})
    state, events = intake([target])
    assert state.offer is not None
    # Max works for Müller, which cannot see the enquiry: he must be neither named nor told.
    assert state.offer.person_id != "max"
    assert ("max", "offered") not in told(None, state, events)


def test_intake_never_makes_partner_person_holder_of_head_office_enquiry() -> None:
    state, _ = intake([RouteTarget(kind="person", company_id=MUELLER, person_id="max"), partner(ROSSI)])
    assert state.holder_id is None or state.holder_id in ("anna", "marco", "carla")


def test_call_centre_agent_may_not_hand_enquiries_to_partners() -> None:
    # Carla is head office, but only a call-centre agent: offering across companies is staff's job.
    state = create("anna")
    state = run(state, "anna", "assign_person", user_id="carla")
    refused(state, "carla", "offer_to_partner", "not_head_office", company_id=ROSSI)
