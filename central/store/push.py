"""`/sync/push` semantics (DESIGN.md, Sync 2): per client, each mutation exactly once, in order.

Each mutation runs in its own transaction that also locks the client's row and advances its
counter, so a retried push (the answer was lost) replays the stored result instead of applying
again, and two concurrent pushes of one client cannot both apply the same id.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.store.commands import execute
from central.store.survey_commands import execute_survey
from central.store.sync import MutationResult, SyncClient
from enquiries.directory import Actor
from enquiries.surveys import SurveyCommand
from enquiries.wire import AnyCommand, target_id


@dataclass(frozen=True)
class Mutation:
    id: int
    command: AnyCommand


class Gap(Exception):
    """The next mutation id does not follow the last applied one; resend from there."""

    def __init__(self, last_mutation_id: int) -> None:
        super().__init__(last_mutation_id)
        self.last_mutation_id = last_mutation_id


class ClientMismatch(Exception):
    """The client id is registered to another person."""


def result_dict(row: MutationResult) -> dict[str, Any]:
    out: dict[str, Any] = {"id": row.mutation_id, "status": row.status}
    if row.error:
        out["error"] = json.loads(row.error)
    return out


def _client_for_update(session: Session, client_id: str, person_id: str, now: datetime) -> SyncClient:
    client = session.scalars(
        select(SyncClient).where(SyncClient.client_id == client_id).with_for_update()
    ).first()
    if client is None:
        client = SyncClient(client_id=client_id, person_id=person_id, last_mutation_id=0, updated_at=now)
        session.add(client)
        session.flush()
    if client.person_id != person_id:
        raise ClientMismatch(client_id)
    return client


def push_one(
    session: Session, *, client_id: str, actor: Actor, mutation: Mutation, now: datetime
) -> dict[str, Any]:
    client = _client_for_update(session, client_id, actor.person_id, now)
    if mutation.id <= client.last_mutation_id:
        stored = session.get(MutationResult, (client_id, mutation.id))
        return result_dict(stored) if stored else {"id": mutation.id, "status": "applied"}
    if mutation.id != client.last_mutation_id + 1:
        raise Gap(client.last_mutation_id)
    if isinstance(mutation.command, SurveyCommand):
        refusal = execute_survey(session, actor, mutation.command, now).refusal
    else:
        refusal = execute(session, actor, mutation.command, now).refusal
    error = None
    if refusal is not None:
        error = json.dumps(
            {"code": refusal.code, "message": refusal.message, "params": refusal.params}, default=str
        )
    row = MutationResult(
        client_id=client_id,
        mutation_id=mutation.id,
        name=mutation.command.wire_name,
        enquiry_id=target_id(mutation.command),
        status="refused" if error else "applied",
        error=error,
        at=now,
    )
    session.add(row)
    client.last_mutation_id = mutation.id
    client.updated_at = now
    return result_dict(row)


def push(
    factory: sessionmaker[Session],
    *,
    client_id: str,
    actor: Actor,
    mutations: list[Mutation],
    clock: Callable[[], datetime],
) -> list[dict[str, Any]]:
    """Apply in order; stops with `Gap` at the first id that does not follow the last one."""
    results = []
    for mutation in mutations:
        with factory.begin() as session:
            results.append(
                push_one(session, client_id=client_id, actor=actor, mutation=mutation, now=clock())
            )
    return results


def acknowledged(session: Session, client_id: str) -> int:
    client = session.get(SyncClient, client_id)
    return client.last_mutation_id if client else 0
