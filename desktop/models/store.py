"""Write what the user sees into the cache: flat columns, journal tables and the search index.

Everything here runs inside the caller's transaction on a plain DB-API-like SQLAlchemy
connection; callers decide the transaction boundaries (one per pull page, one per user action).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

JOURNAL_TABLES = ("notes", "documents", "tasks", "history", "external_steps")


def flat_row(data: dict[str, Any], *, company_id: str, pending: bool) -> dict[str, Any]:
    contact = data.get("contact") or {}
    offer = data.get("offer") or {}
    name = ", ".join(p for p in (contact.get("last_name", ""), contact.get("first_name", "")) if p)
    return {
        "id": data["id"],
        "number": data.get("number") or "",
        "status": data.get("status", ""),
        "anonymised": 1 if data.get("anonymised") else 0,
        "offered_to_us": 1
        if data.get("status") == "offered" and offer.get("company_id") == company_id
        else 0,
        "owner_company_id": data.get("owner_company_id"),
        "holder_id": data.get("holder_id"),
        "assigned_by": data.get("assigned_by"),
        "colleague_id": data.get("colleague_id"),
        "type": data.get("type", ""),
        "product_interest": data.get("product_interest", ""),
        "channel": data.get("channel", ""),
        "received_at": _utc(data.get("received_at")),
        "deadline": _utc(offer.get("deadline")),
        "contact_name": name,
        "email": contact.get("email", ""),
        "phone": contact.get("phone", ""),
        "postcode": contact.get("postcode", ""),
        "city": contact.get("city", ""),
        "country": contact.get("country", ""),
        "changed_fields": ",".join(sorted((data.get("changed") or {}).keys())),
        "pending": 1 if pending else 0,
        "updated_at": _utc(data.get("updated_at")),
        "json": json.dumps(data, separators=(",", ":"), ensure_ascii=False),
    }


def _utc(value: Any) -> str | None:
    """ISO timestamps normalised to '...Z' so that string order is time order in SQL."""
    if not value:
        return None
    text_value = str(value)
    return text_value.replace("+00:00", "Z")


FLAT_COLUMNS = (
    "id",
    "number",
    "status",
    "anonymised",
    "offered_to_us",
    "owner_company_id",
    "holder_id",
    "assigned_by",
    "colleague_id",
    "type",
    "product_interest",
    "channel",
    "received_at",
    "deadline",
    "contact_name",
    "email",
    "phone",
    "postcode",
    "city",
    "country",
    "changed_fields",
    "pending",
    "updated_at",
    "json",
)
# server_json is left alone on update: it changes only when the server's projection arrives.
UPSERT = text(
    f"INSERT INTO enquiries ({', '.join(FLAT_COLUMNS)}) VALUES ({', '.join(':' + c for c in FLAT_COLUMNS)}) "
    "ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c}=excluded.{c}" for c in FLAT_COLUMNS if c != "id")
)


def write_visible(
    conn: Connection, rows: list[dict[str, Any]], *, company_id: str, pending: set[str]
) -> None:
    """Store what the user sees for these enquiries (already decided: server state + pending)."""
    if not rows:
        return
    flats = [flat_row(d, company_id=company_id, pending=d["id"] in pending) for d in rows]
    conn.execute(UPSERT, flats)
    ids = [d["id"] for d in rows]
    _clear_journal(conn, ids)
    _write_journal(conn, rows)
    _index(conn, rows)


def set_server_json(conn: Connection, items: list[tuple[str, str]]) -> None:
    """Remember the server's projection (id, JSON text) of enquiries already written visibly."""
    if not items:
        return
    conn.execute(
        text("UPDATE enquiries SET server_json = :s WHERE id = :id"), [{"id": i, "s": s} for i, s in items]
    )


def delete_enquiries(conn: Connection, ids: Iterable[str]) -> None:
    params = [{"id": i} for i in ids]
    if not params:
        return
    conn.execute(
        text("DELETE FROM enquiries_fts WHERE rowid = (SELECT rowid FROM enquiries WHERE id = :id)"), params
    )
    _clear_journal(conn, [p["id"] for p in params])
    conn.execute(text("DELETE FROM enquiries WHERE id = :id"), params)


