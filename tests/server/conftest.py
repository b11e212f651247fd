"""Fixtures of the server tests: every test runs on SQLite and, where reachable, on PostgreSQL.

SQLite gets a fresh file per test; PostgreSQL a fresh schema per test (found through
`search_path`), dropped afterwards. PostgreSQL is `TEST_DATABASE_URL`, else the local default
below. Without it, PostgreSQL runs are skipped locally and fail loudly in CI (`CI=true`).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from central.app import create_app
from central.config import Settings
from central.db import create_all, make_engine, make_session_factory
from tests.server.helpers import TEST_SECRET, Factory, TestClient, World, build_world
from tests.server.survey_helpers import seed
from tests.server.survey_world import SurveyWorld
from tests.server.sync_helpers import seed_demo_accounts

os.environ.setdefault("ENQUIRY_FAST_HASH", "1")  # cheap argon2 parameters, read at each hash

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def pg_url() -> str:
    return os.environ.get("TEST_DATABASE_URL") or DEFAULT_PG_URL


@cache
def _pg_admin() -> Engine:
    return create_engine(pg_url(), poolclass=NullPool, connect_args={"connect_timeout": 3})


@cache
def pg_unreachable() -> str | None:
    """Why PostgreSQL cannot be used, or None when it can (checked once per test session)."""
    try:
        with _pg_admin().connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return None


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database of the parametrised backend, private to this test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.sqlite3'}"
        return
    problem = pg_unreachable()
    if problem is not None:
        where = make_url(pg_url()).render_as_string(hide_password=True)
        if _in_ci():
            pytest.fail(f"CI=true but PostgreSQL at {where} is unreachable: {problem}", pytrace=False)
        pytest.skip(f"PostgreSQL at {where} unreachable ({problem}); start it or set TEST_DATABASE_URL")
    schema = f"t_{secrets.token_hex(6)}"
    with _pg_admin().begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(pg_url()).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with _pg_admin().begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


@pytest.fixture
def backend(db_url: str) -> str:
    """ "sqlite" or "postgresql": the backend this test runs on."""
    return make_url(db_url).get_backend_name()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on the test database with every table created."""
    engine = make_engine(db_url)
    create_all(engine)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    """Test settings: fixed secret, no background jobs, data folder inside the test's tmp dir."""
    return Settings(
        data_dir=str(tmp_path / "data"),
        database_url=db_url,
        secret_key=TEST_SECRET,
        jobs_enabled=False,
    )


@pytest.fixture
def app(settings: Settings, engine: Engine) -> FastAPI:
    return create_app(settings, engine=engine)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """A client of the app with its lifespan running."""
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def make(session_factory: sessionmaker[Session]) -> Factory:
    """Quick rows: `make.company(...)`, `make.person(company, login, roles=...)`, `make.api_key(...)`."""
    return Factory(session_factory)


@pytest.fixture
def world(make: Factory) -> World:
    """Head office (anna, carla) and partners Müller (max admin, eva) and Rossi (luca admin, sofia)."""
    return build_world(make)


@pytest.fixture
def h(
    client: TestClient, app: FastAPI, world: World, make: Factory, session_factory: sessionmaker[Session]
) -> Any:
    """The authorisation matrices' harness (tests/server/matrix_helpers.py): the test world on a
    fixed clock, reachable directly and over HTTP."""
    from tests.server.matrix_helpers import T0, Harness

    app.state.clock = lambda: T0
    return Harness(client, world, make, session_factory)


@pytest.fixture
def sw(client: TestClient, session_factory: sessionmaker[Session]) -> SurveyWorld:
    """The demo accounts and the demo survey (40 contacts) on the server's real clock."""
    seed_demo_accounts(session_factory)
    now = datetime.now(UTC)
    return SurveyWorld(client, session_factory, seed(session_factory, now=now, count=40), now)
