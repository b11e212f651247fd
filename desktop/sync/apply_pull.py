"""Apply one pull page to the cache in one transaction (DESIGN.md, Sync 4): the server's state,
then the still-pending outbox decided on top, then the cursor."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from desktop.models.store import (
    Prepared,
    clear_server_json,
    delete_enquiries,
    prepare,
    set_server_json,
    write_visible,
)
from desktop.sync.local_rules import load_actor
from desktop.sync.outbox import meta_get, meta_set, rebuild
from desktop.sync.survey_local import apply_survey_change, rebuild_contacts

SIMPLE = {
    "person": ("people", ("id", "company_id", "display_name", "active", "login", "roles")),
    "company": ("companies", ("id", "name", "kind", "country", "subdivision", "timezone", "active")),
    "contact": (
        "contacts",
        (
            "id",
            "company_id",
            "first_name",
            "last_name",
            "email",
            "phone",
            "street",
            "postcode",
            "city",
            "country",
            "updated_at",
        ),
    ),
    "notification": ("notifications", ("id", "person_id", "kind", "enquiry_id", "actor_id", "at", "read")),
}


def _simple_row(columns: tuple[str, ...], data: dict[str, Any]) -> dict[str, Any]:
    row = {c: data.get(c) for c in columns}
    roles = row.get("roles")
    if isinstance(roles, list):
        row["roles"] = ",".join(roles)
    for flag in ("active", "read"):
        if flag in row:
            row[flag] = 1 if row[flag] else 0
    return row


def enquiry_puts(page: dict[str, Any]) -> list[dict[str, Any]]:
    """The enquiries a page puts, in feed order."""
    return [c["data"] for c in page["changes"] if c["entity"] == "enquiry" and c["op"] == "put"]


def prepare_page(page: dict[str, Any], company_id: str) -> dict[str, Any]:
    """The page with its enquiry rows' statement parameters built ahead (see `store.prepare`);
    `apply_page` uses them. Pure Python: the sync engine runs it on its fetch thread."""
    page["prepared"] = prepare(enquiry_puts(page), company_id=company_id, pending=set())
    return page


def apply_page(conn: Connection, page: dict[str, Any], *, now: datetime) -> dict[str, int]:
    actor = load_actor(conn)
    puts = enquiry_puts(page)
    dels: list[str] = []
    counts = {"put": 0, "del": 0, "refused": 0, "acknowledged": 0}
    pending_before = set(conn.execute(text("SELECT DISTINCT enquiry_id FROM outbox")).scalars())
    for change in page["changes"]:
        counts[change["op"]] += 1
        entity = change["entity"]
        if entity == "enquiry":
            if change["op"] == "del":
                dels.append(change["id"])
            continue
        if apply_survey_change(conn, change, pending_before):
            continue
        if entity not in SIMPLE:
            continue  # an entity this client version does not know yet
        table, columns = SIMPLE[entity]
        if change["op"] == "del":
            conn.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": change["id"]})
        else:
            row = _simple_row(columns, change["data"])
            names = ", ".join(columns)
            values = ", ".join(f":{c}" for c in columns)
            conn.execute(text(f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({values})"), row)
    # 1. What the server applied of ours: refusals become messages, acknowledged rows leave the outbox.
    counts["refused"] = _record_results(conn, page.get("results") or [], now)
    # An outbox row leaves only once its result was seen, so no refusal can slip past unread.
    seen = int(meta_get(conn, "results_seen", "0") or 0)
    acked = min(int(page.get("last_mutation_id") or 0), seen)
    done = set(
        conn.execute(
            text("SELECT DISTINCT enquiry_id FROM outbox WHERE mutation_id <= :m"), {"m": acked}
        ).scalars()
    )
    counts["acknowledged"] = conn.execute(
        text("DELETE FROM outbox WHERE mutation_id <= :m"), {"m": acked}
    ).rowcount
    pending_ids = set(conn.execute(text("SELECT DISTINCT enquiry_id FROM outbox")).scalars())
    # 2. The server's state. `server_json` is kept only where pending commands sit on top of it;
    #    elsewhere `json` IS the server's state (half the disk for a 100k-row cache).
    put_ids = {d["id"] for d in puts}
    prepared: Prepared | None = page.get("prepared")
    write_visible(conn, puts, company_id=actor.company_id, pending=set(), prepared=prepared)
    set_server_json(
        conn,
        [
            (d["id"], json.dumps(d, separators=(",", ":"), ensure_ascii=False))
            for d in puts
            if d["id"] in pending_ids
        ],
    )
    clear_server_json(conn, [d["id"] for d in puts if d["id"] not in pending_ids])
    delete_enquiries(conn, dels)
    # 3. Our pending commands decided again on top; rows whose commands were settled fall back.
    touched = put_ids | set(dels) | done
    rebuild(conn, sorted((touched & pending_ids) | (done - put_ids - set(dels))), now=now, actor=actor)
    # Survey contacts: the same, for those whose commands were settled or still sit on top.
    contacts = set(
        conn.execute(
            text("SELECT id FROM survey_contacts WHERE id IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(sorted(done | pending_ids))},
        ).scalars()
    )
    rebuild_contacts(conn, sorted(contacts), now=now)
    meta_set(conn, "cursor", str(page["cursor"]))
    meta_set(conn, "acked_mutation_id", str(max(acked, int(meta_get(conn, "acked_mutation_id", "0") or 0))))
    return counts


def _record_results(conn: Connection, results: list[dict[str, Any]], now: datetime) -> int:
    seen = int(meta_get(conn, "results_seen", "0") or 0)
    refused = 0
    for result in results:
        mid = int(result["id"])
        seen = max(seen, mid)
        if result.get("status") != "refused":
            continue
        row = conn.execute(
            text("SELECT name, enquiry_id FROM outbox WHERE mutation_id = :m"), {"m": mid}
        ).first()
        error = result.get("error") or {}
        inserted = conn.execute(
            text(
                "INSERT OR IGNORE INTO refusals (mutation_id, name, enquiry_id, code, message, params, at, "
                "seen) VALUES (:m, :n, :e, :c, :msg, :p, :at, 0)"
            ),
            {
                "m": mid,
                "n": row.name if row else "",
                "e": row.enquiry_id if row else None,
                "c": error.get("code", ""),
                "msg": error.get("message", ""),
                "p": json.dumps(error.get("params", {})),
                "at": now.isoformat(),
            },
        ).rowcount
        refused += inserted
    meta_set(conn, "results_seen", str(seen))
    return refused
