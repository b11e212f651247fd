"""Read queries the views need, all filtering and sorting in SQL (indexes, FTS5).

A list page is a light tuple per row (no JSON parsing); one enquiry comes with its journal.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

# Sortable columns: name -> SQL expression (whitelisted: never interpolate user input).
SORTS = {
    "number": "number",
    "status": "status",
    "contact": "contact_name",
    "postcode": "postcode",
    "city": "city",
    "type": "type",
    "product": "product_interest",
    "channel": "channel",
    "received": "received_at",
    "deadline": "deadline",
    "holder": "holder_id",
    "colleague": "colleague_id",
    "changed": "changed_fields",
}
LIST_COLUMNS = (
    "rowid, id, number, status, anonymised, offered_to_us, contact_name, postcode, city, type, "
    "product_interest, channel, received_at, deadline, holder_id, colleague_id, changed_fields, pending, "
    "assigned_by"
)
QUICK_FILTERS = ("all", "mine", "pool", "offered", "assigned_by_me", "returned", "closed")


@dataclass(frozen=True)
class ListQuery:
    quick: str = "all"
    search: str = ""
    sort: str = "received"
    descending: bool = True


def fts_expression(search: str) -> str:
    """User words -> an FTS5 query: every word must match as a prefix; quotes keep it literal."""
    words = re.findall(r"[\w@.+-]+", search, flags=re.UNICODE)
    return " ".join('"' + w.replace('"', "") + '"*' for w in words[:8])


def _where(query: ListQuery, me: str) -> tuple[str, dict[str, Any]]:
    clauses, params = [], {"me": me}
    quick = {
        "mine": "holder_id = :me AND status NOT IN ('discarded', 'won', 'lost')",
        "pool": "holder_id IS NULL AND anonymised = 0 AND status NOT IN ('discarded', 'won', 'lost')",
        "offered": "offered_to_us = 1",
        "assigned_by_me": "assigned_by = :me AND status = 'assigned'",
        "returned": "status IN ('declined', 'expired')",
        "closed": "status IN ('discarded', 'won', 'lost')",
    }.get(query.quick)
    if quick:
        clauses.append(quick)
    expression = fts_expression(query.search)
    if expression:
        clauses.append("rowid IN (SELECT rowid FROM enquiries_fts WHERE enquiries_fts MATCH :fts)")
        params["fts"] = expression
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_by(query: ListQuery) -> str:
    column = SORTS.get(query.sort, "received_at")
    direction = "DESC" if query.descending else "ASC"
    # Offers waiting for our decision always stand on top, soonest deadline first.
    on_top = "offered_to_us DESC, CASE WHEN offered_to_us = 1 THEN deadline END ASC"
    return f" ORDER BY {on_top}, {column} {direction}, rowid"


def count(conn: Connection, query: ListQuery, me: str) -> int:
    where, params = _where(query, me)
    return int(conn.execute(text("SELECT count(*) FROM enquiries" + where), params).scalar_one())


def page(conn: Connection, query: ListQuery, me: str, *, offset: int, limit: int) -> list[tuple[Any, ...]]:
    where, params = _where(query, me)
    sql = f"SELECT {LIST_COLUMNS} FROM enquiries{where}{order_by(query)} LIMIT :limit OFFSET :offset"
    return [tuple(r) for r in conn.execute(text(sql), {**params, "limit": limit, "offset": offset})]


def enquiry(conn: Connection, enquiry_id: str) -> dict[str, Any] | None:
    """One enquiry as the user sees it, with its journal rows and whether it is pending."""
    row = conn.execute(text("SELECT json, pending FROM enquiries WHERE id = :id"), {"id": enquiry_id}).first()
    if row is None:
        return None
    data: dict[str, Any] = json.loads(row.json)
    data["pending"] = bool(row.pending)
    for table, order in (
        ("notes", "at"),
        ("documents", "at"),
        ("tasks", "at"),
        ("history", "idx"),
        ("external_steps", "idx"),
    ):
        rows = conn.execute(
            text(f"SELECT * FROM {table} WHERE enquiry_id = :id ORDER BY {order}"), {"id": enquiry_id}
        )
        data[f"journal_{table}"] = [dict(r._mapping) for r in rows]
    return data


def people(
    conn: Connection, company_id: str | None = None, *, active_only: bool = True
) -> list[dict[str, Any]]:
    sql = "SELECT * FROM people WHERE 1=1"
    params: dict[str, Any] = {}
    if company_id:
        sql += " AND company_id = :c"
        params["c"] = company_id
    if active_only:
        sql += " AND active = 1"
    return [dict(r._mapping) for r in conn.execute(text(sql + " ORDER BY display_name"), params)]


def refusals(conn: Connection, *, unseen_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM refusals" + (" WHERE seen = 0" if unseen_only else "") + " ORDER BY mutation_id DESC"
    return [dict(r._mapping) for r in conn.execute(text(sql))]


def notifications(conn: Connection, *, unread_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM notifications" + (" WHERE read = 0" if unread_only else "") + " ORDER BY at DESC"
    return [dict(r._mapping) for r in conn.execute(text(sql))]
