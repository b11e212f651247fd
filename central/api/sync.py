"""`POST /sync/push` and `POST /sync/pull` (DESIGN.md, Sync)."""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import Field

from central.api.deps import Actor, DbSession
from central.api.errors import ApiError, StrictModel, error_body
from central.clock import now_of
from central.store.pull import MAX_RESULTS, feed_state, latest_seq, pull_page, recent_results
from central.store.push import ClientMismatch, Gap, Mutation, acknowledged, push, result_dict
from central.store.sync import SyncClient
from enquiries.commands import CommandError
from enquiries.directory import Actor as RulesActor
from enquiries.wire import parse_mutation

router = APIRouter(prefix="/api/v1/sync", tags=["sync"])

MAX_BATCH = 500
MAX_PAGE = 5000


class MutationIn(StrictModel):
    id: int = Field(ge=1)
    name: str = Field(min_length=1, max_length=60)
    args: dict[str, Any]


class PushIn(StrictModel):
    client_id: str = Field(min_length=1, max_length=64)
    mutations: list[MutationIn] = Field(max_length=MAX_BATCH)


class PullIn(StrictModel):
    client_id: str = Field(min_length=1, max_length=64)
    cursor: int | None = Field(default=None, ge=0)
    limit: int = Field(default=1000, ge=1, le=MAX_PAGE)
    results_after: int = Field(default=0, ge=0)
    epoch: int | None = Field(default=None, ge=0)  # the X-Feed-Epoch of the answer the cursor came from


def _own_client(actor: Any, client_id: str) -> None:
    if client_id != actor.client_id:
        raise ApiError(403, "wrong_client", "This client id belongs to another sign-in; sign in again.")


@router.post("/push")
def push_endpoint(body: PushIn, request: Request, actor: Actor) -> Response:
    _own_client(actor, body.client_id)
    mutations = []
    for m in body.mutations:
        try:
            mutations.append(Mutation(m.id, parse_mutation(m.name, m.args)))
        except CommandError as exc:
            raise ApiError(422, "invalid_mutation", f"Mutation {m.id}: {exc}") from None
    rules_actor = RulesActor(
        actor.person_id, actor.company_id, "head_office" if actor.is_head_office else "partner", actor.roles
    )
    results: list[dict[str, Any]] = []
    try:
        results = push(
            request.app.state.session_factory,
            client_id=body.client_id,
            actor=rules_actor,
            mutations=mutations,
            clock=now_of(request.app),
        )
    except Gap as gap:
        body_out = error_body(
            "mutation_gap", f"Expected mutation {gap.last_mutation_id + 1} next; resend from there."
        )
        body_out["last_mutation_id"] = gap.last_mutation_id  # type: ignore[assignment]
        return JSONResponse(status_code=409, content=body_out)
    except ClientMismatch:
        raise ApiError(403, "wrong_client", "This client id belongs to another account.") from None
    return JSONResponse({"results": results})


@router.post("/pull")
def pull_endpoint(body: PullIn, request: Request, actor: Actor, session: DbSession) -> Response:
    _own_client(actor, body.client_id)
    registered = session.get(SyncClient, body.client_id)  # results and counter are that person's only
    if registered is not None and registered.person_id != actor.person_id:
        raise ApiError(403, "wrong_client", "This client id belongs to another account.")
    end, epoch = feed_state(session)
    if body.cursor and ((body.epoch is not None and body.epoch != epoch) or body.cursor > end):
        raise ApiError(409, "resync_required", "The server's data was restored; pull again from the start.")
    page = pull_page(
        session,
        company_id=actor.company_id,
        person_id=actor.person_id,
        cursor=body.cursor or 0,
        limit=body.limit,
    )
    results = [
        result_dict(r) for r in recent_results(session, client_id=body.client_id, after=body.results_after)
    ]
    last = acknowledged(session, body.client_id)
    session.commit()
    # More results than one answer carries: say so, so the client pulls again before it forgets.
    more = "true" if page.has_more or len(results) >= MAX_RESULTS else "false"
    text = (
        f'{{"cursor":{page.cursor},"last_mutation_id":{last},"has_more":{more},'
        f'"results":{json.dumps(results)},"changes":[{",".join(page.changes_json)}]}}'
    )
    response = _maybe_gzip(request, text.encode())
    response.headers["X-Feed-Epoch"] = str(epoch)
    return response


# Level 1: a page of 2,000 enquiries (~3.6 MB) shrinks several-fold in a few tens of ms, which is
# what makes an initial sync of 100k enquiries (~190 MB of JSON) feasible off the local network.
GZIP_LEVEL = 1
GZIP_MIN_BYTES = 1024


def _maybe_gzip(request: Request, body: bytes) -> Response:
    accepted = {part.split(";")[0].strip() for part in request.headers.get("accept-encoding", "").split(",")}
    if "gzip" not in accepted or len(body) < GZIP_MIN_BYTES:
        return Response(content=body, media_type="application/json")
    return Response(
        content=gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0),
        media_type="application/json",
        headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
    )


POKE_INTERVAL = 0.2
POKE_MAX_WAIT = 25.0
# How long a stopping server process lets requests in flight finish (uvicorn's
# timeout_graceful_shutdown). Without a bound a poke kept it alive for up to POKE_MAX_WAIT; a cut
# poke or push is simply sent again by the client (pushes are exactly-once by mutation id).
SHUTDOWN_GRACE = 3


@router.get("/poke")
async def poke(request: Request, actor: Actor, cursor: int = 0, wait: float = POKE_MAX_WAIT) -> JSONResponse:
    """Long-poll: answers as soon as the caller's feed has something newer than `cursor`.

    The database is the only shared medium between server processes, so this polls an indexed
    `max(seq)` a few times a second; clients pull within a second of any commit.
    """
    deadline = time.monotonic() + max(0.0, min(wait, POKE_MAX_WAIT))
    factory = request.app.state.session_factory

    def newest() -> int:
        with factory() as session:
            return latest_seq(session, company_id=actor.company_id, person_id=actor.person_id)

    while True:
        latest = await asyncio.to_thread(newest)
        if latest > cursor or time.monotonic() >= deadline or await request.is_disconnected():
            return JSONResponse({"cursor": latest, "changed": latest > cursor})
        await asyncio.sleep(POKE_INTERVAL)
