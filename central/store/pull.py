"""`/sync/pull` (DESIGN.md, Sync 3): the caller's company's change feed after a cursor.

Rows are already projected for each company when written (`views.write_views`), so a pull is one
indexed range scan that copies stored JSON text into the answer without parsing it.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from central.store.enquiries import Counter
from central.store.sync import MutationResult, SyncView
from central.store.views import CHANGE_SEQ

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
        elif data:  # erased (views.ERASED): the client purges its search index and log too
            changes.append(f'{{"op":"del","entity":"{entity}","id":{_quote(entity_id)},"erased":true}}')
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


FEED_EPOCH = "feed_epoch"


def feed_state(session: Session) -> tuple[int, int]:
    """(end, epoch) of the change feed, in one read. `end`: the newest change number handed out so
    far; a client cursor beyond it comes from a database this server no longer has (restored from a
    backup). `epoch`: which life of the feed this is; clients send it back with their cursor. It
    changes only when an operator declares the database restored (`enquiry-server feed-restored`).
    Either mismatch means that client must resync from a snapshot."""
    query = select(Counter.name, Counter.value).where(Counter.name.in_((CHANGE_SEQ, FEED_EPOCH)))
    rows = {name: value for name, value in session.execute(query)}
    return int(rows.get(CHANGE_SEQ) or 0), int(rows.get(FEED_EPOCH) or 0)


def renew_feed_epoch(session: Session) -> int:
    """After a restore: every client's cursor is void, each resyncs from a snapshot once."""
    epoch = secrets.randbelow(2**31 - 1) + 1
    row = session.get(Counter, FEED_EPOCH)
    if row is None:
        session.add(Counter(name=FEED_EPOCH, value=epoch))
    else:
        row.value = epoch
    return epoch
