"""Enquiries as a kind of target of the optimistic path (`desktop.sync.optimistic`): their rows in
the cache (`enquiries` and its journal tables, written by `desktop.models.store`) and their rules
(`enquiries.decide`, on states rebuilt from the cached projections).

`json` is what the user sees; `server_json` is kept only while commands are pending on a row:
elsewhere `json` IS the server's projection (half the disk for a 100k-row cache).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from desktop.models.store import delete_enquiries, set_server_json, write_visible
from desktop.sync.local_rules import project_for, state_from_projection
from enquiries.commands import USER_COMMANDS, Command, CreateEnquiry
from enquiries.decide import decide
from enquiries.events import Event, apply_all
from enquiries.refusals import Refusal
from enquiries.state import Enquiry

if TYPE_CHECKING:
    from desktop.sync.optimistic import Rules


def _server_json(conn: Connection, enquiry_id: str) -> str | None:
    """The server's projection: `server_json` while commands are pending, else `json` itself
    (None for a row only this client has: created here, not yet on the server)."""
    row = conn.execute(
        text("SELECT server_json, json, pending FROM enquiries WHERE id = :id"), {"id": enquiry_id}
    ).first()
    if row is None:
        return None
    if row.server_json is not None:
        return str(row.server_json)
    return None if row.pending else str(row.json)


def _state(raw: str | None) -> Enquiry | None:
    return state_from_projection(json.loads(raw)) if raw else None


class EnquiryKind:
    table = "enquiries"
    command = Command
    names = frozenset(USER_COMMANDS)

    def visible(self, conn: Connection, target: str) -> Enquiry | None:
        return _state(
            conn.execute(text("SELECT json FROM enquiries WHERE id = :id"), {"id": target}).scalar()
        )

    def server(self, conn: Connection, target: str) -> Enquiry | None:
        return _state(_server_json(conn, target))

    def decide(self, rules: Rules, state: Enquiry | None, command: Command) -> Refusal | list[Event]:
        return decide(state, rules.actor, command, rules.now, rules.directory)

    def replayed(self, state: Enquiry | None, command: Command) -> bool:
        return state is not None and isinstance(command, CreateEnquiry)  # the server has it already

    def apply(self, state: Enquiry | None, outcome: list[Event]) -> Enquiry | None:
        return apply_all(state, outcome)

    def show(
        self,
        conn: Connection,
        rules: Rules,
        target: str,
        state: Enquiry | None,
        outcomes: Sequence[list[Event]],
        *,
        rebuilt: bool,
    ) -> None:
        """The state as this company sees it, pending (`server_json` stays as it is); an enquiry it
        may no longer see, or none at all, leaves the cache."""
        data = None if state is None else project_for(state, rules.actor.company_id)
        if data is None:
            delete_enquiries(conn, [target])
        else:
            write_visible(conn, [data], company_id=rules.actor.company_id, pending={target})

    def settle(self, conn: Connection, rules: Rules, targets: list[str]) -> None:
        plain: list[dict[str, Any]] = []
        for target in targets:
            raw = _server_json(conn, target)
            if raw:
                plain.append(json.loads(raw))
            else:
                delete_enquiries(conn, [target])  # only ever ours: refused, or never reached the server
        write_visible(conn, plain, company_id=rules.actor.company_id, pending=set())
        set_server_json(conn, [(d["id"], None) for d in plain])


ENQUIRIES = EnquiryKind()
