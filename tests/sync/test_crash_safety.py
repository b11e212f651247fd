"""Crash safety of the desktop cache: an acknowledged edit survives SIGKILL and reaches the server once.

A worker process (`tests.sync.crash_worker`) performs edits as fast as it can and pushes every 25
edits; the test kills it with SIGKILL at seeded random points, checks the cache file after each
kill, restarts it with the next edit numbers, and finally lets a clean run sync everything. Then
the server must hold every acknowledged edit exactly once.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text

from desktop.models.cache import open_reader
from desktop.sync.cache_unlock import existing_key
from tests.sync.conftest import ROOT, LiveServer
from tests.sync.crash_worker import LOGIN, PASSWORD, SYNC_EVERY, enquiry_id, is_create, note_id

SEED = 20_240_611
TOTAL = 1000
KILLS = 8
ACKS_BEFORE_KILL = (30, 100)  # per round, seeded
KILL_JITTERS = (0.05, 0.6)  # seconds after that many acknowledgements: inside a perform, or a sync
API = "/api/v1"


@dataclass
class Worker:
    """One run of the crash worker; its stdout lines are collected as they arrive."""

    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None

    @classmethod
    def start(cls, server_url: str, data_dir: Path, start: int, count: int, stderr: Path) -> Worker:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "ENQUIRY_FAST_HASH": "1"}
        args = [sys.executable, "-m", "tests.sync.crash_worker", server_url, str(data_dir), str(start)]
        with stderr.open("w") as err:
            process = subprocess.Popen(
                [*args, str(count)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err, text=True
            )
        worker = cls(process)
        worker.reader = threading.Thread(target=worker._read, daemon=True)
        worker.reader.start()
        return worker

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def acks(self) -> int:
        return sum(1 for line in list(self.lines) if line.startswith("ACK "))

    def wait_for_acks(self, n: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.acks() < n:
            assert self.process.poll() is None, f"worker exited early: {self.lines[-3:]}"
            assert time.monotonic() < deadline, f"only {self.acks()} of {n} edits within {timeout} s"
            time.sleep(0.002)

    def kill(self) -> None:
        self.process.kill()  # SIGKILL: no handler, no flush, no cleanup
        self.process.wait()
        self.finish()

    def finish(self, timeout: float = 10) -> None:
        assert self.reader is not None
        self.reader.join(timeout)
        assert self.process.stdout is not None
        self.process.stdout.close()

    def numbers(self, kind: str) -> list[int]:
        return [int(line.split()[1]) for line in self.lines if line.startswith(kind + " ")]


def connect(path: Path) -> sqlite3.Connection:
    """The encrypted cache opened with its key (wrapped with the password: no keyring here)."""
    con = open_reader(path, existing_key(path, PASSWORD))
    assert con is not None, "the cache opens with its key"
    return con


def integrity(path: Path) -> str:
    con = connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def durable_locally(path: Path) -> tuple[set[str], set[str]]:
    """Enquiry ids and note ids the cache holds, in its visible tables or its outbox."""
    con = connect(path)
    try:
        enquiries = {r[0] for r in con.execute("SELECT id FROM enquiries")}
        notes = {r[0] for r in con.execute("SELECT id FROM notes")}
        for name, args in con.execute("SELECT name, args FROM outbox"):
            parsed = json.loads(args)
            if name == "create_enquiry":
                enquiries.add(parsed["enquiry_id"])
            elif name == "add_note":
                notes.add(parsed["note_id"])
    finally:
        con.close()
    return enquiries, notes


def is_local(n: int, enquiries: set[str], notes: set[str]) -> bool:
    return enquiry_id(n) in enquiries if is_create(n) else note_id(n) in notes


def server_view(url: str) -> dict[str, dict[str, Any]]:
    """A raw snapshot pull by another installation of anna: the enquiries the server holds."""
    client_id = str(uuid.uuid4())
    with httpx.Client(base_url=url + API, timeout=30) as http:
        login = http.post("/auth/login", json={"login": LOGIN, "password": PASSWORD, "client_id": client_id})
        assert login.status_code == 200, login.text
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        cursor: int | None = None
        enquiries: dict[str, dict[str, Any]] = {}
        while True:
            body = {"client_id": client_id, "cursor": cursor, "limit": 5000}
            page = http.post("/sync/pull", json=body, headers=headers)
            assert page.status_code == 200, page.text
            data = page.json()
            for change in data["changes"]:
                if change["entity"] == "enquiry" and change["op"] == "put":
                    enquiries[change["id"]] = change["data"]
            cursor = data["cursor"]
            if not data["has_more"]:
                return enquiries


def server_results(database_url: str, client_id: str) -> list[tuple[int, str]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT mutation_id, status FROM mutation_results WHERE client_id = :c "
                    "ORDER BY mutation_id"
                ),
                {"c": client_id},
            ).all()
    finally:
        engine.dispose()
    return [(int(r[0]), str(r[1])) for r in rows]


def test_sigkill_never_loses_or_doubles_an_acknowledged_edit(live_server: LiveServer, tmp_path: Path) -> None:
    backend = live_server.database_url.split(":", 1)[0].split("+")[0]
    rng = random.Random(SEED)
    data_dir = tmp_path / "desk"
    acked: list[int] = []
    unacked_durable: list[int] = []  # committed just before a kill, reported as DUP by the next run
    next_edit = 0
    mid_sync = 0
    cache_file: Path | None = None
    started = time.monotonic()

    for round_no in range(KILLS):
        worker = Worker.start(
            live_server.url, data_dir, next_edit, TOTAL - next_edit, tmp_path / f"worker-{round_no}.err"
        )
        worker.wait_for_acks(rng.randint(*ACKS_BEFORE_KILL), timeout=60)
        time.sleep(rng.uniform(0, KILL_JITTERS[round_no % 2]))
        worker.kill()
        assert not any(line.startswith("REFUSED") for line in worker.lines), worker.lines[-5:]
        cache_file = Path(worker.lines[0].split(maxsplit=2)[2])
        acked += worker.numbers("ACK")
        unacked_durable += worker.numbers("DUP")
        done = worker.numbers("ACK") + worker.numbers("DUP")
        last = worker.lines[-1].split()
        if last[0] in ("ACK", "DUP") and (int(last[1]) + 1) % SYNC_EVERY == 0:
            mid_sync += 1  # killed inside sync_once: push, pull or their bookkeeping
        next_edit = max(done, default=next_edit - 1) + 1

        # The cache survived the kill, and every edit the user was told about is in it.
        assert integrity(cache_file) == "ok", f"round {round_no}: cache damaged"
        enquiries, notes = durable_locally(cache_file)
        missing = [n for n in acked if not is_local(n, enquiries, notes)]
        assert not missing, f"round {round_no}: acknowledged edits gone from the cache: {missing[:10]}"

    # A clean run performs the rest and syncs until the outbox is empty.
    final_err = tmp_path / "worker-final.err"
    final = Worker.start(live_server.url, data_dir, next_edit, TOTAL - next_edit, final_err)
    assert final.process.wait(timeout=120) == 0, (final.lines[-5:], final_err.read_text())
    final.finish()
    assert final.lines[-1] == "SYNCED 0", final.lines[-5:]
    acked += final.numbers("ACK")
    unacked_durable += final.numbers("DUP")
    assert cache_file is not None and integrity(cache_file) == "ok"

    # Every edit number was performed by exactly one run (acknowledged or found already durable).
    assert sorted(acked + unacked_durable) == list(range(TOTAL))

    # What the server holds, as another installation sees it.
    enquiries = server_view(live_server.url)
    ours = {enquiry_id(n) for n in range(0, TOTAL, 100)}
    note_texts = Counter(note["text"] for eid in ours if eid in enquiries for note in enquiries[eid]["notes"])
    note_ids = Counter(note["id"] for eid in ours if eid in enquiries for note in enquiries[eid]["notes"])

    def on_server(n: int) -> int:
        if is_create(n):
            return 1 if enquiry_id(n) in enquiries else 0
        return note_texts[f"edit-{n}"]

    copies = {n: on_server(n) for n in range(TOTAL)}
    lost = [n for n in acked if copies[n] == 0]
    duplicated = [n for n, c in copies.items() if c > 1] + [i for i, c in note_ids.items() if c > 1]
    present = sum(1 for n in acked if copies[n] == 1)

    # The server applied each mutation of this installation exactly once, none refused.
    con = connect(cache_file)
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        client_id, next_mutation = meta["client_id"], int(meta["next_mutation_id"])
        refusals = con.execute("SELECT count(*) FROM refusals").fetchone()[0]
    finally:
        con.close()
    results = server_results(live_server.database_url, client_id)

    print(
        f"\ncrash safety [{backend}] seed={SEED}: total={TOTAL} acknowledged={len(acked)} "
        f"durable-unacknowledged={len(unacked_durable)} on_server={present} lost={len(lost)} "
        f"duplicated={len(duplicated)} kills={KILLS} (mid-sync {mid_sync}) "
        f"mutations={len(results)} time={time.monotonic() - started:.1f}s"
    )
    assert lost == [], f"acknowledged edits missing on the server: {lost[:20]}"
    assert duplicated == [], f"edits applied more than once: {duplicated[:20]}"
    assert all(c == 1 for c in copies.values()), "every performed edit is on the server once"
    assert sum(note_texts.values()) == TOTAL - len(ours)
    assert next_mutation - 1 == TOTAL  # one mutation id per edit, none reused or skipped
    assert results == [(i, "applied") for i in range(1, TOTAL + 1)]
    assert refusals == 0


MIGRATION_KILL = """
import os, sys
from pathlib import Path
from sqlalchemy import event
from desktop.models import cache

engine = cache.make_engine(Path(sys.argv[1]))
statements = []

@event.listens_for(engine, "before_cursor_execute")
def die(conn, cursor, statement, parameters, context, executemany):
    statements.append(statement)
    if statement.startswith("CREATE INDEX ix_notes"):
        os._exit(9)  # as abrupt as SIGKILL: mid-migration, tables half created

cache.migrate(engine)
"""


def test_a_kill_during_the_first_migration_leaves_a_cache_that_opens(tmp_path: Path) -> None:
    """Regression: the cache schema used to be created statement by statement in autocommit mode,
    so a kill during the first start left tables without a version stamp, and every later start
    failed with "table ... already exists"."""
    path = tmp_path / "cache" / "anna.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", MIGRATION_KILL, str(path)], cwd=ROOT, env=env, check=False)
    assert killed.returncode == 9
    from desktop.models.cache import open_cache

    engine = open_cache(path)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM outbox")).scalar_one() == 0
            assert conn.execute(text("SELECT value FROM meta WHERE key = 'client_id'")).scalar()
    finally:
        engine.dispose()
    assert integrity(path) == "ok"
