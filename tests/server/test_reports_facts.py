"""The reporting facts the write path keeps equal the facts rebuilt from the stored events, and the
migration that made the tables rebuilds them for existing data (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from alembic import command
from fastapi import FastAPI
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker

from central.app import create_app
from central.config import Settings
from central.db import alembic_config, make_engine, make_session_factory, upgrade
from central.demo import demo_id
from central.store.report_facts import rebuild
from central.store.report_tables import ReportEnquiry, ReportRound, ReportStep
from tests.server.helpers import TestClient
from tests.server.report_scenario import Scenario, play, utc
from tests.server.sync_helpers import DEMO_PASSWORD, Device

TABLES = (ReportEnquiry, ReportRound, ReportStep)
BEFORE_REPORTS = "20261202_0002_invites"
REPORTS_REVISION = "20261202_0005_reporting_facts"


def snapshot(factory: sessionmaker[Session]) -> dict[str, list[dict[str, Any]]]:
    with factory() as session:
        return {
            table.__tablename__: sorted(
                (dict(row._mapping) for row in session.execute(select(*table.__table__.columns))),
                key=lambda r: (r["enquiry_id"], r.get("round", r.get("seq", 0))),
            )
            for table in TABLES
        }


def more_commands(s: Scenario) -> None:
    """Everything else the rules record: an offer again after a decline, withdrawn, external steps."""
    marco = Device(s.client, "marco@hq.example", password=DEMO_PASSWORD)  # owner of the IT route
    max_ = Device(s.client, "max@mueller.example", password=DEMO_PASSWORD)
    e3, e2 = s.ids["E3"], s.ids["E2"]
    s.at(utc(4, 7, 9))
    marco.apply("offer_to_partner", enquiry_id=e3, company_id=demo_id("mueller"))
    s.at(utc(4, 7, 10))
    marco.apply("revoke_offer", enquiry_id=e3)
    s.at(utc(4, 7, 11))
    external = {"enquiry_id": e2, "name": "Franz", "email": "franz@berater.example"}  # `name`: apply's own
    [result] = max_.push_many([{"id": max_.next_mutation, "name": "assign_external", "args": external}])
    max_.next_mutation += 1
    assert result["status"] == "applied", result
    max_.apply("record_external_step", enquiry_id=e2, step="offer_handover", date=utc(4, 6, 9).isoformat())
    max_.apply("add_task", enquiry_id=e2, task_id=str(uuid.uuid4()), title="Call again")
    max_.apply("close", enquiry_id=e2, outcome="lost")


def test_facts_after_real_commands_equal_the_facts_rebuilt_from_the_events(
    client: TestClient, app: FastAPI, session_factory: sessionmaker[Session]
) -> None:
    s = play(client, app, session_factory)
    more_commands(s)
    written = snapshot(session_factory)
    assert [len(written[t.__tablename__]) for t in TABLES] == [5, 7, 6]
    assert sorted(r["outcome"] for r in written["report_rounds"]) == [
        *("accepted", "accepted", "accepted"),
        *("declined", "expired", "pending", "withdrawn"),
    ]
    e2 = [r["kind"] for r in written["report_steps"] if r["enquiry_id"] == s.ids["E2"]]
    assert e2 == ["external_assigned", "offer_handover", "first_activity", "lost"]
    with session_factory.begin() as session:
        assert rebuild(session) == 5
    assert snapshot(session_factory) == written


def test_the_migration_rebuilds_the_facts_of_existing_enquiries(db_url: str, tmp_path: Path) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        factory = make_session_factory(engine)
        settings = Settings(
            data_dir=str(tmp_path / "data"), database_url=db_url, secret_key="x" * 64, jobs_enabled=False
        )
        app = create_app(settings, engine=engine)
        with TestClient(app) as client:
            more_commands(play(client, app, factory))
        written = snapshot(factory)
        # This migration alone, down and up again, whatever later ones do (stamped around them).
        config = alembic_config(db_url)
        command.stamp(config, REPORTS_REVISION)
        command.downgrade(config, BEFORE_REPORTS)
        assert not {t.__tablename__ for t in TABLES} & set(inspect(engine).get_table_names())
        command.upgrade(config, REPORTS_REVISION)  # the tables again, filled from enquiry_events
        command.stamp(config, "head")
        assert snapshot(factory) == written
        assert len(written["report_rounds"]) == 7
    finally:
        engine.dispose()
