"""`/reports/...`: how fast and how well enquiries are handled, for head office and each partner.

Head office (role `reporting`) sees every enquiry that came through it; a partner (its
`partner_admin` or `reporting` people) sees only the rounds offered to it, renumbered among its
own, and what became of the enquiries it accepted; never another partner's name, id or figures
(enquiries/reporting/units.py). Thin HTTP over `central.store.reports` (what to load) and
`enquiries.reporting` (what it means). The data is read first and the read transaction ended
before the figures are computed, so SQLite's writers wait only for the read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Request

from central.api.deps import DbSession
from central.api.report_models import (
    ERRORS,
    BinOut,
    CellOut,
    CompareOut,
    DecisionTimesOut,
    DetailRow,
    DetailsOut,
    DimensionOut,
    DimensionsOut,
    MeasuresOut,
    MemberOut,
    QueryOut,
    SummaryOut,
)
from central.api.report_params import (
    COMMON,
    Reporter,
    ReportFilters,
    bad,
    dimension,
    reject_unknown,
)
from central.clock import now_of
from central.store import report_cube_query, report_sql
from central.store.report_sql import read_snapshot
from central.store.reports import dimension_values, load_units, person_names, scope_of
from enquiries.reporting import dimensions as d
from enquiries.reporting.measures import is_silent
from enquiries.reporting.pivot import Member, Pivot, ReportError, select
from enquiries.reporting.pivot import Query as ReportQuery
from enquiries.reporting.units import Unit

router = APIRouter(prefix="/api/v1/reports", tags=["reports"], responses=ERRORS)
COMPARE = ("previous", "year")
MAX_LIMIT = 10_000


def _query_out(f: ReportFilters, request: Request) -> QueryOut:
    q = f.query
    return QueryOut(
        on=q.ctx.on,
        period=q.ctx.period,
        first_day=q.start,
        last_day=q.end,
        filters={k: sorted(v) for k, v in sorted(q.filters.items())},
        time_zone=f.scope.timezone,
        generated_at=now_of(request.app)(),
    )


def _members(name: str, keys: list[str], ctx: d.Context) -> list[Member]:
    members = [Member(k, d.label_of(name, k, ctx)) for k in keys]
    return sorted(members, key=lambda m: d.sort_key(name, m.key, m.label))


@router.get("/dimensions", response_model=DimensionsOut)
def dimensions(request: Request, actor: Reporter, session: DbSession) -> DimensionsOut:
    """The dimensions and the values the caller may filter and group by."""
    reject_unknown(request, ())
    session.commit()
    scope = scope_of(session, actor.company_id)
    present = dimension_values(session, scope)
    session.commit()
    ctx = d.Context(
        zone=ZoneInfo(scope.timezone), head_office_id=scope.head_office_id, company_names=scope.company_names
    )
    keys: dict[str, list[str]] = {
        "channel": sorted(d.CHANNEL_LABELS),
        "type": sorted(d.TYPE_LABELS),
        "partner": sorted(scope.company_names),
        **present,
    }
    out = []
    for name in d.DIMENSIONS:
        level = "time" if name == "period" else ("round" if name in d.ROUND_DIMENSIONS else "enquiry")
        values = [MemberOut.of(m) for m in _members(name, keys.get(name, []), ctx)]
        out.append(DimensionOut(name=name, level=level, values=values))
    return DimensionsOut(
        dimensions=out,
        periods=list(d.PERIODS),
        on=list(d.ON),
        compare=list(COMPARE),
        time_zone=scope.timezone,
    )


@router.get("/summary", response_model=SummaryOut)
def summary(
    request: Request,
    f: ReportFilters,
    session: DbSession,
    rows: Annotated[str | None, Query(description="dimension of the rows (none: the total only)")] = None,
    columns: Annotated[
        str | None, Query(description="dimension of the columns (none: rows and total)")
    ] = None,
    compare: Annotated[str | None, Query(description="previous or year: the total of that range too")] = None,
) -> SummaryOut:
    """A pivot: every (row, column) cell with all measures, row and column totals, the total."""
    reject_unknown(request, COMMON | {"rows", "columns", "compare"})
    row_dim, column_dim = dimension("rows", rows), dimension("columns", columns)
    if compare and compare not in COMPARE:
        raise bad(
            "unknown_value",
            f"compare: {compare[:40]!r}; use previous or year.",
            field="compare",
            value=compare[:40],
        )
    if compare and (f.query.start is None or f.query.end is None):
        raise bad("compare_needs_range", "A comparison needs both from and to.", field="compare")
    now = now_of(request.app)()
    try:
        with read_snapshot(session):
            table = report_cube_query.pivot(session, f.scope, f.query, row_dim, column_dim, now)
            earlier = None
            if compare and f.query.start and f.query.end:
                start, end = d.previous_range(f.query.start, f.query.end, f.query.ctx.period, compare)
                before = replace(f.query, start=start, end=end)
                rows_before = row_dim if row_dim != "period" else None  # other periods: nothing lines up
                old = report_cube_query.pivot(
                    session, f.scope, before, rows_before, None, now, check_cells=False
                )
                earlier = compare_out(compare, before, old)
    except ReportError as exc:
        raise bad(
            exc.code, exc.message, field="columns" if exc.code == "same_dimension" else "period"
        ) from None
    return summary_out(table, row_dim, column_dim, earlier, _query_out(f, request))


def compare_out(kind: str, before: ReportQuery, table: Pivot) -> CompareOut:
    """The comparison range's total and row totals (`table`: rows only, over `before`)."""
    assert before.start and before.end
    return CompareOut(
        kind=kind,
        first_day=before.start,
        last_day=before.end,
        total=MeasuresOut.of(table.total),
        row_totals=[CellOut.of(c) for c in table.row_totals],
    )


