"""partner authority: the countries a partner may change, and distrust

A trusted partner could change any record of any country. ``partner.countries``
now says whose records its files may change (a list of ISO codes; NULL: every
country, as headquarters), and ``partner.distrusted_at`` when the user stopped
trusting it (its files are refused until it is trusted again).
``partner.accepts`` keeps what the partner's latest file said it accepts from
this installation, so that an export for it leaves out what it would refuse.

Partners trusted before this upgrade keep the authority they had, every
country: the Exchange page and ``mainstream partners`` show it, and the user
can narrow it (``mainstream trust``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.add_column(sa.Column('countries', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('distrusted_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('accepts', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_column('accepts')
        batch_op.drop_column('distrusted_at')
        batch_op.drop_column('countries')
