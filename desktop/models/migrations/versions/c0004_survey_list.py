"""Survey contact list: keyset paging and name search at 50k contacts.

`survey_contacts` is rebuilt with an explicit `rowid INTEGER PRIMARY KEY` (stable rowids for the
external-content search index, whatever later migrations do to the table), '' instead of NULL in
the sort columns, one index per sort order, and a trigram FTS5 index over the contact names kept
in step by triggers.

Revision ID: c0004
Revises: c0003
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "c0004"
down_revision: str | Sequence[str] | None = "c0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of desktop.models.schema.SURVEY_FTS_DDL (a migration must not change with the schema).
FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS survey_contacts_fts USING fts5("
    "person_name, content='survey_contacts', content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS survey_contacts_fts_insert AFTER INSERT ON survey_contacts BEGIN "
    "INSERT INTO survey_contacts_fts (rowid, person_name) VALUES (new.rowid, new.person_name); END",
    "CREATE TRIGGER IF NOT EXISTS survey_contacts_fts_delete AFTER DELETE ON survey_contacts BEGIN "
    "INSERT INTO survey_contacts_fts (survey_contacts_fts, rowid, person_name) "
    "VALUES ('delete', old.rowid, old.person_name); END",
    "CREATE TRIGGER IF NOT EXISTS survey_contacts_fts_update AFTER UPDATE OF person_name ON survey_contacts "
    "WHEN old.person_name IS NOT new.person_name BEGIN "
    "INSERT INTO survey_contacts_fts (survey_contacts_fts, rowid, person_name) "
    "VALUES ('delete', old.rowid, old.person_name); "
    "INSERT INTO survey_contacts_fts (rowid, person_name) VALUES (new.rowid, new.person_name); END",
)
TRIGGERS = ("survey_contacts_fts_insert", "survey_contacts_fts_delete", "survey_contacts_fts_update")
OLD_INDEXES = {
    "ix_survey_contacts_list": ["survey_id", "person_name"],
    "ix_survey_contacts_agent": ["survey_id", "agent_id", "follow_up_at"],
    "ix_survey_contacts_done": ["survey_id", "done", "person_name"],
    "ix_survey_contacts_rating": ["survey_id", "rating"],
    "ix_survey_contacts_follow": ["survey_id", "follow_up_at"],
    "ix_survey_contacts_appointment": ["survey_id", "appointment_day"],
}
NEW_INDEXES = {
    "ix_survey_contacts_list": ["survey_id", "person_name"],
    "ix_survey_contacts_status": ["survey_id", "done"],
    "ix_survey_contacts_rating": ["survey_id", "rating"],
    "ix_survey_contacts_follow": ["survey_id", "follow_up_at"],
    "ix_survey_contacts_agent_only": ["survey_id", "agent_id"],
    "ix_survey_contacts_appointment": ["survey_id", "appointment_day"],
    "ix_survey_contacts_updated": ["survey_id", "updated_at"],
    "ix_survey_contacts_agent": ["survey_id", "agent_id", "follow_up_at"],
    "ix_survey_contacts_done": ["survey_id", "done", "follow_up_at"],
}
SORT_COLUMNS = ("agent_id", "rating", "follow_up_at", "appointment_day", "updated_at")
OTHER_COLUMNS = ("id", "survey_id", "person_name", "done", "contact_made", "follow_up_agent_id", "pending")
TAIL = ("server_json", "json")


def _columns(*, new: bool) -> list[sa.Column[Any]]:
    def text(name: str) -> sa.Column[Any]:
        return sa.Column(name, sa.String(), nullable=not new)

    return [
        *([sa.Column("rowid", sa.Integer(), autoincrement=True, nullable=False)] if new else []),
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("survey_id", sa.String(), nullable=False),
        sa.Column("person_name", sa.String(), nullable=False),
        text("agent_id"),
        sa.Column("done", sa.Integer(), nullable=False),
        text("rating"),
        sa.Column("contact_made", sa.Integer(), nullable=False),
        text("follow_up_at"),
        sa.Column("follow_up_agent_id", sa.String(), nullable=True),
        text("appointment_day"),
        text("updated_at"),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.Column("server_json", sa.Text(), nullable=True),
        sa.Column("json", sa.Text(), nullable=False),
    ]


def _rebuild(*, new: bool, indexes: dict[str, list[str]]) -> None:
    """Copy survey_contacts into a table of the wanted shape (SQLite cannot change a primary key)."""
    keys = (
        (sa.PrimaryKeyConstraint("rowid"), sa.UniqueConstraint("id"))
        if new
        else (sa.PrimaryKeyConstraint("id"),)
    )
    op.create_table("_survey_contacts_c0004", *_columns(new=new), *keys)
    if new:
        sort = [f"COALESCE({c}, '')" for c in SORT_COLUMNS]
        target, source = (
            ["rowid", *OTHER_COLUMNS, *SORT_COLUMNS, *TAIL],
            ["rowid", *OTHER_COLUMNS, *sort, *TAIL],
        )
    else:
        sort = [f"NULLIF({c}, '')" for c in SORT_COLUMNS]
        target, source = [*OTHER_COLUMNS, *SORT_COLUMNS, *TAIL], [*OTHER_COLUMNS, *sort, *TAIL]
    op.execute(
        f"INSERT INTO _survey_contacts_c0004 ({', '.join(target)}) "
        f"SELECT {', '.join(source)} FROM survey_contacts ORDER BY rowid"
    )
    op.drop_table("survey_contacts")  # its indexes go with it
    op.rename_table("_survey_contacts_c0004", "survey_contacts")
    for name, columns in indexes.items():
        op.create_index(name, "survey_contacts", columns)


def upgrade() -> None:
    _rebuild(new=True, indexes=NEW_INDEXES)
    for statement in FTS_DDL:
        op.execute(statement)
    op.execute("INSERT INTO survey_contacts_fts (survey_contacts_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS survey_contacts_fts")
    _rebuild(new=False, indexes=OLD_INDEXES)