def summary_out(
    table: Pivot, rows: str | None, columns: str | None, compared: CompareOut | None, query: QueryOut
) -> SummaryOut:
    return SummaryOut(
        rows_dimension=rows,
        columns_dimension=columns,
        rows=[MemberOut.of(m) for m in table.rows],
        columns=[MemberOut.of(m) for m in table.columns],
        cells=[CellOut.of(c) for c in table.cells],
        row_totals=[CellOut.of(c) for c in table.row_totals],
        column_totals=[CellOut.of(c) for c in table.column_totals],
        total=MeasuresOut.of(table.total),
        compare=compared,
        query=query,
    )


def _round2(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _detail(unit: Unit, f: ReportFilters, people: dict[str, str], now: datetime) -> DetailRow:
    e, r, ctx = unit.enquiry, unit.round, f.query.ctx
    partner_key = d.key_of("partner", unit, ctx)
    forwarded = None
    if r is not None and r.forwarded_to and f.scope.viewer.head_office:
        names = f.scope.company_names if r.forwarded_kind == "partner" else people
        forwarded = MemberOut(key=r.forwarded_to, label=names.get(r.forwarded_to, "?"))
    holds = unit.holds_result
    return DetailRow(
        enquiry_id=e.enquiry_id,
        number=e.number,
        received_at=e.received_at,
        channel=e.channel,
        type=e.type,
        product_interest=e.product_interest,
        country=e.country,
        subdivision=e.subdivision,
        postcode_area=e.postcode_area,
        partner=MemberOut(key=partner_key, label=d.label_of("partner", partner_key, ctx)),
        round=r.round if r else None,
        outcome=r.outcome if r else "with_head_office",
        offered_at=r.offered_at if r else None,
        deadline=r.deadline if r else None,
        decided_at=r.decided_at if r else None,
        reason=r.reason if r else "",
        decision_hours=_round2(r.working_hours) if r else None,
        decision_wall_hours=_round2(r.wall_hours) if r else None,
        in_time=r.in_time if r else None,
        forwarded_kind=r.forwarded_kind if r and f.scope.viewer.head_office else "",
        forwarded_to=forwarded,
        processed_kind=e.processed_kind if holds else "",
        processed_at=e.processed_at if holds else None,
        processed_hours=_round2(e.processed_working_hours) if holds else None,
        processed_wall_hours=_round2(e.processed_wall_hours) if holds else None,
        last_step_at=e.last_step_at if holds else None,
        silent=is_silent(unit, now),
        result=e.result if holds else "",
    )


@router.get("/enquiries", response_model=DetailsOut)
def details(
    request: Request,
    f: ReportFilters,
    session: DbSession,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows per page")] = 1000,
    offset: Annotated[int, Query(ge=0, description="rows to skip")] = 0,
) -> DetailsOut:
    """The rows behind a cell: the same filters plus the cell's `<dimension>=<key>` (periods:
    their first_day/last_day as from/to). One row per unit, in received order."""
    reject_unknown(request, COMMON | {"limit", "offset"})
    now = now_of(request.app)()
    chosen = select(load_units(session, f.scope, f.query), f.query)
    chosen.sort(key=lambda u: (u.enquiry.received_at, u.enquiry.number, u.round.round if u.round else 0))
    page = chosen[offset : offset + limit]
    people = {
        r.forwarded_to for u in page if (r := u.round) and r.forwarded_to and r.forwarded_kind != "partner"
    }
    names = person_names(session, people) if f.scope.viewer.head_office else {}
    session.commit()
    return DetailsOut(
        total=len(chosen),
        offset=offset,
        limit=limit,
        rows=[_detail(u, f, names, now) for u in page],
        query=_query_out(f, request),
    )


def _bins(raw: str | None) -> list[float] | None:
    if raw is None or raw == "":
        return None
    try:
        return [float(part) for part in raw.split(",")]
    except ValueError:
        raise bad("bad_bins", "bins: comma-separated hours, e.g. 0,4,8,24,48.", field="bins") from None


@router.get("/decision-times", response_model=DecisionTimesOut)
def decision_times(
    request: Request,
    f: ReportFilters,
    session: DbSession,
    bins: Annotated[
        str | None,
        Query(description="bin edges in working hours, comma-separated (default 0,4,8,16,24,32,40,48)"),
    ] = None,
) -> DecisionTimesOut:
    """How long partners took to accept or decline, in working hours, as bins for a chart."""
    reject_unknown(request, COMMON | {"bins"})
    edges = _bins(bins)
    now = now_of(request.app)()
    with read_snapshot(session):
        try:
            counted = report_sql.decision_bins(
                session, f.scope, f.query, now, *([edges] if edges is not None else [])
            )
        except ReportError as exc:
            raise bad(exc.code, exc.message, field="bins") from None
        figures = report_cube_query.pivot(session, f.scope, f.query, None, None, now).total
    return DecisionTimesOut(
        bins=[
            BinOut(from_hours=b.low, to_hours=b.high, accepted=b.accepted, declined=b.declined)
            for b in counted
        ],
        decided=figures.accepted + figures.declined,
        expired=figures.expired,
        median_hours=_round2(figures.decision_hours.median),
        p90_hours=_round2(figures.decision_hours.p90),
        query=_query_out(f, request),
    )
