"""The outbox's `enquiry_id` is `target_id`: it holds enquiry ids and survey contact ids alike.

`ALTER TABLE ... RENAME COLUMN` (SQLite 3.25+) keeps every row and rewrites the index over the
column; the index is named after the column, so it is made again under its new name. The
`acked_mutation_id` meta row goes too: it was written with every pull page and never read.

Revision ID: c0005
Revises: c0004
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "c0005"
down_revision: str | Sequence[str] | None = "c0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rename(old: str, new: str) -> None:
    op.drop_index(f"ix_outbox_{old}", table_name="outbox")
    op.execute(f"ALTER TABLE outbox RENAME COLUMN {old} TO {new}")
    op.create_index(f"ix_outbox_{new}", "outbox", [new])


def upgrade() -> None:
    _rename("enquiry_id", "target_id")
    op.execute("DELETE FROM meta WHERE key = 'acked_mutation_id'")


def downgrade() -> None:
    _rename("target_id", "enquiry_id")  # the meta row is not written again: nothing read it
