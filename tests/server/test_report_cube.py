"""Head office's per-day report figures (central/store/report_cube.py) answer exactly what the
grouped query over the facts answers - every cell, total, median and p90 to the last bit - while
the write path marks the days it changes, a report computes marked days from the facts, and the
job makes them again; in odd time zones and over DST nights, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from central.app import create_app
from central.config import Settings
from central.db import alembic_config, make_engine, make_session_factory, upgrade
from central.jobs.scheduler import run_once
from central.store import report_cube, report_cube_query, report_sql
from central.store.accounts import Company
from central.store.report_cube_tables import ReportCubeDay, ReportCubeStale, ReportCubeZone
from central.store.report_facts import insert_new, update
from central.store.report_tables import ReportEnquiry, ReportRound, ReportStep
from central.store.reports import scope_of
from enquiries.reporting import dimensions as d
from enquiries.reporting.facts import EnquiryFacts
from enquiries.reporting.pivot import Pivot, ReportError
from tests.server.helpers import TestClient
from tests.server.report_scenario import NOW, Scenario, play, utc
from tests.server.sync_helpers import seed_demo_accounts
from tests.server.test_reports_sql import HQ, MUELLER, NOW_H, ZONES, enquiry_facts, make_query, pure
from tests.server.test_reports_sql import s as s  # the fixture

BEFORE_CUBE = "20261204_0008_erased_enquiries"
CUBE_REVISION = "20261204_0009_report_cube"
SHAPES = [(None, None), ("partner", None), ("period", None), ("partner", "period"), ("period", "partner")]


def answers(session: Session, query: Any, rows: str | None, columns: str | None, now: Any) -> tuple[Any, Any]:
    """(per-day figures, grouped query over the facts), each in its own snapshot."""
    scope = scope_of(session, HQ)

    def run(pivot: Any) -> Pivot | str:
        try:
            with report_sql.read_snapshot(session):
                return pivot(session, scope, query, rows, columns, now)
        except ReportError as exc:
            return exc.code

    with report_sql.read_snapshot(session):
        assert report_cube_query.fits(session, scope, query, rows, columns), (rows, columns, query)
    return run(report_cube_query.pivot), run(report_sql.pivot)


def stale_days(session: Session) -> set[str]:
    return set(session.scalars(select(ReportCubeStale.day)))


queries = st.fixed_dictionaries(
    {
        "period": st.sampled_from(d.PERIODS),
        "start": st.none() | st.dates(date(2026, 3, 26), date(2026, 4, 2)),
        "end": st.none() | st.dates(date(2026, 3, 28), date(2026, 4, 6)),
        "shape": st.sampled_from(SHAPES),
    }
)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    zone=st.sampled_from(ZONES),
    built=st.integers(0, 8).flatmap(lambda k: st.tuples(*[enquiry_facts(n) for n in range(k)])),
    later=st.integers(0, 5).flatmap(lambda k: st.tuples(*[enquiry_facts(100 + n) for n in range(k)])),
    changed=st.booleans(),
    asked=st.lists(queries, min_size=1, max_size=3),
)
def test_the_per_day_figures_answer_like_the_facts_before_and_after_the_job(
    session_factory: sessionmaker[Session],
    zone: str,
    built: tuple[EnquiryFacts, ...],
    later: tuple[EnquiryFacts, ...],
    changed: bool,
    asked: list[dict[str, Any]],
) -> None:
    with session_factory() as session:
        seeded = session.get(Company, HQ) is not None
    if not seeded:
        seed_demo_accounts(session_factory)
    with session_factory() as session:
        company = session.get(Company, HQ)
        assert company is not None
        company.timezone = zone
        for table in (ReportStep, ReportRound, ReportEnquiry, ReportCubeDay, ReportCubeStale, ReportCubeZone):
            session.execute(delete(table))
        insert_new(session, list(built))
        report_cube.build(session)
        session.commit()
        assert stale_days(session) == set()
        # Later writes: new enquiries and a changed one (another day, another outcome) mark their days.
        insert_new(session, list(later))
        if changed and built:
            first = built[0]
            moved = replace(
                first,
                received_at=first.received_at + timedelta(days=1),
                rounds=tuple(replace(r, outcome="declined", reason="Too far") for r in first.rounds),
            )
            update(session, moved)
        session.commit()
        tz = company.timezone
        expected_stale = {
            f.received_at.astimezone(ZoneInfo(tz)).date().isoformat()
            for f in later
            if f.origin_company_id == HQ
        }
        if changed and built and built[0].origin_company_id == HQ:
            expected_stale |= {
                at.astimezone(ZoneInfo(tz)).date().isoformat()
                for at in (built[0].received_at, built[0].received_at + timedelta(days=1))
            }
        assert stale_days(session) == expected_stale
        for refreshed in (False, True):
            if refreshed:
                report_cube.refresh(session)
                session.commit()
                assert stale_days(session) == set()
            for params in asked:
                rows, columns = params["shape"]
                start, end = params["start"], params["end"]
                if start and end and start > end:
                    start, end = end, start
                query = make_query(scope_of(session, HQ), period=params["period"], start=start, end=end)
                from_days, from_facts = answers(session, query, rows, columns, NOW_H)
                assert from_days == from_facts, (refreshed, rows, columns, query)


def test_a_question_outside_the_per_day_figures_is_answered_from_the_facts(s: Scenario) -> None:
    with s.factory() as session:
        report_cube.build(session)
        session.commit()
        hq, partner = scope_of(session, HQ), scope_of(session, MUELLER)
        query = make_query(hq, start=date(2026, 3, 1), end=date(2026, 4, 30))
        assert report_cube_query.fits(session, hq, query, "partner", "period")
        for scope, q, rows, columns in (
            (partner, make_query(partner), "partner", "period"),  # a partner's own figures
            (hq, replace(query, ctx=replace(query.ctx, on="decided")), "partner", None),
            (hq, replace(query, filters={"channel": frozenset({"web"})}), "partner", None),
            (hq, query, "channel", None),
            (hq, make_query(hq, zone="UTC"), "partner", None),  # another zone than the days'
        ):
            assert not report_cube_query.fits(session, scope, q, rows, columns), (rows, columns, q)
            with report_sql.read_snapshot(session):
                got = report_cube_query.pivot(session, scope, q, rows, columns, NOW)
            assert got == pure(session, scope, q, rows, columns, NOW)


def test_the_write_path_marks_the_days_and_the_job_makes_them_again(s: Scenario) -> None:
    """The scenario's enquiries came through the API: every day of receipt is marked (no rows
    yet); a report computes them; the job makes them and removes the marks; a later decision
    marks its enquiry's day again, and the report shows it before the job runs."""
    with s.factory() as session:
        zone = scope_of(session, HQ).timezone
        session.add(ReportCubeZone(id=1, zone=zone))  # the days' zone, no day made yet
        session.commit()
        received = {
            at.astimezone(ZoneInfo(zone)).date().isoformat()
            for at in session.scalars(select(ReportEnquiry.received_at))
        }
        assert received and stale_days(session) == received
        query = make_query(scope_of(session, HQ), start=date(2026, 3, 1), end=date(2026, 4, 30))
        before = answers(session, query, "partner", "period", NOW)
        assert before[0] == before[1] == pure(session, scope_of(session, HQ), query, "partner", "period", NOW)
    report = run_once(s.factory, s.app.state.settings, now=NOW)  # expires due offers too
    assert report.report_days == len(received)
    with s.factory() as session:
        assert stale_days(session) == set()
        assert session.scalar(select(func.count()).select_from(ReportCubeDay)) > len(received)
        after = answers(session, query, "partner", "period", NOW)
        assert after[0] == after[1] == pure(session, scope_of(session, HQ), query, "partner", "period", NOW)
    # A new enquiry through the API: its day is marked again, and counted before the job runs.
    s.intake("E9", utc(4, 7, 9), {"postcode": "80331", "city": "München", "country": "DE"})
    with s.factory() as session:
        assert stale_days(session) == {"2026-04-07"}
        from_days, from_facts = answers(session, query, None, None, NOW)
        assert from_days == from_facts
        assert isinstance(from_days, Pivot) and from_days.total.received == after[0].total.received + 1


