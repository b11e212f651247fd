"""What a client does when the server says an enquiry or a person was erased (issue 14, art. 17).

The pulled `del` changes marked `erased` remove the rows like any other `del` (apply_pull); the
search indexes would still hold the erased words in their segments until SQLite merges them
some day, so both are optimised (rebuilt without what was deleted) in the same transaction. After
the commit the write-ahead log, which still holds the old pages, is folded into the main file
(where `secure_delete` has zeroed the freed bytes) and truncated.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

SEARCH_INDEXES = ("enquiries_fts", "survey_contacts_fts")


def purge_search(conn: Connection) -> None:
    """Rewrite the search indexes without the deleted rows' words (FTS5 'optimize')."""
    for table in SEARCH_INDEXES:
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('optimize')")


def fold_log(engine: Engine) -> None:
    """Checkpoint the WAL into the main file and truncate it (outside any transaction)."""
    raw = engine.raw_connection()  # the driver's own: SQLAlchemy's would begin a transaction first
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
