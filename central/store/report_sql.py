"""The summary's figures computed by the database, equal to the pure definition to the last bit.

`enquiries.reporting` defines what a report counts (units, `select`, `measure`, `pivot`); this
module computes the same `Pivot` without loading units into Python:

1. **One grouped query** over the viewer's units (a UNION ALL of the rounds joined to their
   enquiries, and head office's own units) with the query's filters in SQL, grouped by the
   cells' keys (the two dimensions, or one, or none). Per group: the counts (sums of CASE),
   the distinct enquiries, the decline reasons as written, and the four time series (decision
   and processing, working and wall hours) as ascending lists: PostgreSQL `array_agg(... ORDER
   BY ...)`, SQLite an aggregate written in Python (report_series.py) that collects and sorts them.
   Periods are the instants where the local period changes (`dimensions.period_spans`, from
   the company's zone in Python), compared in a CASE tree: the same on both databases, and
   SQLite knows no time zones.
2. **Totals from the cells**, in Python: counts and reasons add up; a total's quantiles are
   selected from its cells' sorted lists (`measures.quantile_of_runs`: the same two values as
   sorting them all, the same formula). Distinct enquiries add up over a dimension every unit of
   an enquiry shares (the enquiry's own: channel, ..., the period on `received`); over `partner`,
   `round` or a period on `decided` they are counted again by SQL (`_received`), from the
   enquiries alone when no round-level filter narrows the units.

Partners' rights are the pure ones (units.py): only their own rounds, renumbered with
`row_number()` among their rounds of the enquiry when the round is asked for; what became of an
enquiry only where the partner accepted it. Everything runs in one read transaction
(`read_snapshot`): PostgreSQL REPEATABLE READ, SQLite a deferred transaction that never holds the
write lock (WAL readers do not block writers).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import product
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    CompoundSelect,
    Float,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session, aliased

from central.db import READ_ONLY
from central.store.base import UTCDateTime
from central.store.report_series import series_aggregate
from central.store.report_tables import ReportEnquiry, ReportRound
from central.store.reports import Scope
from enquiries.reporting import dimensions as d
from enquiries.reporting.measures import (
    SILENT_DAYS,
    Measures,
    Quantiles,
    normalise_reason,
    quantile_of_runs,
    share,
)
from enquiries.reporting.pivot import (
    DECISION_BINS,
    MAX_CELLS,
    Bin,
    Cell,
    Member,
    Pivot,
    Query,
    ReportError,
    members,
)
from enquiries.reporting.pivot import decision_bins as pure_bins

COUNTS = (
    "offered",
    "accepted",
    "declined",
    "expired",
    "withdrawn",
    "pending",
    "decided_in_time",
    "processed",
    "silent",
    "won",
    "lost",
    "discarded",
)
SERIES = ("decision_hours", "decision_wall_hours", "processed_hours", "processed_wall_hours")
QuantilesOf = Callable[[Sequence["Part"], int], Quantiles]
PG_WORK_MEM = "256MB"  # the grouped query sorts per group in memory instead of on disk


@contextmanager
def read_snapshot(session: Session) -> Iterator[None]:
    """Run the block in one read-only transaction that sees one state of the facts, then end it.

    PostgreSQL: REPEATABLE READ, READ ONLY, with room to sort in memory and without JIT (its
    compiling cost more than it saved on the grouped query). SQLite: a deferred
    transaction (db.READ_ONLY), a snapshot in WAL mode that lets writers go on."""
    session.commit()
    if session.get_bind().dialect.name == "postgresql":
        connection = session.connection(
            execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        )
        connection.exec_driver_sql(f"SET LOCAL work_mem = '{PG_WORK_MEM}'")
        connection.exec_driver_sql("SET LOCAL jit = off")  # compiling took 2.7 s of 19.5 at 1M enquiries
    else:
        session.connection(execution_options={READ_ONLY: True})
    try:
        yield
    finally:
        session.commit()


@dataclass
class Part:
    """What one group of units adds up to: counts, raw reasons, ascending time series."""

    counts: dict[str, int]
    received: int
    reasons: Counter[str]
    series: tuple[Sequence[float], ...]


@dataclass
class _Plan:
    """What one statement over the units needs: the dimensions it groups by, whether each unit's
    figures (else only its enquiry and keys), the server's now; the period keys it found."""

    dims: tuple[str, ...]
    now: datetime
    figures: bool = True
    periods: list[str] = field(default_factory=list)


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
    """`enquiries.reporting.pivot.pivot` over the viewer's units, computed by the database."""
    if rows is not None and rows == columns:
        raise ReportError("same_dimension", "Rows and columns need two different dimensions.")
    dims = tuple(dim for dim in (rows, columns) if dim is not None)
    groups, plan = _grouped(session, scope, query, dims, now)
    by_cell: dict[tuple[str, str], Part] = {}
    for keys, part in groups.items():
        named = dict(zip(dims, keys, strict=True))
        by_cell[(named.get(rows, "") if rows else "", named.get(columns, "") if columns else "")] = part
    received_rows = _totals_received(session, scope, query, plan, rows, columns, by_row(by_cell), now)
    received_columns = _totals_received(session, scope, query, plan, columns, rows, by_column(by_cell), now)
    if not dims:
        received_total = sum(p.received for p in by_cell.values())
    elif rows is not None and _enquiry_level(rows, query):
        received_total = sum(received_rows.values())
    elif columns is not None and _enquiry_level(columns, query):
        received_total = sum(received_columns.values())
    else:
        received_total = _received(session, scope, query, (), now).get((), 0)
    return assemble(
        query,
        rows,
        columns,
        by_cell,
        received_rows,
        received_columns,
        received_total,
        check_cells=check_cells,
    )


