"""`/sync/pull` (DESIGN.md, Sync 3): the caller's company's change feed after a cursor.

Rows are already projected for each company when written (`views.write_views`), so a pull is one
indexed range scan that copies stored JSON text into the answer without parsing it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from central.store.sync import MutationResult, SyncView

MAX_RESULTS = 500


@dataclass(frozen=True)
class Page:
    cursor: int
    changes_json: list[str]
    has_more: bool


def pull_page(session: Session, *, company_id: str, person_id: str, cursor: int, limit: int) -> Page:
    query = (
        select(SyncView.entity, SyncView.entity_id, SyncView.seq, SyncView.visible, SyncView.data)
        .where(SyncView.company_id == company_id, SyncView.seq > cursor)
        .where(or_(SyncView.person_id.is_(None), SyncView.person_id == person_id))
        .order_by(SyncView.seq)
        .limit(limit + 1)
    )
    if cursor <= 0:
        query = query.where(SyncView.visible.is_(True))  # a snapshot: what is visible now, no del
    rows = session.execute(query).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    changes = []
    for entity, entity_id, _seq, visible, data in rows:
        if visible:
            changes.append(f'{{"op":"put","entity":"{entity}","id":{_quote(entity_id)},"data":{data}}}')
        else:
            changes.append(f'{{"op":"del","entity":"{entity}","id":{_quote(entity_id)}}}')
    new_cursor = rows[-1][2] if rows else cursor
    return Page(cursor=new_cursor, changes_json=changes, has_more=has_more)


def _quote(value: str) -> str:
    return json.dumps(value)


def recent_results(session: Session, *, client_id: str, after: int) -> list[MutationResult]:
    """The client's mutation results after `after`, oldest first, at most MAX_RESULTS at a time."""
    query = (
        select(MutationResult)
        .where(MutationResult.client_id == client_id, MutationResult.mutation_id > after)
        .order_by(MutationResult.mutation_id)
        .limit(MAX_RESULTS)
    )
    return list(session.scalars(query).all())


def latest_seq(session: Session, *, company_id: str, person_id: str) -> int:
    """The newest change number the caller may see (what a poke compares the client's cursor to)."""
    from sqlalchemy import func

    query = select(func.max(SyncView.seq)).where(
        SyncView.company_id == company_id, or_(SyncView.person_id.is_(None), SyncView.person_id == person_id)
    )
    return int(session.scalar(query) or 0)
