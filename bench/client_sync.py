"""Client sync benchmarks against a real server process (SQLite), timed at the desktop client.

(a) Initial sync of ROWS enquiries into an empty cache (`SyncEngine.sync_once`, signed in as
    max@mueller.example through `open_session`): seconds, response bytes, peak memory. Each run is
    a child process with a fresh cache, so that its memory figures are the client's alone; --repeat
    runs (default 3), the median is shown. One more child repeats it under tracemalloc for the
    Python heap peak (tracemalloc slows the run, so its time is not reported).
(b) Server commit -> second online client updated: max and eva (same company) each run
    `DeskService.run` in a thread (long-poll poke). Max performs `add_note` NOTES times; we time
    until eva's cache shows the note (polling eva's `enquiry(id)` every 5 ms), both from max's
    local commit and from the moment max's push was answered (the server had committed by then).
(c) Catch-up after CHANGES changes made while offline: max stops syncing, eva (a plain HTTP
    client) pushes CHANGES `add_note`s on CHANGES distinct enquiries max sees, in batches of 100;
    then max syncs once: seconds.

Set-up, not timed: the demo accounts and SEED_ENQUIRIES enquiries through the real rules, then
ROWS `sync_views` rows for Fenster Müller bulk-inserted directly. Each is a varied copy of a real
Müller projection from the seed (fresh ids, number, contact, dates; ~1.8 KB of JSON on average).

    PYTHONPATH=. ENQUIRY_FAST_HASH=1 .venv/bin/python bench/client_sync.py [--rows N] [--repeat N]
        [--profile DIR]

With --profile DIR, one more initial sync runs under cProfile (DIR/initial_sync.prof), and the
catch-up runs under it (DIR/catch_up.prof; its printed time then includes the profiler).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.memory import hwm_mb, maxrss_mb

os.environ.setdefault("ENQUIRY_FAST_HASH", "1")

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bench.common import Server

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "demo"
ROWS = 100_000
SEED_ENQUIRIES = 200
NOTES = 50
CHANGES = 5000
BATCH = 100
MAX = "max@mueller.example"
EVA = "eva@mueller.example"
MUELLER = "mueller"


# --- server set-up ------------------------------------------------------------------------------
def make_seed(rows: int) -> Callable[[Session], None]:
    """The server's data, written in the server's database before it starts (bench.common.serve)."""
    from sqlalchemy import func, insert, select, update

    from central.demo import FIRST, LAST, REGIONS, demo_id
    from central.demo_enquiries import seed_enquiries
    from central.store.accounts import Person
    from central.store.enquiries import Counter
    from central.store.sync import SyncView
    from central.store.views import CHANGE_SEQ

    company = demo_id(MUELLER)

    def seed(session: Session) -> None:
        people = {p.login.split("@")[0]: p for p in session.scalars(select(Person))}
        seed_enquiries(session, people, now=datetime(2026, 11, 24, 9, tzinfo=UTC), count=SEED_ENQUIRIES)
        session.flush()
        templates = [
            json.loads(data)
            for data in session.scalars(
                select(SyncView.data).where(
                    SyncView.company_id == company, SyncView.entity == "enquiry", SyncView.visible.is_(True)
                )
            )
        ]
        first = session.scalar(select(Counter.value).where(Counter.name == CHANGE_SEQ)) + 1
        rng = random.Random(11)
        cities, low, high = REGIONS["DE"]
        start = datetime(2024, 11, 24, tzinfo=UTC)
        size = 0
        for at in range(0, rows, 5000):
            values = []
            for n in range(at, min(at + 5000, rows)):
                data = json.loads(json.dumps(templates[n % len(templates)]))
                received = start + timedelta(minutes=7 * n)
                data["id"] = entity_id = str(uuid.UUID(int=rng.getrandbits(128)))
                data["number"] = f"E-{received.year}-{n:07d}"
                for kind in ("notes", "documents", "tasks"):
                    for item in data.get(kind) or ():
                        item["id"] = str(uuid.UUID(int=rng.getrandbits(128)))
                if data.get("contact_id"):
                    data["contact_id"] = str(uuid.UUID(int=rng.getrandbits(128)))
                data["received_at"] = data["updated_at"] = received.strftime("%Y-%m-%dT%H:%M:%SZ")
                contact = data.get("contact") or {}
                contact["postcode"] = str(rng.randint(low, high))
                contact["city"] = rng.choice(cities)
                if not data.get("anonymised"):
                    first_name, last_name = rng.choice(FIRST), rng.choice(LAST)
                    contact.update(
                        first_name=first_name,
                        last_name=last_name,
                        email=f"{first_name}.{last_name}{n}@example.net".lower(),
                        phone=f"+49{rng.randint(10**9, 10**10)}",
                    )
                text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
                size += len(text.encode())
                values.append(
                    {
                        "company_id": company,
                        "entity": "enquiry",
                        "entity_id": entity_id,
                        "person_id": None,
                        "seq": first + n,
                        "visible": True,
                        "data": text,
                    }
                )
            session.execute(insert(SyncView), values)
        session.execute(update(Counter).where(Counter.name == CHANGE_SEQ).values(value=first + rows - 1))
        visible = select(func.count()).where(SyncView.company_id == company, SyncView.visible.is_(True))
        print(
            f"  [bulk-inserted {rows:,} sync_views rows, {size / max(rows, 1):,.0f} B of JSON on average, "
            f"from {len(templates)} seeded Müller projections; {session.scalar(visible):,} rows visible "
            "to Müller]",
            flush=True,
        )

    return seed


# --- client helpers -----------------------------------------------------------------------------
class WireCounter:
    """Counts response bodies of a transport's httpx client (and requests sent)."""

    def __init__(self, transport: Any) -> None:
        self.body = 0  # decoded response bodies
        self.raw = 0  # as received (differs only if the server compressed)
        self.requests = 0
        self.sent = 0
        http = transport.http
        original = http.request

        def request(method: str, url: Any, **kwargs: Any) -> Any:
            response = original(method, url, **kwargs)
            self.body += len(response.content)
            self.raw += response.num_bytes_downloaded
            self.requests += 1
            self.sent += len(response.request.content or b"")
            return response

        http.request = request


