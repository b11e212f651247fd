"""Response models of `/reports/...`: what each figure means is in its description (OpenAPI).

Hours are rounded to 2 decimals, shares (0..1) to 4; quantiles are linear interpolation between
closest ranks (PostgreSQL percentile_cont, Excel PERCENTILE.INC). None: no value to compute from.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from enquiries.reporting.measures import Measures, Quantiles
from enquiries.reporting.pivot import Cell, Member


def _hours(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


class MemberOut(BaseModel):
    key: str = Field(description='stable key to filter with (`<dimension>=<key>`); "" = none')
    label: str = Field(description="English label (clients show their own words for codes)")
    first_day: date | None = Field(default=None, description="periods: first day (drill down with from)")
    last_day: date | None = Field(default=None, description="periods: last day (drill down with to)")

    @classmethod
    def of(cls, member: Member) -> MemberOut:
        return cls(key=member.key, label=member.label, first_day=member.start, last_day=member.end)


class ReasonCount(BaseModel):
    reason: str = Field(description="decline reason as written (trimmed, spaces collapsed)")
    count: int


class MeasuresOut(BaseModel):
    received: int = Field(description="distinct enquiries")
    offered: int = Field(description="offer rounds")
    accepted: int = Field(description="rounds accepted")
    declined: int = Field(description="rounds declined")
    expired: int = Field(description="rounds not answered within 48 working hours (or partner deactivated)")
    withdrawn: int = Field(description="rounds revoked by head office")
    pending: int = Field(description="rounds waiting for the partner's answer")
    declined_by_reason: list[ReasonCount] = Field(description="declined rounds per reason, most first")
    accept_rate: float | None = Field(description="accepted / (accepted + declined + expired)")
    decision_hours_median: float | None = Field(
        description="offered -> accepted or declined, working hours on the partner's calendar, median"
    )
    decision_hours_p90: float | None = Field(description="the same, 90th percentile")
    decision_wall_hours_median: float | None = Field(
        description="offered -> decided, wall-clock hours, median"
    )
    decision_wall_hours_p90: float | None = Field(description="the same, 90th percentile")
    decided_in_time: int = Field(
        description="rounds accepted or declined by their deadline (48 working hours)"
    )
    decided_in_time_share: float | None = Field(
        description="decided_in_time / (accepted + declined + expired)"
    )
    processed: int = Field(description="accepted rounds whose enquiry then reached a step of that partner")
    processed_share: float | None = Field(description="processed / accepted")
    processed_hours_median: float | None = Field(description="accepted -> first step, working hours, median")
    processed_hours_p90: float | None = Field(description="the same, 90th percentile")
    processed_wall_hours_median: float | None = Field(
        description="accepted -> first step, wall clock, median"
    )
    processed_wall_hours_p90: float | None = Field(description="the same, 90th percentile")
    silent: int = Field(description="accepted, still open, no step for 14 days (or more) before now")
    won: int = Field(description="enquiries won, counted where they were accepted (or at head office)")
    lost: int = Field(description="enquiries lost, counted likewise")
    discarded: int = Field(description="enquiries discarded, counted likewise")

    @classmethod
    def of(cls, m: Measures) -> MeasuresOut:
        def q(quantiles: Quantiles) -> tuple[float | None, float | None]:
            return _hours(quantiles.median), _hours(quantiles.p90)

        decision, decision_wall = q(m.decision_hours), q(m.decision_wall_hours)
        processed, processed_wall = q(m.processed_hours), q(m.processed_wall_hours)
        return cls(
            received=m.received,
            offered=m.offered,
            accepted=m.accepted,
            declined=m.declined,
            expired=m.expired,
            withdrawn=m.withdrawn,
            pending=m.pending,
            declined_by_reason=[ReasonCount(reason=r, count=n) for r, n in m.declined_by_reason],
            accept_rate=_share(m.accept_rate),
            decision_hours_median=decision[0],
            decision_hours_p90=decision[1],
            decision_wall_hours_median=decision_wall[0],
            decision_wall_hours_p90=decision_wall[1],
            decided_in_time=m.decided_in_time,
            decided_in_time_share=_share(m.decided_in_time_share),
            processed=m.processed,
            processed_share=_share(m.processed_share),
            processed_hours_median=processed[0],
            processed_hours_p90=processed[1],
            processed_wall_hours_median=processed_wall[0],
            processed_wall_hours_p90=processed_wall[1],
            silent=m.silent,
            won=m.won,
            lost=m.lost,
            discarded=m.discarded,
        )


class CellOut(BaseModel):
    row: MemberOut | None = Field(description="the row's member (None in column totals)")
    column: MemberOut | None = Field(description="the column's member (None in row totals)")
    measures: MeasuresOut

    @classmethod
    def of(cls, cell: Cell) -> CellOut:
        return cls(
            row=MemberOut.of(cell.row) if cell.row else None,
            column=MemberOut.of(cell.column) if cell.column else None,
            measures=MeasuresOut.of(cell.measures),
        )


class QueryOut(BaseModel):
    on: str
    period: str
    first_day: date | None = Field(description="from, as understood")
    last_day: date | None = Field(description="to, as understood")
    filters: dict[str, list[str]] = Field(description="dimension -> values (alternatives)")
    time_zone: str = Field(description="the caller's company's time zone: periods and days are local to it")
    generated_at: datetime = Field(description="the server's now: `silent` is relative to it")


class CompareOut(BaseModel):
    kind: str = Field(description="previous (the periods or days just before) or year (a year earlier)")
    first_day: date
    last_day: date
    total: MeasuresOut
    row_totals: list[CellOut] = Field(description="the same rows as the report (none when rows are periods)")


class SummaryOut(BaseModel):
    rows_dimension: str | None
    columns_dimension: str | None
    rows: list[MemberOut] = Field(description="row members in display order")
    columns: list[MemberOut] = Field(description="column members in display order")
    cells: list[CellOut] = Field(description="every (row, column) pair, rows outer, all measures")
    row_totals: list[CellOut] = Field(description="per row, over all columns (computed, not summed)")
    column_totals: list[CellOut] = Field(description="per column, over all rows")
    total: MeasuresOut = Field(description="the grand total")
    compare: CompareOut | None = Field(description="the comparison range, when asked (compare=previous|year)")
    query: QueryOut


class DetailRow(BaseModel):
    enquiry_id: str
    number: str
    received_at: datetime
    channel: str
    type: str
    product_interest: str
    country: str
    subdivision: str
    postcode_area: str
    partner: MemberOut = Field(description="the round's partner; head office for its own unit")
    round: int | None = Field(
        description="the round (a partner's: among its own rounds); None: head office's unit"
    )
    outcome: str = Field(description="pending, accepted, declined, expired, withdrawn; with_head_office")
    offered_at: datetime | None
    deadline: datetime | None
    decided_at: datetime | None
    reason: str = Field(description="decline reason; partner_inactive for an expiry on deactivation")
    decision_hours: float | None = Field(description="working hours offered -> decided (any outcome)")
    decision_wall_hours: float | None
    in_time: bool | None
    forwarded_kind: str = Field(description='head office only: "partner", "person", "returned" or ""')
    forwarded_to: MemberOut | None = Field(description="head office only: where the enquiry went next")
    processed_kind: str = Field(
        description="the first step after acceptance (accepted rounds, head office's unit)"
    )
    processed_at: datetime | None
    processed_hours: float | None
    processed_wall_hours: float | None
    last_step_at: datetime | None
    silent: bool
    result: str = Field(description="won, lost, discarded or '' (accepted rounds and head office's unit)")


class DetailsOut(BaseModel):
    total: int = Field(description="rows in the cell (before offset and limit)")
    offset: int
    limit: int
    rows: list[DetailRow] = Field(description="one per unit: offer round, or head office's own unit")
    query: QueryOut


class BinOut(BaseModel):
    from_hours: float = Field(description="working hours, inclusive")
    to_hours: float | None = Field(description="exclusive; None: open-ended")
    accepted: int
    declined: int


class DecisionTimesOut(BaseModel):
    bins: list[BinOut]
    decided: int = Field(description="accepted + declined rounds (those in the bins)")
    expired: int = Field(description="rounds that expired (no decision time)")
    median_hours: float | None
    p90_hours: float | None
    query: QueryOut


class ErrorDetail(BaseModel):
    code: str = Field(description="stable: unknown_parameter, unknown_dimension, bad_date, bad_range, ...")
    message: str = Field(description="an English sentence naming the problem")
    field: str | None = Field(default=None, description="the query parameter refused")
    value: str | None = Field(default=None, description="the value refused (never for partner)")


class ErrorOut(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut, "description": "a filter, dimension, date or range that cannot be answered"},
    401: {"model": ErrorOut, "description": "not signed in"},
    403: {"model": ErrorOut, "description": "no reporting role (head office: reporting; partners: admin)"},
}


class DimensionOut(BaseModel):
    name: str
    level: str = Field(description="enquiry (the enquiry's value), round (the offer's) or time")
    values: list[MemberOut] = Field(description="values present in your facts (periods: none, use from/to)")


class DimensionsOut(BaseModel):
    dimensions: list[DimensionOut]
    periods: list[str]
    on: list[str]
    compare: list[str]
    time_zone: str
