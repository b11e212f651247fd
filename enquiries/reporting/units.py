"""What one viewer counts: units of reporting, with the privacy rules of `enquiries.privacy`.

A **unit** is one offer round (with its enquiry), or, for head office only, an enquiry that is
with head office: never offered, or back after every round was declined, expired or withdrawn
(no round pending or accepted). Every measure is computed over a set of units; an enquiry's
result (won, lost, discarded) and its further processing count on the unit that had it: its
accepted round, or its head-office unit. So a partner that declined an enquiry never counts
what another partner or head office made of it.

Reports cover the enquiries that came through head office (origin head office: the
manufacturer's channels); a partner's own enquiries (created by it) are its business.

- **Head office** sees every round and every head-office unit.
- **A partner** sees only the rounds offered to it, renumbered 1, 2, ... among its own rounds
  of the enquiry (an earlier round number would tell that other partners were asked first),
  without `forwarded_to` (where head office sent it next); no head-office units.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from enquiries.reporting.facts import EnquiryFacts, RoundFact


@dataclass(frozen=True)
class Viewer:
    company_id: str
    head_office: bool


@dataclass(frozen=True)
class Unit:
    enquiry: EnquiryFacts
    round: RoundFact | None  # None: the enquiry is with head office

    @property
    def holds_result(self) -> bool:
        """The unit where the enquiry's result and processing are counted."""
        return self.round is None or self.round.outcome == "accepted"

    @property
    def partner_id(self) -> str | None:
        return self.round.company_id if self.round is not None else None


def units_for(viewer: Viewer, enquiries: Iterable[EnquiryFacts]) -> list[Unit]:
    units: list[Unit] = []
    for facts in enquiries:
        if viewer.head_office:
            if facts.origin_company_id != viewer.company_id:
                continue
            units.extend(Unit(facts, r) for r in facts.rounds)
            if not any(r.outcome in ("pending", "accepted") for r in facts.rounds):
                units.append(Unit(facts, None))
            continue
        own = [r for r in facts.rounds if r.company_id == viewer.company_id]
        if own:
            seen = _as_partner_sees(facts, viewer.company_id)
            for number, r in enumerate(own, start=1):
                units.append(Unit(seen, replace(r, round=number, forwarded_kind="", forwarded_to=None)))
    return units


def _as_partner_sees(facts: EnquiryFacts, company_id: str) -> EnquiryFacts:
    """The enquiry without other companies' rounds and steps, and without its result and
    processing unless this partner accepted it (a whitelist: new fields stay hidden)."""
    if facts.accepted_company_id == company_id:
        steps = tuple(s for s in facts.steps if s.company_id == company_id)
        return replace(facts, rounds=(), steps=steps)
    return EnquiryFacts(
        enquiry_id=facts.enquiry_id,
        number=facts.number,
        origin_company_id=facts.origin_company_id,
        owner_company_id="",
        received_at=facts.received_at,
        channel=facts.channel,
        type=facts.type,
        product_interest=facts.product_interest,
        country=facts.country,
        subdivision=facts.subdivision,
        postcode_area=facts.postcode_area,
    )
