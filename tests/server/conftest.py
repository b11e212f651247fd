"""Fixtures of the server tests: every test runs on SQLite and, where reachable, on PostgreSQL.

SQLite gets a fresh file per test; PostgreSQL a fresh schema per test, dropped afterwards
(tests/databases.py: `TEST_DATABASE_URL` or the local default; skipped locally when unreachable,
failing in CI).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from central.app import create_app
from central.config import Settings
from central.db import create_all, make_engine, make_session_factory
from tests.databases import BACKEND_PARAMS, private_database
from tests.server.helpers import TEST_SECRET, Factory, TestClient, World, build_world
from tests.server.survey_helpers import seed
from tests.server.survey_world import SurveyWorld
from tests.server.sync_helpers import seed_demo_accounts

os.environ.setdefault("ENQUIRY_FAST_HASH", "1")  # cheap argon2 parameters, read at each hash


@pytest.fixture(params=BACKEND_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database of the parametrised backend, private to this test."""
    with private_database(request.param, tmp_path, "central.sqlite3") as url:
        yield url


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
