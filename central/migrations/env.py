"""Alembic environment of the central server.

Sees every table through `central.store` (which imports all model modules). Runs in batch mode
so SQLite can alter tables, with foreign keys switched off while tables are rebuilt and checked
again afterwards. Types of our own (TypeDecorators) are written into migrations as their plain
SQLAlchemy implementation, so migrations never import application code.
"""

from __future__ import annotations

import os
from logging.config import fileConfig
from typing import Any, Literal

from alembic import context
from sqlalchemy import Connection, TypeDecorator

import central.store  # noqa: F401  - registers every model module
from central.config import SQLITE_FILE, default_data_dir
from central.db import make_engine
from central.store.base import Base

config = context.config
if config.cmd_opts is not None and config.config_file_name is not None:  # run from the command line
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def database_url() -> str:
    """-x url=..., else sqlalchemy.url, else DATABASE_URL, else the default SQLite file."""
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if url:
        return url
    return os.environ.get("DATABASE_URL") or f"sqlite:///{default_data_dir() / SQLITE_FILE}"


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    if type_ == "type" and isinstance(obj, TypeDecorator) and type(obj).__module__.startswith("central."):
        impl = obj.impl_instance
        if type(impl).__module__.startswith("sqlalchemy.sql."):
            return f"sa.{impl!r}"
    return False


def _configure(**kwargs: Any) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
        **kwargs,
    )


def run_migrations_offline() -> None:
    _configure(url=database_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _foreign_keys(connection: Connection, on: bool) -> None:
    """Switch SQLite's foreign keys. The PRAGMA does nothing inside a transaction, and every
    statement through the Connection opens one (`BEGIN IMMEDIATE`, central.db), so it goes to the
    driver's connection once nothing is open."""
    connection.commit()
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _migrate(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # table rebuilds in batch mode must not trip (or cascade) foreign keys
        _foreign_keys(connection, on=False)
        if connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
            raise RuntimeError("SQLite foreign keys could not be switched off for the migration")
        connection.commit()
    try:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left rows with broken foreign keys: {broken[:5]}")
    finally:
        if sqlite:
            connection.rollback()
            _foreign_keys(connection, on=True)


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        _migrate(given)
        return
    engine = make_engine(database_url())
    try:
        with engine.connect() as connection:
            _migrate(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
