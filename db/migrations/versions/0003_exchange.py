"""exchange: what the merge needs in the change log, partners, conflicts

The change log becomes the record of operations that travel in exchange files:
each row keeps the record's country (exports are cut by country) and ``seen``,
the record's version vector as its author knew it (the latest change of each
device), which tells a concurrent edit from a later one. ``(device,
changed_at, record_id)`` names an operation everywhere, so an import can skip
what it already holds.

``partner`` keeps each installation files came from: its public key (so an
impostor is refused), whether the user trusted it, and what it is known to
hold (so an export to it can leave that out). ``conflict`` lists fields edited
on two machines without knowledge of each other, with every competing value.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('country', sa.String(length=3), nullable=True))
        batch_op.add_column(sa.Column('seen', sa.JSON(), nullable=True))
        batch_op.create_index('ix_change_operation', ['device', 'changed_at', 'record_id'], unique=True)
    op.create_table(
        'partner',
        sa.Column('device', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.Column('trusted_at', sa.DateTime(), nullable=False),
        sa.Column('knows', sa.JSON(), nullable=False),
        sa.Column('last_import_at', sa.DateTime(), nullable=True),
        sa.Column('last_export_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('device', name=op.f('pk_partner')),
    )
    op.create_table(
        'conflict',
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('field', sa.String(length=60), nullable=False),
        sa.Column('versions', sa.JSON(), nullable=False),
        sa.Column('detected_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('record_id', 'field', name=op.f('pk_conflict')),
    )


def downgrade() -> None:
    op.drop_table('conflict')
    op.drop_table('partner')
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index('ix_change_operation')
        batch_op.drop_column('seen')
        batch_op.drop_column('country')
