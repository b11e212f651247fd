"""Write what the user sees into the cache: flat columns, journal tables and the search index.

Everything here runs inside the caller's transaction on a plain DB-API-like SQLAlchemy
connection; callers decide the transaction boundaries (one per pull page, one per user action).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection

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
        # '' rather than NULL in what lists sort on: keyset paging compares (column, rowid) pairs.
        "holder_id": data.get("holder_id") or "",
        "assigned_by": data.get("assigned_by") or "",
        "colleague_id": data.get("colleague_id") or "",
        "type": data.get("type", ""),
        "product_interest": data.get("product_interest", ""),
        "channel": data.get("channel", ""),
        "received_at": iso_utc(data.get("received_at")),
        "deadline": iso_utc(offer.get("deadline")) or "",
        "contact_name": name,
        "email": contact.get("email", ""),
        "phone": contact.get("phone", ""),
        "postcode": contact.get("postcode", ""),
        "city": contact.get("city", ""),
        "country": contact.get("country", ""),
        "changed_fields": ",".join(sorted((data.get("changed") or {}).keys())),
        "pending": 1 if pending else 0,
        "updated_at": iso_utc(data.get("updated_at")),
        "json": orjson.dumps(data).decode(),  # compact UTF-8 JSON; ~5x faster than json.dumps
    }


def iso_utc(value: Any) -> str | None:
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
UPSERT = (
    f"INSERT INTO enquiries ({', '.join(FLAT_COLUMNS)}) VALUES ({', '.join('?' for _ in FLAT_COLUMNS)}) "
    "ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c}=excluded.{c}" for c in FLAT_COLUMNS if c != "id")
)
CHUNK = 500  # ids per IN (...) list, well below SQLite's variable limit


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _rowids(conn: Connection, ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        for rowid, eid in conn.exec_driver_sql(
            f"SELECT rowid, id FROM enquiries WHERE id IN ({marks})", tuple(part)
        ):
            found[eid] = rowid
    return found


@dataclass(frozen=True)
class Prepared:
    """The statements' parameters for a batch of visible rows: pure Python, no database needed, so
    the sync engine builds them on its fetch thread while the previous page is being written."""

    ids: list[str]
    flats: list[tuple[Any, ...]]
    journal: list[tuple[str, list[tuple[Any, ...]]]]
    search: list[tuple[str, ...]]  # per row: number, contact, place, product, notes (FTS columns)


def prepare(rows: list[dict[str, Any]], *, company_id: str, pending: set[str]) -> Prepared:
    flats = [flat_row(d, company_id=company_id, pending=d["id"] in pending) for d in rows]
    return Prepared(
        ids=[d["id"] for d in rows],
        flats=[tuple(f[c] for c in FLAT_COLUMNS) for f in flats],
        journal=_journal_rows(rows),
        search=[_search_row(d) for d in rows],
    )


def write_visible(
    conn: Connection,
    rows: list[dict[str, Any]],
    *,
    company_id: str,
    pending: set[str],
    prepared: Prepared | None = None,
) -> None:
    """Store what the user sees for these enquiries (already decided: server state + pending).

    Runs on the raw driver (qmark, executemany): an initial sync writes 100k rows through here.
    `prepared`: `prepare(rows, ...)` done ahead, with the same arguments.
    """
    if not rows:
        return
    batch = prepared or prepare(rows, company_id=company_id, pending=pending)
    existing = _rowids(conn, batch.ids)
    if existing:
        _clear_journal(conn, list(existing))
        conn.exec_driver_sql("DELETE FROM enquiries_fts WHERE rowid = ?", [(r,) for r in existing.values()])
    conn.exec_driver_sql(UPSERT, batch.flats)
    for sql, params in batch.journal:
        if params:
            conn.exec_driver_sql(sql, params)
    # An upsert keeps a row's rowid: only the rows that were new need looking up.
    rowids = existing | _rowids(conn, [i for i in batch.ids if i not in existing])
    conn.exec_driver_sql(
        "INSERT INTO enquiries_fts (rowid, number, contact, place, product, notes) VALUES (?, ?, ?, ?, ?, ?)",
        [(rowids[i], *fields) for i, fields in zip(batch.ids, batch.search, strict=True)],
    )


def set_server_json(conn: Connection, items: list[tuple[str, str | None]]) -> None:
    """Remember the server's projection (id, JSON text or None when `json` already is it)."""
    if items:
        conn.exec_driver_sql("UPDATE enquiries SET server_json = ? WHERE id = ?", [(s, i) for i, s in items])


