"""Keep the reporting facts in step with the events: `record` in the write path, `rebuild` for all.

`record` runs inside `commands.store`, the one write path, in the transaction that stores the
events, so facts and events commit together or not at all. It derives an enquiry's facts again
from ALL its stored events (the same input the migration's `rebuild` reads), and only when the
new events can change them (`facts.touches_facts`): a note on an enquiry the partner already
works on costs nothing. A new enquiry's facts come from its first events without a query and
are inserted as plain rows (at the end of a push batch: `deferred_facts`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from central.store import report_cube
from central.store.accounts import Company
from central.store.enquiries import EnquiryRow, EventRow
from central.store.report_tables import ReportEnquiry, ReportRound, ReportStep
from enquiries.deadlines import WorkCalendar
from enquiries.events import Event
from enquiries.reporting.facts import EnquiryFacts, FactEvent, RoundFact, StepFact, derive, touches_facts
from enquiries.reporting.regions import Territory
from enquiries.state import Enquiry

_CACHE = "report_companies"
_PENDING = "report_pending"
REBUILD_CHUNK = 500


@dataclass(frozen=True)
class Companies:
    """Calendars (working hours) and partner territories (subdivisions) of every company."""

    calendars: dict[str, WorkCalendar]
    territories: tuple[Territory, ...]
    head_office_id: str = ""


def load_companies(session: Session) -> Companies:
    """Read once per transaction (a push batch, the deadline job's enquiry, a rebuild)."""
    transaction = session.get_transaction()
    cached = session.info.get(_CACHE)
    if cached is not None and cached[0] is transaction:
        companies: Companies = cached[1]
        return companies
    calendars: dict[str, WorkCalendar] = {}
    territories: list[Territory] = []
    head_office = ""
    for row in session.execute(
        select(
            Company.id,
            Company.kind,
            Company.country,
            Company.subdivision,
            Company.timezone,
            Company.postcode_ranges,
        )
    ):
        calendars[row.id] = WorkCalendar(row.country, row.subdivision or None, row.timezone)
        if row.kind == "head_office" and (not head_office or row.id < head_office):
            head_office = row.id  # directory.head_office_id's choice
        if row.kind == "partner":
            entries = tuple(str(e) for e in row.postcode_ranges or ())
            territories.append(Territory(row.id, row.country, row.subdivision, entries))
    companies = Companies(calendars, tuple(sorted(territories, key=lambda t: t.company_id)), head_office)
    session.info[_CACHE] = (transaction, companies)
    return companies


def fact_event(row: EventRow) -> FactEvent:
    return FactEvent(row.name, row.at, row.actor_id, row.company_id, json.loads(row.info or "{}"))


def stored_events(session: Session, enquiry_id: str) -> list[FactEvent]:
    """The enquiry's events in the order decided (autoflush: this transaction's too)."""
    query = select(EventRow).where(EventRow.enquiry_id == enquiry_id).order_by(EventRow.id)
    return [fact_event(row) for row in session.scalars(query)]


def record(session: Session, before: Enquiry | None, after: Enquiry, events: Sequence[Event]) -> None:
    """Bring `after`'s facts up to date with `events`, just stored by the write path."""
    if not touches_facts(before, events):
        return
    companies = load_companies(session)
    pending: dict[str, EnquiryFacts] | None = session.info.get(_PENDING)
    fresh = before is None or (pending is not None and after.id in pending)
    stored = [FactEvent.of(e) for e in events] if before is None else stored_events(session, after.id)
    facts = derive(after, stored, companies.calendars, companies.territories)
    if not fresh:
        update(session, facts)
    elif pending is not None:
        pending[after.id] = facts  # created in this batch: inserted with the others at its end
    else:
        insert_new(session, [facts])


@contextmanager
def deferred_facts(session: Session) -> Iterator[None]:
    """Insert the facts of the enquiries a push batch creates at its end, in one statement per
    table, instead of one ORM object each (a tenth of PostgreSQL's push rate)."""
    session.info[_PENDING] = {}
    try:
        yield
        insert_new(session, list(session.info[_PENDING].values()))
    finally:
        session.info.pop(_PENDING, None)


def _assign(row: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)  # an equal value writes nothing at flush


def _enquiry_values(facts: EnquiryFacts) -> dict[str, Any]:
    return {f.name: getattr(facts, f.name) for f in fields(facts) if f.name not in ("rounds", "steps")}


def _round_values(fact: RoundFact) -> dict[str, Any]:
    return {f.name: getattr(fact, f.name) for f in fields(fact)}


def _step_values(fact: StepFact) -> dict[str, Any]:
    return {"seq": fact.seq, "kind": fact.kind, "at": fact.at, "company_id": fact.company_id}


def _mark(session: Session, received: Sequence[tuple[str, datetime]]) -> None:
    """Head office's per-day figures of these days are stale (report_cube): the day of receipt,
    in head office's zone, of each of its enquiries."""
    companies = load_companies(session)
    calendar = companies.calendars.get(companies.head_office_id)
    if calendar is not None:
        own = [at for origin, at in received if origin == companies.head_office_id]
        report_cube.mark(session, calendar.timezone, own)


def insert_new(session: Session, new: Sequence[EnquiryFacts], *, mark: bool = True) -> None:
    """Facts of enquiries that have none yet: plain multi-row inserts (and their days marked
    stale, unless the caller builds the per-day figures itself)."""
    if not new:
        return
    if mark:
        _mark(session, [(f.origin_company_id, f.received_at) for f in new])
    session.execute(insert(ReportEnquiry), [_enquiry_values(f) for f in new])
    rounds = [{"enquiry_id": f.enquiry_id, **_round_values(r)} for f in new for r in f.rounds]
    steps = [{"enquiry_id": f.enquiry_id, **_step_values(s)} for f in new for s in f.steps]
    if rounds:
        session.execute(insert(ReportRound), rounds)
    if steps:
        session.execute(insert(ReportStep), steps)


def update(session: Session, facts: EnquiryFacts) -> None:
    """Store `facts` over the enquiry's earlier ones: only what changed is written."""
    eid = facts.enquiry_id
    row = session.get(ReportEnquiry, eid)
    received = [(facts.origin_company_id, facts.received_at)]
    if row is not None:
        received.append((row.origin_company_id, row.received_at))
    _mark(session, received)
    if row is None:
        session.add(ReportEnquiry(**_enquiry_values(facts)))
    else:
        _assign(row, _enquiry_values(facts))
    rounds = {r.round: r for r in session.scalars(select(ReportRound).where(ReportRound.enquiry_id == eid))}
    steps = {s.seq: s for s in session.scalars(select(ReportStep).where(ReportStep.enquiry_id == eid))}
    for fact in facts.rounds:
        round_row = rounds.pop(fact.round, None)
        if round_row is None:
            round_row = ReportRound(enquiry_id=eid)
            session.add(round_row)
        _assign(round_row, _round_values(fact))
    for step in facts.steps:
        step_row = steps.pop(step.seq, None)
        if step_row is None:
            step_row = ReportStep(enquiry_id=eid)
            session.add(step_row)
        _assign(step_row, _step_values(step))
    for gone in (*rounds.values(), *steps.values()):
        session.delete(gone)


def rebuild(session: Session, *, chunk: int = REBUILD_CHUNK, cube: bool = True) -> int:
    """Derive every enquiry's facts again from its stored events; returns how many enquiries.
    With `cube`, head office's per-day figures are built again from them (report_cube).

    Used by the migration that created the tables (before the per-day figures' tables existed:
    cube=False); safe to run again (it replaces them)."""
    for table in (ReportStep, ReportRound, ReportEnquiry):
        session.execute(delete(table))
    companies = load_companies(session)
    ids = list(session.scalars(select(EnquiryRow.id).order_by(EnquiryRow.id)))
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        states = {
            eid: Enquiry.model_validate_json(state)
            for eid, state in session.execute(
                select(EnquiryRow.id, EnquiryRow.state).where(EnquiryRow.id.in_(part))
            )
        }
        events: dict[str, list[FactEvent]] = {eid: [] for eid in part}
        query = select(EventRow).where(EventRow.enquiry_id.in_(part)).order_by(EventRow.id)
        for event_row in session.scalars(query):
            events[event_row.enquiry_id].append(fact_event(event_row))
        insert_new(
            session,
            [derive(states[eid], events[eid], companies.calendars, companies.territories) for eid in part],
            mark=False,
        )
        session.expunge_all()
    if cube:
        report_cube.build(session)
    return len(ids)
