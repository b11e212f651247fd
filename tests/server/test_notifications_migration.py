"""Migration 0006 (notifications) on SQLite and PostgreSQL: existing notifications and people are
kept, old notices are never mailed afterwards, the schema then equals the models, and it goes
down and up again (on SQLite with the foreign keys really off while `people` is rebuilt)."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

import central.store  # noqa: F401  - every table on the metadata
from central.db import alembic_config, make_engine, upgrade
from central.store.base import Base

BEFORE = "20261202_0005_reporting_facts"
THIS = "20261203_0006_notifications"
AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _insert(connection: Connection, table: str, **values: object) -> None:
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), values)


def _seed_old_rows(url: str) -> None:
    """A partner, its admin with a device, and a notification as the schema before 0006 had them."""
    engine = make_engine(url)
    try:
        with engine.begin() as c:
            _insert(
                c, "companies", id="c1", name="Müller", kind="partner", country="DE", subdivision="BY",
                timezone="Europe/Berlin", postcode_ranges="[]", active=True, created_at=AT,
            )  # fmt: skip
            _insert(
                c, "people", id="p1", company_id="c1", login="max@mueller.example", display_name="Max",
                password_hash="x", roles="partner_admin", active=True, created_at=AT,
            )  # fmt: skip
            _insert(
                c, "devices", id="d1", person_id="p1", client_id="c", refresh_hash="h", refresh_family="f",
                refresh_expires_at=AT, created_at=AT, last_used_at=AT, user_agent="",
            )  # fmt: skip
            _insert(
                c, "notifications", id="n1", person_id="p1", company_id="c1", kind="offered", enquiry_id="e1",
                actor_id=None, at=AT, read=False, seq_hint=0,
            )  # fmt: skip
    finally:
        engine.dispose()


def _schema_differences(url: str) -> list[object]:
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            return list(
                compare_metadata(MigrationContext.configure(c, opts={"compare_type": True}), Base.metadata)
            )
    finally:
        engine.dispose()


def test_the_migration_keeps_old_notices_unmailed_and_goes_down_and_up(db_url: str) -> None:
    upgrade(db_url, BEFORE)
    _seed_old_rows(db_url)
    upgrade(db_url)
    engine = make_engine(db_url)
    try:
        with engine.connect() as c:
            row = c.execute(text("SELECT in_app, desktop, email, mailed_at, read FROM notifications")).one()
            assert tuple(row) == (True, True, "off", None, False)
            assert c.execute(text("SELECT language FROM people")).scalar_one() is None
            assert c.execute(text("SELECT count(*) FROM devices")).scalar_one() == 1
        tables = set(inspect(engine).get_table_names())
        assert {"notification_preferences", "offer_reminders"} <= tables
        assert _schema_differences(db_url) == []

        command.downgrade(alembic_config(db_url), BEFORE)
        inspector = inspect(engine)
        assert not {"notification_preferences", "offer_reminders"} & set(inspector.get_table_names())
        assert "language" not in {col["name"] for col in inspector.get_columns("people")}
        with engine.connect() as c:  # the rebuilt people table kept its rows and what refers to them
            assert c.execute(text("SELECT count(*) FROM people")).scalar_one() == 1
            assert c.execute(text("SELECT count(*) FROM devices")).scalar_one() == 1
            assert c.execute(text("SELECT count(*) FROM notifications")).scalar_one() == 1
            if engine.dialect.name == "sqlite":
                assert c.execute(text("PRAGMA foreign_key_check")).all() == []

        upgrade(db_url)
        assert _schema_differences(db_url) == []
        with engine.connect() as c:
            assert c.execute(text("SELECT email FROM notifications")).scalar_one() == "off"
        scripts = ScriptDirectory.from_config(alembic_config(db_url))
        assert _heads(db_url) == set(scripts.get_heads())  # at the newest revision again
        assert THIS in {rev.revision for rev in scripts.walk_revisions()}
    finally:
        engine.dispose()


def _heads(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as c:
            return set(MigrationContext.configure(c).get_current_heads())
    finally:
        engine.dispose()
