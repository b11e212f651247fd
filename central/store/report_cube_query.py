"""Head office's reports by partner and period from the per-day figures (report_cube.py).

`pivot` is report_sql.pivot's answer, the same `Pivot` to the last bit, and much faster where
the question fits the per-day figures: head office asking, on the day of receipt, by partner
and/or period (or neither), with no filter but the range (whole local days in the zone the days
are cut in). Everything else, and a server without numpy (the client's bundled demo server),
is answered by report_sql from the facts.

The days' rows are read in the report's snapshot; days marked stale in it are computed from
the facts there and then (report_cube.compute), so the answer is the facts' at that moment.
Per cell the rows' counts add up, the distinct enquiries add up over days (an enquiry counts
on one day) and over partners come from the day's ALL_PARTNERS row; a group's median and p90
are the two values at their ranks among all its values (numpy's partition), put together by
the same formula as measures.quantile, so they equal the pure figures exactly.
"""

from __future__ import annotations

import importlib.util
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Integer, case, func, literal, literal_column, select
from sqlalchemy.orm import Session

from central.store import report_cube, report_sql
from central.store.order_stats import values_at
from central.store.report_cube import CUBE_COUNTS
from central.store.report_cube_tables import ALL_PARTNERS, ReportCubeDay, ReportCubeReason, ReportCubeStale
from central.store.report_sql import Part
from central.store.reports import Scope
from enquiries.reporting import dimensions as d
from enquiries.reporting.measures import Quantiles, interpolated
from enquiries.reporting.pivot import Pivot, Query

SERVED = frozenset({"partner", "period"})
_DTYPES = {"d": "<f8", "q": "<i8"}


@cache
def has_numpy() -> bool:
    return importlib.util.find_spec("numpy") is not None


def fits(session: Session, scope: Scope, query: Query, rows: str | None, columns: str | None) -> bool:
    """Whether the per-day figures can answer this question."""
    dims = {dim for dim in (rows, columns) if dim is not None}
    return (
        has_numpy()
        and scope.viewer.head_office
        and query.ctx.on == "received"
        and not query.filters
        and dims <= SERVED
        and (rows is None or rows != columns)
        and report_cube.zone_of(session) == query.ctx.zone.key
    )


def pivot(
    session: Session,
    scope: Scope,
    query: Query,
    rows: str | None,
    columns: str | None,
    now: datetime,
    *,
    check_cells: bool = True,
) -> Pivot:
    """report_sql.pivot, from the per-day figures where they fit the question."""
    if not fits(session, scope, query, rows, columns):
        return report_sql.pivot(session, scope, query, rows, columns, now, check_cells=check_cells)
    period = query.ctx.period

    def period_of(day: str) -> str:
        return d.period_key(date.fromisoformat(day), period)

    with_period = "period" in (rows, columns)
    days = _groups(session, scope, query, period_of if with_period else lambda _: "")
    cutoff = report_cube.silent_cutoff(now)

    def key(dimension: str | None, partner: str, period_key: str) -> str:
        if dimension is None:
            return ""
        return partner if dimension == "partner" else period_key

    with_partner = "partner" in (rows, columns)
    groups: dict[tuple[str, str], list[Day]] = {}
    everyone: Counter[str] = Counter()  # distinct enquiries over all partners, per period key
    by_partner: Counter[tuple[str, str]] = Counter()  # ... of one partner, per period key
    for day in days:
        period_key = day.period
        if day.partner == ALL_PARTNERS:
            everyone[period_key] += day.received
            continue
        by_partner[(day.partner, period_key)] += day.received
        cell = (key(rows, day.partner, period_key), key(columns, day.partner, period_key))
        groups.setdefault(cell, []).append(day)

    partner_total: Counter[str] = Counter()
    for (partner_key, _), n in by_partner.items():
        partner_total[partner_key] += n

    def received(partner: str | None, period_key: str | None) -> int:
        if partner is not None:
            return by_partner[(partner, period_key)] if period_key is not None else partner_total[partner]
        return everyone[period_key] if period_key is not None else sum(everyone.values())

    def fixed(dimension: str | None, value: str) -> tuple[str | None, str | None]:
        """(partner, period key) a row's or column's key fixes."""
        if dimension == "partner":
            return value, None
        if dimension == "period":
            return None, value
        return None, None

    by_cell: dict[tuple[str, str], Part] = {}
    for (rk, ck), members in groups.items():
        fixed_partner = members[0].partner if with_partner else None
        fixed_period = members[0].period if with_period else None
        by_cell[(rk, ck)] = _part(members, received(fixed_partner, fixed_period), cutoff)
    received_rows = {rk: received(*fixed(rows, rk)) for rk, _ in by_cell}
    received_columns = {ck: received(*fixed(columns, ck)) for _, ck in by_cell}
    return report_sql.assemble(
        query,
        rows,
        columns,
        by_cell,
        received_rows,
        received_columns,
        received(None, None),
        check_cells=check_cells,
        quantiles=quantiles,
    )