def by_row(by_cell: Mapping[tuple[str, str], Part]) -> dict[str, list[Part]]:
    out: dict[str, list[Part]] = {}
    for (rk, _), part in by_cell.items():
        out.setdefault(rk, []).append(part)
    return out


def by_column(by_cell: Mapping[tuple[str, str], Part]) -> dict[str, list[Part]]:
    out: dict[str, list[Part]] = {}
    for (_, ck), part in by_cell.items():
        out.setdefault(ck, []).append(part)
    return out


def assemble(
    query: Query,
    rows: str | None,
    columns: str | None,
    by_cell: Mapping[tuple[str, str], Part],
    received_rows: Mapping[str, int],
    received_columns: Mapping[str, int],
    received_total: int,
    *,
    check_cells: bool = True,
    quantiles: QuantilesOf | None = None,
) -> Pivot:
    """The `Pivot` of the parts per (row key, column key), with the distinct enquiries of every
    row, column and the whole (they do not add up over every dimension); `quantiles` computes a
    group's medians and p90 from its parts' series (default: selected from sorted runs)."""
    row_members = members(rows, {rk for rk, _ in by_cell}, query)
    column_members = members(columns, {ck for _, ck in by_cell}, query)
    if check_cells and max(1, len(row_members)) * max(1, len(column_members)) > MAX_CELLS:
        raise ReportError(
            "too_many_cells", f"The report would have more than {MAX_CELLS} cells; choose a longer period."
        )
    of = quantiles or quantiles_of_runs
    empty = _measures([], 0, of)
    cells = tuple(
        Cell(r, c, _measures([p], p.received, of) if (p := by_cell.get((r.key, c.key))) else empty)
        for r, c in product(row_members, column_members)
    )
    parts_by_row, parts_by_column = by_row(by_cell), by_column(by_cell)

    def totals(
        members_: Sequence[Member], parts: Mapping[str, list[Part]], received: Mapping[str, int], is_row: bool
    ) -> tuple[Cell, ...]:
        out = []
        for m in members_:
            measures = _measures(parts.get(m.key, []), received.get(m.key, 0), of)
            out.append(Cell(m, None, measures) if is_row else Cell(None, m, measures))
        return tuple(out)

    return Pivot(
        rows=tuple(row_members),
        columns=tuple(column_members),
        cells=cells,
        row_totals=totals(row_members, parts_by_row, received_rows, True) if rows else (),
        column_totals=totals(column_members, parts_by_column, received_columns, False) if columns else (),
        total=_measures(list(by_cell.values()), received_total, of),
    )


