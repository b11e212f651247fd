"""ONE optimistic-update path for every kind of target a user's command is about (DESIGN.md, Sync 1
and Sync 4): enquiries and survey contacts.

`perform`: the rules decide on what the user sees. A refusal returns at once and writes nothing;
otherwise ONE transaction keeps the server's state under the row (at its first pending command),
appends the outbox row and shows the optimistic state.

`rebuild` (after a pull page brought the server's state or settled commands): what the user sees =
the server's state with this client's still-pending commands decided again on top. A target with
no command left shows the server's state, and the copy kept under it is forgotten.

A `Kind` knows its tables and its rules (`desktop.sync.enquiry_local.ENQUIRIES`,
`desktop.sync.survey_local.SURVEY_CONTACTS`); this module knows the order of things.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection, Engine, text

from desktop.sync import outbox
from desktop.sync.enquiry_local import ENQUIRIES
from desktop.sync.local_rules import load_actor, load_directory
from desktop.sync.survey_local import SURVEY_CONTACTS
from enquiries.directory import Actor, Directory
from enquiries.refusals import Refusal
from enquiries.wire import AnyCommand, target_id

StateT = TypeVar("StateT")  # a target's state, as the rules see it
OutcomeT = TypeVar("OutcomeT")  # what one decision changes
CommandT = TypeVar("CommandT")  # the commands about this kind of target


@dataclass(frozen=True)
class Rules:
    """What a decision needs besides the state and the command."""

    actor: Actor
    directory: Directory
    now: datetime


def load_rules(conn: Connection, now: datetime) -> Rules:
    return Rules(load_actor(conn), load_directory(conn), now)


class Kind(Protocol[StateT, OutcomeT, CommandT]):
    """One kind of target: its table holds `id`, `json` (what the user sees), `server_json` (the
    server's state, kept while commands are pending) and `pending`."""

    table: str
    command: type[CommandT]
    names: frozenset[str]  # its commands' wire names: outbox rows are told apart by name

    def visible(self, conn: Connection, target: str) -> StateT | None:
        """What the user sees now; a new command is decided on it."""
        ...

    def server(self, conn: Connection, target: str) -> StateT | None:
        """The server's state; the pending commands are decided again on it."""
        ...

    def decide(self, rules: Rules, state: StateT | None, command: CommandT) -> Refusal | OutcomeT: ...

    def replayed(self, state: StateT | None, command: CommandT) -> bool:
        """Whether the server's `state` already holds what `command` does (skipped in a rebuild)."""
        ...

    def apply(self, state: StateT | None, outcome: OutcomeT) -> StateT | None: ...

    def show(
        self,
        conn: Connection,
        rules: Rules,
        target: str,
        state: StateT | None,
        outcomes: Sequence[OutcomeT],
        *,
        rebuilt: bool,
    ) -> None:
        """Show `state` as pending. `outcomes` are what brought it there: one new command's, on top
        of what is shown, or (`rebuilt`) every pending command's, on the server's state."""
        ...

    def settle(self, conn: Connection, rules: Rules, targets: list[str]) -> None:
        """No command is pending on `targets` any more: show the server's state, forget its copy."""
        ...


AnyKind = Kind[Any, Any, Any]
KINDS: tuple[AnyKind, ...] = (ENQUIRIES, SURVEY_CONTACTS)


def kind_of(command: AnyCommand) -> AnyKind:
    for kind in KINDS:
        if isinstance(command, kind.command):
            return kind
    raise TypeError(f"no kind of target for {type(command).__name__}")


def perform(engine: Engine, command: AnyCommand, *, now: datetime) -> Refusal | int:
    """Run one user action (an enquiry's or a survey contact's). Returns the refusal (nothing is
    written) or the new mutation id."""
    kind = kind_of(command)
    target = target_id(command)
    with engine.begin() as conn:
        rules = load_rules(conn, now)
        state = kind.visible(conn, target)
        outcome = kind.decide(rules, state, command)
        if isinstance(outcome, Refusal):
            return outcome
        keep_server_state(conn, kind, target)
        mutation_id = outbox.append(conn, command, now)
        kind.show(conn, rules, target, kind.apply(state, outcome), [outcome], rebuilt=False)
        return mutation_id


def keep_server_state(conn: Connection, kind: AnyKind, target: str) -> None:
    """A row's first pending command: what it shows now is the server's state; keep it under it."""
    conn.execute(
        text(f"UPDATE {kind.table} SET server_json = json WHERE id = :id AND pending = 0"), {"id": target}
    )


def rebuild(conn: Connection, kind: AnyKind, targets: Iterable[str], *, now: datetime) -> None:
    """What the user sees = the server's state + the still-pending commands, for each of `targets`
    (of `kind`; ids of other kinds find no command of it and no row)."""
    targets = list(targets)
    if not targets:  # most pull pages: no need to read the directory
        return
    rules = load_rules(conn, now)
    settled: list[str] = []
    for target in targets:
        commands = [c for c in outbox.commands(conn, target) if isinstance(c, kind.command)]
        if not commands:
            settled.append(target)
            continue
        keep_server_state(conn, kind, target)
        state = kind.server(conn, target)
        outcomes = []
        for command in commands:
            if kind.replayed(state, command):
                continue
            outcome = kind.decide(rules, state, command)
            if not isinstance(outcome, Refusal):  # refused again: the server's result will say so
                state = kind.apply(state, outcome)
                outcomes.append(outcome)
        kind.show(conn, rules, target, state, outcomes, rebuilt=True)
    kind.settle(conn, rules, settled)
