"""Keep head office's per-day report figures (report_cube_tables.py) in step with the facts.

The figures of a (local day, partner) are those the grouped query (report_sql) computes for that
day and partner - the same SQL, so the same numbers to the last bit - plus, for the "silent"
count that depends on the moment of asking, the instant from which each accepted enquiry
without a result counts as silent. They are made:

- `mark`, by the one write path (report_facts) in the transaction that changes the facts: the
  enquiry's local day of receipt is listed as stale (an enquiry's units all count on that day);
- `refresh`, by the jobs: stale days are computed again and their marks removed, unless a write
  marked them again meanwhile (the token); another zone than the company's builds all again;
- `build`, by the migration and when the zone changed: every day from the facts.

A report reads the days' rows and computes the stale ones from the facts (`compute`), so what
it shows is exact at any moment; the jobs only keep that work small.
"""

from __future__ import annotations

import sys
import uuid
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from central.store import report_sql
from central.store.directory import head_office_id
from central.store.report_cube_tables import (
    ALL_PARTNERS,
    ReportCubeDay,
    ReportCubeReason,
    ReportCubeStale,
    ReportCubeZone,
)
from central.store.report_tables import ReportEnquiry, ReportRound
from central.store.reports import Scope, scope_of
from enquiries.reporting import dimensions as d
from enquiries.reporting.measures import SILENT_DAYS
from enquiries.reporting.pivot import Query

# The grouped query's counts a day's row keeps; "silent" is counted when asked (SERIES' silent_from).
CUBE_COUNTS = tuple(name for name in report_sql.COUNTS if name != "silent")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NEVER_ACTIVE = -(2**62)  # an accepted enquiry with no step, acceptance or decision time at all
_MARKED = "report_cube_marked"
_LOCK = 7_311_011  # PostgreSQL advisory lock of the refresh (two processes' jobs)
SERIES = (  # the columns of the series and their numbers' kinds
    ("decision_hours", "d"),
    ("decision_wall_hours", "d"),
    ("processed_hours", "d"),
    ("processed_wall_hours", "d"),
    ("silent_from", "q"),  # microseconds since 1970: the last activity of an accepted enquiry
)


def micros(moment: datetime) -> int:
    """An instant as whole microseconds since 1970 (exact, unlike a float's seconds)."""
    return (moment - EPOCH) // timedelta(microseconds=1)


def silent_cutoff(now: datetime) -> int:
    """Silent are the accepted enquiries without a result whose last activity is at or before it."""
    return micros(now - timedelta(days=SILENT_DAYS))


def pack(kind: str, values: Sequence[float | int]) -> bytes:
    """A series as little-endian float64 ("d") or int64 ("q") numbers."""
    packed = array(kind, values)
    if sys.byteorder != "little":
        packed.byteswap()
    return packed.tobytes()


@dataclass
class DayFigures:
    """What the units of one local day and partner add up to (ALL_PARTNERS: `received` only)."""

    received: int
    counts: dict[str, int]
    reasons: dict[str, int]
    series: tuple[Sequence[float | int], ...]  # SERIES

    def row(self, day: str, partner: str) -> dict[str, Any]:
        return {
            "day": day,
            "partner": partner,
            "received": self.received,
            **{name: self.counts.get(name, 0) for name in CUBE_COUNTS},
            **{name: pack(kind, values) for (name, kind), values in zip(SERIES, self.series, strict=True)},
        }

    def reason_rows(self, day: str, partner: str) -> list[dict[str, Any]]:
        return [
            {"day": day, "partner": partner, "reason": r, "n": n} for r, n in sorted(self.reasons.items())
        ]


Figures = dict[tuple[str, str], DayFigures]


def zone_of(session: Session) -> str | None:
    """The zone the stored days are cut in; None before the first build."""
    row = session.get(ReportCubeZone, 1)
    return row.zone if row is not None else None


def head_office_scope(session: Session) -> Scope | None:
    hq = head_office_id(session)
    return scope_of(session, hq) if hq else None


# --- marking (the write path) -------------------------------------------------------------------


def mark(session: Session, zone: str, received: Iterable[datetime]) -> None:
    """List the local days (in `zone`) of these enquiries' receipt as stale, once per
    transaction each; a new token per mark tells the job a write came after it read the day."""
    transaction = session.get_transaction()
    cached = session.info.get(_MARKED)
    if cached is None or cached[0] is not transaction:
        cached = (transaction, set())
        session.info[_MARKED] = cached
    marked: set[str] = cached[1]
    tz = ZoneInfo(zone)
    days = {at.astimezone(tz).date().isoformat() for at in received} - marked
    if not days:
        return
    token = uuid.uuid4().hex
    rows = [{"day": day, "token": token} for day in sorted(days)]  # sorted: locks in one order
    make = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = make(ReportCubeStale).values(rows)
    statement = statement.on_conflict_do_update(
        index_elements=["day"], set_={"token": statement.excluded.token}
    )
    session.execute(statement)
    marked |= days


