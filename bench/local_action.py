"""A local action until the cache shows it: `DeskService.perform(AddNote(...))` on a 100k cache.

`perform` decides with the shared rules, writes the optimistic change and the outbox row in one
SQLite transaction (WAL, synchronous=FULL: the commit is on disk) and returns after the commit, so
its wall time is "user acts -> cache updated". The server is unreachable (offline), as it does not
take part: pushing happens later, on the sync thread.

The cache is a synthetic one (bench/synthetic_cache.py) of ROWS enquiries, built first unless
--cache names an existing one. WARM_UP actions, then ACTIONS timed ones, each on a different
random enquiry that is not an anonymised offer (those take no notes).

    PYTHONPATH=. ENQUIRY_FAST_HASH=1 .venv/bin/python bench/local_action.py [--rows N] [--cache PATH]
        [--profile FILE]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from bench.common import percentile, print_table
from bench.synthetic_cache import build
from desktop.models.cache import open_cache
from desktop.service import DeskService
from desktop.sync.engine import SyncEngine
from desktop.sync.session import DeskSession
from desktop.sync.transport import Transport
from enquiries.commands import AddNote

ROWS = 100_000
ACTIONS = 500
WARM_UP = 20
UNREACHABLE = "http://127.0.0.1:9"


def offline_service(path: Path) -> DeskService:
    engine = SyncEngine(open_cache(path), Transport(UNREACHABLE))
    return DeskService(DeskSession(UNREACHABLE, "bench", path, engine, remember=False))


def measure(service: DeskService, actions: int, profile: str | None) -> list[float]:
    """Sorted wall times of `actions` add_note performs, in ms."""
    with service.sync.db.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM enquiries WHERE anonymised = 0")).scalars())
    rng = random.Random(3)
    targets = rng.sample(ids, WARM_UP + actions)
    times = []
    profiler = cProfile.Profile() if profile else None
    for n, enquiry_id in enumerate(targets):
        command = AddNote(enquiry_id=enquiry_id, note_id=str(uuid.uuid4()), text=f"Rückruf vereinbart ({n}).")
        if profiler and n == WARM_UP:
            profiler.enable()
        started = time.perf_counter()
        result = service.actions.perform(command)
        times.append((time.perf_counter() - started) * 1000)
        if not isinstance(result, int):
            raise RuntimeError(f"add_note refused: {result}")
    if profiler and profile:
        profiler.disable()
        profiler.dump_stats(profile)
    return sorted(times[WARM_UP:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--actions", type=int, default=ACTIONS)
    parser.add_argument("--cache", type=Path, help="an existing synthetic cache (a copy is not made)")
    parser.add_argument("--profile", help="write cProfile statistics of the timed actions to this file")
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"local action benchmark, {os.cpu_count()} CPUs, load {load}", flush=True)
    with tempfile.TemporaryDirectory(prefix="local-action-") as tmp:
        path = args.cache
        if path is None:
            path = Path(tmp) / "cache.sqlite3"
            print(f"  [building a synthetic cache of {args.rows:,} enquiries ...]", flush=True)
            print(
                f"  [built in {build(path, args.rows):.1f} s, {path.stat().st_size / 1e6:,.0f} MB]",
                flush=True,
            )
        service = offline_service(path)
        with service.sync.db.connect() as conn:
            cached = conn.execute(text("SELECT count(*) FROM enquiries")).scalar_one()
        ms = measure(service, args.actions, args.profile)
        service.session.close()
    print_table(
        f"local action: perform(add_note) until committed in the cache, {cached:,} enquiries "
        "(target p95 <= 16 ms)",
        ["actions", "p50 ms", "p95 ms", "p99 ms", "max ms"],
        [[len(ms), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms[-1]]],
    )
    if args.profile:
        print(f"\n  [timed actions ran under cProfile (times above include that): {args.profile}]")


if __name__ == "__main__":
    main()
