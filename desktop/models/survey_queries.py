"""Read queries for the survey area and the call screen; filtering and sorting in SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

SORTS = {
    "name": "person_name",
    "status": "done",
    "rating": "rating",
    "follow_up": "follow_up_at",
    "agent": "agent_id",
    "appointment": "appointment_day",
    "updated": "updated_at",
}
FILTERS = ("all", "open", "follow_up", "due_today", "done", "appointment")
COLUMNS = "id, person_name, done, rating, follow_up_at, agent_id, appointment_day, contact_made, pending"


@dataclass(frozen=True)
class ContactQuery:
    survey_id: str
    filter: str = "all"
    search: str = ""
    sort: str = "name"
    descending: bool = False


def _where(q: ContactQuery, me: str, today_end: str) -> tuple[str, dict[str, Any]]:
    clauses = ["survey_id = :s"]
    params: dict[str, Any] = {"s": q.survey_id, "me": me, "end": today_end}
    clauses.append(
        {
            "open": "done = 0",
            "follow_up": "done = 0 AND follow_up_at IS NOT NULL",
            "due_today": "done = 0 AND follow_up_at IS NOT NULL AND follow_up_at <= :end",
            "done": "done = 1",
            "appointment": "appointment_day IS NOT NULL",
        }.get(q.filter, "1=1")
    )
    if q.search.strip():
        clauses.append("person_name LIKE :name ESCAPE '\\'")
        escaped = q.search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["name"] = f"%{escaped}%"
    return " WHERE " + " AND ".join(clauses), params


def page(
    conn: Connection, q: ContactQuery, *, me: str, today_end: str, offset: int, limit: int
) -> list[tuple[Any, ...]]:
    """One page: the caller's own follow-ups due today on top (a short list, soonest first), then the
    rest in the chosen order. Two plain queries rather than one ORDER BY CASE, so that the second
    one walks an index instead of sorting every contact of the survey on each keystroke."""
    where, params = _where(q, me, today_end)
    mine = "agent_id = :me AND done = 0 AND follow_up_at IS NOT NULL AND follow_up_at <= :end"
    top = [
        tuple(r)
        for r in conn.execute(
            text(f"SELECT {COLUMNS} FROM survey_contacts{where} AND {mine} ORDER BY follow_up_at, id"), params
        )
    ]
    rows = top[offset : offset + limit]
    rest_offset = max(0, offset - len(top))
    rest_limit = limit - len(rows)
    if rest_limit > 0:
        column = SORTS.get(q.sort, "person_name")
        direction = "DESC" if q.descending else "ASC"
        sql = (
            f"SELECT {COLUMNS} FROM survey_contacts{where} AND NOT ({mine}) "
            f"ORDER BY {column} {direction}, rowid {direction} LIMIT :limit OFFSET :offset"
        )
        rows += [
            tuple(r) for r in conn.execute(text(sql), {**params, "limit": rest_limit, "offset": rest_offset})
        ]
    return rows


def surveys(conn: Connection) -> list[dict[str, Any]]:
    return [json.loads(r.json) for r in conn.execute(text("SELECT json FROM surveys ORDER BY name"))]


def contact(conn: Connection, contact_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        text("SELECT json, pending FROM survey_contacts WHERE id = :id"), {"id": contact_id}
    ).first()
    if row is None:
        return None
    data: dict[str, Any] = json.loads(row.json)
    data["pending"] = bool(row.pending)
    data["history"] = [
        dict(r._mapping)
        for r in conn.execute(
            text("SELECT * FROM contact_history WHERE contact_id = :id ORDER BY at DESC"), {"id": contact_id}
        )
    ]
    return data


def next_for_agent(conn: Connection, survey_id: str, agent_id: str, now: str) -> str | None:
    """The agent's next call: follow-ups due now first, then contacts nobody has reached yet."""
    due = conn.execute(
        text(
            "SELECT id FROM survey_contacts WHERE survey_id = :s AND agent_id = :a AND done = 0 "
            "AND follow_up_at <= :now "
            "ORDER BY follow_up_at LIMIT 1"
        ),
        {"s": survey_id, "a": agent_id, "now": now},
    ).scalar()
    if due:
        return str(due)
    fresh = conn.execute(
        text(
            "SELECT id FROM survey_contacts WHERE survey_id = :s AND agent_id = :a AND done = 0 "
            "AND contact_made = 0 "
            "AND follow_up_at IS NULL ORDER BY person_name LIMIT 1"
        ),
        {"s": survey_id, "a": agent_id},
    ).scalar()
    return str(fresh) if fresh else None
