"""Schema migrations (Alembic, driven by ``db.store``).

``REVISIONS`` lists every revision, oldest first, so that opening a database
can tell "ours, current", "ours, older" and "newer than us" without importing
Alembic (a tenth of a second at every start). Add each new revision here;
tests/db/test_migration_list.py checks the list against Alembic's own.
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]