def clear_server_json(conn: Connection, ids: list[str]) -> None:
    """Forget the server state kept under pending commands (a no-op for rows that had none)."""
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        conn.exec_driver_sql(
            f"UPDATE enquiries SET server_json = NULL WHERE server_json IS NOT NULL AND id IN ({marks})",
            tuple(part),
        )


def delete_enquiries(conn: Connection, ids: Iterable[str]) -> None:
    rowids = _rowids(conn, list(ids))
    if not rowids:
        return
    conn.exec_driver_sql("DELETE FROM enquiries_fts WHERE rowid = ?", [(r,) for r in rowids.values()])
    _clear_journal(conn, list(rowids))
    conn.exec_driver_sql("DELETE FROM enquiries WHERE rowid = ?", [(r,) for r in rowids.values()])


def _clear_journal(conn: Connection, ids: list[str]) -> None:
    params = [(i,) for i in ids]
    for table in JOURNAL_TABLES:
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE enquiry_id = ?", params)


def _journal_rows(rows: list[dict[str, Any]]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    notes, docs, tasks, hist, steps = [], [], [], [], []
    for d in rows:
        eid = d["id"]
        for n in d.get("notes") or ():
            notes.append((n["id"], eid, n.get("author_id"), n.get("company_id"), iso_utc(n["at"]), n["text"]))
        for doc in d.get("documents") or ():
            docs.append(
                (
                    doc["id"],
                    eid,
                    doc.get("author_id"),
                    doc.get("company_id"),
                    iso_utc(doc["at"]),
                    doc["filename"],
                    doc.get("content_type"),
                    doc.get("size"),
                    doc.get("sha256"),
                )
            )
        for t in d.get("tasks") or ():
            tasks.append(
                (
                    t["id"],
                    eid,
                    t.get("author_id"),
                    t.get("company_id"),
                    iso_utc(t["at"]),
                    t["title"],
                    iso_utc(t.get("due_at")),
                    t.get("assignee_id"),
                )
            )
        for i, h in enumerate(d.get("history") or ()):
            hist.append(
                (
                    eid,
                    i,
                    iso_utc(h["at"]),
                    h.get("actor_id"),
                    h.get("company_id"),
                    h["event"],
                    h.get("detail", ""),
                )
            )
        for i, st in enumerate((d.get("external") or {}).get("steps") or ()):
            steps.append(
                (
                    eid,
                    i,
                    st["kind"],
                    iso_utc(st["date"]),
                    st.get("note", ""),
                    st.get("recorded_by"),
                    iso_utc(st.get("at")),
                )
            )
    return [
        ("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?)", notes),
        (
            "INSERT INTO documents (id, enquiry_id, author_id, company_id, at, filename, content_type, size, "
            "sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            docs,
        ),
        ("INSERT INTO tasks VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tasks),
        ("INSERT INTO history VALUES (?, ?, ?, ?, ?, ?, ?)", hist),
        ("INSERT INTO external_steps VALUES (?, ?, ?, ?, ?, ?, ?)", steps),
    ]


def _search_row(d: dict[str, Any]) -> tuple[str, ...]:
    """Full-text index of exactly what the user may see (anonymised rows carry no personal data)."""
    c = d.get("contact") or {}
    return (
        d.get("number") or "",
        " ".join(c.get(k, "") for k in ("first_name", "last_name", "email", "phone", "street")),
        " ".join(c.get(k, "") for k in ("postcode", "city", "country")),
        " ".join((d.get("product_interest") or "", d.get("type") or "", c.get("message", ""))),
        " ".join(n["text"] for n in d.get("notes") or ()),
    )
