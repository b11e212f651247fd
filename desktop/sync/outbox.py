"""User actions on the cache: decide locally, then write the optimistic change and the outbox row
in ONE transaction (DESIGN.md, Sync 1). `rebuild` recomputes what the user sees from the server's
state with the still-pending commands decided on top (Sync 4).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop.models.store import delete_enquiries, set_server_json, write_visible
from desktop.sync.local_rules import load_actor, load_directory, project_for, state_from_projection
from enquiries.commands import Command, CreateEnquiry
from enquiries.decide import decide
from enquiries.directory import Actor, Directory
from enquiries.events import apply_all
from enquiries.refusals import Refusal
from enquiries.state import Enquiry
from enquiries.wire import AnyCommand, parse_mutation, target_id, to_wire


def meta_get(conn: Connection, key: str, default: str | None = None) -> str | None:
    value = conn.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": key}).scalar()
    return default if value is None else str(value)


def meta_set(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text(
            "INSERT INTO meta(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def _visible_state(conn: Connection, enquiry_id: str) -> Enquiry | None:
    raw = conn.execute(text("SELECT json FROM enquiries WHERE id = :id"), {"id": enquiry_id}).scalar()
    return state_from_projection(json.loads(raw)) if raw else None


def perform(engine: Engine, command: Command, *, now: datetime) -> Refusal | int:
    """Run one user action. Returns the refusal (nothing written) or the new mutation id."""
    with engine.begin() as conn:
        actor = load_actor(conn)
        directory = load_directory(conn)
        state = _visible_state(conn, command.enquiry_id)
        decision = decide(state, actor, command, now, directory)
        if isinstance(decision, Refusal):
            return decision
        mutation_id = append_outbox(conn, command, now)
        # The first pending command on a row: what it shows now is the server's state; keep it.
        conn.execute(
            text("UPDATE enquiries SET server_json = json WHERE id = :id AND pending = 0"),
            {"id": command.enquiry_id},
        )
        after = apply_all(state, decision)
        if after is not None:
            _show(conn, command.enquiry_id, after, actor, pending=True)
        return mutation_id


def append_outbox(conn: Connection, command: AnyCommand, now: datetime) -> int:
    """Queue a command for the server: the next mutation id of this client, in this transaction."""
    mutation_id = int(meta_get(conn, "next_mutation_id", "1") or 1)
    meta_set(conn, "next_mutation_id", str(mutation_id + 1))
    wire = to_wire(command)
    conn.execute(
        text(
            "INSERT INTO outbox (mutation_id, name, args, enquiry_id, created_at) VALUES (:m, :n, :a, :e, :c)"
        ),
        {
            "m": mutation_id,
            "n": wire["name"],
            "a": json.dumps(wire["args"]),
            "e": target_id(command),
            "c": now.isoformat(),
        },
    )
    return mutation_id


def _show(conn: Connection, enquiry_id: str, state: Enquiry, actor: Actor, *, pending: bool) -> None:
    data = project_for(state, actor.company_id)
    if data is None:
        delete_enquiries(conn, [enquiry_id])
    else:
        write_visible(conn, [data], company_id=actor.company_id, pending={enquiry_id} if pending else set())


def _server_state(conn: Connection, enquiry_id: str) -> str | None:
    """The server's projection: `server_json` while commands are pending, else `json` itself."""
    row = conn.execute(
        text("SELECT server_json, json, pending FROM enquiries WHERE id = :id"), {"id": enquiry_id}
    ).first()
    if row is None:
        return None
    if row.server_json is not None:
        return str(row.server_json)
    return None if row.pending else str(row.json)


def pending_commands(conn: Connection, enquiry_id: str) -> list[Command]:
    rows = conn.execute(
        text("SELECT name, args FROM outbox WHERE enquiry_id = :e ORDER BY mutation_id"), {"e": enquiry_id}
    ).all()
    parsed = [parse_mutation(r.name, json.loads(r.args)) for r in rows]
    return [c for c in parsed if isinstance(c, Command)]


def rebuild(
    conn: Connection,
    ids: Iterable[str],
    *,
    now: datetime,
    actor: Actor | None = None,
    directory: Directory | None = None,
) -> None:
    """What the user sees = server state + pending commands, for each of `ids`."""
    actor = actor or load_actor(conn)
    directory = directory or load_directory(conn)
    plain: list[dict[str, Any]] = []
    for enquiry_id in ids:
        server_raw = _server_state(conn, enquiry_id)
        commands = pending_commands(conn, enquiry_id)
        if not commands:
            if server_raw:
                plain.append(json.loads(server_raw))
            else:
                delete_enquiries(conn, [enquiry_id])
            continue
        if server_raw:
            set_server_json(conn, [(enquiry_id, server_raw)])
        state = state_from_projection(json.loads(server_raw)) if server_raw else None
        for command in commands:
            if state is not None and isinstance(command, CreateEnquiry):
                continue  # the server already has it
            decision = decide(state, actor, command, now, directory)
            if not isinstance(decision, Refusal):
                state = apply_all(state, decision)
        if state is None:
            delete_enquiries(conn, [enquiry_id])
        else:
            _show(conn, enquiry_id, state, actor, pending=True)  # keeps the row's server_json
    write_visible(conn, plain, company_id=actor.company_id, pending=set())
    set_server_json(conn, [(d["id"], None) for d in plain])
