"""Schema migrations (Alembic, driven by ``db.store``).

``REVISIONS`` lists every revision, oldest first, so that opening a database
can tell "ours, current", "ours, older" and "newer than us" without importing
Alembic (a tenth of a second at every start). Add each new revision here;
tests/db/test_migration_list.py checks the list against Alembic's own. Then
run ``python scripts/write_schema_sql.py``: new databases are made from
``schema.sql`` (tests/db/test_schema_sql.py checks it against the migrations).
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD = REVISIONS[-1]
