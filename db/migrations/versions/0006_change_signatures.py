"""change signatures: each operation signed by its author; the keys of authors

Only the file was signed, by whoever relayed it, so a partner could alter a
relayed change or make one up in another installation's name. Each
operation (the changes one installation logged with one stamp) is now signed
by its author: ``change_signature`` keeps the signatures, with the digest of
every change they cover, and ``author_key`` the key each author signs with.

Changes logged before this upgrade carry no author's signature: those made
here are signed when they are first exported; those received travel as
vouched for by whoever relays them, and are accepted only with a stamp before
the receiver's own upgrade (setting ``signing_since``, written here).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 22:00:00
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'author_key',
        sa.Column('device', sa.String(length=36), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('told_by', sa.String(length=36), nullable=False),
        sa.Column('learnt_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('device', name=op.f('pk_author_key')),
    )
    op.create_table(
        'change_signature',
        sa.Column('device', sa.String(length=36), nullable=False),
        sa.Column('changed_at', sa.String(length=26), nullable=False),
        sa.Column('signature', sa.LargeBinary(), nullable=False),
        sa.Column('digests', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('device', 'changed_at', name=op.f('pk_change_signature')),
    )
    conn = op.get_bind()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute(
        sa.text("INSERT OR REPLACE INTO setting (key, value) VALUES ('signing_since', :now)"), {"now": now}
    )
    conn.execute(
        sa.text(
            "INSERT INTO author_key (device, public_key, told_by, learnt_at) "
            "SELECT device, public_key, device, trusted_at FROM partner"
        )
    )


def downgrade() -> None:
    op.drop_table('change_signature')
    op.drop_table('author_key')
    op.execute("DELETE FROM setting WHERE key = 'signing_since'")
