"""Sync through a lossy network: a seeded proxy drops requests, drops answers, duplicates and delays.

Whatever the network does, every mutation the user made is applied on the server exactly once:
the client resends what it has no answer for, the server recognises replays by mutation id.
"""

from __future__ import annotations

import random
import time
import uuid
from pathlib import Path

import httpx
import pytest

from desktop.service import DeskService
from desktop.sync.session import DeskSession, open_session
from desktop.sync.transport import Offline, Tokens
from enquiries.commands import AddNote, CreateEnquiry
from enquiries.refusals import Refusal
from tests.sync.conftest import LiveServer
from tests.sync.fault_proxy import Decision, FaultPlan, FaultProxy, Faults
from tests.sync.test_crash_safety import server_results, server_view

LOGIN = "anna@hq.example"
PASSWORD = "demo"
API = "/api/v1"
MUTATIONS = 300
ENQUIRIES = 4
SYNC_CHANCE = 0.1  # after each mutation, seeded
NETWORK = Faults(drop_request=0.1, drop_response=0.1, duplicate=0.1, delay=0.3, max_delay=0.2)


def sign_in(url: str, data_dir: Path, attempts: int = 30) -> DeskSession:
    """Sign in through the lossy network: a lost request or answer is just tried again."""
    for _ in range(attempts):
        try:
            return open_session(url, LOGIN, PASSWORD, data_dir=data_dir)
        except Offline:
            continue
    raise AssertionError(f"no sign-in through the proxy in {attempts} attempts")


def raw_login(http: httpx.Client, client_id: str) -> dict[str, str]:
    r = http.post(API + "/auth/login", json={"login": LOGIN, "password": PASSWORD, "client_id": client_id})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_same_seed_same_faults() -> None:
    faults = Faults(drop_request=0.2, drop_response=0.2, duplicate=0.2, delay=0.5)
    first, second, other = FaultPlan(11, faults), FaultPlan(11, faults), FaultPlan(12, faults)
    a = [first.next() for _ in range(500)]
    assert a == [second.next() for _ in range(500)]
    assert a != [other.next() for _ in range(500)]
    kinds = {d.action for d in a}
    assert kinds == {"drop_request", "drop_response", "duplicate", "pass"}
    assert all(0 <= d.delay <= faults.max_delay for d in a)
    assert FaultPlan(1, Faults()).next() == Decision("pass", 0.0)
    with pytest.raises(ValueError):
        Faults(drop_request=0.5, drop_response=0.5, duplicate=0.1)


def test_each_fault_does_what_it_says(live_server: LiveServer) -> None:
    """Auth, push, pull and the poke long-poll pass through; each fault has its effect on the server."""
    with (
        FaultProxy(live_server.url, seed=1, faults=Faults()) as proxy,
        httpx.Client(base_url=proxy.url, timeout=30) as http,
        httpx.Client(base_url=live_server.url, timeout=30) as direct,
    ):
        client_id = str(uuid.uuid4())
        headers = raw_login(http, client_id)
        poke = http.get(API + "/sync/poke", params={"cursor": 0, "wait": 1}, headers=headers)
        assert poke.status_code == 200 and "changed" in poke.json()
        pull = http.post(API + "/sync/pull", json={"client_id": client_id, "cursor": None}, headers=headers)
        assert pull.status_code == 200 and pull.json()["last_mutation_id"] == 0
        bad = http.post(API + "/sync/pull", json={"client_id": "someone-else"}, headers=headers)
        assert bad.status_code == 403 and bad.json()["error"]["code"] == "wrong_client"

        enquiry_id = str(uuid.uuid4())

        def push(mutation_id: int) -> httpx.Response:
            mutation = {"id": mutation_id, "name": "add_note" if mutation_id > 1 else "create_enquiry"}
            mutation["args"] = (
                {"enquiry_id": enquiry_id, "note_id": str(uuid.uuid4()), "text": f"n{mutation_id}"}
                if mutation_id > 1
                else {"enquiry_id": enquiry_id, "last_name": "Proxy"}
            )
            body = {"client_id": client_id, "mutations": [mutation]}
            return http.post(API + "/sync/push", json=body, headers=headers)

        def server_last() -> int:
            body = {"client_id": client_id, "cursor": None, "limit": 1}
            return int(direct.post(API + "/sync/pull", json=body, headers=headers).json()["last_mutation_id"])

        def only(faults: Faults) -> None:
            proxy.plan = FaultPlan(1, faults)

        only(Faults(drop_request=1.0))
        with pytest.raises(httpx.TransportError):
            push(1)
        assert server_last() == 0  # never arrived

        only(Faults(drop_response=1.0))
        with pytest.raises(httpx.TransportError):
            push(1)
        assert server_last() == 1  # applied, answer lost

        only(Faults(duplicate=1.0))
        before = proxy.forwarded
        answer = push(2)
        assert answer.status_code == 200 and answer.json()["results"] == [{"id": 2, "status": "applied"}]
        assert proxy.forwarded - before == 2 and server_last() == 2  # sent twice, applied once

        only(Faults(delay=1.0, max_delay=0.3))
        started = time.monotonic()
        assert push(1).json()["results"] == [{"id": 1, "status": "applied"}]  # a replay: stored result
        assert time.monotonic() - started >= proxy.log[-1][3] > 0
        assert server_last() == 2

        notes = server_view(live_server.url)[enquiry_id]["notes"]
        assert [n["text"] for n in notes] == ["n2"]
        dealt = [action for _m, _p, action, _d in proxy.log[-4:]]
        assert dealt == ["drop_request", "drop_response", "duplicate", "pass"]