def _enquiry_level(dimension: str, query: Query) -> bool:
    """Every unit of an enquiry has the same key: the enquiry's own dimensions, its period on
    `received`. Distinct enquiries then add up over this dimension's members."""
    return dimension in d.ENQUIRY_DIMENSIONS or (dimension == "period" and query.ctx.on == "received")


def _totals_received(
    session: Session,
    scope: Scope,
    query: Query,
    plan: _Plan,
    dimension: str | None,
    other: str | None,
    parts: Mapping[str, list[Part]],
    now: datetime,
) -> dict[str, int]:
    """Distinct enquiries per member of `dimension` over all of `other`'s members."""
    if dimension is None:
        return {}
    if other is None or _enquiry_level(other, query):
        return {key: sum(p.received for p in group) for key, group in parts.items()}
    counted = _received(session, scope, query, (dimension,), now)
    return {keys[0]: n for keys, n in counted.items()}


def decision_bins(
    session: Session, scope: Scope, query: Query, now: datetime, edges: Sequence[float] = DECISION_BINS
) -> list[Bin]:
    """`enquiries.reporting.pivot.decision_bins` over the viewer's units, counted by the database."""
    pure_bins([], query, edges)  # the same refusal of bad edges
    counts = {(i, outcome): 0 for i in range(len(edges)) for outcome in ("accepted", "declined")}
    units = _units(session, scope, query, _Plan((), now))
    if units is not None:
        u = units.subquery("u")
        hours = u.c.s0  # working hours of an accepted or declined round, else NULL
        index = case(*[(hours >= edge, i) for i, edge in reversed(list(enumerate(edges)))])
        binned = select(index.label("bin"), u.c.outcome).where(hours.is_not(None)).subquery("b")
        statement = select(binned.c.bin, binned.c.outcome, func.count().label("n")).group_by(
            binned.c.bin, binned.c.outcome
        )
        for row in session.execute(statement):
            if row.bin is not None:  # below the first edge: in no bin
                counts[(int(row.bin), row.outcome)] = int(row.n)
    highs: list[float | None] = [*edges[1:], None]
    return [
        Bin(low, high, counts[(i, "accepted")], counts[(i, "declined")])
        for i, (low, high) in enumerate(zip(edges, highs, strict=True))
    ]


# --- the grouped query ------------------------------------------------------------------------


