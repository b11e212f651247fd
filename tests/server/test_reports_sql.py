"""The summary the database computes (central/store/report_sql.py) equals the pure definition
(load the units, `enquiries.reporting.pivot`) exactly: every cell, total, median and p90 to the
last bit, on SQLite and PostgreSQL. On the known scenario for every viewer and dimension pair, on
the endpoint's raw answers, and on facts made up by hypothesis (odd time zones, DST nights,
ties, facts the rules would not write)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from central.api.report_models import QueryOut
from central.api.reports import compare_out, summary_out
from central.demo import demo_id
from central.store import report_sql
from central.store.accounts import Company
from central.store.report_facts import insert_new
from central.store.report_tables import ReportEnquiry, ReportRound, ReportStep
from central.store.reports import Scope, load_units, scope_of
from enquiries.reporting import dimensions as d
from enquiries.reporting.facts import EnquiryFacts, RoundFact
from enquiries.reporting.measures import measure
from enquiries.reporting.pivot import (
    DECISION_BINS,
    Pivot,
    Query,
    ReportError,
    decision_bins,
    pivot,
    row_totals,
    select,
)
from tests.server.helpers import TestClient
from tests.server.report_scenario import NOW, Scenario, play
from tests.server.sync_helpers import seed_demo_accounts

HQ, MUELLER, ROSSI, ALPEN = (demo_id(k) for k in ("hq", "mueller", "rossi", "alpen"))
VIEWERS = (HQ, MUELLER, ROSSI, ALPEN)
AXES = (None, *d.DIMENSIONS)


def make_query(
    scope: Scope, *, zone: str | None = None, period: str = "month", on: str = "received", **more: Any
) -> Query:
    ctx = d.Context(
        zone=ZoneInfo(zone or scope.timezone),
        period=period,
        on=on,
        head_office_id=scope.head_office_id,
        company_names=scope.company_names,
    )
    return Query(ctx, more.get("start"), more.get("end"), more.get("filters", {}))


def pure(
    session: Session, scope: Scope, query: Query, rows: str | None, columns: str | None, now: datetime
) -> Pivot | str:
    try:
        return pivot(load_units(session, scope, query), query, rows, columns, now)
    except ReportError as exc:
        return exc.code


def by_sql(
    session: Session, scope: Scope, query: Query, rows: str | None, columns: str | None, now: datetime
) -> Pivot | str:
    try:
        with report_sql.read_snapshot(session):
            return report_sql.pivot(session, scope, query, rows, columns, now)
    except ReportError as exc:
        return exc.code


def assert_same(
    session: Session, scope: Scope, query: Query, rows: str | None, columns: str | None, now: datetime
) -> None:
    expected = pure(session, scope, query, rows, columns, now)
    got = by_sql(session, scope, query, rows, columns, now)
    assert got == expected, (scope.viewer, rows, columns, query)
    # the comparison's figures: rows only, unchecked for size
    units = load_units(session, scope, query)
    with report_sql.read_snapshot(session):
        earlier = report_sql.pivot(
            session, scope, query, rows if rows != "period" else None, None, now, check_cells=False
        )
    assert earlier.total == measure(select(units, query), now)
    assert earlier.row_totals == row_totals(units, query, rows, now)


def assert_same_bins(session: Session, scope: Scope, query: Query, now: datetime) -> None:
    """/decision-times: bins, decided, expired and the median and p90 of the working hours."""
    units = load_units(session, scope, query)
    for edges in (DECISION_BINS, (0.0, 3.0, 30.0, 47.5), (2.0,)):
        expected = decision_bins(units, query, edges)
        with report_sql.read_snapshot(session):
            assert report_sql.decision_bins(session, scope, query, now, edges) == expected, (edges, query)
    with report_sql.read_snapshot(session), pytest.raises(ReportError):
        report_sql.decision_bins(session, scope, query, now, (4.0, 2.0))


@pytest.fixture
def s(client: TestClient, app: FastAPI, session_factory: sessionmaker[Session]) -> Scenario:
    return play(client, app, session_factory)


def test_the_scenario_for_every_viewer_and_every_pair_of_dimensions(s: Scenario) -> None:
    with s.factory() as session:
        for company in VIEWERS:
            scope = scope_of(session, company)
            first, last = date(2026, 3, 1), date(2026, 4, 30)
            assert_same_bins(session, scope, make_query(scope), NOW)
            assert_same_bins(session, scope, make_query(scope, on="decided", start=first, end=last), NOW)
            for rows in AXES:
                for columns in AXES:
                    if rows is not None and rows == columns:
                        continue
                    assert_same(session, scope, make_query(scope), rows, columns, NOW)
                    assert_same(
                        session,
                        scope,
                        make_query(scope, on="decided", period="week", start=first, end=last),
                        rows,
                        columns,
                        NOW,
                    )
            for filters in (
                {"partner": frozenset({company})},
                {"round": frozenset({"1"})},
                {"round": frozenset({""})},
                {"channel": frozenset({"web"}), "round": frozenset({"2", "01"})},
            ):
                for period in d.PERIODS:
                    query = make_query(
                        scope, period=period, filters=filters, start=date(2026, 3, 4), end=date(2026, 4, 7)
                    )
                    assert_same(session, scope, query, "partner", "period", NOW)
                    assert_same(
                        session,
                        scope,
                        replace(query, ctx=replace(query.ctx, on="decided")),
                        "round",
                        "period",
                        NOW,
                    )


def test_the_endpoint_answers_what_the_pure_pivot_says(s: Scenario) -> None:
    """The raw JSON of /summary (the database's figures) against the pure pivot's, comparison included."""
    asked = [
        ({"rows": "partner", "columns": "period"}, None),
        ({"rows": "channel", "columns": "round", "on": "decided"}, None),
        ({"rows": "partner", "from": "2026-04-01", "to": "2026-04-30", "compare": "previous"}, "previous"),
        (
            {"rows": "period", "period": "week", "from": "2026-03-01", "to": "2026-04-30", "compare": "year"},
            "year",
        ),
    ]
    for login, company in (
        ("anna@hq.example", HQ),
        ("max@mueller.example", MUELLER),
        ("luca@rossi.example", ROSSI),
    ):
        for params, compare in asked:
            body = s.ok(login, "summary", **params)
            with s.factory() as session:  # after the request: SQLite's writers hold the lock
                scope = scope_of(session, company)
                start = date.fromisoformat(params["from"]) if "from" in params else None
                end = date.fromisoformat(params["to"]) if "to" in params else None
                query = make_query(
                    scope,
                    on=params.get("on", "received"),
                    period=params.get("period", "month"),
                    start=start,
                    end=end,
                )
                units = load_units(session, scope, query)
                rows, columns = params.get("rows"), params.get("columns")
                compared = None
                if compare is not None:
                    assert start and end
                    first, last = d.previous_range(start, end, query.ctx.period, compare)
                    before = replace(query, start=first, end=last)
                    old = load_units(session, scope, before)
                    earlier = row_totals(old, before, rows, NOW)  # as the endpoint computed it before
                    table = Pivot((), (), (), earlier, (), measure(select(old, before), NOW))
                    compared = compare_out(compare, before, table)
                out = summary_out(
                    pivot(units, query, rows, columns, NOW),
                    rows,
                    columns,
                    compared,
                    QueryOut.model_validate(body["query"]),
                )
                assert body == out.model_dump(mode="json")


# --- made-up facts ----------------------------------------------------------------------------

PARTNERS = (MUELLER, ROSSI, ALPEN)
ZONES = ("Europe/Rome", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC")
# Around Europe's spring DST change (29 March 2026, 01:00 UTC) and local midnights there.
T0 = datetime(2026, 3, 27, 12, 0, tzinfo=UTC)
EDGES = (
    datetime(2026, 3, 28, 23, 0, tzinfo=UTC),  # midnight in Rome (CET)
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # the change itself
    datetime(2026, 3, 29, 22, 0, tzinfo=UTC),  # midnight in Rome (CEST)
    datetime(2026, 3, 31, 22, 0, tzinfo=UTC),  # 1 April in Rome: a month and a quarter
    datetime(2026, 3, 30, 3, 0, tzinfo=UTC),  # 30 March in Sao Paulo
)
NOW_H = T0 + timedelta(days=20)

instants = st.one_of(
    st.sampled_from(EDGES),
    st.sampled_from(EDGES).map(lambda t: t - timedelta(microseconds=1)),
    st.integers(0, 9 * 24 * 3600 * 10**6).map(lambda us: T0 + timedelta(microseconds=us)),
)
hours = st.one_of(
    st.none(),
    st.sampled_from((0.0, 1.5, 3.0, 3.0, 48.0)),
    st.floats(0, 200, allow_nan=False, allow_infinity=False),
)
outcomes = st.sampled_from(("pending", "accepted", "declined", "expired", "withdrawn"))


@st.composite
def round_facts(draw: Any, number: int) -> RoundFact:
    outcome = draw(outcomes)
    decided = None if outcome == "pending" and draw(st.booleans()) else draw(instants)
    return RoundFact(
        round=number,
        company_id=draw(st.sampled_from(PARTNERS)),
        person_id=None,
        offered_at=draw(instants),
        deadline=draw(st.none() | instants),
        outcome=outcome,
        decided_at=decided,
        reason=draw(st.sampled_from(("", "Too far", " Too  far ", "No capacity"))),
        working_hours=draw(hours),
        wall_hours=draw(hours),
        in_time=draw(st.none() | st.booleans()),
    )


@st.composite
def enquiry_facts(draw: Any, n: int) -> EnquiryFacts:
    how_many = draw(st.integers(0, 3))
    rounds = tuple(draw(round_facts(k + 1)) for k in range(how_many))
    accepted = draw(st.one_of(st.none(), st.sampled_from(PARTNERS)))
    return EnquiryFacts(
        enquiry_id=f"e{n:03d}",
        number=f"E-{n:03d}",
        origin_company_id=draw(st.sampled_from((HQ, HQ, HQ, MUELLER))),
        owner_company_id=draw(st.sampled_from((HQ, *PARTNERS))),
        received_at=draw(instants),
        channel=draw(st.sampled_from(("web", "phone"))),
        type=draw(st.sampled_from(("offer", "service"))),
        product_interest=draw(st.sampled_from(("", "Doors"))),
        country=draw(st.sampled_from(("DE", "IT"))),
        subdivision=draw(st.sampled_from(("", "DE-BY"))),
        postcode_area=draw(st.sampled_from(("DE-80", "IT-39"))),
        accepted_company_id=accepted,
        accepted_at=draw(st.none() | instants),
        processed_at=draw(st.none() | instants),
        processed_kind="",
        processed_working_hours=draw(hours),
        processed_wall_hours=draw(hours),
        last_step_at=draw(st.none() | instants),
        result=draw(st.sampled_from(("", "", "won", "lost", "discarded"))),
        closed_at=None,
        rounds=rounds,
    )


dimension_names = st.sampled_from(AXES)
filter_values = {
    "channel": ("web", "phone"),
    "type": ("offer",),
    "product_interest": ("", "Doors"),
    "country": ("DE",),
    "subdivision": ("DE-BY", ""),
    "postcode_area": ("IT-39",),
    "partner": (HQ, MUELLER, ROSSI),
    "round": ("1", "2", "", "01"),
}


@st.composite
def queries(draw: Any) -> dict[str, Any]:
    chosen = draw(st.lists(st.sampled_from(sorted(filter_values)), max_size=2, unique=True))
    filters = {
        name: frozenset(draw(st.lists(st.sampled_from(filter_values[name]), min_size=1, max_size=2)))
        for name in chosen
    }
    start = draw(st.none() | st.dates(date(2026, 3, 26), date(2026, 4, 2)))
    end = draw(st.none() | st.dates(date(2026, 3, 28), date(2026, 4, 6)))
    if start and end and start > end:
        start, end = end, start
    return {
        "zone": draw(st.sampled_from(ZONES)),
        "period": draw(st.sampled_from(d.PERIODS)),
        "on": draw(st.sampled_from(d.ON)),
        "start": start,
        "end": end,
        "filters": filters,
        "rows": draw(dimension_names),
        "columns": draw(dimension_names),
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    facts=st.integers(0, 14).flatmap(lambda k: st.tuples(*[enquiry_facts(n) for n in range(k)])),
    asked=st.lists(queries(), min_size=1, max_size=4),
)
def test_made_up_facts_give_the_same_pivot_both_ways(
    session_factory: sessionmaker[Session], facts: tuple[EnquiryFacts, ...], asked: list[dict[str, Any]]
) -> None:
    with session_factory() as session:
        seeded = session.get(Company, HQ) is not None
    if not seeded:  # the first example on this database
        seed_demo_accounts(session_factory)
    with session_factory() as session:
        for table in (ReportStep, ReportRound, ReportEnquiry):
            session.execute(delete(table))
        insert_new(session, list(facts))
        session.commit()
        for params in asked:
            rows, columns = params.pop("rows"), params.pop("columns")
            if rows is not None and rows == columns:
                columns = None
            for company in (HQ, MUELLER, ALPEN):
                scope = scope_of(session, company)
                query = make_query(scope, **params)
                assert_same(session, scope, query, rows, columns, NOW_H)
                assert_same_bins(session, scope, query, NOW_H)
            session.commit()