@pytest.mark.parametrize("seed", [7, 20_240_611])
def test_every_mutation_applies_exactly_once_through_a_lossy_network(
    live_server: LiveServer, tmp_path: Path, seed: int
) -> None:
    backend = live_server.database_url.split(":", 1)[0].split("+")[0]
    started = time.monotonic()
    rng = random.Random(f"client-{seed}")
    namespace = uuid.UUID(int=seed)
    with FaultProxy(live_server.url, seed=seed, faults=NETWORK) as proxy:
        session = sign_in(proxy.url, tmp_path / "desk")
        service = DeskService(session)
        enquiry_ids = [str(uuid.uuid5(namespace, f"enquiry-{i}")) for i in range(ENQUIRIES)]
        for i, eid in enumerate(enquiry_ids):
            created = service.actions.perform(
                CreateEnquiry(enquiry_id=eid, last_name=f"Lossy {i}", channel="phone")
            )
            assert not isinstance(created, Refusal), created
        acknowledged: list[str] = []
        syncs = offline = 0
        for i in range(MUTATIONS):
            note_id = str(uuid.uuid5(namespace, f"note-{i}"))
            note = AddNote(enquiry_id=rng.choice(enquiry_ids), note_id=note_id, text=f"m-{i}")
            result = service.actions.perform(note)
            assert not isinstance(result, Refusal), result
            acknowledged.append(note.note_id)
            if rng.random() < SYNC_CHANCE:
                syncs += 1
                offline += service.loop.sync_now() is None
        for _ in range(200):  # keep trying until everything is through (bounded)
            syncs += 1
            report = service.loop.sync_now()
            offline += report is None
            if report is not None and report.pending == 0:
                break
        pending = service.sync.pending_count()
        client_id = service.sync.client_id
        refusals = service.reads.refusals()
        session.close()
        faults = proxy.counts()
        digest = proxy.digest()

    # Count on the server itself, past the proxy.
    enquiries = server_view(live_server.url)
    notes = [n for eid in enquiry_ids for n in enquiries[eid]["notes"]]
    applied = {n["id"] for n in notes}
    lost = [nid for nid in acknowledged if nid not in applied]
    duplicated = len(notes) - len(applied)
    results = server_results(live_server.database_url, client_id)
    print(
        f"\nfault proxy [{backend}] seed={seed}: total={MUTATIONS} acknowledged={len(acknowledged)} "
        f"applied={len(applied & set(acknowledged))} lost={len(lost)} duplicated={duplicated} "
        f"requests={len(proxy.log)} forwarded={proxy.forwarded} "
        f"faults={dict(sorted(faults.items()))} syncs={syncs} (offline {offline}) plan={digest} "
        f"time={time.monotonic() - started:.1f}s"
    )
    assert pending == 0, f"{pending} mutations still not through after {syncs} syncs"
    assert lost == []
    assert duplicated == 0
    assert len(notes) == MUTATIONS and applied == set(acknowledged)
    assert sorted(n["text"] for n in notes) == sorted(f"m-{i}" for i in range(MUTATIONS))
    assert results == [(i, "applied") for i in range(1, ENQUIRIES + MUTATIONS + 1)]
    assert refusals == []
    assert faults["drop_request"] and faults["drop_response"] and faults["duplicate"] and faults["delayed"]


def test_a_lost_refresh_answer_does_not_cost_pending_edits(live_server: LiveServer, tmp_path: Path) -> None:
    with FaultProxy(live_server.url, seed=1, faults=Faults(), paths=(API + "/auth/refresh",)) as proxy:
        session = open_session(proxy.url, LOGIN, PASSWORD, data_dir=tmp_path / "desk")
        service = DeskService(session)
        enquiry_id = str(uuid.uuid4())
        assert service.actions.perform(CreateEnquiry(enquiry_id=enquiry_id, last_name="Refresh")) == 1
        transport = session.sync.transport
        assert transport.tokens is not None
        transport.tokens = Tokens("expired", transport.tokens.refresh)  # as after 15 minutes
        proxy.plan = FaultPlan(1, Faults(drop_response=1.0))
        assert service.loop.sync_now() is None  # the server rotated the refresh token; the answer is lost
        proxy.plan = FaultPlan(1, Faults())
        for _ in range(3):
            if service.loop.sync_now() is not None or service.state.signed_out:
                break
        assert not service.state.signed_out, service.state.message
        assert enquiry_id in server_view(live_server.url)
