"""Indexes for every sortable list column, and '' instead of NULL in them (keyset paging).

Revision ID: c0003
Revises: c0002
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "c0003"
down_revision: str | Sequence[str] | None = "c0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_enquiries_city": ["city"],
    "ix_enquiries_type": ["type"],
    "ix_enquiries_product": ["product_interest"],
    "ix_enquiries_channel": ["channel"],
    "ix_enquiries_changed": ["changed_fields"],
    "ix_enquiries_colleague": ["colleague_id"],
    "ix_enquiries_holder_only": ["holder_id"],
}


def upgrade() -> None:
    op.execute(
        "UPDATE enquiries SET holder_id = COALESCE(holder_id, ''), assigned_by = COALESCE(assigned_by, ''), "
        "colleague_id = COALESCE(colleague_id, ''), deadline = COALESCE(deadline, '') "
        "WHERE holder_id IS NULL OR assigned_by IS NULL OR colleague_id IS NULL OR deadline IS NULL"
    )
    for name, columns in INDEXES.items():
        op.create_index(name, "enquiries", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="enquiries")