def _grouped(
    session: Session, scope: Scope, query: Query, dims: tuple[str, ...], now: datetime
) -> tuple[dict[tuple[str, ...], Part], _Plan]:
    plan = _Plan(dims, now)
    units = _units(session, scope, query, plan)
    if units is None:
        return {}, plan
    u = units.subquery("u")
    postgres = session.get_bind().dialect.name == "postgresql"
    keys = [_group_key(u, dim, postgres).label(f"k{i}") for i, dim in enumerate(dims)]
    outcome = u.c.outcome
    figures: list[Any] = [func.count(outcome).label("offered")]
    figures += [
        func.sum(case((outcome == name, 1), else_=0)).label(name)
        for name in ("accepted", "declined", "expired", "withdrawn", "pending")
    ]
    figures += [func.sum(u.c[name]).label(name) for name in ("decided_in_time", "processed", "silent")]
    figures += [
        func.sum(case((u.c.result == name, 1), else_=0)).label(name) for name in ("won", "lost", "discarded")
    ]
    series = [u.c[f"s{i}"] for i in range(len(SERIES))]
    if postgres:
        figures += [
            func.array_agg(aggregate_order_by(v, v)).filter(v.is_not(None)).label(v.name) for v in series
        ]
        figures.append(func.array_agg(u.c.reason).filter(u.c.reason.is_not(None)).label("reasons"))
        received = func.count(u.c.eid.collate("C").distinct())
    else:
        decided = outcome.in_(("accepted", "declined"))  # every value and reason is a decision's
        figures.append(func.report_series(*series, u.c.reason).filter(decided).label("collected"))
        received = func.count(u.c.eid.distinct())
    statement = select(*keys, received.label("received"), *figures)
    if keys:
        statement = statement.group_by(*keys)
    groups: dict[tuple[str, ...], Part] = {}
    with series_aggregate(session) as collected:
        for row in session.execute(statement):
            mapping = row._mapping
            if not mapping["received"]:
                continue  # no units at all: an aggregate without GROUP BY still answers a row
            key = tuple(_key(dim, mapping[f"k{i}"], plan) for i, dim in enumerate(dims))
            counts = {name: int(mapping[name] or 0) for name in COUNTS}
            if postgres:
                values = tuple(mapping[f"s{i}"] or [] for i in range(len(SERIES)))
                reasons = Counter(mapping["reasons"] or [])
            else:
                token = mapping["collected"]  # None: no unit of the group was decided
                values, reasons = collected.pop(token) if token is not None else (((),) * 4, Counter())
            groups[key] = Part(counts, int(mapping["received"]), reasons, values)
    return groups, plan


def _group_key(u: Any, dimension: str, postgres: bool) -> Any:
    """A dimension's column; text compared bytewise on PostgreSQL (grouping sorts by it, and the
    same strings are equal under every deterministic collation)."""
    column = u.c[_column(dimension)]
    return column.collate("C") if postgres and dimension not in ("round", "period") else column


def _received(
    session: Session, scope: Scope, query: Query, dims: tuple[str, ...], now: datetime
) -> dict[tuple[str, ...], int]:
    """Distinct enquiries per group of `dims` (none: one figure). Without a round-level filter
    and on `received`, every enquiry in the viewer's scope has units and they are all counted,
    so the enquiries are counted alone, without their rounds."""
    plan = _Plan(dims, now, figures=False)
    enquiry_level = {"period", *d.ENQUIRY_DIMENSIONS}
    if (
        query.ctx.on == "received"
        and not set(query.filters) & set(d.ROUND_DIMENSIONS)
        and set(dims) <= enquiry_level
    ):
        enquiries = _enquiries(session, scope, query, plan)
        if enquiries is None:
            return {}
        e = enquiries.subquery("e")
        keys = [e.c[_column(dim)] for dim in dims]
        statement = select(*keys, func.count().label("n")).select_from(e)
    else:
        units = _units(session, scope, query, plan)
        if units is None:
            return {}
        e = units.subquery("u")
        keys = [e.c[_column(dim)] for dim in dims]
        statement = select(*keys, func.count(e.c.eid.distinct()).label("n")).select_from(e)
    if keys:
        statement = statement.group_by(*keys)
    out = {}
    for row in session.execute(statement):
        key = tuple(_key(dim, value, plan) for dim, value in zip(dims, row[: len(dims)], strict=True))
        if row.n:
            out[key] = int(row.n)
    return out


