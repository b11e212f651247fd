"""The outbox: this client's commands the server has not acknowledged yet, in mutation-id order.

A row is written in the same transaction as the optimistic change it stands for
(`desktop.sync.optimistic.perform`) and leaves only once the server's result for it was seen in a
pull (`desktop.sync.apply_pull`). `target_id` is what the command is about: an enquiry or a
survey contact (`enquiries.wire.target_id`).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, text

from desktop.models import meta
from enquiries.wire import AnyCommand, parse_mutation, target_id, to_wire


def append(conn: Connection, command: AnyCommand, now: datetime) -> int:
    """Queue a command for the server: the next mutation id of this client, in this transaction."""
    mutation_id = meta.get_int(conn, "next_mutation_id", 1)
    meta.set(conn, "next_mutation_id", str(mutation_id + 1))
    wire = to_wire(command)
    conn.execute(
        text(
            "INSERT INTO outbox (mutation_id, name, args, target_id, created_at) VALUES (:m, :n, :a, :t, :c)"
        ),
        {
            "m": mutation_id,
            "n": wire["name"],
            "a": json.dumps(wire["args"]),
            "t": target_id(command),
            "c": now.isoformat(),
        },
    )
    return mutation_id


def commands(conn: Connection, target: str) -> list[AnyCommand]:
    """The pending commands about `target`, oldest first."""
    rows = conn.execute(
        text("SELECT name, args FROM outbox WHERE target_id = :t ORDER BY mutation_id"), {"t": target}
    ).all()
    return [parse_mutation(r.name, json.loads(r.args)) for r in rows]


def targets(
    conn: Connection, names: Collection[str] | None = None, *, through: int | None = None
) -> set[str]:
    """What pending commands are about: of those named `names` (all when None), and of mutation
    ids up to `through` (all when None)."""
    sql = "SELECT DISTINCT target_id, name FROM outbox"
    params: dict[str, int] = {}
    if through is not None:
        sql += " WHERE mutation_id <= :m"
        params["m"] = through
    return {r.target_id for r in conn.execute(text(sql), params) if names is None or r.name in names}


def acknowledge(conn: Connection, through: int) -> int:
    """The server has applied everything up to `through` and its results were seen: those rows go."""
    return conn.execute(text("DELETE FROM outbox WHERE mutation_id <= :m"), {"m": through}).rowcount


class Queued(NamedTuple):
    name: str
    target_id: str


def queued(conn: Connection, mutation_id: int) -> Queued | None:
    """The command name and target of one outbox row (a refusal names them to the user)."""
    row = conn.execute(
        text("SELECT name, target_id FROM outbox WHERE mutation_id = :m"), {"m": mutation_id}
    ).first()
    return None if row is None else Queued(row.name, row.target_id)