def open_client(url: str, login: str, data_dir: Path) -> Any:
    from desktop.sync.session import open_session

    return open_session(url, login, PASSWORD, data_dir=data_dir)


# --- (a) initial sync, in a child process --------------------------------------------------------
def child_initial(url: str, data_dir: Path, *, trace: bool, profile: str | None) -> None:
    import tracemalloc

    rss_before, hwm_before = maxrss_mb(), hwm_mb()
    started = time.perf_counter()
    session = open_client(url, MAX, data_dir)
    login = time.perf_counter() - started
    wire = WireCounter(session.sync.transport)
    if trace:
        tracemalloc.start()
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    report = session.sync.sync_once()
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6 if trace else None
    session.close()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "login": login,
                "pulled": report.pulled,
                "pages": report.pages,
                "bytes": wire.body,
                "raw": wire.raw,
                "requests": wire.requests,
                "rss_before": rss_before,
                "maxrss": maxrss_mb(),
                "hwm_before": hwm_before,
                "hwm": hwm_mb(),
                "tracemalloc_peak": peak,
                "cache_mb": session.path.stat().st_size / 1e6,
            }
        )
    )


def initial_sync(server: Server, data_dir: Path, *, trace: bool, profile: str | None) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", server.base_url, str(data_dir)]
    if trace:
        command.append("--trace")
    if profile:
        command += ["--profile", profile]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ENQUIRY_FAST_HASH": "1"}
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"initial sync child failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# --- (b) commit -> other client updated ---------------------------------------------------------
class PushClock:
    """Remembers when each push of a transport was answered, by the highest mutation id it carried."""

    def __init__(self, transport: Any) -> None:
        self.answered: dict[int, float] = {}
        original = transport.push

        def push(client_id: str, mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
            results = original(client_id, mutations)
            now = time.perf_counter()
            for m in mutations:
                self.answered.setdefault(int(m["id"]), now)
            return list(results)

        transport.push = push


def wait_for(check: Callable[[], bool], timeout: float, interval: float = 0.005) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if check():
            return True
        time.sleep(interval)
    return False


def has_note(service: Any, enquiry_id: str, note_id: str) -> bool:
    data = service.reads.enquiry(enquiry_id)
    return bool(data) and any(n["id"] == note_id for n in data["journal_notes"])


def propagation(max_service: Any, eva_service: Any, notes: int) -> tuple[list[float], list[float]]:
    """(ms from max's local commit, ms from max's push answered) until eva's cache shows the note."""
    from enquiries.commands import AddNote, CreateEnquiry

    clock = PushClock(max_service.sync.transport)
    enquiry_ids = []
    for k in range(5):
        eid = str(uuid.uuid4())
        result = max_service.actions.perform(
            CreateEnquiry(
                enquiry_id=eid,
                type="offer",
                product_interest="PVC windows",
                channel="showroom",
                first_name="Bench",
                last_name=f"Kunde {k}",
                postcode="80331",
                city="München",
                country="DE",
            )
        )
        assert isinstance(result, int), result
        enquiry_ids.append(eid)
    for eid in enquiry_ids:
        if not wait_for(lambda e=eid: eva_service.reads.enquiry(e) is not None, 30):
            raise RuntimeError("eva never saw max's new enquiry")
    rng = random.Random(5)
    from_commit, from_push = [], []
    for n in range(notes):
        time.sleep(rng.uniform(0.05, 0.4))  # no lock-step with the server's 0.2 s poke loop
        eid, note_id = enquiry_ids[n % len(enquiry_ids)], str(uuid.uuid4())
        mutation_id = max_service.actions.perform(
            AddNote(enquiry_id=eid, note_id=note_id, text=f"Rückruf {n}")
        )
        assert isinstance(mutation_id, int), mutation_id
        committed = time.perf_counter()
        if not wait_for(lambda e=eid, i=note_id: has_note(eva_service, e, i), 30):
            raise RuntimeError(f"eva did not see note {n} within 30 s")
        seen = time.perf_counter()
        from_commit.append((seen - committed) * 1000)
        answered = clock.answered.get(mutation_id)
        if answered is not None:
            from_push.append((seen - answered) * 1000)
    return sorted(from_commit), sorted(from_push)


# --- (c) catch-up -------------------------------------------------------------------------------
def offline_changes(server: Server, changes: int, before_offline: Callable[[], Any]) -> tuple[float, float]:
    """Eva creates `changes` enquiries (max syncs them), then notes each once: (create s, note s)."""
    from bench.push_throughput import push

    with server.signed_in(EVA) as (http, client_id):
        ids = [str(uuid.uuid4()) for _ in range(changes)]
        creates = [
            {
                "name": "create_enquiry",
                "args": {"enquiry_id": e, "last_name": f"Offline {n}", "postcode": "80331", "country": "DE"},
            }
            for n, e in enumerate(ids)
        ]
        started = time.perf_counter()
        for at in range(0, changes, BATCH):
            push(http, client_id, 1 + at, creates[at : at + BATCH])
        create_s = time.perf_counter() - started
        before_offline()  # max sees them all, then goes offline
        notes = [
            {
                "name": "add_note",
                "args": {"enquiry_id": e, "note_id": str(uuid.uuid4()), "text": "Customer called back."},
            }
            for e in ids
        ]
        started = time.perf_counter()
        for at in range(0, changes, BATCH):
            push(http, client_id, 1 + changes + at, notes[at : at + BATCH])
        return create_s, time.perf_counter() - started


# --- driver -------------------------------------------------------------------------------------
def run(rows: int, notes: int, changes: int, profile_dir: Path | None, repeat: int) -> None:
    from bench.common import percentile, print_table, serve
    from desktop.service import DeskService

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"client sync benchmarks: {rows:,} enquiries, SQLite server, {os.cpu_count()} CPUs, load {load}",
        flush=True,
    )
    with serve("sqlite", make_seed(rows)) as server, tempfile.TemporaryDirectory(prefix="client-sync") as tmp:
        assert server is not None
        work = Path(tmp)
        runs = [initial_sync(server, work / "max", trace=False, profile=None)]  # (b) and (c) reuse it
        runs += [initial_sync(server, work / f"max-{n}", trace=False, profile=None) for n in range(1, repeat)]
        plain = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]  # the median run
        traced = initial_sync(server, work / "max-traced", trace=True, profile=None)
        if profile_dir:  # a third run: cProfile slows the client down by about a third
            prof = str(profile_dir / "initial_sync.prof")
            profiled = initial_sync(server, work / "max-profiled", trace=False, profile=prof)
            print(f"  [initial sync under cProfile: {profiled['seconds']:.1f} s -> {prof}]")
        print_table(
            f"(a) initial sync of {rows:,} enquiries into an empty cache (target <= 15 s); median of "
            f"{len(runs)} runs: " + ", ".join(f"{r['seconds']:.1f}" for r in runs) + " s",
            ["seconds", "rows/s", "login s", "pages", "requests", "MB bodies", "MB raw", "cache MB"],
            [
                [
                    plain["seconds"],
                    round(plain["pulled"] / plain["seconds"]),
                    f"{plain['login']:.2f}",
                    plain["pages"],
                    plain["requests"],
                    plain["bytes"] / 1e6,
                    plain["raw"] / 1e6,
                    plain["cache_mb"],
                ]
            ],
        )
        print_table(
            "(a) client memory during the initial sync (the median run)",
            ["VmHWM MB", "VmHWM at start MB", "ru_maxrss MB", "ru_maxrss at start MB", "tracemalloc peak MB"],
            [
                [
                    plain["hwm"],
                    plain["hwm_before"],
                    plain["maxrss"],
                    plain["rss_before"],
                    traced["tracemalloc_peak"],
                ]
            ],
        )
        print(
            "  [VmHWM: the client process's own peak RSS. ru_maxrss is carried over exec on Linux, so it\n"
            "   cannot be below the parent's RSS at spawn time ('at start'); tracemalloc (Python heap\n"
            "   only) is from a second, identical child run under tracemalloc, whose time is not used]"
        )

        # (b) two online clients of one company
        max_session = open_client(server.base_url, MAX, work / "max")
        eva_session = open_client(server.base_url, EVA, work / "eva")
        max_service, eva_service = DeskService(max_session), DeskService(eva_session)
        started = time.perf_counter()
        eva_service.loop.sync_now()
        eva_initial = time.perf_counter() - started
        print(f"\n  [eva's initial sync in the benchmark process: {eva_initial:.1f} s]", flush=True)
        stop_max, stop_eva = threading.Event(), threading.Event()
        loops = [
            threading.Thread(target=max_service.loop.run, args=(stop_max,), daemon=True),
            threading.Thread(target=eva_service.loop.run, args=(stop_eva,), daemon=True),
        ]
        for loop in loops:
            loop.start()
        from_commit, from_push = propagation(max_service, eva_service, notes)
        print_table(
            f"(b) max adds a note -> eva's cache shows it, {notes} times (targets p50 <= 1 s, p95 <= 3 s)",
            ["measured from", "n", "p50 ms", "p95 ms", "max ms"],
            [
                [
                    "max's local commit",
                    len(from_commit),
                    percentile(from_commit, 50),
                    percentile(from_commit, 95),
                    from_commit[-1],
                ],
                [
                    "max's push answered",
                    len(from_push),
                    percentile(from_push, 50),
                    percentile(from_push, 95),
                    from_push[-1],
                ],
            ],
        )
        stop_max.set()
        stop_eva.set()
        max_service.loop.wake()
        eva_service.loop.wake()
        for loop in loops:
            loop.join(30)
        eva_session.close()

        # (c) max offline while eva changes CHANGES enquiries
        setup: dict[str, float] = {}

        def max_catches_creates() -> None:
            t0 = time.perf_counter()
            report = max_session.sync.sync_once()
            setup["create_pull"] = time.perf_counter() - t0
            setup["create_rows"] = report.pulled

        create_s, note_s = offline_changes(server, changes, max_catches_creates)
        wire = WireCounter(max_session.sync.transport)
        profiler = cProfile.Profile() if profile_dir else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        report = max_session.sync.sync_once()
        if profiler:
            profiler.disable()
            profiler.dump_stats(str(profile_dir / "catch_up.prof"))  # type: ignore[operator]
        catch_up = time.perf_counter() - started
        with max_session.sync.db.connect() as conn:
            from sqlalchemy import text

            cached = conn.execute(text("SELECT count(*) FROM enquiries")).scalar_one()
        max_session.close()
        print(
            f"\n  [set-up: eva created {changes:,} enquiries in {create_s:.1f} s; max pulled them "
            f"({setup['create_rows']:,.0f} rows) in {setup['create_pull']:.1f} s; "
            f"eva then pushed {changes:,} add_note in batches of {BATCH} in {note_s:.1f} s]"
        )
        print_table(
            f"(c) catch-up after {changes:,} changes made while offline, cache of {cached:,} enquiries "
            "(target <= 5 s)",
            ["seconds", "rows pulled", "pages", "requests", "MB bodies"],
            [[catch_up, report.pulled, report.pages, wire.requests, wire.body / 1e6]],
        )
        if profile_dir:
            print(f"\n  [catch-up ran under cProfile (time above included): {profile_dir}/catch_up.prof]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--notes", type=int, default=NOTES)
    parser.add_argument("--changes", type=int, default=CHANGES)
    parser.add_argument("--repeat", type=int, default=3, help="initial sync runs (a); the median is shown")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics into this folder")
    parser.add_argument("--child", nargs=2, metavar=("URL", "DATA_DIR"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        profile = str(args.profile) if args.profile else None
        child_initial(args.child[0], Path(args.child[1]), trace=args.trace, profile=profile)
        return
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
        args.profile = args.profile.resolve()
    run(args.rows, args.notes, args.changes, args.profile, args.repeat)


if __name__ == "__main__":
    main()