def _figures(unit: Mapping[str, Any], now: datetime) -> list[Any]:
    """What a unit adds to the measures (measures.measure), from its round's and its enquiry's
    columns (`unit`): 0/1 flags, the result where it counts, each time series' value or NULL,
    a decline's reason or NULL."""
    outcome = unit["outcome"]
    accepted = outcome == "accepted"
    decided = outcome.in_(("accepted", "declined"))
    processed = and_(accepted, unit["processed_at"].is_not(None))
    cutoff = now - timedelta(days=SILENT_DAYS)

    def flag(condition: ColumnElement[bool]) -> Any:
        return case((condition, 1), else_=0)

    def not_after(column: Any) -> ColumnElement[bool]:
        return or_(column.is_(None), column <= cutoff)

    silent = and_(
        accepted,
        unit["result"] == "",
        not_after(unit["accepted_at"]),
        not_after(unit["last_step_at"]),
        not_after(unit["decided_at"]),
    )
    return [
        outcome.label("outcome"),
        flag(and_(decided, unit["in_time"].is_(True))).label("decided_in_time"),
        flag(processed).label("processed"),
        flag(silent).label("silent"),
        case((or_(outcome.is_(None), accepted), unit["result"]), else_="").label("result"),  # holds_result
        case((decided, unit["wh"])).label("s0"),
        case((decided, unit["wall"])).label("s1"),
        case((processed, unit["pwh"])).label("s2"),
        case((processed, unit["pwall"])).label("s3"),
        case((outcome == "declined", unit["reason"])).label("reason"),
    ]


# --- units ------------------------------------------------------------------------------------


def _column(dimension: str) -> str:
    return {"partner": "partner", "round": "rnd", "period": "period"}.get(dimension, dimension)


def _key(dimension: str, value: Any, plan: _Plan) -> str:
    if dimension == "period":
        return plan.periods[int(value)] if value is not None else ""
    if dimension == "round":
        return str(int(value)) if value is not None else ""
    return str(value)


def _round_filter(query: Query) -> tuple[list[int], bool] | None:
    """The round filter as numbers, and whether head office's units ("") pass; None: no filter.
    Keys are compared as key_of writes them: "01" matches no round."""
    keys = query.filters.get("round")
    if keys is None:
        return None
    numbers = sorted(int(k) for k in keys if k.isascii() and k.isdigit() and str(int(k)) == k)
    return numbers, "" in keys


def _spans(session: Session, scope: Scope, query: Query) -> list[tuple[datetime, str]] | None:
    """The period of every instant the query can count, as instants where it changes."""
    low, high = query.bounds()
    if low is None or high is None:
        if query.ctx.on == "received":
            column: Any = ReportEnquiry.received_at
            bounds = select(func.min(column), func.max(column)).where(
                ReportEnquiry.origin_company_id == scope.head_office_id
            )
        else:
            column = ReportRound.decided_at
            bounds = select(func.min(column), func.max(column))
        first, last = session.execute(bounds).one()
        if first is None:
            return None
        low = low or first
        high = high or last + timedelta(microseconds=1)
    return d.period_spans(low, high - timedelta(microseconds=1), query.ctx.zone, query.ctx.period)


def _bucket(moment: Any, spans: list[tuple[datetime, str]], plan: _Plan) -> ColumnElement[Any]:
    """The index of the moment's period key in plan.periods: a balanced CASE tree over the
    spans' starts (log2 of their number comparisons per unit)."""
    if not plan.periods:
        for _, key in spans:
            if key not in plan.periods:
                plan.periods.append(key)
    index = {key: n for n, key in enumerate(plan.periods)}

    def tree(low: int, high: int) -> ColumnElement[Any]:
        if high - low == 1:
            return literal(index[spans[low][1]], Integer)
        middle = (low + high) // 2
        return case((moment < spans[middle][0], tree(low, middle)), else_=tree(middle, high))

    return tree(0, len(spans))


def _scope_where(scope: Scope, query: Query) -> list[ColumnElement[bool]]:
    """The enquiries the viewer's units come from (units_for) and the enquiry-level filters."""
    where: list[ColumnElement[bool]] = [ReportEnquiry.origin_company_id == scope.head_office_id]
    if scope.viewer.head_office:
        where.append(ReportEnquiry.origin_company_id == scope.viewer.company_id)
    for dimension in d.ENQUIRY_DIMENSIONS:
        values = query.filters.get(dimension)
        if values is not None:
            where.append(getattr(ReportEnquiry, dimension).in_(sorted(values)))
    return where


