"""Opening and migrating the local cache, where it lives, and wiping it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from desktop.models import cache as cache_module
from desktop.models.cache import HEAD, MIGRATIONS, cache_path, make_engine, migrate, open_cache, wipe
from desktop.models.schema import metadata


@pytest.fixture
def engines() -> Iterator[list[Engine]]:
    opened: list[Engine] = []
    yield opened
    for engine in opened:
        engine.dispose()


def opened(engines: list[Engine], path: Path) -> Engine:
    engine = open_cache(path)
    engines.append(engine)
    return engine


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars())


def indexes(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
        return set(rows.scalars())


def scalar(engine: Engine, sql: str) -> Any:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def alembic(engine: Engine, action: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        connection.exec_driver_sql("COMMIT")
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def newest_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desktop.models.cache import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


# --- open_cache and migrate --------------------------------------------------------------------


def test_a_new_cache_has_every_table_and_the_search_index(tmp_path: Path, engines: list[Engine]) -> None:
    engine = opened(engines, tmp_path / "new" / "c.sqlite3")
    assert set(metadata.tables) <= tables(engine)
    assert "enquiries_fts" in tables(engine)
    assert "alembic_version" in tables(engine)
    expected_indexes = {i.name for t in metadata.tables.values() for i in t.indexes}
    assert expected_indexes <= indexes(engine)
    assert scalar(engine, "SELECT version_num FROM alembic_version") == newest_revision()
    assert scalar(engine, "SELECT value FROM meta WHERE key = 'client_id'")


def test_the_cache_runs_in_wal_mode_with_foreign_keys(tmp_path: Path, engines: list[Engine]) -> None:
    engine = opened(engines, tmp_path / "c.sqlite3")
    assert scalar(engine, "PRAGMA journal_mode") == "wal"
    assert scalar(engine, "PRAGMA foreign_keys") == 1
    assert scalar(engine, "PRAGMA secure_delete") == 1
    assert scalar(engine, "PRAGMA synchronous") == 2  # FULL


def test_opening_twice_changes_nothing(tmp_path: Path, engines: list[Engine]) -> None:
    path = tmp_path / "c.sqlite3"
    first = opened(engines, path)
    client_id = scalar(first, "SELECT value FROM meta WHERE key = 'client_id'")
    with first.begin() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('cursor', '42')"))
    schema = scalar(first, "SELECT group_concat(sql, ';') FROM sqlite_master")
    first.dispose()

    second = opened(engines, path)
    assert scalar(second, "SELECT value FROM meta WHERE key = 'client_id'") == client_id
    assert scalar(second, "SELECT value FROM meta WHERE key = 'cursor'") == "42"
    assert scalar(second, "SELECT group_concat(sql, ';') FROM sqlite_master") == schema
    assert scalar(second, "SELECT count(*) FROM alembic_version") == 1
    migrate(second)  # and once more on an open engine
    assert scalar(second, "SELECT value FROM meta WHERE key = 'client_id'") == client_id


def test_migration_runs_with_foreign_keys_off_and_turns_them_back_on(
    tmp_path: Path, engines: list[Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    migrating: list[Any] = []
    upgrade = command.upgrade

    def upgrade_and_look(config: Config, revision: str, **kwargs: Any) -> None:
        connection = config.attributes["connection"]
        migrating.append(connection.connection.dbapi_connection)
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        upgrade(config, revision, **kwargs)
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())

    monkeypatch.setattr(command, "upgrade", upgrade_and_look)
    engine = make_engine(tmp_path / "c.sqlite3")
    engines.append(engine)
    migrate(engine)
    assert seen == [0, 0]
    # The connection that migrated goes back to the pool with foreign keys on again ...
    assert migrating[0].execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with engine.connect() as conn:
        assert conn.connection.dbapi_connection is migrating[0], "the pool hands it out again"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    # ... and so does every new connection.
    fresh = make_engine(tmp_path / "c.sqlite3")
    engines.append(fresh)
    with fresh.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path, engines: list[Engine]) -> None:
    engine = opened(engines, tmp_path / "c.sqlite3")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE unrelated (id INTEGER PRIMARY KEY, value TEXT NOT NULL)"))
        conn.execute(text("INSERT INTO unrelated (value) VALUES ('kept')"))
    before = tables(engine)

    alembic(engine, "downgrade", "base")
    assert tables(engine) == {"unrelated", "alembic_version"}
    assert scalar(engine, "SELECT count(*) FROM alembic_version") == 0

    alembic(engine, "upgrade", "head")
    assert tables(engine) == before
    assert scalar(engine, "SELECT value FROM unrelated") == "kept"
    assert scalar(engine, "PRAGMA foreign_keys") == 1
    # The rebuilt schema works, search index included.
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO enquiries_fts (rowid, number) VALUES (1, 'E-2026-0001')"))
        assert conn.execute(text("SELECT rowid FROM enquiries_fts WHERE enquiries_fts MATCH 'e'")).all()


PENDING = [  # (mutation_id, name, args, target, created_at): an enquiry's commands and a contact's
    (1, "create_enquiry", '{"enquiry_id": "e-1", "last_name": "Keller"}', "e-1", "2026-03-02T09:00:00Z"),
    (
        2,
        "add_note",
        '{"enquiry_id": "e-1", "note_id": "n-1", "text": "measured"}',
        "e-1",
        "2026-03-02T09:01Z",
    ),
    (3, "record_call", '{"contact_id": "sc-7", "rating": "good"}', "sc-7", "2026-03-02T09:02:00Z"),
]


def outbox_rows(engine: Engine, target_column: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        sql = f"SELECT mutation_id, name, args, {target_column}, created_at FROM outbox ORDER BY mutation_id"
        return [tuple(r) for r in conn.execute(text(sql))]


def test_upgrading_c0005_keeps_the_notifications_shown_in_the_panel_and_on_the_desktop(
    tmp_path: Path, engines: list[Engine]
) -> None:
    path = tmp_path / "c.sqlite3"
    old = make_engine(path)
    engines.append(old)
    alembic(old, "upgrade", "c0005")
    with old.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO notifications (id, person_id, kind, enquiry_id, actor_id, at, read) "
                "VALUES ('n1', 'p', 'offered', 'e1', NULL, '2026-12-01T09:00:00+00:00', 0)"
            )
        )
    old.dispose()

    engine = opened(engines, path)
    assert scalar(engine, "SELECT version_num FROM alembic_version") == HEAD
    row = scalar(engine, "SELECT in_app || desktop || read FROM notifications WHERE id = 'n1'")
    assert row == "110", "an older server's notice: in the panel and on the desktop, still unread"
    assert scalar(engine, "SELECT count(*) FROM preferences") == 0


def test_upgrading_c0004_keeps_every_pending_outbox_row(tmp_path: Path, engines: list[Engine]) -> None:
    path = tmp_path / "c.sqlite3"
    old = make_engine(path)
    engines.append(old)
    alembic(old, "upgrade", "c0004")
    with old.begin() as conn:
        for row in PENDING:
            conn.execute(
                text(
                    "INSERT INTO outbox (mutation_id, name, args, enquiry_id, created_at) "
                    "VALUES (:m, :n, :a, :e, :c)"
                ),
                dict(zip("mnaec", row, strict=True)),
            )
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('acked_mutation_id', '0')"))
    old.dispose()

    engine = opened(engines, path)
    assert scalar(engine, "SELECT version_num FROM alembic_version") == HEAD
    assert outbox_rows(engine, "target_id") == PENDING, "same ids, names, args, targets and times"
    assert "ix_outbox_target_id" in indexes(engine) and "ix_outbox_enquiry_id" not in indexes(engine)
    assert scalar(engine, "SELECT count(*) FROM meta WHERE key = 'acked_mutation_id'") == 0
    with engine.connect() as conn:  # the outbox's target lookups use the renamed index
        plan = conn.execute(text("EXPLAIN QUERY PLAN SELECT name FROM outbox WHERE target_id = 'e-1'")).all()
    assert any("ix_outbox_target_id" in str(step) for step in plan)

    alembic(engine, "downgrade", "c0004")
    assert outbox_rows(engine, "enquiry_id") == PENDING, "and back again"
    assert "ix_outbox_enquiry_id" in indexes(engine)


def test_meta_rows_on_a_sqlalchemy_connection_and_on_the_plain_reader(
    tmp_path: Path, engines: list[Engine]
) -> None:
    from desktop.models import meta
    from desktop.models.cache import open_reader

    path = tmp_path / "c.sqlite3"
    engine = opened(engines, path)
    with engine.begin() as conn:
        meta.set(conn, "cursor", "41")
        meta.set(conn, "cursor", "42")  # an upsert
        meta.set(conn, "feed_epoch", "7")
        assert meta.get(conn, "cursor") == "42", "inside the writing transaction"
    with engine.begin() as conn:
        meta.set(conn, "pushed_through", "9")
        conn.rollback()
    reader = open_reader(path)
    assert reader is not None
    try:
        assert meta.get(reader, "cursor") == "42" and meta.get_int(reader, "cursor") == 42
        assert meta.get(reader, "pushed_through") is None, "rolled back with its transaction"
        assert meta.get(reader, "missing", "x") == "x" and meta.get_int(reader, "missing", 5) == 5
        with engine.begin() as conn:
            meta.delete(conn, "cursor", "feed_epoch")
        assert meta.get(reader, "cursor") is None and meta.get(reader, "feed_epoch") is None
        assert meta.get(reader, "client_id"), "other rows stay"
    finally:
        reader.close()


# --- where the cache lives ---------------------------------------------------------------------


SERVER = "https://desk.example.com"


def test_cache_path_is_per_server_and_per_login(tmp_path: Path) -> None:
    a = cache_path(SERVER, "max@mueller.example", tmp_path)
    assert a.suffix == ".sqlite3"
    assert a.parent.parent == tmp_path / "caches"
    assert cache_path(SERVER, "eva@mueller.example", tmp_path) != a
    assert cache_path("https://other.example.com", "max@mueller.example", tmp_path) != a
    assert cache_path("http://desk.example.com", "max@mueller.example", tmp_path) != a
    assert cache_path("https://desk.example.com:8443", "max@mueller.example", tmp_path) != a
    # The same sign-in, however it is typed.
    assert cache_path(SERVER + "/", "max@mueller.example", tmp_path) == a
    assert cache_path(SERVER, "Max@Mueller.Example", tmp_path) == a


def test_cache_path_defaults_to_the_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(cache_module, "user_data_dir", lambda app: str(tmp_path / app))
    path = cache_path(SERVER, "max@mueller.example")
    assert path.is_relative_to(tmp_path / "enquiry-desk" / "caches")


ODD_LOGINS = [
    "../../../etc/passwd",
    "..",
    ".",
    "a/b@x.example",
    "a\\b@x.example",
    "c:\\evil@x.example",
    "con@x.example",
    "nul",
    "jürgen.öz@müller.example",
    "o'brien+tag@x.example",
    "x" * 240 + "@x.example",
    "tab\tand\nnewline@x.example",
    'star*?<>|"@x.example',
    "",
]


@pytest.mark.parametrize("login", ODD_LOGINS)
def test_cache_path_is_safe_for_odd_logins(tmp_path: Path, login: str) -> None:
    path = cache_path("http://127.0.0.1:8000/../x", login, tmp_path)
    assert path.parent.parent == tmp_path / "caches"
    assert path.name.endswith(".sqlite3")
    assert "/" not in path.name and "\\" not in path.name
    assert ".." not in path.parent.name
    assert len(path.name.encode()) <= 255, "file names longer than 255 bytes cannot be created"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    assert path.exists()


def test_logins_that_differ_only_in_odd_characters_get_different_caches(tmp_path: Path) -> None:
    """Sign-ins must never share a cache: it holds personal data only that login may see."""
    logins = ["a/b@x.example", "a\\b@x.example", "a_b@x.example", "a b@x.example", "a:b@x.example"]
    paths = {cache_path(SERVER, login, tmp_path) for login in logins}
    assert len(paths) == len(logins)


def test_long_logins_sharing_a_prefix_get_different_caches(tmp_path: Path) -> None:
    stem = "x" * 240
    one, two = (cache_path(SERVER, f"{stem}{n}@x.example", tmp_path) for n in (1, 2))
    assert one != two


# --- wipe --------------------------------------------------------------------------------------


def companions(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("", "-wal", "-shm")]


def test_wipe_removes_the_database_and_its_wal_and_shm(tmp_path: Path) -> None:
    path = cache_path(SERVER, "max@mueller.example", tmp_path)
    engine = open_cache(path)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('secret', 'personal data')"))
    with engine.connect():
        assert all(p.exists() for p in companions(path))
    engine.dispose()
    other = open_cache(cache_path(SERVER, "eva@mueller.example", tmp_path))
    other.dispose()

    wipe(path)
    assert [p for p in companions(path) if p.exists()] == []
    assert cache_path(SERVER, "eva@mueller.example", tmp_path).exists(), "only that sign-in's cache"
    wipe(path)  # nothing left to remove: no error


def test_wipe_while_connections_are_open_still_removes_the_files(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    engine = open_cache(path)
    with engine.connect():
        wipe(path)
        assert [p for p in companions(path) if p.exists()] == []
    engine.dispose()
    assert [p for p in companions(path) if p.exists()] == []


def test_the_start_up_shortcut_knows_the_newest_migration() -> None:
    from desktop.models.cache import HEAD

    assert newest_revision() == HEAD, "set desktop.models.cache.HEAD to the new migration"
