"""Races on PostgreSQL: real threads, each with its own session and connection, started together.

`execute` locks the enquiry row (`SELECT ... FOR UPDATE`) and the deadline job claims due offers
with `FOR UPDATE SKIP LOCKED`; these tests check the promises built on that: one accept wins,
an offer is accepted or expires but never both, and several server processes expire each offer
exactly once. SQLite serialises every writer, so there is nothing to race there.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.jobs.deadlines import ExpiryReport, expire_due_offers
from central.store.accounts import Person
from central.store.commands import Outcome, store
from central.store.directory import load_directory
from central.store.enquiries import EnquiryRow
from enquiries.commands import AcceptOffer
from enquiries.directory import Actor
from enquiries.rules.lifecycle import intake_events
from enquiries.state import Contact, Enquiry, RouteTarget
from tests.server.helpers import Factory, TestClient, World
from tests.server.matrix_helpers import (
    PUSH,
    T0,
    Pusher,
    actor_of,
    audit_actions,
    event_counts,
    new_id,
    offered_enquiry,
    run,
    stored_state,
)
from tests.server.survey_helpers import together

T = TypeVar("T")
THREADS = 10
ROUNDS = 5
JOIN_TIMEOUT = 120.0
LOST_ACCEPT = {"not_offered", "already_accepted"}


# Races need row locks of a server database (SQLite serialises every writer): these tests run on
# PostgreSQL only, by choosing the database parameter rather than skipping the SQLite one.
pytestmark = pytest.mark.parametrize(
    "db_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)


def partner_people(make: Factory, world: World, count: int) -> list[Person]:
    """`count` different people of Müller, max and eva first."""
    people = [world.max, world.eva]
    return people + [make.person(world.mueller, roles=("partner_staff",)) for _ in range(count - len(people))]


def partner_actors(make: Factory, world: World, count: int) -> list[Actor]:
    return [actor_of(p, world.mueller) for p in partner_people(make, world, count)]


def test_ten_people_accept_one_offer_and_exactly_one_wins(
    session_factory: sessionmaker[Session], make: Factory, world: World
) -> None:
    actors = partner_actors(make, world, THREADS)
    anna = actor_of(world.anna, world.hq)
    for round_ in range(ROUNDS):
        enquiry_id, deadline = offered_enquiry(session_factory, anna, world.mueller.id)
        now = T0 + timedelta(hours=1 + round_)
        assert now < deadline
        accept = AcceptOffer(enquiry_id=enquiry_id)
        outcomes = together([partial(run, session_factory, a, accept, now) for a in actors], JOIN_TIMEOUT)

        winners = [a.person_id for a, o in zip(actors, outcomes, strict=True) if o.applied]
        assert len(winners) == 1, f"round {round_}: {len(winners)} accepts applied"
        refusals = Counter(o.refusal.code for o in outcomes if o.refusal is not None)
        assert sum(refusals.values()) == THREADS - 1 and set(refusals) <= LOST_ACCEPT, refusals

        state = stored_state(session_factory, enquiry_id)
        assert (state.owner_company_id, state.holder_id, state.status) == (
            world.mueller.id,
            winners[0],
            "open",
        )
        assert state.offer is None
        assert [a.outcome for a in state.attempts] == ["accepted"]
        with session_factory() as session:
            row = session.get(EnquiryRow, enquiry_id)
            assert row is not None and row.holder_id == winners[0] and row.offer_company_id is None
        assert event_counts(session_factory, enquiry_id).get("offer_accepted") == 1
        assert audit_actions(session_factory, enquiry_id).count("controller_change") == 1


def test_accepts_racing_the_deadline_job_either_accept_or_expire(
    session_factory: sessionmaker[Session], make: Factory, world: World
) -> None:
    anna = actor_of(world.anna, world.hq)
    accepters = partner_actors(make, world, 6)
    mixes = []
    for seed in range(3):
        offers = [offered_enquiry(session_factory, anna, world.mueller.id) for _ in range(30)]
        deadline = offers[0][1]
        assert {d for _, d in offers} == {deadline}
        ids = [enquiry_id for enquiry_id, _ in offers]
        order = random.Random(seed).sample(ids, len(ids))
        just_before = deadline - timedelta(milliseconds=1)

        def accept_all(
            actor: Actor, share: list[str], at: datetime = just_before
        ) -> list[tuple[str, Outcome]]:
            return [(i, run(session_factory, actor, AcceptOffer(enquiry_id=i), at)) for i in share]

        tasks: list[Callable[[], Any]] = [partial(expire_due_offers, session_factory, now=deadline)]
        tasks += [partial(accept_all, a, order[n :: len(accepters)]) for n, a in enumerate(accepters)]
        report, *accepted_lists = together(tasks, JOIN_TIMEOUT)

        applied = {i for results in accepted_lists for i, o in results if o.applied}
        lost = Counter(o.refusal.code for results in accepted_lists for i, o in results if o.refusal)
        # Expired first: back at head office and out of Müller's sight, so `not_found` (never
        # `deadline_passed`: D - 1 ms is in time).
        assert set(lost) <= {"not_found", "not_offered", "offer_expired"}, lost
        outcome_of = {}
        for enquiry_id in ids:
            events = event_counts(session_factory, enquiry_id)
            pair = (events.get("offer_accepted", 0), events.get("offer_expired", 0))
            assert pair in ((1, 0), (0, 1)), f"seed {seed}, {enquiry_id}: accepted/expired {pair}"
            outcome_of[enquiry_id] = "accepted" if pair == (1, 0) else "expired"
            state = stored_state(session_factory, enquiry_id)
            if pair == (1, 0):
                assert state.owner_company_id == world.mueller.id and state.status == "open"
                assert audit_actions(session_factory, enquiry_id).count("controller_change") == 1
            else:
                assert (state.owner_company_id, state.status, state.holder_id) == (
                    world.hq.id,
                    "expired",
                    anna.person_id,
                )
                assert audit_actions(session_factory, enquiry_id) == []
        assert applied == {i for i, o in outcome_of.items() if o == "accepted"}
        assert isinstance(report, ExpiryReport) and report.expired == len(ids) - len(applied)
        mixes.append((len(applied), report.expired))
    print(f"accepted/expired per round: {mixes}")


def _routed_offers(factory: sessionmaker[Session], world: World, count: int, now: datetime) -> list[str]:
    """Web enquiries routed along Müller then Rossi: offered to Müller at `now`."""
    chain = [RouteTarget(kind="partner", company_id=c.id) for c in (world.mueller, world.rossi)]
    ids = []
    for _ in range(count):
        enquiry = Enquiry(
            id=new_id(),
            channel="web",
            received_at=now,
            origin_company_id=world.hq.id,
            owner_company_id=world.hq.id,
            contact=Contact(last_name="Huber", postcode="80331", country="DE"),
        )
        with factory.begin() as session:
            system = Actor.system(world.hq.id)
            directory = load_directory(session, system)
            events = intake_events(
                enquiry, chain=chain, route_owner_id=world.anna.id, directory=directory, now=now
            )
            store(session, None, None, events, actor=system, now=now)
        ids.append(enquiry.id)
    return ids


def _offered_to(factory: sessionmaker[Session], ids: list[str]) -> dict[str | None, int]:
    with factory() as session:
        rows = session.scalars(select(EnquiryRow.offer_company_id).where(EnquiryRow.id.in_(ids)))
        return dict(Counter(rows))


def test_two_deadline_jobs_expire_each_offer_exactly_once(
    session_factory: sessionmaker[Session], world: World
) -> None:
    ids = _routed_offers(session_factory, world, 30, T0)
    first_deadline = stored_state(session_factory, ids[0]).offer.deadline  # type: ignore[union-attr]
    assert _offered_to(session_factory, ids) == {world.mueller.id: 30}

    # Two server processes run the job at Müller's deadline: each offer expires once, goes on to Rossi.
    job = partial(expire_due_offers, session_factory, now=first_deadline)
    reports: list[ExpiryReport] = together([job, job], JOIN_TIMEOUT)
    assert sum(r.expired for r in reports) == 30 and sum(r.forwarded for r in reports) == 30, reports
    for enquiry_id in ids:
        events = event_counts(session_factory, enquiry_id)
        assert (events.get("offer_expired"), events.get("forwarded")) == (1, 1), events
    assert _offered_to(session_factory, ids) == {world.rossi.id: 30}
    second_deadline = stored_state(session_factory, ids[0]).offer.deadline  # type: ignore[union-attr]
    assert second_deadline > first_deadline

    # At Rossi's deadline nobody is left: back to the route's owner, marked expired, once each.
    job = partial(expire_due_offers, session_factory, now=second_deadline)
    reports = together([job, job], JOIN_TIMEOUT)
    assert sum(r.expired for r in reports) == 30 and sum(r.returned for r in reports) == 30, reports
    for enquiry_id in ids:
        events = event_counts(session_factory, enquiry_id)
        assert (events.get("offer_expired"), events.get("forwarded"), events.get("returned_expired")) == (
            2,
            1,
            1,
        )
        state = stored_state(session_factory, enquiry_id)
        assert (state.status, state.holder_id, state.offer) == ("expired", world.anna.id, None)


def test_ten_accepts_over_http_exactly_one_applied(
    app: FastAPI, client: TestClient, session_factory: sessionmaker[Session], make: Factory, world: World
) -> None:
    pushers = [Pusher(client, p.login) for p in partner_people(make, world, THREADS)]  # own device, client id
    anna = actor_of(world.anna, world.hq)
    app.state.clock = lambda: T0 + timedelta(hours=2)
    for round_ in range(3):
        enquiry_id, _ = offered_enquiry(session_factory, anna, world.mueller.id)
        clients = [TestClient(app) for _ in pushers]  # one per thread: separate event loops
        tasks = [
            partial(p.push, "accept_offer", {"enquiry_id": enquiry_id}, c)
            for p, c in zip(pushers, clients, strict=True)
        ]
        results = together(tasks, JOIN_TIMEOUT)

        statuses = Counter(r["status"] for r in results)
        assert statuses == {"applied": 1, "refused": THREADS - 1}, (round_, results)
        assert {r["error"]["code"] for r in results if r["status"] == "refused"} <= LOST_ACCEPT
        winner = next(p for p, r in zip(pushers, results, strict=True) if r["status"] == "applied")
        assert stored_state(session_factory, enquiry_id).holder_id == winner.person_id
        assert event_counts(session_factory, enquiry_id).get("offer_accepted") == 1
        assert audit_actions(session_factory, enquiry_id).count("controller_change") == 1

        # A resent push (its answer was lost) replays the stored result for winner and losers alike.
        for pusher, result in zip(pushers[:3], results[:3], strict=True):
            mutation = {"id": result["id"], "name": "accept_offer", "args": {"enquiry_id": enquiry_id}}
            body = {"client_id": pusher.client_id, "mutations": [mutation]}
            again = client.post(PUSH, json=body, headers=pusher.headers)
            assert again.status_code == 200 and again.json()["results"] == [result]
        assert event_counts(session_factory, enquiry_id).get("offer_accepted") == 1