def test_the_migration_builds_the_days_of_existing_facts(db_url: str, tmp_path: Path) -> None:
    """Migration 0009 over a database with enquiries: the days made from their facts, no day left
    stale, the same figures as the facts give."""
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        factory = make_session_factory(engine)
        settings = Settings(
            data_dir=str(tmp_path / "data"), database_url=db_url, secret_key="x" * 64, jobs_enabled=False
        )
        app = create_app(settings, engine=engine)
        with TestClient(app) as client:
            play(client, app, factory)
        config = alembic_config(db_url)
        command.stamp(config, CUBE_REVISION)
        command.downgrade(config, BEFORE_CUBE)
        assert "report_cube_days" not in inspect(engine).get_table_names()
        command.upgrade(config, CUBE_REVISION)
        command.stamp(config, "head")
        with factory() as session:
            scope = scope_of(session, HQ)
            assert report_cube.zone_of(session) == scope.timezone
            assert stale_days(session) == set()
            assert session.scalar(select(func.count()).select_from(ReportCubeDay)) > 0
            query = make_query(scope, start=date(2026, 3, 1), end=date(2026, 4, 30))
            for rows, columns in SHAPES:
                from_days, from_facts = answers(session, query, rows, columns, NOW)
                assert from_days == from_facts, (rows, columns)
    finally:
        engine.dispose()
