"""A deactivated partner's pending offer moves on at once, exactly as if its deadline had passed."""

from __future__ import annotations

import dataclasses

from enquiries.commands import ExpireOffer
from enquiries.decide import decide
from enquiries.directory import Directory
from enquiries.events import apply_all
from enquiries.refusals import Refusal
from tests.unit.rules_fixtures import (
    ALPEN,
    COMPANIES,
    DIRECTORY,
    MUELLER,
    PEOPLE,
    SYSTEM,
    T0,
    intake,
    partner,
)

INACTIVE = Directory.build(
    PEOPLE.values(),
    [dataclasses.replace(c, active=False) if c.id == MUELLER else c for c in COMPANIES.values()],
)


def test_forwarded_before_the_deadline_when_the_partner_is_inactive() -> None:
    state, _ = intake([partner(MUELLER), partner(ALPEN)], route_owner_id="marco")
    assert state.offer is not None and state.offer.company_id == MUELLER
    command = ExpireOffer(enquiry_id=state.id, partner_inactive=True)
    events = decide(state, SYSTEM, command, T0, INACTIVE)
    assert not isinstance(events, Refusal)
    assert [e.name for e in events] == ["offer_expired", "forwarded"]
    assert events[0].info["reason"] == "partner_inactive"
    after = apply_all(state, events)
    assert after is not None and after.offer is not None and after.offer.company_id == ALPEN
    assert [(a.company_id, a.outcome) for a in after.attempts] == [(MUELLER, "expired")]
    again = decide(after, SYSTEM, command, T0, INACTIVE)  # Alpenfenster is active: nothing to do
    assert isinstance(again, Refusal) and again.code == "deadline_not_reached"


def test_refused_while_the_partner_is_active() -> None:
    state, _ = intake([partner(MUELLER)])
    refusal = decide(state, SYSTEM, ExpireOffer(enquiry_id=state.id, partner_inactive=True), T0, DIRECTORY)
    assert isinstance(refusal, Refusal) and refusal.code == "deadline_not_reached"
