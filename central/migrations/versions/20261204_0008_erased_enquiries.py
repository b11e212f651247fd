"""erased enquiries: the tombstone an erasure of personal data leaves (central/store/erasure.py)

Revision ID: 20261204_0008_erased_enquiries
Revises: 20261204_0007_throttle_hits
Create Date: 2026-12-04 02:00:00+00:00

A new table, and an index on report_enquiries.closed_at for the retention job that finds the
enquiries closed longer ago than the retention period. The tombstones hold ids, the enquiry
number, times and counts: no personal data.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '20261204_0008_erased_enquiries'
down_revision: str | Sequence[str] | None = '20261204_0007_throttle_hits'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('erased_enquiries',
    sa.Column('enquiry_id', sa.String(length=64), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('owner_company_id', sa.String(length=36), nullable=False),
    sa.Column('erased_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('erased_by', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('removed', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('enquiry_id', name=op.f('pk_erased_enquiries'))
    )
    with op.batch_alter_table('report_enquiries', schema=None) as batch_op:
        batch_op.create_index('ix_report_enquiries_closed', ['closed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('report_enquiries', schema=None) as batch_op:
        batch_op.drop_index('ix_report_enquiries_closed')
    op.drop_table('erased_enquiries')
