"""report cube: head office's report figures per local day and partner, built from the facts

Revision ID: 20261204_0009_report_cube
Revises: 20261204_0008_erased_enquiries
Create Date: 2026-12-04 19:30:00+00:00

Four new tables (central/store/report_cube_tables.py), filled from the reporting facts by
report_cube.build; from then on the write path marks the days it changes and the jobs make
them again (central/store/report_cube.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from central.store.report_cube import build

revision: str = '20261204_0009_report_cube'
down_revision: str | Sequence[str] | None = '20261204_0008_erased_enquiries'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('report_cube_days',
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('partner', sa.String(length=36), nullable=False),
    sa.Column('received', sa.Integer(), nullable=False),
    *[sa.Column(name, sa.Integer(), nullable=False) for name in (
        'offered', 'accepted', 'declined', 'expired', 'withdrawn', 'pending', 'decided_in_time',
        'processed', 'won', 'lost', 'discarded',
    )],
    *[sa.Column(name, sa.LargeBinary(), nullable=False) for name in (
        'decision_hours', 'decision_wall_hours', 'processed_hours', 'processed_wall_hours', 'silent_from',
    )],
    sa.PrimaryKeyConstraint('day', 'partner', name=op.f('pk_report_cube_days'))
    )
    op.create_table('report_cube_reasons',
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('partner', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'partner', 'reason', name=op.f('pk_report_cube_reasons'))
    )
    op.create_table('report_cube_stale',
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('token', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_report_cube_stale'))
    )
    op.create_table('report_cube_zone',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('zone', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_cube_zone'))
    )
    # A savepoint inside Alembic's transaction: the tables and their rows, or nothing.
    with Session(bind=op.get_bind(), join_transaction_mode="create_savepoint") as session:
        build(session)
        session.commit()


def downgrade() -> None:
    op.drop_table('report_cube_zone')
    op.drop_table('report_cube_stale')
    op.drop_table('report_cube_reasons')
    op.drop_table('report_cube_days')
