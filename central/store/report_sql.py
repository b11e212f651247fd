"""The summary's figures computed by the database, equal to the pure definition to the last bit.

`enquiries.reporting` defines what a report counts (units, `select`, `measure`, `pivot`); this
module computes the same `Pivot` without loading units into Python:

1. **One grouped query** over the viewer's units (a UNION ALL of the rounds joined to their
   enquiries, and head office's own units) with the query's filters in SQL, grouped by the
   cells' keys (the two dimensions, or one, or none). Per group: the counts (sums of CASE),
   the distinct enquiries, the decline reasons as written, and the four time series (decision
   and processing, working and wall hours) as ascending lists: PostgreSQL `array_agg(... ORDER
   BY ...)`, SQLite an aggregate written in Python (`_Series`) that collects and sorts them.
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
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import product
from typing import Any, ClassVar

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
from enquiries.reporting.pivot import MAX_CELLS, Cell, Member, Pivot, Query, ReportError, members

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
PG_WORK_MEM = "128MB"  # the grouped query sorts per group in memory instead of on disk


@contextmanager
def read_snapshot(session: Session) -> Iterator[None]:
    """Run the block in one read-only transaction that sees one state of the facts, then end it.

    PostgreSQL: REPEATABLE READ, READ ONLY, with room to sort in memory. SQLite: a deferred
    transaction (db.READ_ONLY), a snapshot in WAL mode that lets writers go on."""
    session.commit()
    if session.get_bind().dialect.name == "postgresql":
        connection = session.connection(
            execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        )
        connection.exec_driver_sql(f"SET LOCAL work_mem = '{PG_WORK_MEM}'")
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
    """One query's SQL pieces: the units (a subquery), the keys per dimension, period keys."""

    dims: tuple[str, ...]
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
    row_members = members(rows, {rk for rk, _ in by_cell}, query)
    column_members = members(columns, {ck for _, ck in by_cell}, query)
    if check_cells and max(1, len(row_members)) * max(1, len(column_members)) > MAX_CELLS:
        raise ReportError(
            "too_many_cells", f"The report would have more than {MAX_CELLS} cells; choose a longer period."
        )
    empty = _measures([], 0)
    by_row: dict[str, list[Part]] = {}
    by_column: dict[str, list[Part]] = {}
    for (rk, ck), part in by_cell.items():
        by_row.setdefault(rk, []).append(part)
        by_column.setdefault(ck, []).append(part)
    received_rows = _totals_received(session, scope, query, plan, rows, columns, by_row, now)
    received_columns = _totals_received(session, scope, query, plan, columns, rows, by_column, now)
    if not dims:
        received_total = sum(p.received for p in by_cell.values())
    elif rows is not None and _enquiry_level(rows, query):
        received_total = sum(received_rows.values())
    elif columns is not None and _enquiry_level(columns, query):
        received_total = sum(received_columns.values())
    else:
        received_total = _received(session, scope, query, (), now).get((), 0)
    cells = tuple(
        Cell(r, c, _measures([p], p.received) if (p := by_cell.get((r.key, c.key))) else empty)
        for r, c in product(row_members, column_members)
    )

    def totals(
        members_: Sequence[Member], parts: Mapping[str, list[Part]], received: Mapping[str, int], is_row: bool
    ) -> tuple[Cell, ...]:
        out = []
        for m in members_:
            measures = _measures(parts.get(m.key, []), received.get(m.key, 0))
            out.append(Cell(m, None, measures) if is_row else Cell(None, m, measures))
        return tuple(out)

    return Pivot(
        rows=tuple(row_members),
        columns=tuple(column_members),
        cells=cells,
        row_totals=totals(row_members, by_row, received_rows, True) if rows else (),
        column_totals=totals(column_members, by_column, received_columns, False) if columns else (),
        total=_measures(list(by_cell.values()), received_total),
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


# --- the grouped query ------------------------------------------------------------------------


def _grouped(
    session: Session, scope: Scope, query: Query, dims: tuple[str, ...], now: datetime
) -> tuple[dict[tuple[str, ...], Part], _Plan]:
    plan = _Plan(dims)
    units = _units(session, scope, query, plan)
    if units is None:
        return {}, plan
    u = units.subquery("u")
    keys = [u.c[_column(dim)] for dim in dims]
    counted = _counts(u, now)
    postgres = session.get_bind().dialect.name == "postgresql"
    decided = u.c.outcome.in_(("accepted", "declined"))
    values = _series_values(u)
    reason = case((u.c.outcome == "declined", u.c.reason))
    if postgres:
        extra = [
            func.array_agg(aggregate_order_by(v, v)).filter(v.is_not(None)).label(f"s{i}")
            for i, v in enumerate(values)
        ]
        extra.append(func.array_agg(reason).filter(u.c.outcome == "declined").label("reasons"))
        received = func.count(u.c.eid.collate("C").distinct())
    else:
        extra = [func.report_series(*values, reason).filter(decided).label("collected")]
        received = func.count(u.c.eid.distinct())
    statement = select(*keys, received.label("received"), *counted, *extra)
    if keys:
        statement = statement.group_by(*keys)
    groups: dict[tuple[str, ...], Part] = {}
    with _series_aggregate(session) as collected:
        for row in session.execute(statement):
            mapping = row._mapping
            key = tuple(_key(dim, mapping[c.name], plan) for dim, c in zip(dims, keys, strict=True))
            counts = {name: int(mapping[name] or 0) for name in COUNTS}
            if postgres:
                series = tuple(mapping[f"s{i}"] or [] for i in range(len(SERIES)))
                reasons = Counter(mapping["reasons"] or [])
            else:
                token = mapping["collected"]  # None: no unit of the group was decided
                series, reasons = collected.pop(token) if token is not None else (((),) * 4, Counter())
            if not mapping["received"]:
                continue  # no units at all: an aggregate without GROUP BY still answers a row
            groups[key] = Part(counts, int(mapping["received"]), reasons, series)
    return groups, plan


def _received(
    session: Session, scope: Scope, query: Query, dims: tuple[str, ...], now: datetime
) -> dict[tuple[str, ...], int]:
    """Distinct enquiries per group of `dims` (none: one figure). Without a round-level filter
    and on `received`, every enquiry in the viewer's scope has units and they are all counted,
    so the enquiries are counted alone, without their rounds."""
    plan = _Plan(dims)
    if (
        query.ctx.on == "received"
        and not set(query.filters) & set(d.ROUND_DIMENSIONS)
        and set(dims)
        <= {
            "period",
            *d.ENQUIRY_DIMENSIONS,
        }
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
        statement = select(*keys, func.count(e.c.eid.distinct()).label("n"))
    if keys:
        statement = statement.group_by(*keys)
    out = {}
    for row in session.execute(statement):
        key = tuple(_key(dim, value, plan) for dim, value in zip(dims, row[: len(dims)], strict=True))
        if row.n:
            out[key] = int(row.n)
    return out


def _counts(u: Any, now: datetime) -> list[Any]:
    outcome = u.c.outcome
    accepted = outcome == "accepted"
    decided = outcome.in_(("accepted", "declined"))
    cutoff = now - timedelta(days=SILENT_DAYS)
    holds_result = or_(outcome.is_(None), accepted)

    def not_after(column: Any) -> ColumnElement[bool]:
        return or_(column.is_(None), column <= cutoff)

    conditions: dict[str, ColumnElement[bool]] = {
        "accepted": accepted,
        "declined": outcome == "declined",
        "expired": outcome == "expired",
        "withdrawn": outcome == "withdrawn",
        "pending": outcome == "pending",
        "decided_in_time": and_(decided, u.c.in_time.is_(True)),
        "processed": and_(accepted, u.c.processed_at.is_not(None)),
        "silent": and_(
            accepted,
            u.c.result == "",
            not_after(u.c.accepted_at),
            not_after(u.c.last_step_at),
            not_after(u.c.decided_at),
        ),
        "won": and_(holds_result, u.c.result == "won"),
        "lost": and_(holds_result, u.c.result == "lost"),
        "discarded": and_(holds_result, u.c.result == "discarded"),
    }
    out: list[Any] = [func.count(outcome).label("offered")]
    out += [func.sum(case((cond, 1), else_=0)).label(name) for name, cond in conditions.items()]
    return out


def _series_values(u: Any) -> list[ColumnElement[Any]]:
    """The values of each time series, NULL where a unit has none (measures.measure)."""
    decided = u.c.outcome.in_(("accepted", "declined"))
    processed = and_(u.c.outcome == "accepted", u.c.processed_at.is_not(None))
    return [
        case((decided, u.c.wh)),
        case((decided, u.c.wall)),
        case((processed, u.c.pwh)),
        case((processed, u.c.pwall)),
    ]


class _Series:
    """SQLite aggregate report_series(decision, decision_wall, processed, processed_wall,
    reason): the four series (NULLs skipped) in ascending order and the reasons counted, handed
    over in `collected` under the token it returns (no serialisation)."""

    collected: ClassVar[dict[int, tuple[tuple[list[float], ...], Counter[str]]]] = {}

    def __init__(self) -> None:
        self.values: tuple[list[float], ...] = ([], [], [], [])
        self.reasons: Counter[str] = Counter()

    def step(self, a: float | None, b: float | None, c: float | None, e: float | None, reason: Any) -> None:
        for target, value in zip(self.values, (a, b, c, e), strict=True):
            if value is not None:
                target.append(value)
        if reason is not None:
            self.reasons[reason] += 1

    def finalize(self) -> int:
        for values in self.values:
            values.sort()
        token = len(self.collected)
        self.collected[token] = (self.values, self.reasons)
        return token


@contextmanager
def _series_aggregate(session: Session) -> Iterator[dict[int, Any]]:
    """Register report_series on this SQLite connection for one statement (and its results)."""
    if session.get_bind().dialect.name != "sqlite":
        yield {}
        return
    collected: dict[int, Any] = {}
    aggregate = type("ReportSeries", (_Series,), {"collected": collected})
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.create_aggregate("report_series", 5, aggregate)
    try:
        yield collected
    finally:
        collected.clear()


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
        r.outcome.label("outcome"),
        r.reason.label("reason"),
        r.working_hours.label("wh"),
        r.wall_hours.label("wall"),
        r.in_time.label("in_time"),
        r.decided_at.label("decided_at"),
        enquiry(e.processed_at).label("processed_at"),
        enquiry(e.processed_working_hours).label("pwh"),
        enquiry(e.processed_wall_hours).label("pwall"),
        enquiry(e.accepted_at).label("accepted_at"),
        enquiry(e.last_step_at).label("last_step_at"),
        enquiry(e.result, "").label("result"),
        *[getattr(e, dim).label(dim) for dim in dims if dim in d.ENQUIRY_DIMENSIONS],
    ]
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
        cast(null(), String).label("outcome"),
        literal("", String).label("reason"),
        cast(null(), Float).label("wh"),
        cast(null(), Float).label("wall"),
        cast(null(), Boolean).label("in_time"),
        cast(null(), UTCDateTime()).label("decided_at"),
        e.processed_at.label("processed_at"),
        e.processed_working_hours.label("pwh"),
        e.processed_wall_hours.label("pwall"),
        e.accepted_at.label("accepted_at"),
        e.last_step_at.label("last_step_at"),
        e.result.label("result"),
        *[getattr(e, dim).label(dim) for dim in plan.dims if dim in d.ENQUIRY_DIMENSIONS],
    ]
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


def _measures(parts: Sequence[Part], received: int) -> Measures:
    """`measures.measure` of the units behind `parts` (a partition of them)."""
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for part in parts:
        counts.update(part.counts)
        for reason, n in part.reasons.items():
            reasons[normalise_reason(reason)] += n
    answerable = counts["accepted"] + counts["declined"] + counts["expired"]

    def quantiles(index: int) -> Quantiles:
        runs = [part.series[index] for part in parts]
        return Quantiles(quantile_of_runs(runs, 0.5), quantile_of_runs(runs, 0.9))

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
        decision_hours=quantiles(0),
        decision_wall_hours=quantiles(1),
        decided_in_time=counts["decided_in_time"],
        decided_in_time_share=share(counts["decided_in_time"], answerable),
        processed=counts["processed"],
        processed_share=share(counts["processed"], counts["accepted"]),
        processed_hours=quantiles(2),
        processed_wall_hours=quantiles(3),
        silent=counts["silent"],
        won=counts["won"],
        lost=counts["lost"],
        discarded=counts["discarded"],
    )