@dataclass
class Day:
    """What the rows of one partner in one period add up to (or of one stale day computed from
    the facts): counts, reasons as written, the series still packed."""

    partner: str
    period: str
    received: int
    counts: tuple[int, ...]  # CUBE_COUNTS
    reasons: dict[str, int]
    series: list[list[bytes]]  # report_cube.SERIES, each as the rows' packed parts


def _groups(session: Session, scope: Scope, query: Query, period_of: Callable[[str], str]) -> list[Day]:
    """The query's days added up per partner and period by the database; the days marked stale
    computed from the facts instead, one Day each."""
    t = ReportCubeDay.__table__.c
    stale = sorted(
        set(session.scalars(select(ReportCubeStale.day).where(*_days_of(ReportCubeStale.day, query))))
    )
    days = sorted(set(session.scalars(select(t.day).where(*_chosen(t.day, query, stale)).distinct())))
    keys: list[str] = []
    starts: list[str] = []  # the first day of each run of days with the same period key
    index_of: dict[str, int] = {}  # every day's period number
    for day in days:
        key = period_of(day)
        if not keys or keys[-1] != key:
            keys.append(key)
            starts.append(day)
        index_of[day] = len(keys) - 1
    out: list[Day] = []
    if days:
        out += _added_up(session, query, stale, starts, keys, index_of)
    for first, last in report_cube.day_runs(stale):
        computed = report_cube.compute(session, scope, query.ctx.zone.key, first, last)
        for (day, partner), figures in sorted(computed.items()):
            values = figures.row(day, partner)
            out.append(
                Day(
                    partner,
                    period_of(day),
                    figures.received,
                    tuple(values[name] for name in CUBE_COUNTS),
                    figures.reasons,
                    [[values[name]] for name, _ in report_cube.SERIES],
                )
            )
    return out


def _days_of(column: Any, query: Query) -> list[Any]:
    """The conditions on a day column (ISO dates) for the query's range."""
    where: list[Any] = []
    if query.start is not None:
        where.append(column >= query.start.isoformat())
    if query.end is not None:
        where.append(column <= query.end.isoformat())
    return where


def _chosen(column: Any, query: Query, stale: Sequence[str]) -> list[Any]:
    """The conditions on a day column for the query's days that are not stale."""
    where = _days_of(column, query)
    if stale:
        where.append(column.not_in(stale))
    return where


def _period_index(day: Any, starts: Sequence[str]) -> Any:
    """The index of a day's period among `starts` (ascending first days): a balanced CASE tree."""

    def tree(low: int, high: int) -> Any:
        if high - low == 1:
            return literal(low, Integer)
        middle = (low + high) // 2
        return case((day < starts[middle], tree(low, middle)), else_=tree(middle, high))

    return tree(0, len(starts))


