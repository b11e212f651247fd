"""An enquiry's events, as stored, become its reporting facts: offer rounds and later steps.

`derive` is the one definition. The server's write path calls it in the transaction that
stores the events, and the migration rebuilds every enquiry's facts with it from the stored
events, so the two can never disagree. Events are read in their stored form (`FactEvent`:
name, time, actor, company and the JSON `info`), never from the state's own fields, so the
same rows always give the same facts.

What the rules' events give (and what they do not):

- **Offer rounds**: `offered` (by head office, or by intake routing) and `forwarded` to a
  partner open a round; `offer_accepted`, `offer_declined` (free-text reason: the rules have
  no reason codes), `offer_expired` (reason "partner_inactive" when the partner was
  deactivated) and `offer_revoked` ("withdrawn") close it. After an expiry, `forwarded` (to the
  next partner or to a head-office person) or `returned_expired` (back to the offering person)
  is recorded as the closed round's `forwarded_kind`/`forwarded_to`. Routing straight to a
  head-office person (`routed`) opens no round.
- **Steps** (the enquiry's further processing): `external_assigned`, the external person's
  `consultation`, `offer_handover` and `order` (`external_step_recorded`), `won` / `lost`
  (`closed`) and `discarded`. There is no "first contact" event; the nearest fact is
  `first_activity`: the first note, document, task or contact change by the accepting partner
  after it accepted (not linking the contact: that is the accept's duplicate check; not
  assigning a colleague: that is internal distribution). Step times are when a step was
  recorded; the date typed for an external step is not in the stored events.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from enquiries.deadlines import WorkCalendar, working_hours_between
from enquiries.events import Event
from enquiries.reporting.regions import Territory, postcode_area, subdivision_of
from enquiries.state import Enquiry

RoundOutcome = Literal["pending", "accepted", "declined", "expired", "withdrawn"]
CONCLUDING: dict[str, RoundOutcome] = {
    "offer_accepted": "accepted",
    "offer_declined": "declined",
    "offer_expired": "expired",
    "offer_revoked": "withdrawn",
}
STEP_KINDS = (
    "first_activity",
    "external_assigned",
    "consultation",
    "offer_handover",
    "order",
    "won",
    "lost",
    "discarded",
)
EXTERNAL_STEPS = {
    "consultation_appointment": "consultation",
    "offer_handover": "offer_handover",
    "order": "order",
}
ACTIVITY_EVENTS = frozenset({"note_added", "document_added", "task_added", "contact_updated"})
# Events that change an enquiry's facts whatever came before (the write path skips the rest).
FACT_EVENTS = frozenset(
    {
        "enquiry_created",
        "offered",
        "forwarded",
        "returned_expired",
        *CONCLUDING,
        "closed",
        "discarded",
        "external_assigned",
        "external_step_recorded",
        "contact_updated",  # also a dimension change (type, product, country, postcode)
    }
)


@dataclass(frozen=True)
class FactEvent:
    """One event as `enquiry_events` keeps it."""

    name: str
    at: datetime
    actor_id: str | None
    company_id: str | None
    info: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, event: Event) -> FactEvent:
        """A decided event in its stored form (its info through JSON, as the store writes it)."""
        info = json.loads(json.dumps(event.info, default=str))
        return cls(event.name, event.at, event.actor_id, event.company_id, info)


@dataclass(frozen=True)
class RoundFact:
    """One offer to one partner, from the offer to its end."""

    round: int  # 1, 2, ... in the order the enquiry was offered
    company_id: str
    person_id: str | None
    offered_at: datetime
    deadline: datetime | None
    outcome: RoundOutcome = "pending"
    decided_at: datetime | None = None
    reason: str = ""
    forwarded_kind: str = ""  # after an expiry: "partner", "person" or "returned"
    forwarded_to: str | None = None  # the next partner, or the head-office person
    working_hours: float | None = None  # offered -> decided, on the partner's calendar
    wall_hours: float | None = None
    in_time: bool | None = None  # accepted or declined by the deadline


@dataclass(frozen=True)
class StepFact:
    seq: int
    kind: str
    at: datetime
    company_id: str | None


@dataclass(frozen=True)
class EnquiryFacts:
    enquiry_id: str
    number: str
    origin_company_id: str
    owner_company_id: str
    received_at: datetime
    channel: str
    type: str
    product_interest: str
    country: str
    subdivision: str
    postcode_area: str
    accepted_company_id: str | None = None
    accepted_at: datetime | None = None
    processed_at: datetime | None = None  # first step of the accepting partner after accepting
    processed_kind: str = ""
    processed_working_hours: float | None = None
    processed_wall_hours: float | None = None
    last_step_at: datetime | None = None  # latest step of the accepting partner
    result: str = ""  # "won", "lost", "discarded" or "" (still open)
    closed_at: datetime | None = None
    rounds: tuple[RoundFact, ...] = ()
    steps: tuple[StepFact, ...] = ()


def hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def _conclude(
    last: RoundFact, outcome: RoundOutcome, event: FactEvent, calendars: Mapping[str, WorkCalendar]
) -> RoundFact:
    calendar = calendars.get(last.company_id)
    decided = outcome in ("accepted", "declined")
    return replace(
        last,
        outcome=outcome,
        decided_at=event.at,
        reason=str(event.info.get("reason") or ""),
        working_hours=working_hours_between(last.offered_at, event.at, calendar) if calendar else None,
        wall_hours=hours(last.offered_at, event.at),
        in_time=(last.deadline is None or event.at <= last.deadline) if decided else None,
    )


def _deadline(info: Mapping[str, Any]) -> datetime | None:
    value = info.get("deadline")
    return datetime.fromisoformat(str(value)) if value else None


def _rounds(events: Sequence[FactEvent], calendars: Mapping[str, WorkCalendar]) -> list[RoundFact]:
    rounds: list[RoundFact] = []
    for event in events:
        last = rounds[-1] if rounds else None
        opens = event.name == "offered" or (event.name == "forwarded" and event.info.get("company"))
        if event.name in CONCLUDING and last is not None and last.outcome == "pending":
            rounds[-1] = _conclude(last, CONCLUDING[event.name], event, calendars)
        elif (
            event.name in ("forwarded", "returned_expired") and last is not None and last.outcome == "expired"
        ):
            kind = "returned" if event.name == "returned_expired" else ("partner" if opens else "person")
            target = event.info.get("company") if opens else event.info.get("to")
            rounds[-1] = replace(last, forwarded_kind=kind, forwarded_to=str(target) if target else None)
        if opens:
            to = event.info.get("to")
            rounds.append(
                RoundFact(
                    round=len(rounds) + 1,
                    company_id=str(event.info["company"]),
                    person_id=str(to) if to else None,
                    offered_at=event.at,
                    deadline=_deadline(event.info),
                )
            )
    return rounds


def _step_kind(event: FactEvent) -> str | None:
    if event.name == "closed":
        return str(event.info.get("outcome") or "") or None
    if event.name == "discarded":
        return "discarded"
    if event.name == "external_assigned":
        return "external_assigned"
    if event.name == "external_step_recorded":
        return EXTERNAL_STEPS.get(str(event.info.get("step")))
    return None


def _steps(events: Sequence[FactEvent], accepted: FactEvent | None) -> list[StepFact]:
    steps: list[StepFact] = []
    active = False
    for event in events:
        kind = _step_kind(event)
        if (
            kind is None
            and not active
            and accepted is not None
            and event.name in ACTIVITY_EVENTS
            and event.company_id == accepted.info.get("company")
            and event.at >= accepted.at
        ):
            kind, active = "first_activity", True
        if kind is not None:
            steps.append(StepFact(len(steps) + 1, kind, event.at, event.company_id))
    return steps


def derive(
    state: Enquiry,
    events: Sequence[FactEvent],
    calendars: Mapping[str, WorkCalendar],
    territories: Sequence[Territory] = (),
) -> EnquiryFacts:
    """The facts of one enquiry: its current dimension values (`state`) and its events' rounds
    and steps. `calendars`: partners' working calendars, for working hours."""
    accepted = next((e for e in events if e.name == "offer_accepted"), None)
    steps = _steps(events, accepted)
    accepted_company = str(accepted.info.get("company")) if accepted is not None else None
    theirs = [s for s in steps if accepted is not None and s.company_id == accepted_company]
    first = theirs[0] if theirs else None
    calendar = calendars.get(accepted_company) if accepted_company else None
    closing = next((s for s in steps if s.kind in ("won", "lost", "discarded")), None)
    contact = state.contact
    return EnquiryFacts(
        enquiry_id=state.id,
        number=state.number,
        origin_company_id=state.origin_company_id,
        owner_company_id=state.owner_company_id,
        received_at=state.received_at,
        channel=state.channel,
        type=state.type,
        product_interest=state.product_interest.strip(),
        country=contact.country.strip().upper(),
        subdivision=subdivision_of(contact.country, contact.postcode, territories),
        postcode_area=postcode_area(contact.country, contact.postcode),
        accepted_company_id=accepted_company,
        accepted_at=accepted.at if accepted is not None else None,
        processed_at=first.at if first else None,
        processed_kind=first.kind if first else "",
        processed_working_hours=(
            working_hours_between(accepted.at, first.at, calendar)
            if first and accepted and calendar
            else None
        ),
        processed_wall_hours=hours(accepted.at, first.at) if first and accepted else None,
        last_step_at=theirs[-1].at if theirs else None,
        result=closing.kind if closing else "",
        closed_at=closing.at if closing else None,
        rounds=tuple(_rounds(events, calendars)),
        steps=tuple(steps),
    )


def touches_facts(before: Enquiry | None, events: Sequence[Event]) -> bool:
    """Whether `events`, decided on `before`, change the enquiry's facts (else the write path
    need not derive them again): a fact event, or the accepting partner's first activity."""
    if before is None:
        return True
    for event in events:
        if event.name in FACT_EVENTS:
            return True
        if event.name in ACTIVITY_EVENTS and _first_activity(before, event):
            return True
    return False


def _first_activity(before: Enquiry, event: Event) -> bool:
    accepted_at = before.accepted_at
    owner = before.owner_company_id
    if accepted_at is None or event.company_id != owner:
        return False
    return not any(
        h.event in ACTIVITY_EVENTS and h.company_id == owner and h.at >= accepted_at for h in before.history
    )
