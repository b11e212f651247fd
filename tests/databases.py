"""The test databases: a private SQLite file or a private PostgreSQL schema per test.

PostgreSQL is `TEST_DATABASE_URL`, else the local default below; each test gets a fresh schema
(found through `search_path`), dropped afterwards. When PostgreSQL cannot be reached, its runs are
skipped locally and fail loudly in CI (`CI=true`).

The `db_url` (tests/server), `server_db_url` (tests/sync) and mail outbox `engine` fixtures are
thin uses of `private_database`. (bench/common.py keeps its own copy for the benchmarks.)
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")
# `@pytest.fixture(params=BACKEND_PARAMS)`: once per backend, PostgreSQL under the `postgres` marker
BACKEND_PARAMS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pg_url() -> str:
    """The PostgreSQL server the tests use (its default database; schemas are made inside it)."""
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


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def require_postgresql() -> None:
    """Skip the running test when PostgreSQL is unreachable, or fail it in CI."""
    problem = pg_unreachable()
    if problem is None:
        return
    where = make_url(pg_url()).render_as_string(hide_password=True)
    if in_ci():
        pytest.fail(f"CI=true but PostgreSQL at {where} is unreachable: {problem}", pytrace=False)
    pytest.skip(f"PostgreSQL at {where} unreachable ({problem}); start it or set TEST_DATABASE_URL")


@contextmanager
def private_database(backend: str, folder: Path, sqlite_name: str = "test.sqlite3") -> Iterator[str]:
    """The URL of an empty database private to the running test.

    "sqlite": the file `folder / sqlite_name`. "postgresql": a fresh schema, dropped on exit
    (skipped or failed through `require_postgresql` when the server cannot be reached).
    """
    if backend == "sqlite":
        yield f"sqlite:///{folder / sqlite_name}"
        return
    if backend != "postgresql":
        raise ValueError(f"unknown test database backend {backend!r}; expected one of {BACKENDS}")
    require_postgresql()
    schema = f"t_{secrets.token_hex(6)}"
    with _pg_admin().begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(pg_url()).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with _pg_admin().begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
