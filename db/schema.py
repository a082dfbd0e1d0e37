"""The schema a Mainstream file holds: at the head, ``schema.sql`` (which new files are made
from); at an older revision, what the migrations make up to it; and Alembic's configuration,
built in code so installed and frozen copies find their migrations.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine

from db import guards
from db.migrations import HEAD
from db.secrets import KeyStore

if TYPE_CHECKING:
    from alembic.config import Config

#: Written into the SQLite header so other tools (and we) can tell the file apart.
APPLICATION_ID = 0x4D4D5344  # "MMSD"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The schema at ``HEAD`` as SQL, which new databases are made from; written by
#: scripts/write_schema_sql.py from the migrations, checked by tests/db/test_schema_sql.py.
SCHEMA_SQL = MIGRATIONS / "schema.sql"


def schema_statements() -> list[str]:
    """The statements of ``SCHEMA_SQL``, one by one (its comments left out)."""
    statements: list[str] = []
    pending = ""
    for line in SCHEMA_SQL.read_text(encoding="utf-8").splitlines(keepends=True):
        if not pending and (line.startswith("--") or not line.strip()):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"{SCHEMA_SQL} ends in an unfinished statement: run scripts/write_schema_sql.py")
    return statements


def alembic_config(connection: Any = None, keys: KeyStore | None = None) -> Config:
    """Alembic's configuration, built in code so installed and frozen copies work. ``keys``: where
    migration 0004 moves a signing key kept in the database."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    config.attributes["keys"] = keys
    return config


@cache
def expected_schema(revision: str) -> dict[str, guards.SchemaObject]:
    """The objects a database at ``revision`` holds: at the head those of ``SCHEMA_SQL``; before it,
    those the migrations make up to it (run on a database in memory, only when upgrading)."""
    if revision == HEAD:
        return guards.objects_of_statements(schema_statements())
    from alembic import command

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
            rows = conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        engine.dispose()
    return guards.objects_of(tuple(row) for row in rows if row[1] != "sqlite_sequence")
