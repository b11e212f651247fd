"""Read queries for the survey area and the call screen; filtering and sorting in SQL.

The contact list pages like the enquiry list (desktop/models/queries.py): the caller's own
follow-ups due today on top, then the rest by `(sort column, rowid)` with keyset paging, '' instead
of NULL in the sort columns, one `(survey_id, column)` index per sort order, and a trigram FTS5
index over the names for searches of three letters or more.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from desktop.models.queries import Conn, at_least_common, fetch_dicts, fetch_rows

# Sort key -> (column, the index that walks `survey_id = ? ORDER BY column, rowid`).
SORTS = {
    "name": ("person_name", "ix_survey_contacts_list"),
    "status": ("done", "ix_survey_contacts_status"),
    "rating": ("rating", "ix_survey_contacts_rating"),
    "follow_up": ("follow_up_at", "ix_survey_contacts_follow"),
    "agent": ("agent_id", "ix_survey_contacts_agent_only"),
    "appointment": ("appointment_day", "ix_survey_contacts_appointment"),
    "updated": ("updated_at", "ix_survey_contacts_updated"),
}
FILTERS = ("all", "open", "follow_up", "due_today", "done", "appointment")
COLUMNS = (
    "id, person_name, done, rating, follow_up_at, agent_id, appointment_day, contact_made, pending, "
    "updated_at, rowid"
)
# Where each sort column and the rowid sit in a row (COLUMNS, then the on-top flag), for keyset paging.
_NAMES = COLUMNS.replace(" ", "").split(",")
SORT_POSITION = {key: _NAMES.index(column) for key, (column, _) in SORTS.items()}
ROWID_POSITION = _NAMES.index("rowid")
ON_TOP_POSITION = len(_NAMES)
# Trigrams need three letters; shorter searches test the name on the rows walked (LIKE).
MIN_INDEXED = 3
MINE = "agent_id = :me AND done = 0 AND follow_up_at > '' AND follow_up_at <= :end"


@dataclass(frozen=True)
class ContactQuery:
    """What the list shows. `after` is a position, not a filter: the (sort value, rowid) of the last
    row of the rest already shown; `page` then returns the rest after it (the model's next block)."""

    survey_id: str
    filter: str = "all"
    search: str = ""
    sort: str = "name"
    descending: bool = False
    after: tuple[Any, int] | None = None


def after_row(q: ContactQuery, row: tuple[Any, ...]) -> ContactQuery:
    """The query for the rows after `row` (a rest row of `q`, as `page` returned it)."""
    return replace(q, after=(row[SORT_POSITION[q.sort if q.sort in SORTS else "name"]], row[ROWID_POSITION]))


def on_top(row: tuple[Any, ...]) -> bool:
    """Whether `row` is one of the caller's follow-ups due today (listed first, whatever the order)."""
    return bool(row[ON_TOP_POSITION])


FILTER_SQL = {
    "open": "done = 0",
    "follow_up": "done = 0 AND follow_up_at > ''",
    "due_today": "done = 0 AND follow_up_at > '' AND follow_up_at <= :end",
    "done": "done = 1",
    "appointment": "appointment_day > ''",
}
FTS_ROWS = "rowid IN (SELECT rowid FROM survey_contacts_fts WHERE survey_contacts_fts MATCH :fts)"


def _where(q: ContactQuery, me: str, today_end: str) -> tuple[list[str], dict[str, Any]]:
    clauses = ["survey_id = :s"]
    params: dict[str, Any] = {"s": q.survey_id, "me": me, "end": today_end}
    if q.filter in FILTER_SQL:
        clauses.append(FILTER_SQL[q.filter])
    search = q.search.strip()
    if search:
        # LIKE decides (ASCII case-insensitive substring, as always); the trigram index, which
        # matches a superset, only narrows down the rows LIKE looks at when the name is rare.
        clauses.append("person_name LIKE :name ESCAPE '\\'")
        escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["name"] = f"%{escaped}%"
        if len(search) >= MIN_INDEXED:
            params["fts"] = '"' + search.replace('"', '""') + '"'
    return clauses, params


def top(conn: Conn, q: ContactQuery, *, me: str, today_end: str) -> list[tuple[Any, ...]]:
    """The caller's follow-ups due by the end of today, soonest first: a short list, always on top."""
    clauses, params = _where(q, me, today_end)
    where = " AND ".join([*clauses, MINE])
    sql = f"SELECT {COLUMNS}, 1 FROM survey_contacts WHERE {where} ORDER BY follow_up_at, rowid"
    return fetch_rows(conn, sql, params)


def rest(conn: Conn, q: ContactQuery, *, me: str, today_end: str, limit: int) -> list[tuple[Any, ...]]:
    """Everything but the rows on top, in the chosen order, `limit` rows after `q.after`.

    A filter and a name that each match many contacts (COMMON_SEARCH or more): walk the sort
    column's index from `q.after` and test each row, a block's work at row 400 as at row 49,000.
    A rare filter or name: find those contacts first (filter index, trigram index) and sort only
    them; the `+` keeps SQLite from walking the sort index instead. Names shorter than a trigram
    count as common. The two counts stop at COMMON_SEARCH and read indexes only.
    """
    clauses, params = _where(q, me, today_end)
    common = q.filter not in FILTER_SQL or at_least_common(
        conn, f"SELECT 1 FROM survey_contacts WHERE survey_id = :s AND {FILTER_SQL[q.filter]}", params
    )
    if "fts" in params and not at_least_common(
        conn, "SELECT 1 FROM survey_contacts_fts WHERE survey_contacts_fts MATCH :fts", params
    ):
        common = False
        # The few named rows drive the query: `+` keeps SQLite from scanning the survey's index.
        clauses = ["+survey_id = :s", *clauses[1:], FTS_ROWS]
    clauses.append(f"NOT ({MINE})")
    column, index = SORTS.get(q.sort, SORTS["name"])
    key = column if common else f"+{column}"
    direction, compare = ("DESC", "<") if q.descending else ("ASC", ">")
    if q.after is not None:
        clauses.append(f"({key}, rowid) {compare} (:after_value, :after_rowid)")
        params.update(after_value=q.after[0], after_rowid=q.after[1])
    source = f"survey_contacts INDEXED BY {index}" if common else "survey_contacts"
    sql = (
        f"SELECT {COLUMNS}, 0 FROM {source} WHERE {' AND '.join(clauses)} "
        f"ORDER BY {key} {direction}, rowid {direction} LIMIT :limit"
    )
    return fetch_rows(conn, sql, {**params, "limit": limit})


def page(
    conn: Conn,
    q: ContactQuery,
    *,
    me: str,
    today_end: str,
    offset: int,
    limit: int,
) -> list[tuple[Any, ...]]:
    """Rows `offset`..`offset+limit` of the list, `top` first; with `q.after`, of the rest after that
    position. The list model asks with `after` (see `after_row`): an offset into the rest walks
    every row before it."""
    if q.after is not None:
        return rest(conn, q, me=me, today_end=today_end, limit=offset + limit)[offset:]
    first = top(conn, q, me=me, today_end=today_end)
    rows = first[offset : offset + limit]
    skip = max(0, offset - len(first))
    if len(rows) < limit:
        rows += rest(conn, q, me=me, today_end=today_end, limit=skip + limit - len(rows))[skip:]
    return rows


def surveys(conn: Conn) -> list[dict[str, Any]]:
    return [json.loads(r[0]) for r in fetch_rows(conn, "SELECT json FROM surveys ORDER BY name")]


def contact(conn: Conn, contact_id: str) -> dict[str, Any] | None:
    found = fetch_rows(conn, "SELECT json, pending FROM survey_contacts WHERE id = :id", {"id": contact_id})
    if not found:
        return None
    data: dict[str, Any] = json.loads(found[0][0])
    data["pending"] = bool(found[0][1])
    data["history"] = fetch_dicts(
        conn, "SELECT * FROM contact_history WHERE contact_id = :id ORDER BY at DESC", {"id": contact_id}
    )
    return data


def next_for_agent(conn: Conn, survey_id: str, agent_id: str, now: str) -> str | None:
    """The agent's next call: follow-ups due now first, then contacts nobody has reached yet."""
    due = fetch_rows(
        conn,
        "SELECT id FROM survey_contacts WHERE survey_id = :s AND agent_id = :a AND done = 0 "
        "AND follow_up_at > '' AND follow_up_at <= :now "
        "ORDER BY follow_up_at LIMIT 1",
        {"s": survey_id, "a": agent_id, "now": now},
    )
    if due:
        return str(due[0][0])
    fresh = fetch_rows(
        conn,
        "SELECT id FROM survey_contacts WHERE survey_id = :s AND agent_id = :a AND done = 0 "
        "AND contact_made = 0 "
        "AND follow_up_at = '' ORDER BY person_name LIMIT 1",
        {"s": survey_id, "a": agent_id},
    )
    return str(fresh[0][0]) if fresh else None
