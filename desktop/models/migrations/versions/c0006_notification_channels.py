"""Notifications carry their channels and names (issue 12), and the person's preferences are kept.

`in_app` and `desktop`: whether the server's preferences show the notice in the panel and as a
desktop message (rows of older servers: both, as before); `enquiry_number` and `actor_name`: what
the panel and the message say, as the server may tell this person. `preferences`: the person's
notification preferences as the server sends them (view kind "preferences"), for the Settings
page offline. Plain `ADD COLUMN`s with defaults keep every row.

Revision ID: c0006
Revises: c0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "c0006"
down_revision: str | Sequence[str] | None = "c0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    ("in_app", "INTEGER NOT NULL DEFAULT 1"),
    ("desktop", "INTEGER NOT NULL DEFAULT 1"),
    ("enquiry_number", "TEXT"),
    ("actor_name", "TEXT"),
)


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.execute(f"ALTER TABLE notifications ADD COLUMN {name} {kind}")
    op.create_table(
        "preferences",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("preferences")
    for name, _kind in reversed(COLUMNS):
        op.execute(f"ALTER TABLE notifications DROP COLUMN {name}")  # SQLite 3.35+
