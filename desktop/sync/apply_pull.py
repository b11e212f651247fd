"""Apply one pull page to the cache in one transaction (DESIGN.md, Sync 4): the server's state,
then the still-pending outbox decided on top, then the cursor. What the page changed comes back as
`Changes`, by ids, so that each view refreshes only what it names."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, text

from desktop.changes import ENTITY_KINDS, Changes
from desktop.models import meta
from desktop.models.store import (
    Prepared,
    clear_server_json,
    delete_enquiries,
    prepare,
    set_server_json,
    write_visible,
)
from desktop.sync import outbox
from desktop.sync.enquiry_local import ENQUIRIES
from desktop.sync.erased import purge_search
from desktop.sync.local_rules import load_actor
from desktop.sync.optimistic import rebuild
from desktop.sync.survey_local import SURVEY_CONTACTS, apply_survey_change

NOTIFICATION_COLUMNS = (
    "id",
    "person_id",
    "kind",
    "enquiry_id",
    "actor_id",
    "at",
    "read",
    "in_app",
    "desktop",
    "enquiry_number",
    "actor_name",
)
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
    "notification": ("notifications", NOTIFICATION_COLUMNS),
}
FLAGS = ("active", "read", "in_app", "desktop")
DOCUMENTS = {"preferences": "preferences"}  # kinds kept whole: the view's data as JSON, by id


def _simple_row(columns: tuple[str, ...], data: dict[str, Any]) -> dict[str, Any]:
    row = {c: data.get(c) for c in columns}
    roles = row.get("roles")
    if isinstance(roles, list):
        row["roles"] = ",".join(roles)
    for flag in FLAGS:
        if flag in row:
            row[flag] = 1 if row[flag] or (row[flag] is None and flag in ("in_app", "desktop")) else 0
    return row


def _put_document(conn: Connection, table: str, change: dict[str, Any]) -> None:
    if change["op"] == "del":
        conn.execute(text(f"DELETE FROM {table} WHERE id = :id"), {"id": change["id"]})
    else:
        data = json.dumps(change["data"])
        conn.execute(
            text(f"INSERT OR REPLACE INTO {table} (id, data) VALUES (:id, :data)"),
            {"id": change["id"], "data": data},
        )


def enquiry_puts(page: dict[str, Any]) -> list[dict[str, Any]]:
    """The enquiries a page puts, in feed order."""
    return [c["data"] for c in page["changes"] if c["entity"] == "enquiry" and c["op"] == "put"]


def prepare_page(page: dict[str, Any], company_id: str) -> dict[str, Any]:
    """The page with its enquiry rows' statement parameters built ahead (see `store.prepare`);
    `apply_page` uses them. Pure Python: the sync engine runs it on its fetch thread."""
    page["prepared"] = prepare(enquiry_puts(page), company_id=company_id, pending=set())
    return page


class Applied(NamedTuple):
    """One applied page: how many changes it put and deleted, refusals recorded, outbox rows
    acknowledged (`counts`), and what it changed in the cache (`changes`)."""

    counts: dict[str, int]
    changes: Changes


def apply_page(conn: Connection, page: dict[str, Any], *, now: datetime) -> Applied:
    actor = load_actor(conn)
    puts = enquiry_puts(page)
    dels: list[str] = []
    counts = {"put": 0, "del": 0, "refused": 0, "acknowledged": 0, "erased": 0}
    named: dict[str, set[str]] = defaultdict(set)  # field of `Changes` -> ids
    pending_before = outbox.targets(conn)
    for change in page["changes"]:
        counts[change["op"]] += 1
        counts["erased"] += 1 if change.get("erased") else 0  # a `del` of desktop/sync/erased.py
        _name(conn, change, named)  # before it is applied: a deleted history entry names its contact
        entity = change["entity"]
        if entity == "enquiry":
            if change["op"] == "del":
                dels.append(change["id"])
            continue
        if apply_survey_change(conn, change, pending_before):
            continue
        if entity in DOCUMENTS:
            _put_document(conn, DOCUMENTS[entity], change)
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
    named["refusals"] = _record_results(conn, page.get("results") or [], now)
    counts["refused"] = len(named["refusals"])
    # An outbox row leaves only once its result was seen, so no refusal can slip past unread.
    acked = min(int(page.get("last_mutation_id") or 0), meta.get_int(conn, "results_seen"))
    done_enquiries = outbox.targets(conn, ENQUIRIES.names, through=acked)
    done_contacts = outbox.targets(conn, SURVEY_CONTACTS.names, through=acked)
    counts["acknowledged"] = outbox.acknowledge(conn, acked)
    pending_enquiries = outbox.targets(conn, ENQUIRIES.names)
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
            if d["id"] in pending_enquiries
        ],
    )
    clear_server_json(conn, [d["id"] for d in puts if d["id"] not in pending_enquiries])
    delete_enquiries(conn, dels)
    # 3. Our pending commands decided again on top; rows whose commands were settled fall back.
    touched = put_ids | set(dels) | done_enquiries
    rebuilt = (touched & pending_enquiries) | (done_enquiries - put_ids - set(dels))
    rebuild(conn, ENQUIRIES, sorted(rebuilt), now=now)
    # Survey contacts: the same, for those whose commands were settled or still sit on top.
    contacts = done_contacts | outbox.targets(conn, SURVEY_CONTACTS.names)
    rebuild(conn, SURVEY_CONTACTS, sorted(contacts), now=now)
    if counts["erased"]:
        purge_search(conn)
    meta.set(conn, "cursor", str(page["cursor"]))
    named["enquiries"] |= rebuilt
    named["survey_contacts"] |= contacts
    return Applied(counts, Changes.of(**named))


def _name(conn: Connection, change: dict[str, Any], named: dict[str, set[str]]) -> None:
    """Add the id a pulled change names to its field of `Changes`; a history entry names the
    survey contact it belongs to."""
    kind = ENTITY_KINDS.get(change["entity"])
    if kind is None:
        return  # an entity this client version does not know yet
    if change["entity"] != "contact_history":
        named[kind].add(change["id"])
    elif change["op"] != "del":
        named[kind].add(change["data"]["contact_id"])
    else:
        contact_id = conn.execute(
            text("SELECT contact_id FROM contact_history WHERE id = :id"), {"id": change["id"]}
        ).scalar()
        if contact_id is not None:
            named[kind].add(contact_id)


def _record_results(conn: Connection, results: list[dict[str, Any]], now: datetime) -> set[str]:
    """Note the results seen; the refusals among them become messages. Returns the mutation ids
    (as text) of the refusals recorded now."""
    seen = meta.get_int(conn, "results_seen")
    refused: set[str] = set()
    for result in results:
        mid = int(result["id"])
        seen = max(seen, mid)
        if result.get("status") != "refused":
            continue
        row = outbox.queued(conn, mid)
        error = result.get("error") or {}
        inserted = conn.execute(
            text(
                "INSERT OR IGNORE INTO refusals (mutation_id, name, enquiry_id, code, message, params, at, "
                "seen) VALUES (:m, :n, :e, :c, :msg, :p, :at, 0)"
            ),
            {
                "m": mid,
                "n": row.name if row else "",
                "e": row.target_id if row else None,
                "c": error.get("code", ""),
                "msg": error.get("message", ""),
                "p": json.dumps(error.get("params", {})),
                "at": now.isoformat(),
            },
        ).rowcount
        if inserted:
            refused.add(str(mid))
    meta.set(conn, "results_seen", str(seen))
    return refused
