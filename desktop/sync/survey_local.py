"""Surveys in the local cache: apply the server's survey entities, and survey contacts as a kind
of target of the optimistic path (`desktop.sync.optimistic`), decided by the same rules the server
uses (`enquiries.surveys`).

A contact's `json` is what the user sees, `server_json` the server's state while commands are
pending on it. A history entry a pending command shows is remembered (meta `OPTIMISTIC_HISTORY`)
until the server sends its own: refused, or decided without one, it goes again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from desktop.models import meta
from desktop.models.store import iso_utc
from enquiries.refusals import Refusal, refuse
from enquiries.surveys import (
    SURVEY_COMMANDS,
    HistoryNote,
    Survey,
    SurveyCommand,
    SurveyContact,
    SurveyOutcome,
    decide_contact,
)

if TYPE_CHECKING:
    from desktop.sync.optimistic import Rules

CONTACT_COLUMNS = (
    "id",
    "survey_id",
    "person_name",
    "agent_id",
    "done",
    "rating",
    "contact_made",
    "follow_up_at",
    "follow_up_agent_id",
    "appointment_day",
    "updated_at",
    "pending",
    "json",
)
CONTACT_UPSERT = (
    f"INSERT INTO survey_contacts ({', '.join(CONTACT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in CONTACT_COLUMNS)}) "
    "ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c}=excluded.{c}" for c in CONTACT_COLUMNS if c != "id")
)


# History entries shown by a pending command before the server confirmed them (meta, JSON list).
OPTIMISTIC_HISTORY = "survey_optimistic_history"

Loaded = tuple[Survey, SurveyContact]


def _optimistic(conn: Connection) -> set[str]:
    return set(json.loads(meta.get(conn, OPTIMISTIC_HISTORY) or "[]"))


def _set_optimistic(conn: Connection, ids: set[str]) -> None:
    meta.set(conn, OPTIMISTIC_HISTORY, json.dumps(sorted(ids)))


def write_contacts(conn: Connection, contacts: Iterable[dict[str, Any]], *, pending: set[str]) -> None:
    rows = []
    for c in contacts:
        follow = c.get("follow_up") or {}
        appointment = c.get("appointment") or {}
        rows.append(
            (
                c["id"],
                c["survey_id"],
                c["person_name"],
                c.get("agent_id") or "",  # '' rather than NULL in the list's sort columns
                int(bool(c.get("done"))),
                c.get("rating") or "",
                int(bool(c.get("contact_made"))),
                iso_utc(follow.get("at")) or "",
                follow.get("agent_id"),
                appointment.get("day") or "",
                iso_utc(c.get("updated_at")) or "",
                int(c["id"] in pending),
                json.dumps(c, separators=(",", ":"), ensure_ascii=False),
            )
        )
    if rows:
        conn.exec_driver_sql(CONTACT_UPSERT, rows)


def _write_history(conn: Connection, entry: dict[str, Any]) -> None:
    """One history entry (the server's, or one a pending command shows)."""
    conn.execute(
        text(
            "INSERT OR REPLACE INTO contact_history (id, contact_id, survey_id, at, author_id, text, "
            "rating) VALUES (:i, :c, :s, :at, :a, :t, :r)"
        ),
        {
            "i": entry["id"],
            "c": entry["contact_id"],
            "s": entry["survey_id"],
            "at": iso_utc(entry["at"]),
            "a": entry["author_id"],
            "t": entry.get("text", ""),
            "r": entry.get("rating"),
        },
    )


def _clear_server_json(conn: Connection, contact_id: str) -> None:
    conn.execute(text("UPDATE survey_contacts SET server_json = NULL WHERE id = :id"), {"id": contact_id})


def apply_survey_change(conn: Connection, change: dict[str, Any], pending: set[str]) -> bool:
    """Apply one survey entity change; False when `change` is not about surveys."""
    entity, op = change["entity"], change["op"]
    if entity == "survey":
        if op == "del":
            conn.execute(text("DELETE FROM surveys WHERE id = :id"), {"id": change["id"]})
        else:
            d = change["data"]
            conn.execute(
                text("INSERT OR REPLACE INTO surveys (id, company_id, name, json) VALUES (:i, :c, :n, :j)"),
                {"i": d["id"], "c": d["company_id"], "n": d["name"], "j": json.dumps(d)},
            )
        return True
    if entity == "survey_contact":
        if op == "del":
            conn.execute(text("DELETE FROM survey_contacts WHERE id = :id"), {"id": change["id"]})
        elif change["id"] in pending:
            # Our pending command sits on top: keep it visible, remember the server's state under it.
            conn.execute(
                text("UPDATE survey_contacts SET server_json = :s WHERE id = :id"),
                {"s": json.dumps(change["data"]), "id": change["id"]},
            )
        else:
            write_contacts(conn, [change["data"]], pending=set())
            _clear_server_json(conn, change["id"])
        return True
    if entity == "contact_history":
        optimistic = _optimistic(conn)
        if change["id"] in optimistic:  # the server has it now (or deleted it): no longer ours to undo
            _set_optimistic(conn, optimistic - {change["id"]})
        if op == "del":
            conn.execute(text("DELETE FROM contact_history WHERE id = :id"), {"id": change["id"]})
        else:
            _write_history(conn, change["data"])
        return True
    return False


def _load(conn: Connection, contact_id: str, *, server: bool = False) -> Loaded | None:
    row = conn.execute(
        text("SELECT survey_id, json, server_json FROM survey_contacts WHERE id = :id"), {"id": contact_id}
    ).first()
    if row is None:
        return None
    raw = row.server_json if server and row.server_json else row.json
    survey_raw = conn.execute(text("SELECT json FROM surveys WHERE id = :id"), {"id": row.survey_id}).scalar()
    if survey_raw is None:
        return None
    return Survey.model_validate_json(survey_raw), SurveyContact.model_validate_json(raw)


def _show_history(conn: Connection, h: HistoryNote) -> None:
    _write_history(conn, {**h.model_dump(), "at": h.at.isoformat()})


def _replace_history(conn: Connection, contact_id: str, notes: list[HistoryNote]) -> None:
    """The entries the pending commands show now are `notes`: entries of commands that are settled
    (or now decide otherwise) go, the server sends its own."""
    optimistic = _optimistic(conn)
    kept = {h.id for h in notes}
    shown = set(
        conn.execute(
            text("SELECT id FROM contact_history WHERE contact_id = :c"), {"c": contact_id}
        ).scalars()
    )
    stale = (shown & optimistic) - kept
    for history_id in stale:
        conn.execute(text("DELETE FROM contact_history WHERE id = :id"), {"id": history_id})
    for note in notes:
        if note.id not in shown:
            _show_history(conn, note)
    after = (optimistic - stale) | kept
    if after != optimistic:
        _set_optimistic(conn, after)


class SurveyContactKind:
    table = "survey_contacts"
    command = SurveyCommand
    names = frozenset(SURVEY_COMMANDS)

    def visible(self, conn: Connection, target: str) -> Loaded | None:
        return _load(conn, target)

    def server(self, conn: Connection, target: str) -> Loaded | None:
        return _load(conn, target, server=True)

    def decide(self, rules: Rules, state: Loaded | None, command: SurveyCommand) -> Refusal | SurveyOutcome:
        if state is None:
            return refuse("not_found")
        survey, contact = state
        return decide_contact(survey, contact, rules.actor, command, rules.now, rules.directory)

    def replayed(self, state: Loaded | None, command: SurveyCommand) -> bool:
        return False

    def apply(self, state: Loaded | None, outcome: SurveyOutcome) -> Loaded | None:
        assert state is not None, "a contact is decided on only when it is there"
        return state[0], outcome.contact

    def show(
        self,
        conn: Connection,
        rules: Rules,
        target: str,
        state: Loaded | None,
        outcomes: Sequence[SurveyOutcome],
        *,
        rebuilt: bool,
    ) -> None:
        if state is None:  # the contact (or its survey) is gone: nothing to show
            return
        notes = [o.history for o in outcomes if o.history is not None]
        if rebuilt:
            _replace_history(conn, target, notes)
        else:
            for note in notes:
                _show_history(conn, note)
                _set_optimistic(conn, _optimistic(conn) | {note.id})
        write_contacts(conn, [state[1].model_dump(mode="json")], pending={target})

    def settle(self, conn: Connection, rules: Rules, targets: list[str]) -> None:
        for target in targets:
            loaded = _load(conn, target, server=True)
            if loaded is None:
                continue
            _replace_history(conn, target, [])
            write_contacts(conn, [loaded[1].model_dump(mode="json")], pending=set())
            _clear_server_json(conn, target)


SURVEY_CONTACTS = SurveyContactKind()


def decide_local(conn: Connection, command: SurveyCommand, now: datetime) -> SurveyOutcome | Refusal:
    """Decide on what the user sees, writing nothing (a dialog checks its input before saving)."""
    from desktop.sync.optimistic import load_rules  # it imports this module

    return SURVEY_CONTACTS.decide(load_rules(conn, now), _load(conn, command.contact_id), command)
