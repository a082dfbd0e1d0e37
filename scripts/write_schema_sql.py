"""Write db/migrations/schema.sql: the schema the migrations build, as SQL.

A new database is made from this file instead of by running every migration
(a tenth of the time, and Alembic is not loaded). Run it after adding a
migration: python scripts/write_schema_sql.py
(tests/db/test_schema_sql.py fails until the two agree).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from db.migrations import HEAD
from db.schema import SCHEMA_SQL
from db.store import Store, make_engine


def migrated_schema(folder: Path) -> list[str]:
    """The CREATE statements of a database brought to the head by the migrations, in SQLite's order."""
    path = folder / "migrated.db"
    Store(path, make_engine(path))._upgrade()
    connection = sqlite3.connect(path)
    try:
        query = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        return [sql for (sql,) in connection.execute(query)]
    finally:
        connection.close()


def schema_text(statements: list[str]) -> str:
    header = (
        f"-- The Mainstream database schema at revision {HEAD}, as the migrations build it.\n"
        "-- Written by scripts/write_schema_sql.py: do not edit; new databases are made from it.\n"
    )
    return header + "".join(f"\n{sql};\n" for sql in statements)


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        SCHEMA_SQL.write_text(schema_text(migrated_schema(Path(name))), encoding="utf-8")
    print(f"Wrote {SCHEMA_SQL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
