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
    where, params = _where(q, me, today_end)
    column = SORTS.get(q.sort, "person_name")
    direction = "DESC" if q.descending else "ASC"
    # An agent's own follow-ups due today stand on top.
    on_top = "CASE WHEN agent_id = :me AND done = 0 AND follow_up_at <= :end THEN 0 ELSE 1 END, follow_up_at"
    sql = (
        f"SELECT {COLUMNS} FROM survey_contacts{where} ORDER BY {on_top}, {column} {direction}, id "
        "LIMIT :limit OFFSET :offset"
    )
    return [tuple(r) for r in conn.execute(text(sql), {**params, "limit": limit, "offset": offset})]


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