def _range(moment: Any, query: Query) -> list[ColumnElement[bool]]:
    low, high = query.bounds()
    where: list[ColumnElement[bool]] = [moment.is_not(None)]
    if low is not None:
        where.append(moment >= low)
    if high is not None:
        where.append(moment < high)
    return where


def _units(session: Session, scope: Scope, query: Query, plan: _Plan) -> Select[Any] | CompoundSelect | None:
    """The viewer's units that `select` chooses, one row each (None: the query can have none)."""
    viewer = scope.viewer
    dims = plan.dims
    on_received = query.ctx.on == "received"
    spans = _spans(session, scope, query) if "period" in dims else None
    if "period" in dims and not spans:
        return None
    partners = query.filters.get("partner")
    rounds = _round_filter(query)
    e = ReportEnquiry
    renumber = not viewer.head_office and ("round" in dims or rounds is not None)
    if renumber:
        source: Any = (
            select(
                ReportRound,
                func.row_number()
                .over(partition_by=ReportRound.enquiry_id, order_by=ReportRound.round)
                .label("rnd"),
            )
            .where(ReportRound.company_id == viewer.company_id)
            .subquery("own")
        )
        r = source.c
        number: Any = r.rnd
    else:
        source = ReportRound.__table__
        r = source.c
        number = r.round
    if viewer.head_office:

        def enquiry(column: Any, blank: Any = None) -> Any:
            return column

    else:
        theirs = e.accepted_company_id == viewer.company_id

        def enquiry(column: Any, blank: Any = None) -> Any:
            """What became of the enquiry: only where this partner accepted it (units.py)."""
            return case((theirs, column), else_=blank)

    moment = e.received_at if on_received else r.decided_at
    columns: list[Any] = [
        e.enquiry_id.label("eid"),
        r.company_id.label("partner"),
        number.label("rnd"),
        *[getattr(e, dim).label(dim) for dim in dims if dim in d.ENQUIRY_DIMENSIONS],
    ]
    if plan.figures:
        unit = {
            "outcome": r.outcome,
            "reason": r.reason,
            "wh": r.working_hours,
            "wall": r.wall_hours,
            "in_time": r.in_time,
            "decided_at": r.decided_at,
            "processed_at": enquiry(e.processed_at),
            "pwh": enquiry(e.processed_working_hours),
            "pwall": enquiry(e.processed_wall_hours),
            "accepted_at": enquiry(e.accepted_at),
            "last_step_at": enquiry(e.last_step_at),
            "result": enquiry(e.result, ""),
        }
        columns += _figures(unit, plan.now)
    if spans:
        columns.append(_bucket(moment, spans, plan).label("period"))
    where = [*_scope_where(scope, query), *_range(moment, query)]
    if not viewer.head_office and not renumber:
        where.append(r.company_id == viewer.company_id)
    if partners is not None:
        where.append(r.company_id.in_(sorted(partners)))
    if rounds is not None:
        where.append(number.in_(rounds[0]))
    branches: list[Select[Any]] = []
    if rounds is None or rounds[0]:
        joined = select(*columns).select_from(source).join(e, e.enquiry_id == r.enquiry_id)
        branches.append(joined.where(*where))
    with_head_office = (
        viewer.head_office
        and on_received
        and (partners is None or scope.head_office_id in partners)
        and (rounds is None or rounds[1])
    )
    if with_head_office:
        branches.append(_head_office_units(scope, query, plan, spans))
    if not branches:
        return None
    return branches[0] if len(branches) == 1 else union_all(*branches)


