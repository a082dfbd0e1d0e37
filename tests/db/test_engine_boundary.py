"""SQL that only SQLite understands lives in the store (``db.store`` and the modules it is
made of: ``db.inspection``, ``db.schema``, ``db.checkpoints``, with ``db.guards``, its reader
of SQLite's files) and the writer's engine module alone, so that another engine
(PostgreSQL for an office) is a second store and engine module, not a rewrite of
the services (docs/architecture.md)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Where SQLite's own words may be written.
ENGINE = {
    "db/store.py",
    "db/inspection.py",
    "db/schema.py",
    "db/checkpoints.py",
    "db/guards.py",
    "db/services/sqlite.py",
}
#: Pragmas, SQLite's JSON table functions, the driver's own connection and cursor.
SQLITE_ONLY = re.compile(
    r"PRAGMA|json_each|json_tree|group_concat|rowid|driver_connection|dbapi_connection|exec_driver_sql"
    r"|\bdriver_cursor\b|sqlite_master|\.cursor\(\)",
    re.IGNORECASE,
)


def _sources() -> list[Path]:
    return sorted(path for folder in ("db", "desktop") for path in (ROOT / folder).rglob("*.py"))


def test_sqlite_only_sql_is_written_in_the_store_and_the_engine_module_alone() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _sources()
        if str(path.relative_to(ROOT)) not in ENGINE
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SQLITE_ONLY.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []


def test_the_check_finds_sqlite_s_own_words_where_they_are() -> None:
    """The pattern is not blind: the engine module itself is full of them."""
    text = (ROOT / "db/services/sqlite.py").read_text(encoding="utf-8")
    assert len(SQLITE_ONLY.findall(text)) >= 5


def test_every_record_and_log_row_is_written_by_the_writer() -> None:
    """No service writes a record's table or the log by itself: inserts and updates of
    them go through ``db.services.writer`` (whose engine module says them in SQL)."""
    writes = re.compile(
        r"^from sqlalchemy(\.\w+)* import .*\b(update|insert)\b|\.(update|insert)\(\)|INSERT INTO|UPDATE \""
    )
    allowed = ENGINE | {"db/services/writer.py"}
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "db/services").glob("*.py"))
        if str(path.relative_to(ROOT)) not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if writes.search(line)
    ]
    assert found == []
