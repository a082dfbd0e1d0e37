"""Alembic environment: always handed an open connection by ``db.store``.

There is no alembic.ini and no logging configuration on purpose: the migrations
must run the same from a source tree, an installed wheel or a frozen build.
"""

from alembic import context

from db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Mainstream migrations run only through db.store (no connection given)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
