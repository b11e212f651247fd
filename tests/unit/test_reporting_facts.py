"""Reporting facts from the rules' own events: rounds, forwarding, steps, and when the write path
may skip deriving them again."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from enquiries.directory import Actor
from enquiries.events import Event
from enquiries.reporting.facts import EnquiryFacts, FactEvent, derive, touches_facts
from enquiries.reporting.regions import Territory, postcode_area, subdivision_of
from enquiries.state import Enquiry
from tests.unit.rules_fixtures import (
    ALPEN,
    COMPANIES,
    CONTACT,
    HOUR,
    MUELLER,
    ROSSI,
    SYSTEM,
    T0,
    intake,
    partner,
    person_target,
    run_events,
)

CALENDARS = {c.id: c.calendar for c in COMPANIES.values()}
TERRITORIES = (Territory(ROSSI, "IT", "BZ", ("39",)), Territory(MUELLER, "DE", "BY", ("80000-87999",)))


class Story:
    """An enquiry played through the rules, keeping every event as the store keeps it."""

    def __init__(self, state: Enquiry, events: list[Event]) -> None:
        self.state = state
        self.events = [FactEvent.of(e) for e in events]
        self.batches: list[tuple[Enquiry, list[Event], Enquiry]] = []  # before, events, after

    def run(self, who: str | Actor, command: str, now: datetime, /, **args: Any) -> Story:
        before = self.state
        self.state, events = run_events(self.state, who, command, now, **args)
        self.batches.append((before, events, self.state))
        self.events += [FactEvent.of(e) for e in events]
        return self

    def facts(self) -> EnquiryFacts:
        return derive(self.state, self.events, CALENDARS, TERRITORIES)


def test_rounds_follow_the_chain_through_expiry_to_a_person() -> None:
    state, events = intake([partner(MUELLER), partner(ALPEN), person_target("marco")], postcode="39100")
    story = Story(state, events)
    first_deadline = state.offer.deadline if state.offer else T0
    story.run(SYSTEM, "expire_offer", first_deadline)
    assert story.state.offer is not None
    story.run(SYSTEM, "expire_offer", story.state.offer.deadline)
    facts = story.facts()
    r1, r2 = facts.rounds
    assert (r1.round, r1.company_id, r1.outcome, r1.forwarded_kind, r1.forwarded_to) == (
        1,
        MUELLER,
        "expired",
        "partner",
        ALPEN,
    )
    assert (r1.offered_at, r1.deadline, r1.decided_at, r1.working_hours) == (
        T0,
        first_deadline,
        first_deadline,
        48.0,
    )
    assert r1.in_time is None  # an expiry is no decision
    assert (r2.company_id, r2.outcome, r2.forwarded_kind, r2.forwarded_to) == (
        ALPEN,
        "expired",
        "person",
        "marco",
    )
    assert (facts.subdivision, facts.postcode_area, facts.country) == ("IT-BZ", "IT-39", "IT")
    assert facts.accepted_company_id is None and facts.steps == ()


def test_decline_withdraw_and_return_when_the_chain_is_used_up() -> None:
    story = Story(*intake([partner(MUELLER)]))
    story.run("max", "decline_offer", T0 + 2 * HOUR, reason="  Too   far away ")
    story.run("anna", "offer_to_partner", T0 + 3 * HOUR, company_id=ROSSI)
    story.run("anna", "revoke_offer", T0 + 4 * HOUR)
    story.run("anna", "offer_to_partner", T0 + 5 * HOUR, company_id=ALPEN)
    assert story.state.offer is not None
    story.run(SYSTEM, "expire_offer", story.state.offer.deadline)
    declined, withdrawn, expired = story.facts().rounds
    assert (declined.outcome, declined.reason, declined.working_hours, declined.in_time) == (
        "declined",
        "Too   far away",  # as written (measures collapse the spaces)
        2.0,
        True,
    )
    assert (withdrawn.company_id, withdrawn.outcome, withdrawn.wall_hours) == (ROSSI, "withdrawn", 1.0)
    assert (expired.outcome, expired.forwarded_kind, expired.forwarded_to) == ("expired", "returned", "anna")


def test_steps_after_acceptance_and_the_first_activity() -> None:
    story = Story(*intake([partner(MUELLER)], type="offer"))
    story.run("max", "accept_offer", T0 + HOUR)
    story.run("max", "link_contact", T0 + 2 * HOUR, contact_id="c-1", create=True)  # not processing
    story.run("max", "assign_person", T0 + 3 * HOUR, user_id="eva")  # nor is distribution
    story.run("eva", "add_note", T0 + 4 * HOUR, note_id="n-1", text="Called")
    story.run("eva", "add_note", T0 + 5 * HOUR, note_id="n-2", text="Called again")
    story.run("eva", "assign_external", T0 + 6 * HOUR, name="Fitter", email="f@example.test")
    story.run(
        "eva", "record_external_step", T0 + 7 * HOUR, step="consultation_appointment", date=T0.isoformat()
    )
    story.run("eva", "record_external_step", T0 + 8 * HOUR, step="order", date=T0.isoformat())
    story.run("eva", "close", T0 + 9 * HOUR, outcome="won")
    facts = story.facts()
    assert [(s.kind, s.at) for s in facts.steps] == [
        ("first_activity", T0 + 4 * HOUR),
        ("external_assigned", T0 + 6 * HOUR),
        ("consultation", T0 + 7 * HOUR),
        ("order", T0 + 8 * HOUR),
        ("won", T0 + 9 * HOUR),
    ]
    assert (facts.accepted_company_id, facts.accepted_at, facts.owner_company_id) == (
        MUELLER,
        T0 + HOUR,
        MUELLER,
    )
    assert (facts.processed_kind, facts.processed_working_hours, facts.processed_wall_hours) == (
        "first_activity",
        3.0,
        3.0,
    )
    assert (facts.last_step_at, facts.result, facts.closed_at) == (T0 + 9 * HOUR, "won", T0 + 9 * HOUR)
    # What the write path skips (touches_facts False) changes nothing: derive with and without it.
    done = len(story.events) - sum(len(events) for _, events, _ in story.batches)
    skipped = []
    for before, events, after in story.batches:
        prefix, done = story.events[:done], done + len(events)
        if not touches_facts(before, events):
            skipped.append(events[0].name)
            with_it = derive(after, story.events[:done], CALENDARS, TERRITORIES)
            assert with_it == derive(after, prefix, CALENDARS, TERRITORIES), events[0].name
    assert skipped == ["contact_linked", "assigned", "note_added"]  # the second note


def test_head_office_working_an_enquiry_itself_and_discarding() -> None:
    story = Story(
        *run_events(None, "anna", "create_enquiry", T0, enquiry_id="e-hq", channel="phone", **CONTACT)
    )
    story.run("anna", "add_note", T0 + HOUR, note_id="n", text="x")
    story.run("anna", "discard", T0 + 2 * HOUR, reason="Spam")
    facts = story.facts()
    assert facts.rounds == () and [s.kind for s in facts.steps] == ["discarded"]
    assert (facts.result, facts.processed_at, facts.channel, facts.subdivision) == (
        "discarded",
        None,
        "phone",
        "IT-BZ",
    )


def test_first_events_of_a_new_enquiry_always_count() -> None:
    _state, events = intake([partner(MUELLER)])
    assert touches_facts(None, events)


def test_regions() -> None:
    assert postcode_area("de", " 80331 ") == "DE-80"
    assert postcode_area("AT", "A-6020") == "AT-60"
    assert postcode_area("", "80331") == postcode_area("DE", "") == ""
    assert subdivision_of("DE", "80331", TERRITORIES) == "DE-BY"
    assert subdivision_of("DE", "90402", TERRITORIES) == ""  # Nuremberg: nobody's territory
    assert subdivision_of("IT", "39012", TERRITORIES) == "IT-BZ"
    assert subdivision_of("AT", "6020", (Territory(ALPEN, "AT", None, ("6000-6999",)),)) == ""


def test_stored_form_is_json() -> None:
    event = Event("offered", "e", None, "hq", datetime(2026, 1, 1, tzinfo=UTC), info={"deadline": T0})
    assert FactEvent.of(event).info == {"deadline": str(T0)}
