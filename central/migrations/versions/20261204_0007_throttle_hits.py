"""throttle hits: failed sign-ins counted per account and per address (central/api/throttle.py)

Revision ID: 20261204_0007_throttle_hits
Revises: 20261203_0006_notifications
Create Date: 2026-12-04 09:00:00+00:00

A new table only; nothing existing changes. Its rows are hashed keys and times, deleted once no
window counts them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '20261204_0007_throttle_hits'
down_revision: str | Sequence[str] | None = '20261203_0006_notifications'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('throttle_hits',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_throttle_hits'))
    )
    with op.batch_alter_table('throttle_hits', schema=None) as batch_op:
        batch_op.create_index('ix_throttle_hits_expires_at', ['expires_at'], unique=False)
        batch_op.create_index('ix_throttle_hits_key_at', ['key', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('throttle_hits', schema=None) as batch_op:
        batch_op.drop_index('ix_throttle_hits_key_at')
        batch_op.drop_index('ix_throttle_hits_expires_at')
    op.drop_table('throttle_hits')
