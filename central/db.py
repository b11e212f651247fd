"""Engines, sessions and schema set-up for SQLite (single process) and PostgreSQL (production).

SQLite gets the pragmas that make it a dependable single-file server database (WAL, enforced
foreign keys, a busy timeout instead of instant "database is locked"); PostgreSQL gets a checked
connection pool so several stateless server processes can share it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
SQLITE_BUSY_TIMEOUT_MS = 5000
PG_POOL_SIZE = 10
PG_MAX_OVERFLOW = 10
READ_ONLY = "enquiry_read_only"  # execution option: a SQLite transaction that only reads


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _sqlite_begin_immediate(connection: Any) -> None:
    """Take the write lock when a transaction starts, not at its first write.

    A deferred transaction that reads (the enquiry row) and then writes fails with "database is
    locked" when another writer committed in between; busy_timeout cannot help there. Starting
    IMMEDIATE makes writers queue instead (readers in WAL mode are never blocked). A transaction
    begun with the execution option READ_ONLY (`session.connection(execution_options={READ_ONLY:
    True})`) only reads: it begins deferred, a snapshot that never takes the write lock, so a
    long read (a report) does not hold up writers.
    """
    if connection.get_execution_options().get(READ_ONLY):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; extra keyword arguments go to `create_engine` unchanged."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    options: dict[str, Any] = {}
    if backend == "sqlite":
        # isolation_level=None: the driver leaves transactions to us (see _sqlite_begin_immediate).
        options["connect_args"] = {"check_same_thread": False, "isolation_level": None}
        if not parsed.database or parsed.database == ":memory:":
            options["poolclass"] = StaticPool  # one shared in-memory database
        else:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    elif backend == "postgresql":
        options.update(pool_pre_ping=True, pool_size=PG_POOL_SIZE, max_overflow=PG_MAX_OVERFLOW)
    options.update(kwargs)
    engine = create_engine(parsed, **options)
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
    return engine


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions keep loaded objects usable after commit, so handlers can answer from them."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work is committed on success and rolled back on any exception."""
    session = session_factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def create_all(engine: Engine) -> None:
    """Create every table directly (tests, demo); production uses `upgrade`."""
    import central.store  # noqa: F401  - registers every model module on Base.metadata
    from central.store.base import Base

    Base.metadata.create_all(engine)


def alembic_config(engine_url: str | None = None) -> Any:
    """The Alembic configuration of the server, optionally pointed at `engine_url`."""
    from alembic.config import Config

    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(ALEMBIC_INI.with_name("migrations")))
    if engine_url is not None:
        config.set_main_option("sqlalchemy.url", engine_url.replace("%", "%%"))
    return config


def upgrade(engine_url: str, revision: str = "head") -> None:
    """Bring the database at `engine_url` to `revision` (default: the newest) with Alembic."""
    from alembic import command

    command.upgrade(alembic_config(engine_url), revision)
