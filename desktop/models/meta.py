"""The cache's `meta` rows (key -> text): client id, signed-in user, cursor, feed epoch, next
mutation id, results seen, ...

On a plain `sqlite3` connection (the window's reader) or a SQLAlchemy `Connection` (the sync's
writers): both run the same SQL on the driver connection, inside the caller's transaction (see
`desktop.models.queries.driver`). No SQLAlchemy import: the first paint reads meta rows too.

    from desktop.models import meta
    cursor = meta.get(conn, "cursor")
    meta.set(conn, "cursor", "42")
"""

from __future__ import annotations

from desktop.models.queries import Conn, driver


def get(conn: Conn, key: str, default: str | None = None) -> str | None:
    """The row's value, or `default` when there is none."""
    row = driver(conn).execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return default if row is None or row[0] is None else str(row[0])


def get_int(conn: Conn, key: str, default: int = 0) -> int:
    """A row that holds a number (a cursor, a mutation id); `default` when there is none."""
    value = get(conn, key)
    return int(value) if value else default


def set(conn: Conn, key: str, value: str) -> None:  # `meta.set`, next to `meta.get`
    driver(conn).execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def delete(conn: Conn, *keys: str) -> None:
    driver(conn).executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in keys])
