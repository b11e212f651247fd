"""A report over units: which units a query selects, and the pivot of their measures.

The pivot holds every (row, column) cell, every row's and column's total and the grand total,
each computed from its own units (medians and distinct enquiries do not add up). The store may
narrow what it loads with SQL, but `select` is the definition of what a query counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from enquiries.reporting import dimensions as d
from enquiries.reporting.measures import Measures, measure
from enquiries.reporting.units import Unit

MAX_CELLS = 5000
DECISION_BINS = (0.0, 4.0, 8.0, 16.0, 24.0, 32.0, 40.0, 48.0)


class ReportError(ValueError):
    """A query that cannot be answered; `code` is stable, the message a sentence."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Query:
    ctx: d.Context
    start: date | None = None
    end: date | None = None
    filters: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        return d.local_bounds(self.start, self.end, self.ctx.zone)


def select(units: Iterable[Unit], query: Query) -> list[Unit]:
    """The units the query counts: in the date range (on received or decided) and matching every
    filter (values of one dimension are alternatives). On `decided`, undecided units drop out."""
    low, high = query.bounds()
    chosen = []
    for unit in units:
        at = d.moment(unit, query.ctx.on)
        if at is None or (low is not None and at < low) or (high is not None and at >= high):
            continue
        if all(d.key_of(dim, unit, query.ctx) in keys for dim, keys in query.filters.items()):
            chosen.append(unit)
    return chosen


@dataclass(frozen=True)
class Member:
    key: str
    label: str
    start: date | None = None  # periods: their first and last day
    end: date | None = None


@dataclass(frozen=True)
class Cell:
    row: Member | None
    column: Member | None
    measures: Measures


@dataclass(frozen=True)
class Pivot:
    rows: tuple[Member, ...]
    columns: tuple[Member, ...]
    cells: tuple[Cell, ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    total: Measures


def members(dimension: str | None, keys: Iterable[str], query: Query) -> list[Member]:
    """The members of a dimension in display order: the keys present, and with `from` and `to`
    every period of the range."""
    if dimension is None:
        return []
    wanted = set(keys)
    if dimension == "period" and query.start and query.end:
        wanted |= set(d.periods_between(query.start, query.end, query.ctx.period))
    found = []
    for key in wanted:
        label = d.label_of(dimension, key, query.ctx)
        if dimension == "period" and key:
            start, end = d.period_bounds(key, query.ctx.period)
            found.append(Member(key, label, start, end))
        else:
            found.append(Member(key, label))
    return sorted(found, key=lambda m: d.sort_key(dimension, m.key, m.label))


def pivot(units: Sequence[Unit], query: Query, rows: str | None, columns: str | None, now: datetime) -> Pivot:
    if rows is not None and rows == columns:
        raise ReportError("same_dimension", "Rows and columns need two different dimensions.")
    chosen = select(units, query)
    ctx = query.ctx
    by_cell: dict[tuple[str, str], list[Unit]] = defaultdict(list)
    by_row: dict[str, list[Unit]] = defaultdict(list)
    by_column: dict[str, list[Unit]] = defaultdict(list)
    for unit in chosen:
        rk = d.key_of(rows, unit, ctx) if rows else ""
        ck = d.key_of(columns, unit, ctx) if columns else ""
        by_cell[(rk, ck)].append(unit)
        by_row[rk].append(unit)
        by_column[ck].append(unit)
    row_members = members(rows, by_row, query)
    column_members = members(columns, by_column, query)
    if max(1, len(row_members)) * max(1, len(column_members)) > MAX_CELLS:
        raise ReportError(
            "too_many_cells", f"The report would have more than {MAX_CELLS} cells; choose a longer period."
        )
    cells = tuple(
        Cell(r, c, measure(by_cell.get((r.key, c.key), []), now)) for r in row_members for c in column_members
    )
    return Pivot(
        rows=tuple(row_members),
        columns=tuple(column_members),
        cells=cells,
        row_totals=tuple(Cell(r, None, measure(by_row.get(r.key, []), now)) for r in row_members),
        column_totals=tuple(Cell(None, c, measure(by_column.get(c.key, []), now)) for c in column_members),
        total=measure(chosen, now),
    )


def row_totals(units: Sequence[Unit], query: Query, rows: str | None, now: datetime) -> tuple[Cell, ...]:
    """Only the rows' totals (and nothing else): the comparison period of a summary."""
    if rows is None or rows == "period":  # other periods have other keys: nothing to line up
        return ()
    by_row: dict[str, list[Unit]] = defaultdict(list)
    for unit in select(units, query):
        by_row[d.key_of(rows, unit, query.ctx)].append(unit)
    return tuple(Cell(m, None, measure(by_row.get(m.key, []), now)) for m in members(rows, by_row, query))


@dataclass(frozen=True)
class Bin:
    low: float
    high: float | None  # None: open-ended
    accepted: int
    declined: int


def decision_bins(units: Sequence[Unit], query: Query, edges: Sequence[float] = DECISION_BINS) -> list[Bin]:
    """Accepted and declined rounds by working hours to decision: [edge_i, edge_i+1), and the
    last edge onwards."""
    if len(edges) < 1 or list(edges) != sorted(set(edges)) or edges[0] < 0:
        raise ReportError("bad_bins", "Bins need increasing, distinct, non-negative hours.")
    counts = [[0, 0] for _ in edges]
    for unit in select(units, query):
        r = unit.round
        if r is None or r.outcome not in ("accepted", "declined") or r.working_hours is None:
            continue
        index = max((i for i, edge in enumerate(edges) if r.working_hours >= edge), default=None)
        if index is not None:
            counts[index][0 if r.outcome == "accepted" else 1] += 1
    highs: list[float | None] = [*edges[1:], None]
    return [Bin(low, high, a, n) for low, high, (a, n) in zip(edges, highs, counts, strict=True)]
