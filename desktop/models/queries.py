"""Read queries the views need, all filtering and sorting in SQL (indexes, FTS5).

A list page is a light tuple per row (no JSON parsing); one enquiry comes with its journal.

No SQLAlchemy here: every query runs on the plain `sqlite3` connection, so the window can show its
first page from `desktop.models.cache.open_reader` before the sync stack (SQLAlchemy, httpx, the
rules) is even imported. A SQLAlchemy `Connection` is accepted too (tests, scripts): its driver
connection runs the same SQL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import sqlite3  # for types only: a cache is SQLCipher's (issue 14), its module loaded instead

# A `sqlite3.Connection`, or a SQLAlchemy `Connection` over one.
Conn = Any

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
MIN_WORD = 2
# A search matching more rows than this walks the sort column's index instead (see rest_page).
COMMON_SEARCH = 2000
SORT_INDEX = {
    "number": "ix_enquiries_number",
    "status": "ix_enquiries_status",
    "contact": "ix_enquiries_name",
    "postcode": "ix_enquiries_postcode",
    "city": "ix_enquiries_city",
    "type": "ix_enquiries_type",
    "product": "ix_enquiries_product",
    "channel": "ix_enquiries_channel",
    "received": "ix_enquiries_received",
    "deadline": "ix_enquiries_deadline",
    "holder": "ix_enquiries_holder_only",
    "colleague": "ix_enquiries_colleague",
    "changed": "ix_enquiries_changed",
}
QUICK_FILTERS = ("all", "mine", "pool", "offered", "assigned_by_me", "returned", "closed")
REPORT = "report"  # not a quick filter of its own: the list of a report's cell (ListQuery.ids)


@dataclass(frozen=True)
class ListQuery:
    quick: str = "all"
    search: str = ""
    sort: str = "received"
    descending: bool = True
    ids: tuple[str, ...] = ()  # quick "report": the enquiries behind a report's cell


def fts_expression(search: str) -> str:
    """User words -> an FTS5 query: every word must match as a prefix; quotes keep it literal."""
    # One letter matches half the list and the index has no one-letter prefixes: wait for two.
    words = [w for w in re.findall(r"[\w@.+-]+", search, flags=re.UNICODE) if len(w) >= MIN_WORD]
    return " ".join('"' + w.replace('"', "") + '"*' for w in words[:8])


def _where(query: ListQuery, me: str, *, search_within: str = "") -> tuple[list[str], dict[str, Any]]:
    """WHERE clauses and parameters; `search_within` narrows the full-text search to some rows
    (a subquery of rowids) so that SQLite never collects every match of a common word."""
    clauses, params = [], {"me": me}
    quick = {
        "mine": "holder_id = :me AND status NOT IN ('discarded', 'won', 'lost')",
        "pool": "holder_id = '' AND anonymised = 0 AND status NOT IN ('discarded', 'won', 'lost')",
        "offered": "offered_to_us = 1",
        "assigned_by_me": "assigned_by = :me AND status = 'assigned'",
        "returned": "status IN ('declined', 'expired')",
        "closed": "status IN ('discarded', 'won', 'lost')",
    }.get(query.quick)
    if quick:
        clauses.append(quick)
    if query.quick == REPORT:
        clauses.append("id IN (SELECT value FROM json_each(:ids))")
        params["ids"] = json.dumps(list(query.ids))
    expression = fts_expression(query.search)
    if expression:
        within = f" AND rowid IN ({search_within})" if search_within else ""
        clauses.append(f"rowid IN (SELECT rowid FROM enquiries_fts WHERE enquiries_fts MATCH :fts{within})")
        params["fts"] = expression
    return clauses, params


def driver(conn: Conn) -> sqlite3.Connection:
    """The plain `sqlite3` connection: `conn` itself, or the driver under a SQLAlchemy `Connection`
    (the same connection, so SQL run here is inside that connection's transaction)."""
    under = getattr(conn, "connection", None)  # a SQLAlchemy Connection: the same SQL on its driver
    if under is None:
        return conn  # sqlite3's or SQLCipher's (same DB-API, another class) own connection
    raw = under.driver_connection
    assert raw is not None
    return cast("sqlite3.Connection", raw)


def fetch_rows(conn: Conn, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
    return _execute(conn, sql, params).fetchall()


def fetch_dicts(conn: Conn, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    cursor = _execute(conn, sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _execute(conn: Conn, sql: str, params: Mapping[str, Any] | None = None) -> sqlite3.Cursor:
    return driver(conn).execute(sql, dict(params or {}))


def _sql_where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


# Where each sort column sits in a list row (LIST_COLUMNS), for keyset paging.
SORT_POSITION = {
    name: LIST_COLUMNS.replace(" ", "").split(",").index(column) for name, column in SORTS.items()
}


def pending_count(conn: Conn) -> int:
    """Local commands not yet acknowledged by the server (the outbox)."""
    return int(fetch_rows(conn, "SELECT count(*) FROM outbox")[0][0])


def offers_on_top(conn: Conn, query: ListQuery, me: str) -> list[tuple[Any, ...]]:
    """Offers waiting for our decision, soonest deadline first: always few, always on top.

    The search is asked only about the offers' rowids: "Mü" matches 169,000 of 1M enquiries, and
    collecting them all to find the one offer among them took 16-24 ms; this way it is ~1 ms."""
    clauses, params = _where(query, me, search_within="SELECT rowid FROM enquiries WHERE offered_to_us = 1")
    where = _sql_where([*clauses, "offered_to_us = 1"])
    sql = f"SELECT {LIST_COLUMNS} FROM enquiries{where} ORDER BY deadline, rowid"
    return fetch_rows(conn, sql, params)


def rest_page(
    conn: Conn, query: ListQuery, me: str, *, limit: int, after: tuple[Any, ...] | None = None
) -> list[tuple[Any, ...]]:
    """Everything but the offers, in the chosen order, `limit` rows after the row `after`.

    Keyset paging: `(column, rowid)` beyond the last row seen walks the column's index from there,
    so the next block costs the same at row 400 and at row 900,000 (OFFSET would re-scan).
    The unary `+` keeps SQLite from choosing the offers index for the `offered_to_us` test.
    """
    clauses, params = _where(query, me)
    column = SORTS.get(query.sort, "received_at")
    direction, compare = ("DESC", "<") if query.descending else ("ASC", ">")
    clauses = [*clauses, "+offered_to_us = 0"]
    if after is not None:
        clauses.append(f"({column}, rowid) {compare} (:after_value, :after_rowid)")
        params.update(
            after_value=after[SORT_POSITION[query.sort if query.sort in SORTS else "received"]],
            after_rowid=after[0],
        )
    source = "enquiries"
    if "fts" in params and _is_common(conn, str(params["fts"])):
        # Many matches: walking the sort order and testing each row against the search is faster
        # than sorting every match; few matches: SQLite's own plan (search first) is the faster.
        source = f"enquiries INDEXED BY {SORT_INDEX.get(query.sort, 'ix_enquiries_received')}"
    sql = (
        f"SELECT {LIST_COLUMNS} FROM {source}{_sql_where(clauses)} "
        f"ORDER BY {column} {direction}, rowid {direction} LIMIT :limit"
    )
    return fetch_rows(conn, sql, {**params, "limit": limit})


def at_least_common(conn: Conn, sql: str, params: Mapping[str, Any]) -> bool:
    """Whether `sql` (SELECT 1 ...) finds COMMON_SEARCH rows; stops counting there."""
    capped = f"SELECT count(*) FROM ({sql} LIMIT :cap)"
    return int(fetch_rows(conn, capped, {**params, "cap": COMMON_SEARCH})[0][0]) >= COMMON_SEARCH


def _is_common(conn: Conn, expression: str) -> bool:
    return at_least_common(
        conn, "SELECT 1 FROM enquiries_fts WHERE enquiries_fts MATCH :fts", {"fts": expression}
    )


def page(conn: Conn, query: ListQuery, me: str, *, offset: int, limit: int) -> list[tuple[Any, ...]]:
    """Rows `offset`..`offset+limit` of the whole list (offers on top, then the rest); for tests and
    callers that think in offsets. The list model pages with `offers_on_top` and `rest_page`."""
    top = offers_on_top(conn, query, me)
    rows = top[offset : offset + limit]
    if len(rows) < limit:
        skip = max(0, offset - len(top))
        rows += rest_page(conn, query, me, limit=skip + limit - len(rows))[skip:]
    return rows


def enquiry(conn: Conn, enquiry_id: str) -> dict[str, Any] | None:
    """One enquiry as the user sees it, with its journal rows and whether it is pending."""
    found = fetch_rows(conn, "SELECT json, pending FROM enquiries WHERE id = :id", {"id": enquiry_id})
    if not found:
        return None
    data: dict[str, Any] = json.loads(found[0][0])
    data["pending"] = bool(found[0][1])
    for table, order in (
        ("notes", "at"),
        ("documents", "at"),
        ("tasks", "at"),
        ("history", "idx"),
        ("external_steps", "idx"),
    ):
        data[f"journal_{table}"] = fetch_dicts(
            conn, f"SELECT * FROM {table} WHERE enquiry_id = :id ORDER BY {order}", {"id": enquiry_id}
        )
    return data


def people(conn: Conn, company_id: str | None = None, *, active_only: bool = True) -> list[dict[str, Any]]:
    sql = "SELECT * FROM people WHERE 1=1"
    params: dict[str, Any] = {}
    if company_id:
        sql += " AND company_id = :c"
        params["c"] = company_id
    if active_only:
        sql += " AND active = 1"
    return fetch_dicts(conn, sql + " ORDER BY display_name", params)


def refusals(conn: Conn, *, unseen_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM refusals" + (" WHERE seen = 0" if unseen_only else "") + " ORDER BY mutation_id DESC"
    return fetch_dicts(conn, sql)


def notifications(conn: Conn, *, unread_only: bool = False) -> list[dict[str, Any]]:
    """The notifications the panel shows (the person's preferences may keep some out of it:
    `in_app` 0, for e-mail only), newest first."""
    sql = "SELECT * FROM notifications WHERE in_app = 1" + (" AND read = 0" if unread_only else "")
    return fetch_dicts(conn, sql + " ORDER BY at DESC")


def preferences(conn: Conn) -> dict[str, Any] | None:
    """The signed-in person's notification preferences, as the server sent them last."""
    rows = fetch_rows(conn, "SELECT data FROM preferences LIMIT 1")
    return dict(json.loads(rows[0][0])) if rows else None


def companies(conn: Conn) -> list[dict[str, Any]]:
    return fetch_dicts(conn, "SELECT * FROM companies ORDER BY name")


def contacts(conn: Conn) -> list[dict[str, Any]]:
    return fetch_dicts(conn, "SELECT * FROM contacts")


def rows_by_id(conn: Conn, query: ListQuery, me: str, ids: list[str]) -> list[tuple[Any, ...]]:
    """The list rows of `ids` that `query` lists (its filter and search), offers and rest alike:
    what the list model needs to update only the rows a change names."""
    if not ids:
        return []
    clauses, params = _where(query, me)
    clauses = [*clauses, "id IN (SELECT value FROM json_each(:ids))"]
    sql = f"SELECT {LIST_COLUMNS} FROM enquiries{_sql_where(clauses)}"
    return fetch_rows(conn, sql, {**params, "ids": json.dumps(ids)})


def unread_count(conn: Conn) -> int:
    """Unread notifications plus refusals the user has not seen."""
    sql = (
        "SELECT (SELECT count(*) FROM notifications WHERE read = 0 AND in_app = 1) "
        "+ (SELECT count(*) FROM refusals WHERE seen = 0)"
    )
    return int(fetch_rows(conn, sql)[0][0])
