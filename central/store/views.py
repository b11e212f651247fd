"""Keep `sync_views` current: after a change, every affected company's row gets a fresh sequence.

Sequence numbers are taken in one `UPDATE counters ... RETURNING` as the last write of the
transaction, so commits and cursor order agree (see `Counter`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from central.store.enquiries import Counter
from central.store.sync import SyncView
from enquiries import privacy
from enquiries.state import Enquiry

CHANGE_SEQ = "change_seq"


@dataclass(frozen=True)
class ViewRow:
    company_id: str
    entity: str
    entity_id: str
    data: dict[str, Any] | None  # None: no longer visible to this company
    person_id: str | None = None
    erased: bool = False  # gone for good (central/store/erasure.py): the `del` says so


ERASED = '{"erased":true}'  # an invisible row's data when it was erased


def take_sequence(session: Session, count: int) -> int:
    """Reserve `count` change numbers; returns the first. Locks the counter until commit."""
    result = session.execute(
        update(Counter)
        .where(Counter.name == CHANGE_SEQ)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if result is None:
        session.add(Counter(name=CHANGE_SEQ, value=count))
        session.flush()
        result = count
    return int(result) - count + 1


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str)


def write_views(session: Session, rows: Sequence[ViewRow]) -> None:
    if not rows:
        return
    first = take_sequence(session, len(rows))
    values = [
        {
            "company_id": r.company_id,
            "entity": r.entity,
            "entity_id": r.entity_id,
            "person_id": r.person_id,
            "seq": first + i,
            "visible": r.data is not None,
            "data": dump(r.data) if r.data is not None else (ERASED if r.erased else None),
        }
        for i, r in enumerate(rows)
    ]
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(SyncView).values(values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["company_id", "entity", "entity_id"],
        set_={
            "seq": stmt.excluded.seq,
            "visible": stmt.excluded.visible,
            "data": stmt.excluded.data,
            "person_id": stmt.excluded.person_id,
        },
    )
    session.execute(stmt)


DEFER_KEY = "deferred_views"


def queue_views(session: Session, rows: Sequence[ViewRow]) -> None:
    """Write `rows` now, or at the end of the batch when the caller deferred them (`deferred_views`).
    Now: after a flush of what the change wrote. Deferred: one flush for the whole batch."""
    pending = session.info.get(DEFER_KEY)
    if pending is None:
        session.flush()
        write_views(session, rows)
    else:
        pending.extend(rows)


@contextmanager
def deferred_views(session: Session) -> Iterator[None]:
    """Collect view rows of many changes and write them once, the newest per entity and company:
    one sequence reservation and one insert for a whole push batch instead of one per mutation."""
    session.info[DEFER_KEY] = []
    try:
        yield
        rows: dict[tuple[str, str, str], ViewRow] = {}
        for row in session.info[DEFER_KEY]:
            rows.pop((row.company_id, row.entity, row.entity_id), None)
            rows[(row.company_id, row.entity, row.entity_id)] = row  # the last projection wins
        session.flush()
        write_views(session, list(rows.values()))
    finally:
        session.info.pop(DEFER_KEY, None)


def enquiry_views(before: Enquiry | None, after: Enquiry) -> list[ViewRow]:
    """The enquiry as each company that saw it before or sees it now should have it."""
    companies = set(privacy.visible_companies(after))
    if before is not None:
        companies |= privacy.visible_companies(before)
    return [ViewRow(c, "enquiry", after.id, privacy.project(after, c)) for c in sorted(companies)]
