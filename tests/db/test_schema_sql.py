"""New databases are made from db/migrations/schema.sql: it must stay exactly the
schema the migrations build, or databases made new and databases upgraded would
part ways (and the next migration would meet two schemas)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType

import pytest
from scripts_loader import load_script

from db.migrations import HEAD
from db.schema import SCHEMA_SQL, schema_statements
from db.store import Store


def _writer() -> ModuleType:
    return load_script("write_schema_sql")


def _schema(path: Path) -> list[tuple[str, str, str, str | None]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        connection.close()


def test_schema_sql_is_what_the_migrations_build(tmp_path: Path) -> None:
    writer = _writer()
    expected = writer.schema_text(writer.migrated_schema(tmp_path))
    assert SCHEMA_SQL.read_text(encoding="utf-8") == expected, (
        "db/migrations/schema.sql is not the migrations' schema: run python scripts/write_schema_sql.py"
    )


def test_a_new_database_is_the_same_as_one_brought_up_by_the_migrations(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    _writer().migrated_schema(tmp_path)  # writes migrated.db there
    made = tmp_path / "new.db"
    store = Store.open(made)
    try:
        assert store.revision() == HEAD
        assert store.check() == []
    finally:
        store.close()
    assert _schema(made) == _schema(migrated)


def test_a_schema_cut_short_is_not_half_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cut = tmp_path / "schema.sql"
    cut.write_text(SCHEMA_SQL.read_text(encoding="utf-8").rstrip().removesuffix(";"), encoding="utf-8")
    monkeypatch.setattr("db.schema.SCHEMA_SQL", cut)
    with pytest.raises(ValueError, match="unfinished statement"):
        schema_statements()
