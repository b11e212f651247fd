"""Open the local cache: one SQLite file per server and login, migrated with Alembic.

WAL with `synchronous=FULL`: a commit that carries an outbox row is on disk before the user is
told it worked, so an acknowledged edit survives a crash or power cut. `secure_delete` overwrites
deleted rows, so personal data of an enquiry that left our view does not linger in free pages.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir

from desktop.models import meta

if TYPE_CHECKING:  # SQLAlchemy is imported when the engine is made: the first paint does not need it
    import sqlite3  # types only: an encrypted cache (all since issue 14) loads SQLCipher's module instead

    from sqlalchemy import Connection, Engine

APP_DIR = "enquiry-desk"
MIGRATIONS = Path(__file__).with_name("migrations")


def cache_path(server_url: str, login: str, data_dir: Path | None = None) -> Path:
    """`<data dir>/caches/<server>/<login>.sqlite3`; server and login parts are readable, safe slugs.

    Two sign-ins never share a file: a login that had to be changed to be safe (or shortened to fit
    a file name) gets a digest of the real login after a '+', which no unchanged slug contains.
    """
    base = Path(data_dir) if data_dir else Path(user_data_dir(APP_DIR))
    digest = hashlib.sha256(server_url.rstrip("/").encode()).hexdigest()[:10]
    host = "".join(ch if ch.isalnum() else "_" for ch in server_url.split("//")[-1].rstrip("/"))[:40]
    login = login.lower()
    user = "".join(ch if ch.isalnum() or ch in "@._-" else "_" for ch in login)
    if user != login or len(user.encode()) > 160:
        short = user.encode()[:160].decode(errors="ignore")
        user = f"{short}+{hashlib.sha256(login.encode()).hexdigest()[:12]}"
    return base / "caches" / f"{host}-{digest}" / f"{user}.sqlite3"


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    for pragma in (
        # 8 KB pages (new caches only; a page size is fixed once the file has tables): an enquiry row
        # of ~2 KB fills a 4 KB page alone, so an initial sync wrote a fifth more bytes than needed.
        "page_size=8192",
        "journal_mode=WAL",
        "synchronous=FULL",
        "secure_delete=ON",
        "foreign_keys=ON",
        "busy_timeout=10000",
        "temp_store=MEMORY",
        "cache_size=-32000",
    ):
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _driver(key: bytes | None) -> Any:
    """The DB-API module: SQLCipher's for an encrypted cache (same API as `sqlite3`), else sqlite3."""
    if key is None:
        import sqlite3  # only for a plain cache (before issue 14, or a test's): not loaded otherwise

        return sqlite3
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def _connect(path: Path, key: bytes | None, *, uri: str | None = None) -> Any:
    """A driver connection with the key applied first (SQLCipher reads nothing before it)."""
    driver = _driver(key)
    conn = driver.connect(
        uri or str(path), uri=uri is not None, check_same_thread=False, isolation_level=None
    )
    if key is not None:
        from desktop.models.cache_key import unlock

        unlock(conn, key)
    return conn


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """`key`: the cache's SQLCipher key (desktop/models/cache_key.py); None opens a plain file."""
    from sqlalchemy import create_engine, event

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", module=_driver(key), creator=lambda: _connect(path, key))
    event.listen(engine, "connect", _pragmas)
    event.listen(engine, "begin", _begin)
    return engine


@contextmanager
def writing(engine: Engine, *, durable: bool = True) -> Iterator[Connection]:
    """A write transaction. `durable`: fsync at commit (synchronous=FULL), for anything that carries
    the user's edits; pulled pages use NORMAL (in WAL mode a power cut may lose the last commits but
    never corrupts, and a lost page is pulled again because the cursor is in the same transaction).
    The level is set on the driver connection before BEGIN: SQLite refuses it inside a transaction."""
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        try:
            with conn.begin():
                yield conn
        finally:
            driver.execute("PRAGMA synchronous=FULL")


def migrate(engine: Engine) -> None:
    """Bring the cache to the newest schema (batch mode; foreign keys off while migrating)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        connection.exec_driver_sql("COMMIT")  # leave the BEGIN IMMEDIATE our begin hook opened
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
        # The whole upgrade, version stamp included, is ONE transaction (SQLite's DDL is
        # transactional): a crash half-way must not leave a half-built schema that no later start
        # can migrate ("table ... already exists").
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        except BaseException:
            if connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
                connection.exec_driver_sql("ROLLBACK")
            raise
        connection.exec_driver_sql("COMMIT")
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


# The newest cache migration; a cache already there skips Alembic entirely (its import alone
# costs a fifth of a second at every start). tests/unit/test_cache_migration.py keeps it honest.
HEAD = "c0006"


def _at_head(engine: Engine) -> bool:
    with engine.connect() as conn:
        try:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
        except Exception:
            return False


def open_cache(path: Path, key: bytes | None = None) -> Engine:
    engine = make_engine(path, key)
    if not _at_head(engine):
        migrate(engine)
    with engine.begin() as conn:
        if meta.get(conn, "client_id") is None:
            meta.set(conn, "client_id", str(uuid.uuid4()))
    return engine


# The UI thread's read connection holds at most this much of the file in memory (KiB; negative is
# SQLite's unit for "KiB"): list pages walk indexes, so a small cache reads as fast as a large one.
READER_CACHE_KIB = 4000


def open_reader(path: Path, key: bytes | None = None) -> sqlite3.Connection | None:
    """A read-only connection (plain sqlite3, no SQLAlchemy) on an existing cache at HEAD, else None.

    The window's lists read through it from the first paint on: autocommit reads in WAL mode never
    wait for the sync's writes. `mode=rw` never creates a file: a cache wiped meanwhile stays gone.
    """
    if not path.exists():
        return None
    try:
        conn = _connect(path, key, uri=f"{path.resolve().as_uri()}?mode=rw")
    except _driver(key).Error:
        return None
    try:
        for pragma in (
            "query_only=ON",
            "busy_timeout=10000",
            "temp_store=MEMORY",
            f"cache_size=-{READER_CACHE_KIB}",
        ):
            conn.execute(f"PRAGMA {pragma}")
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        client = meta.get(conn, "client_id")
    except _driver(key).Error:  # also a wrong key: "file is not a database"
        version = client = None
    if version is None or version[0] != HEAD or client is None:
        conn.close()  # needs migrating or was never opened: `open_cache` does that, then the window
        return None
    return conn


def wipe(path: Path) -> None:
    """Delete the cache file and its WAL/SHM companions (revoked device or account)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            os.remove(candidate)