# --- computing days from the facts --------------------------------------------------------------


def day_runs(days: Iterable[str]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) ranges, in order."""
    runs: list[tuple[date, date]] = []
    for day in sorted({date.fromisoformat(x) for x in days}):
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _day_query(scope: Scope, zone: str, first: date | None, last: date | None) -> Query:
    ctx = d.Context(
        zone=ZoneInfo(zone),
        period="day",
        on="received",
        head_office_id=scope.head_office_id,
        company_names=scope.company_names,
    )
    return Query(ctx, first, last, {})


def compute(session: Session, scope: Scope, zone: str, first: date | None, last: date | None) -> Figures:
    """Every (day, partner) of head office's units received from `first` to `last` (None: no
    bound), as report_sql counts them, with the ALL_PARTNERS rows."""
    query = _day_query(scope, zone, first, last)
    groups, _ = report_sql._grouped(session, scope, query, ("partner", "period"), EPOCH)
    out: Figures = {}
    for (partner, day), part in groups.items():
        counts = {name: part.counts[name] for name in CUBE_COUNTS}
        series = (*(list(s) for s in part.series), [])
        out[(day, partner)] = DayFigures(part.received, counts, dict(part.reasons), series)
    for (day,), n in report_sql._received(session, scope, query, ("period",), EPOCH).items():
        out[(day, ALL_PARTNERS)] = DayFigures(n, {}, {}, ([], [], [], [], []))
    for (day, partner), values in _silent_from(session, scope, query).items():
        out[(day, partner)].series[4].extend(sorted(values))  # type: ignore[attr-defined]
    return out


def _silent_from(session: Session, scope: Scope, query: Query) -> dict[tuple[str, str], list[int]]:
    """The last activity of every accepted round whose enquiry has no result (report_sql's
    `silent`, for head office: accepted, no result, none of the three times after the cutoff)."""
    e, r = ReportEnquiry, ReportRound
    statement = (
        select(r.company_id, e.received_at, e.accepted_at, e.last_step_at, r.decided_at)
        .join(e, e.enquiry_id == r.enquiry_id)
        .where(e.origin_company_id == scope.head_office_id, r.outcome == "accepted", e.result == "")
        .where(*report_sql._range(e.received_at, query))
    )
    zone = query.ctx.zone
    out: dict[tuple[str, str], list[int]] = {}
    for partner, received, *times in session.execute(statement):
        known = [micros(t) for t in times if t is not None]
        day = d.period_key(received.astimezone(zone).date(), "day")
        out.setdefault((day, partner), []).append(max(known) if known else NEVER_ACTIVE)
    return out


def _store(session: Session, figures: Figures, days: Iterable[str] | None) -> None:
    """Replace the rows of `days` (None: all) by `figures`."""
    for table in (ReportCubeDay, ReportCubeReason):
        if days is None:
            session.execute(delete(table))
        else:
            for chunk in _chunks(sorted(set(days)), 500):
                session.execute(delete(table).where(table.day.in_(chunk)))
    ordered = sorted(figures.items())
    for table, rows in (
        (ReportCubeDay, [f.row(day, partner) for (day, partner), f in ordered]),
        (ReportCubeReason, [r for (day, partner), f in ordered for r in f.reason_rows(day, partner)]),
    ):
        for chunk in _chunks(rows, 2000):
            session.execute(insert(table), chunk)


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK})


def build(session: Session) -> int:
    """Every day again from the facts, in head office's zone (no head office: nothing);
    returns the number of rows. The caller commits."""
    _lock(session)
    scope = head_office_scope(session)
    session.execute(delete(ReportCubeStale))
    session.execute(delete(ReportCubeZone))
    if scope is None:
        _store(session, {}, None)
        return 0
    figures = compute(session, scope, scope.timezone, None, None)
    _store(session, figures, None)
    session.add(ReportCubeZone(id=1, zone=scope.timezone))
    session.flush()
    return len(figures)


def refresh(session: Session) -> int:
    """Compute the stale days again (all, if head office's zone changed); returns how many
    days. The caller commits."""
    scope = head_office_scope(session)
    if scope is None:
        return 0
    if zone_of(session) != scope.timezone:
        build(session)
        return len(set(session.scalars(select(ReportCubeDay.day).distinct())))
    _lock(session)
    stale = {
        row.day: row.token for row in session.execute(select(ReportCubeStale.day, ReportCubeStale.token))
    }
    if not stale:
        return 0
    figures: Figures = {}
    for first, last in day_runs(stale):
        figures.update(compute(session, scope, scope.timezone, first, last))
    _store(session, figures, stale)
    for day, token in sorted(stale.items()):
        session.execute(
            delete(ReportCubeStale).where(ReportCubeStale.day == day, ReportCubeStale.token == token)
        )
    return len(stale)
