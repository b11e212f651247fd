"""notifications that reach people: channels and mail state per notice, preferences, reminded
offer rounds, a language per person

Revision ID: 20261203_0006_notifications
Revises: 20261202_0005_reporting_facts
Create Date: 2026-12-03 09:00:00+00:00

Existing notifications keep their rows: they count as shown in the app and on the desktop and
as never to be mailed (`email = 'off'`), so no old notice is mailed after the upgrade. People
get no language of their own (their company's country decides until they choose one).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '20261203_0006_notifications'
down_revision: str | Sequence[str] | None = '20261202_0005_reporting_facts'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DIGEST_DUE = "email = 'digest' AND mailed_at IS NULL"


def upgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=2), nullable=True))
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('in_app', sa.Boolean(), server_default=sa.text('true'), nullable=False))
        batch_op.add_column(sa.Column('desktop', sa.Boolean(), server_default=sa.text('true'), nullable=False))
        batch_op.add_column(sa.Column('email', sa.String(length=10), server_default='off', nullable=False))
        batch_op.add_column(sa.Column('mailed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_notifications_at', ['at'], unique=False)
        batch_op.create_index(
            'ix_notifications_digest_due',
            ['person_id', 'at'],
            unique=False,
            postgresql_where=sa.text(DIGEST_DUE),
            sqlite_where=sa.text(DIGEST_DUE),
        )
    op.create_table('notification_preferences',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('groups', sa.Text(), nullable=False),
    sa.Column('digest_hour', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_notification_preferences_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_notification_preferences'))
    )
    op.create_table('offer_reminders',
    sa.Column('enquiry_id', sa.String(length=64), nullable=False),
    sa.Column('deadline', sa.DateTime(timezone=True), nullable=False),
    sa.Column('company_id', sa.String(length=36), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('enquiry_id', 'deadline', name=op.f('pk_offer_reminders'))
    )


def downgrade() -> None:
    op.drop_table('offer_reminders')
    op.drop_table('notification_preferences')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index(
            'ix_notifications_digest_due', postgresql_where=sa.text(DIGEST_DUE), sqlite_where=sa.text(DIGEST_DUE)
        )
        batch_op.drop_index('ix_notifications_at')
        batch_op.drop_column('mailed_at')
        batch_op.drop_column('email')
        batch_op.drop_column('desktop')
        batch_op.drop_column('in_app')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('language')
