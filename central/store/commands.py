"""Apply one command authoritatively: lock, decide, store, and everything that follows from it.

`execute` is the only writer of enquiries. It runs inside the caller's transaction with the
enquiry row locked (`SELECT ... FOR UPDATE` on PostgreSQL; SQLite serialises writers), so two
racing accepts or an accept racing the deadline job see each other's result, never a stale state.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from central.store import audit, report_facts
from central.store.contacts import ContactRow
from central.store.directory import load_directory
from central.store.documents import DocumentBlob
from central.store.effects import after_events
from central.store.enquiries import Counter, EnquiryRow, EventRow
from central.store.erasure_tables import ErasedEnquiry
from central.store.views import enquiry_views, queue_views
from enquiries.commands import AddDocument, Command, LinkContact
from enquiries.decide import decide
from enquiries.directory import Actor, Directory
from enquiries.events import Event, apply_all
from enquiries.refusals import Refusal, refuse
from enquiries.state import Enquiry


@dataclass(frozen=True)
class Outcome:
    refusal: Refusal | None
    events: list[Event]
    state: Enquiry | None

    @property
    def applied(self) -> bool:
        return self.refusal is None


LOCKED_ROWS = "locked_enquiries"


def lock_enquiries(session: Session, ids: Iterable[str]) -> None:
    """Lock the enquiry rows a whole push batch touches with ONE statement, in id order (so two
    batches never wait on each other crosswise); later lookups in the batch are then free."""
    wanted = sorted(set(ids))
    rows: dict[str, EnquiryRow | None] = dict.fromkeys(wanted)
    for row in session.scalars(
        select(EnquiryRow).where(EnquiryRow.id.in_(wanted)).order_by(EnquiryRow.id).with_for_update()
    ):
        rows[row.id] = row
    session.info[LOCKED_ROWS] = rows


def load_for_update(session: Session, enquiry_id: str) -> tuple[EnquiryRow | None, Enquiry | None]:
    locked: dict[str, EnquiryRow | None] | None = session.info.get(LOCKED_ROWS)
    if locked is not None and enquiry_id in locked:
        row = locked[enquiry_id]  # locked at the start of the batch (None: did not exist then)
    else:
        row = session.get(EnquiryRow, enquiry_id, with_for_update=True)
    return row, (Enquiry.model_validate_json(row.state) if row is not None else None)


def _precheck(session: Session, actor: Actor, command: Command) -> Refusal | None:
    """Checks on ids the rules cannot see: a contact or uploaded file of the actor's company."""
    if isinstance(command, LinkContact) and not command.create:
        contact = session.get(ContactRow, command.contact_id)
        if contact is None or contact.company_id != actor.company_id:
            return refuse("contact_unknown")
    if (
        isinstance(command, LinkContact)
        and command.create
        and session.get(ContactRow, command.contact_id) is not None
    ):
        return refuse("duplicate_item")
    if isinstance(command, AddDocument):
        blob = session.get(DocumentBlob, command.document_id)
        if (
            blob is None
            or blob.company_id != actor.company_id
            or blob.enquiry_id not in (None, command.enquiry_id)
        ):
            return refuse("document_unknown")
    return None


NUMBER_BLOCK = "number_block"


def reserve_numbers(session: Session, year: int, count: int) -> None:
    """Take `count` enquiry numbers of `year` at once (a push batch of creates: one counter update)."""
    if count > 0:
        last = _bump(session, f"enquiry_number_{year}", count)
        session.info[NUMBER_BLOCK] = (year, iter(range(last - count + 1, last + 1)))


def _bump(session: Session, name: str, count: int) -> int:
    value = session.execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if value is None:
        session.add(Counter(name=name, value=count))
        session.flush()
        value = count
    return int(value)


def next_number(session: Session, year: int) -> str:
    block = session.info.get(NUMBER_BLOCK)
    value = next(block[1], None) if block is not None and block[0] == year else None
    if value is None:
        value = _bump(session, f"enquiry_number_{year}", 1)
    return f"E-{year}-{value:04d}"


def execute(
    session: Session, actor: Actor, command: Command, now: datetime, directory: Directory | None = None
) -> Outcome:
    row, state = load_for_update(session, command.enquiry_id)
    if row is None and session.get(ErasedEnquiry, command.enquiry_id) is not None:
        # An offline client's change arriving after the erasure, or a new enquiry under its id.
        return Outcome(refuse("erased"), [], None)
    refusal = _precheck(session, actor, command)
    if refusal is not None:
        return Outcome(refusal, [], state)
    directory = directory or load_directory(session, actor)
    decision = decide(state, actor, command, now, directory)
    if isinstance(decision, Refusal):
        return Outcome(decision, [], state)
    return store(session, row, state, decision, actor=actor, now=now, directory=directory)


def store(
    session: Session,
    row: EnquiryRow | None,
    before: Enquiry | None,
    events: list[Event],
    *,
    actor: Actor,
    now: datetime,
    directory: Directory | None = None,
) -> Outcome:
    """Persist the events' result, their reporting facts, their side effects and the views; the
    one write path."""
    if not events:
        return Outcome(None, [], before)
    after = apply_all(before, events)
    assert after is not None
    if before is None and not after.number:
        after = after.model_copy(update={"number": next_number(session, after.received_at.year)})
    if row is None:
        row = EnquiryRow(id=after.id, version=0)
        session.add(row)
        locked = session.info.get(LOCKED_ROWS)
        if locked is not None:
            locked[row.id] = row  # created in this batch: later mutations of it find it here
    row.number = after.number
    row.origin_company_id = after.origin_company_id
    row.owner_company_id = after.owner_company_id
    row.status = after.status
    row.channel = after.channel
    row.holder_id = after.holder_id
    row.offer_company_id = after.offer.company_id if after.offer else None
    row.offer_deadline = after.offer.deadline if after.offer else None
    row.received_at = after.received_at
    row.updated_at = now
    row.version = (row.version or 0) + 1
    row.state = after.model_dump_json()
    for event in events:
        session.add(
            EventRow(
                enquiry_id=event.enquiry_id,
                name=event.name,
                actor_id=event.actor_id,
                company_id=event.company_id,
                at=event.at,
                info=json.dumps(event.info, default=str),
            )
        )
        if event.info.get("audit"):
            audit.record(
                session,
                action=str(event.info["audit"]),
                at=now,
                actor_id=event.actor_id,
                company_id=event.company_id,
                enquiry_id=after.id,
                previous_owner=event.info.get("previous_owner"),
                new_owner=after.owner_company_id,
            )
    report_facts.record(session, before, after, events)
    views = after_events(session, before, after, events, actor=actor, now=now, directory=directory)
    queue_views(session, [*enquiry_views(before, after), *views])
    return Outcome(None, events, after)
