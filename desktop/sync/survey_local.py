"""Surveys in the local cache: apply the server's survey entities, and run survey commands
optimistically through the same rules the server uses (enquiries.surveys)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop.models.store import iso_utc
from desktop.sync.local_rules import load_actor, load_directory
from desktop.sync.outbox import append_outbox, meta_get, meta_set
from enquiries.refusals import Refusal
from enquiries.surveys import (
    HistoryNote,
    Survey,
    SurveyCommand,
    SurveyContact,
    SurveyOutcome,
    decide_contact,
)
from enquiries.wire import parse_mutation

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


# History entries shown by a pending command before the server confirmed them (meta, JSON list):
# when the command is refused (or applied without an entry) they must go again.
OPTIMISTIC_HISTORY = "survey_optimistic_history"


def _optimistic(conn: Connection) -> set[str]:
    return set(json.loads(meta_get(conn, OPTIMISTIC_HISTORY, "[]") or "[]"))


def _set_optimistic(conn: Connection, ids: set[str]) -> None:
    meta_set(conn, OPTIMISTIC_HISTORY, json.dumps(sorted(ids)))


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
            conn.execute(
                text("UPDATE survey_contacts SET server_json = NULL WHERE id = :id"), {"id": change["id"]}
            )
        return True
    if entity == "contact_history":
        optimistic = _optimistic(conn)
        if change["id"] in optimistic:  # the server has it now (or deleted it): no longer ours to undo
            _set_optimistic(conn, optimistic - {change["id"]})
        if op == "del":
            conn.execute(text("DELETE FROM contact_history WHERE id = :id"), {"id": change["id"]})
        else:
            d = change["data"]
            conn.execute(
                text(
                    "INSERT OR REPLACE INTO contact_history (id, contact_id, survey_id, at, author_id, "
                    "text, rating) VALUES (:i, :c, :s, :at, :a, :t, :r)"
                ),
                {
                    "i": d["id"],
                    "c": d["contact_id"],
                    "s": d["survey_id"],
                    "at": iso_utc(d["at"]),
                    "a": d["author_id"],
                    "t": d.get("text", ""),
                    "r": d.get("rating"),
                },
            )
        return True
    return False


def _load(conn: Connection, contact_id: str, *, server: bool = False) -> tuple[Survey, SurveyContact] | None:
    row = conn.execute(
        text("SELECT survey_id, json, server_json, pending FROM survey_contacts WHERE id = :id"),
        {"id": contact_id},
    ).first()
    if row is None:
        return None
    raw = row.server_json if server and row.server_json else row.json
    survey_raw = conn.execute(text("SELECT json FROM surveys WHERE id = :id"), {"id": row.survey_id}).scalar()
    if survey_raw is None:
        return None
    return Survey.model_validate_json(survey_raw), SurveyContact.model_validate_json(raw)


def decide_local(conn: Connection, command: SurveyCommand, now: datetime) -> SurveyOutcome | Refusal:
    from enquiries.refusals import refuse

    loaded = _load(conn, command.contact_id)
    if loaded is None:
        return refuse("not_found")
    survey, contact = loaded
    return decide_contact(survey, contact, load_actor(conn), command, now, load_directory(conn))


def _show_history(conn: Connection, h: HistoryNote) -> None:
    conn.execute(
        text(
            "INSERT OR REPLACE INTO contact_history (id, contact_id, survey_id, at, author_id, text, "
            "rating) VALUES (:i, :c, :s, :at, :a, :t, :r)"
        ),
        {
            "i": h.id,
            "c": h.contact_id,
            "s": h.survey_id,
            "at": iso_utc(h.at.isoformat()),
            "a": h.author_id,
            "t": h.text,
            "r": h.rating,
        },
    )


def _show(conn: Connection, outcome: SurveyOutcome) -> None:
    write_contacts(conn, [outcome.contact.model_dump(mode="json")], pending={outcome.contact.id})
    if outcome.history is not None:
        _show_history(conn, outcome.history)
        _set_optimistic(conn, _optimistic(conn) | {outcome.history.id})


def perform_survey(engine: Engine, command: SurveyCommand, *, now: datetime) -> Refusal | int:
    """A survey action: decided locally, then the optimistic change and the outbox row in one transaction."""
    with engine.begin() as conn:
        outcome = decide_local(conn, command, now)
        if isinstance(outcome, Refusal):
            return outcome
        conn.execute(
            text("UPDATE survey_contacts SET server_json = json WHERE id = :id AND pending = 0"),
            {"id": command.contact_id},
        )
        mutation_id = append_outbox(conn, command, now)
        _show(conn, outcome)
        return mutation_id


def rebuild_contacts(conn: Connection, ids: Iterable[str], *, now: datetime) -> None:
    """Server state + this client's pending survey commands, for each contact id."""
    ids = list(ids)
    if not ids:  # most pull pages: no need to read the directory
        return
    actor, directory = load_actor(conn), load_directory(conn)
    optimistic = before = _optimistic(conn)
    for contact_id in ids:
        loaded = _load(conn, contact_id, server=True)
        if loaded is None:
            continue
        survey, contact = loaded
        rows = conn.execute(
            text("SELECT name, args FROM outbox WHERE enquiry_id = :e ORDER BY mutation_id"),
            {"e": contact_id},
        ).all()
        notes: list[HistoryNote] = []
        for r in rows:
            command = parse_mutation(r.name, json.loads(r.args))
            if isinstance(command, SurveyCommand):
                outcome = decide_contact(survey, contact, actor, command, now, directory)
                if not isinstance(outcome, Refusal):
                    contact = outcome.contact
                    if outcome.history is not None:
                        notes.append(outcome.history)
        # Entries of commands that are settled (or now decide otherwise) go; the server sends its own.
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
        optimistic = (optimistic - stale) | kept
        write_contacts(conn, [contact.model_dump(mode="json")], pending={contact_id} if rows else set())
        if not rows:
            conn.execute(
                text("UPDATE survey_contacts SET server_json = NULL WHERE id = :id"), {"id": contact_id}
            )
    if optimistic != before:
        _set_optimistic(conn, optimistic)