def _clear_journal(conn: Connection, ids: list[str]) -> None:
    params = [{"id": i} for i in ids]
    for table in JOURNAL_TABLES:
        conn.execute(text(f"DELETE FROM {table} WHERE enquiry_id = :id"), params)


def _write_journal(conn: Connection, rows: list[dict[str, Any]]) -> None:
    notes, docs, tasks, hist, steps = [], [], [], [], []
    for d in rows:
        eid = d["id"]
        for n in d.get("notes") or ():
            notes.append(
                {
                    "id": n["id"],
                    "e": eid,
                    "a": n.get("author_id"),
                    "c": n.get("company_id"),
                    "at": _utc(n["at"]),
                    "t": n["text"],
                }
            )
        for doc in d.get("documents") or ():
            docs.append(
                {
                    "id": doc["id"],
                    "e": eid,
                    "a": doc.get("author_id"),
                    "c": doc.get("company_id"),
                    "at": _utc(doc["at"]),
                    "f": doc["filename"],
                    "ct": doc.get("content_type"),
                    "s": doc.get("size"),
                    "h": doc.get("sha256"),
                }
            )
        for t in d.get("tasks") or ():
            tasks.append(
                {
                    "id": t["id"],
                    "e": eid,
                    "a": t.get("author_id"),
                    "c": t.get("company_id"),
                    "at": _utc(t["at"]),
                    "t": t["title"],
                    "due": _utc(t.get("due_at")),
                    "as": t.get("assignee_id"),
                }
            )
        for i, h in enumerate(d.get("history") or ()):
            hist.append(
                {
                    "e": eid,
                    "i": i,
                    "at": _utc(h["at"]),
                    "a": h.get("actor_id"),
                    "c": h.get("company_id"),
                    "ev": h["event"],
                    "d": h.get("detail", ""),
                }
            )
        for i, s in enumerate((d.get("external") or {}).get("steps") or ()):
            steps.append(
                {
                    "e": eid,
                    "i": i,
                    "k": s["kind"],
                    "d": _utc(s["date"]),
                    "n": s.get("note", ""),
                    "r": s.get("recorded_by"),
                    "at": _utc(s.get("at")),
                }
            )
    if notes:
        conn.execute(text("INSERT INTO notes VALUES (:id, :e, :a, :c, :at, :t)"), notes)
    if docs:
        conn.execute(
            text(
                "INSERT INTO documents (id, enquiry_id, author_id, company_id, at, filename, "
                "content_type, size, sha256) VALUES (:id, :e, :a, :c, :at, :f, :ct, :s, :h)"
            ),
            docs,
        )
    if tasks:
        conn.execute(text("INSERT INTO tasks VALUES (:id, :e, :a, :c, :at, :t, :due, :as)"), tasks)
    if hist:
        conn.execute(text("INSERT INTO history VALUES (:e, :i, :at, :a, :c, :ev, :d)"), hist)
    if steps:
        conn.execute(text("INSERT INTO external_steps VALUES (:e, :i, :k, :d, :n, :r, :at)"), steps)


def _index(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Full-text index of exactly what the user may see (anonymised rows carry no personal data)."""
    params = []
    for d in rows:
        c = d.get("contact") or {}
        params.append(
            {
                "id": d["id"],
                "number": d.get("number") or "",
                "contact": " ".join(
                    c.get(k, "") for k in ("first_name", "last_name", "email", "phone", "street")
                ),
                "place": " ".join(c.get(k, "") for k in ("postcode", "city", "country")),
                "product": " ".join(
                    (d.get("product_interest") or "", d.get("type") or "", c.get("message", ""))
                ),
                "notes": " ".join(n["text"] for n in d.get("notes") or ()),
            }
        )
    conn.execute(
        text("DELETE FROM enquiries_fts WHERE rowid = (SELECT rowid FROM enquiries WHERE id = :id)"),
        [{"id": p["id"]} for p in params],
    )
    conn.execute(
        text(
            "INSERT INTO enquiries_fts (rowid, number, contact, place, product, notes) "
            "SELECT rowid, :number, :contact, :place, :product, :notes FROM enquiries WHERE id = :id"
        ),
        params,
    )
