"""Head office's report over a year of synthetic facts, by partner x month, beside a plain GROUP BY.

Issue 11: "1,000,000 enquiries / 2,000,000 offer rounds, one year, by partner x month: p95 <=
500 ms on PostgreSQL and on SQLite, printed beside a plain GROUP BY over the same facts in the
same run."

Set-up, not timed: a fresh database (bench/common.py) with the demo accounts, 37 more partners
and N enquiries' facts written straight into report_enquiries / report_rounds / report_steps
(bench/report_data.py: the mix, ~2 rounds per enquiry), and head office's per-day figures built
from them (report_cube.build, as migration 0009 does; its time is printed); PostgreSQL is
ANALYZEd. Then, over HTTP
to the real server process (uvicorn, one worker, like the other benchmarks), as anna@hq.example:

- `GET /api/v1/reports/summary?rows=partner&columns=period&period=month&from=2025-12-01&to=
  2026-11-30`, timed at the client from sending to having the whole body; the first request is
  shown apart ("cold"), then --repeat timed ones: p50 / p95 / max (nearest rank).
- the plain GROUP BY, alternating with the report requests (so both see the same machine):
  `SELECT r.company_id, <local month of e.received_at>, count(*) FROM report_rounds r JOIN
  report_enquiries e ON ... WHERE <head office's enquiries of the year> GROUP BY 1, 2`, from this
  process through SQLAlchemy on a connection of its own. The month: PostgreSQL
  `to_char(received_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM')`; SQLite has no time zones, so
  `substr(received_at, 1, 7)` (the UTC month: the cheapest grouping there is).
- the server's peak RSS while answering (VmHWM after /proc/PID/clear_refs), and at rest.

`python bench/report_query.py [--enquiries N] [--repeat R] [--backend sqlite|postgresql]`
(`--pure` also times the pure path in-process once: load the units, pivot them in Python; only
for small N, it takes ~100 us per enquiry).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import report_data
from bench.common import BACKENDS, Server, percentile, print_table, serve
from central.db import make_engine, make_session_factory
from central.demo import demo_id
from central.store import report_cube
from central.store.reports import load_units, scope_of
from enquiries.reporting import dimensions as d
from enquiries.reporting.pivot import Query, pivot

HQ = demo_id("hq")
PARAMS = {
    "rows": "partner",
    "columns": "period",
    "period": "month",
    "from": report_data.FIRST_DAY,
    "to": report_data.LAST_DAY,
}
PLAIN = {
    "postgresql": "to_char(e.received_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM')",
    "sqlite": "substr(e.received_at, 1, 7)",
}


def plain_group_by(backend: str) -> Any:
    return text(
        f"SELECT r.company_id, {PLAIN[backend]} AS month, count(*) AS n "
        "FROM report_rounds r JOIN report_enquiries e ON e.enquiry_id = r.enquiry_id "
        "WHERE e.origin_company_id = :hq AND e.received_at >= :low AND e.received_at < :high "
        "GROUP BY 1, 2"
    )


def memory_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def reset_peak(pid: int) -> bool:
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def pure_path(url: str) -> float:
    """The pure definition in-process: load the units (store.reports), pivot them in Python."""
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            scope = scope_of(session, HQ)
            ctx = d.Context(
                zone=ZoneInfo(scope.timezone),
                period="month",
                head_office_id=scope.head_office_id,
                company_names=scope.company_names,
            )
            query = Query(
                ctx, date.fromisoformat(report_data.FIRST_DAY), date.fromisoformat(report_data.LAST_DAY)
            )
            started = time.perf_counter()
            units = load_units(session, scope, query)
            session.commit()
            pivot(units, query, "partner", "period", datetime.now(UTC))
            return time.perf_counter() - started
    finally:
        engine.dispose()


def run(backend: str, count: int, repeat: int, pure: bool) -> list[object] | None:
    written: list[report_data.Written] = []
    started = time.perf_counter()

    built: list[float] = []

    def seed(session: Session) -> None:
        written.append(report_data.write(session, count))
        t0 = time.perf_counter()
        report_cube.build(session)  # what migration 0009 does over existing facts
        built.append(time.perf_counter() - t0)

    with serve(backend, seed) as server:
        if server is None:
            return None
        facts = written[0]
        print(
            f"  [{backend}: {facts.enquiries:,} enquiries, {facts.rounds:,} rounds, {facts.steps:,} steps "
            f"written in {time.perf_counter() - started:.0f} s (set-up, not timed), of which building "
            f"head office's per-day figures {built[0]:.1f} s]"
        )
        return measure(server, backend, repeat, pure)


def measure(server: Server, backend: str, repeat: int, pure: bool) -> list[object]:
    engine = make_engine(server.database_url)
    low = datetime(2025, 12, 1, tzinfo=ZoneInfo("Europe/Rome"))
    high = datetime(2026, 12, 1, tzinfo=ZoneInfo("Europe/Rome"))
    bounds = {"hq": HQ, "low": low.astimezone(UTC), "high": high.astimezone(UTC)}
    if backend == "sqlite":  # compared with the stored text
        bounds = {**bounds, "low": "2025-11-30 23:00:00", "high": "2026-11-30 23:00:00"}
    report: list[float] = []
    plain: list[float] = []
    at_rest = memory_kb(server.pid, "VmRSS")
    with server.signed_in("anna@hq.example") as (http, _), engine.connect() as connection:
        t0 = time.perf_counter()
        first = http.get("/api/v1/reports/summary", params=PARAMS)
        cold = time.perf_counter() - t0
        first.raise_for_status()
        body = first.json()
        size = len(first.content)
        peak_ok = reset_peak(server.pid)
        for _ in range(repeat):
            t0 = time.perf_counter()
            answer = http.get("/api/v1/reports/summary", params=PARAMS)
            answer.raise_for_status()
            report.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            rows = connection.execute(plain_group_by(backend), bounds).all()
            plain.append(time.perf_counter() - t0)
            connection.rollback()
        peak = memory_kb(server.pid, "VmHWM")
    engine.dispose()
    total = body["total"]
    print(
        f"  [{backend}: {len(body['rows'])} partners x {len(body['columns'])} months = "
        f"{len(body['cells'])} cells, "
        f"{size / 1e6:.1f} MB of JSON; total received {total['received']:,}, offered {total['offered']:,}, "
        f"decision median {total['decision_hours_median']} h; plain GROUP BY: {len(rows)} groups, "
        f"{sum(r.n for r in rows):,} rounds]"
    )
    report.sort()
    plain.sort()
    p50, p95 = percentile(report, 50) * 1000, percentile(report, 95) * 1000
    b50, b95 = percentile(plain, 50) * 1000, percentile(plain, 95) * 1000
    memory = f"{peak / 1024:,.0f} MB (at rest {at_rest / 1024:,.0f} MB)" if peak_ok else "n/a"
    row: list[object] = [
        backend,
        cold * 1000,
        f"{p50:,.0f} / {p95:,.0f} / {report[-1] * 1000:,.0f}",
        f"{b50:,.0f} / {b95:,.0f} / {plain[-1] * 1000:,.0f}",
        f"{p50 / b50:.1f} / {p95 / b95:.1f}",
        memory,
    ]
    if pure:
        row.append(pure_path(server.database_url) * 1000)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enquiries", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20, help="timed requests (after one cold one)")
    parser.add_argument("--backend", choices=BACKENDS, action="append")
    parser.add_argument("--pure", action="store_true", help="also time the pure path once (small N only)")
    args = parser.parse_args()
    load = os.getloadavg()
    print(
        f"Head office's summary by partner x month over {args.enquiries:,} enquiries, {args.repeat} requests "
        f"(load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} at the start, {os.cpu_count()} cores)"
    )
    rows = [r for b in args.backend or BACKENDS if (r := run(b, args.enquiries, args.repeat, args.pure))]
    header = [
        "backend",
        "cold ms",
        "report p50/p95/max ms",
        "GROUP BY p50/p95/max ms",
        "ratio p50/p95",
        "server peak RSS",
    ]
    if args.pure:
        header.append("pure path ms")
    load = os.getloadavg()
    print_table(
        f"Results (load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} at the end)", header, rows
    )


if __name__ == "__main__":
    main()