def _added_up(
    session: Session,
    query: Query,
    stale: Sequence[str],
    starts: Sequence[str],
    keys: Sequence[str],
    index_of: dict[str, int],
) -> list[Day]:
    """The rows per (partner, period number): counts, reasons and (PostgreSQL) the series added
    up by the database; SQLite's series read row by row and joined here."""
    t = ReportCubeDay.__table__.c
    postgres = session.get_bind().dialect.name == "postgresql"
    index = _period_index(t.day, starts).label("period")
    columns: list[Any] = [
        t.partner,
        index,
        func.sum(t.received),
        *[func.sum(t[name]) for name in CUBE_COUNTS],
    ]
    names = [name for name, _ in report_cube.SERIES]
    if postgres:  # the packed series joined by the database
        columns += [func.string_agg(t[name], literal_column("''::bytea")) for name in names]
    statement = select(*columns).where(*_chosen(t.day, query, stale)).group_by(t.partner, index)
    width = len(CUBE_COUNTS)
    out: dict[tuple[str, int], Day] = {}
    for row in _rows(session, statement):
        partner, number = row[0], int(row[1])
        counts = tuple(int(n) for n in row[3 : 3 + width])
        series = (
            [[bytes(blob)] if blob else [] for blob in row[3 + width :]] if postgres else [[] for _ in names]
        )
        out[(partner, number)] = Day(partner, keys[number], int(row[2]), counts, {}, series)
    c = ReportCubeReason.__table__.c
    reason_index = _period_index(c.day, starts).label("period")
    reasons = (
        select(c.partner, reason_index, c.reason, func.sum(c.n))
        .where(*_chosen(c.day, query, stale))
        .group_by(c.partner, reason_index, c.reason)
    )
    for partner, number, reason, n in session.execute(reasons):
        out[(partner, int(number))].reasons[reason] = int(n)
    if not postgres:  # the packed series read as they are, put together here
        blobs = select(t.partner, t.day, *[t[name] for name in names]).where(*_chosen(t.day, query, stale))
        raw = session.connection().exec_driver_sql(*_compiled(session, blobs))
        for partner, day, *packed in raw:
            series = out[(partner, index_of[day])].series
            for target, blob in zip(series, packed, strict=True):
                if blob:
                    target.append(blob)
    return list(out.values())


def _rows(session: Session, statement: Any) -> list[Any]:
    """The statement's rows from the driver; PostgreSQL's in its binary format (the packed
    series arrive as bytes, not as hex text twice their size to decode)."""
    if session.get_bind().dialect.name != "postgresql":
        return list(session.execute(statement))
    sql, params = _compiled(session, statement)
    raw = session.connection().connection.driver_connection
    assert raw is not None
    with raw.cursor(binary=True) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _compiled(session: Session, statement: Any) -> tuple[str, Any]:
    """The statement as the driver's SQL and parameters (rows without SQLAlchemy's processing)."""
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    params = compiled.construct_params()
    if compiled.positiontup is None:  # PostgreSQL's named parameters
        return str(compiled), params
    return str(compiled), tuple(params[name] for name in compiled.positiontup)


def _part(days: Sequence[Day], received: int, cutoff: int) -> Part:
    """What a cell's rows add up to; its series as numpy arrays (not in order)."""
    import numpy as np

    totals = [sum(column) for column in zip(*(day.counts for day in days), strict=True)]
    counts = dict(zip(CUBE_COUNTS, totals, strict=True))
    reasons: Counter[str] = Counter()
    for day in days:
        for reason, n in day.reasons.items():
            reasons[reason] += n
    series = [
        np.frombuffer(b"".join(blob for day in days for blob in day.series[i]), dtype=_DTYPES[kind])
        for i, (_, kind) in enumerate(report_cube.SERIES)
    ]
    counts["silent"] = int(np.count_nonzero(series[4] <= cutoff))
    return Part(counts, received, reasons, tuple(series[:4]))  # type: ignore[arg-type]  # arrays as series


def quantiles(parts: Sequence[Part], index: int) -> Quantiles:
    """The median and p90 of the parts' series `index`: the values at the ranks measures.quantile
    takes (order_stats.values_at), put together by the same formula, so the same float."""
    import numpy as np

    arrays: list[Any] = [part.series[index] for part in parts if len(part.series[index])]
    if not arrays:
        return Quantiles(None, None)
    values = arrays[0] if len(arrays) == 1 else np.concatenate(arrays)
    n = len(values)
    found = values_at(values, [r for q in (0.5, 0.9) for r in _ranks(n, q)])
    return Quantiles(interpolated(n, 0.5, found.__getitem__), interpolated(n, 0.9, found.__getitem__))


def _ranks(n: int, q: float) -> tuple[int, int]:
    """The two ranks measures.interpolated reads."""
    h = (n - 1) * q
    return math.floor(h), math.ceil(h)
