"""keys out of the file: the signing key moved to the key store; a file id

The private key that signs exchange files was kept in the ``setting`` table
(key ``signing_key``), and so in every copy, backup and export of the file.
It moves to this computer's key store (``db.secrets``: the system keyring,
else a file readable by the user alone in the user data folder), under the
installation's device id, and its row is deleted with SQLite's
``secure_delete`` on, so that its bytes are overwritten rather than left in a
free page. (The backup taken before this upgrade leaves it out too.)

The header's user version becomes a random number, the file's id, which tells
a ``-wal`` or ``-journal`` of another database from this file's own
(``db.guards``).

The schema does not change.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 22:00:00
"""

import re
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

from db.errors import SecretsUnavailable
from db.store import delete_overwriting, give_file_id

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEY = re.compile(r"[0-9a-f]{64}")


def upgrade() -> None:
    conn = op.get_bind()
    row = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'signing_key'")).fetchone()
    if row is not None:
        if _KEY.fullmatch(row[0] or ""):  # anything else signs nothing: it only goes
            keys = context.config.attributes.get("keys")
            if keys is None:
                raise RuntimeError("migration 0004 moves the signing key: db.store hands it the key store")
            device = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'device_id'")).scalar()
            if device is None:
                device = str(uuid.uuid4())
                conn.execute(sa.text("INSERT INTO setting (key, value) VALUES ('device_id', :device)"), {"device": device})
            if keys.keep(device, row[0]) != row[0]:
                raise SecretsUnavailable(
                    f"this database's signing key is not the one this computer keeps for its installation "
                    f"{device} ({keys.where(device)}): two copies of one database each made a key. "
                    "Nothing was changed; open the copy you exchange files with"
                )
        delete_overwriting(conn, "DELETE FROM setting WHERE key = 'signing_key'")
    give_file_id(conn)


def downgrade() -> None:
    """The key back where an older Mainstream looks for it, if this computer keeps it."""
    conn = op.get_bind()
    keys = context.config.attributes.get("keys")
    device = conn.execute(sa.text("SELECT value FROM setting WHERE key = 'device_id'")).scalar()
    if keys is None or device is None:
        return
    key = keys.signing_key(device)
    if key is not None:
        conn.execute(sa.text("DELETE FROM setting WHERE key = 'signing_key'"))
        conn.execute(sa.text("INSERT INTO setting (key, value) VALUES ('signing_key', :key)"), {"key": key})