def _head_office_units(
    scope: Scope, query: Query, plan: _Plan, spans: list[tuple[datetime, str]] | None
) -> Select[Any]:
    """Enquiries with head office: no round pending or accepted (units_for)."""
    e = ReportEnquiry
    open_round = aliased(ReportRound)
    columns: list[Any] = [
        e.enquiry_id.label("eid"),
        literal(scope.head_office_id, String).label("partner"),
        cast(null(), Integer).label("rnd"),
        *[getattr(e, dim).label(dim) for dim in plan.dims if dim in d.ENQUIRY_DIMENSIONS],
    ]
    if plan.figures:
        unit = {
            "outcome": cast(null(), String),
            "reason": literal("", String),
            "wh": cast(null(), Float),
            "wall": cast(null(), Float),
            "in_time": cast(null(), Boolean),
            "decided_at": cast(null(), UTCDateTime()),
            "processed_at": e.processed_at,
            "pwh": e.processed_working_hours,
            "pwall": e.processed_wall_hours,
            "accepted_at": e.accepted_at,
            "last_step_at": e.last_step_at,
            "result": e.result,
        }
        columns += _figures(unit, plan.now)
    if spans:
        columns.append(_bucket(e.received_at, spans, plan).label("period"))
    with_it = ~exists().where(
        open_round.enquiry_id == e.enquiry_id, open_round.outcome.in_(("pending", "accepted"))
    )
    return select(*columns).where(*_scope_where(scope, query), *_range(e.received_at, query), with_it)


def _enquiries(session: Session, scope: Scope, query: Query, plan: _Plan) -> Select[Any] | None:
    """The enquiries in the viewer's scope that `query` counts (on received, no round filter),
    with their enquiry-level keys: one row per enquiry that has units."""
    e = ReportEnquiry
    spans = _spans(session, scope, query) if "period" in plan.dims else None
    if "period" in plan.dims and not spans:
        return None
    columns: list[Any] = [e.enquiry_id.label("eid")]
    columns += [getattr(e, dim).label(dim) for dim in plan.dims if dim in d.ENQUIRY_DIMENSIONS]
    if spans:
        columns.append(_bucket(e.received_at, spans, plan).label("period"))
    where = [*_scope_where(scope, query), *_range(e.received_at, query)]
    if not scope.viewer.head_office:
        own = aliased(ReportRound)
        where.append(
            exists().where(own.enquiry_id == e.enquiry_id, own.company_id == scope.viewer.company_id)
        )
    return select(*columns).where(*where)


# --- measures from parts ----------------------------------------------------------------------


def quantiles_of_runs(parts: Sequence[Part], index: int) -> Quantiles:
    """The median and p90 of the parts' series `index` (each in ascending order)."""
    runs = [part.series[index] for part in parts]
    return Quantiles(quantile_of_runs(runs, 0.5), quantile_of_runs(runs, 0.9))


def _measures(parts: Sequence[Part], received: int, quantiles: QuantilesOf = quantiles_of_runs) -> Measures:
    """`measures.measure` of the units behind `parts` (a partition of them)."""
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for part in parts:
        counts.update(part.counts)
        for reason, n in part.reasons.items():
            reasons[normalise_reason(reason)] += n
    answerable = counts["accepted"] + counts["declined"] + counts["expired"]

    return Measures(
        received=received,
        offered=counts["offered"],
        accepted=counts["accepted"],
        declined=counts["declined"],
        expired=counts["expired"],
        withdrawn=counts["withdrawn"],
        pending=counts["pending"],
        declined_by_reason=tuple(sorted(reasons.items(), key=lambda item: (-item[1], item[0]))),
        accept_rate=share(counts["accepted"], answerable),
        decision_hours=quantiles(parts, 0),
        decision_wall_hours=quantiles(parts, 1),
        decided_in_time=counts["decided_in_time"],
        decided_in_time_share=share(counts["decided_in_time"], answerable),
        processed=counts["processed"],
        processed_share=share(counts["processed"], counts["accepted"]),
        processed_hours=quantiles(parts, 2),
        processed_wall_hours=quantiles(parts, 3),
        silent=counts["silent"],
        won=counts["won"],
        lost=counts["lost"],
        discarded=counts["discarded"],
    )
