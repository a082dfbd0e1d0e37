"""Opening database files: what is created, what is adopted, and what is
refused untouched."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from db.errors import DatabaseCorrupt, DatabaseTooNew, NotAMainstreamDatabase, StoreError
from db.schema import APPLICATION_ID
from db.services import Actor, create, get
from db.store import Store, head_revision


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _made_database(path: Path) -> bytes:
    """A real Mainstream database with one record in it, closed; returns its bytes."""
    store = Store.open(path)
    with store.session() as session:
        create(session, Actor("t", store.device_id()), "institution", {"name": "IOM", "kind": "un_agency"})
    store.close()
    return path.read_bytes()


def test_new_file_is_created_at_head_with_wal_foreign_keys_and_application_id(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "new.db"
    store = Store.open(path)
    try:
        assert path.is_file()
        assert store.revision() == head_revision()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert store.check() == []
    finally:
        store.close()
    # What other programs see in the file itself, with the store closed.
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        raw.close()
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_foreign_keys_are_enforced_by_the_database(store: Store) -> None:
    with store.engine.connect() as conn, pytest.raises(IntegrityError, match="FOREIGN KEY"):
        conn.exec_driver_sql(
            "INSERT INTO membership (id, committee_id, institution_id, role, created_at, updated_at, "
            "changed_by_device) VALUES ('m', 'no-such-committee', 'no-such-institution', 'member', "
            "'2025-01-01', '2025-01-01', 'd')"
        )


def test_reopening_keeps_records_device_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    device = store.device_id()
    actor = Actor("Aline", device)
    with store.session() as session:
        record = create(session, actor, "institution", {"name": "Université du Burundi", "kind": "academia"})
    store.close()

    again = Store.open(path)
    try:
        assert again.device_id() == device
        with again.session() as session:
            assert get(session, "institution", record)["name"] == "Université du Burundi"
        assert again.check() == []
    finally:
        again.close()
    assert not list(tmp_path.glob("*.bak"))


def test_empty_file_is_adopted_as_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    store = Store.open(path)
    try:
        assert store.revision() == head_revision()
        assert store.check() == []
    finally:
        store.close()
    assert path.stat().st_size > 0


def _text_file(path: Path) -> None:
    path.write_text("Minutes of the MTIGM meeting\nNothing to see here.\n", encoding="utf-8")


def _short_text_file(path: Path) -> None:
    path.write_bytes(b"hi")


def _other_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ana')")
    conn.commit()
    conn.close()


def _cut_short_header(path: Path) -> None:
    path.write_bytes(_made_database(path)[:60])


def _truncated(path: Path) -> None:
    path.write_bytes(_made_database(path)[:8192])


def _garbage_after_header(path: Path) -> None:
    data = _made_database(path)
    noise = random.Random(7).randbytes(len(data) - 100)
    path.write_bytes(data[:100] + noise)


def _magic_then_garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(3).randbytes(3000))


def _newer_revision(path: Path) -> None:
    _made_database(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()


def _schema_version_missing(path: Path) -> None:
    _made_database(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE alembic_version")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (_text_file, NotAMainstreamDatabase, "not an SQLite file"),
        (_short_text_file, NotAMainstreamDatabase, "not an SQLite file"),
        (_other_program, NotAMainstreamDatabase, "another program"),
        (_cut_short_header, DatabaseCorrupt, "damaged"),
        (_truncated, DatabaseCorrupt, "damaged"),
        (_garbage_after_header, DatabaseCorrupt, "damaged"),
        (_magic_then_garbage, DatabaseCorrupt, "damaged"),
        (_schema_version_missing, DatabaseCorrupt, "schema version is missing"),
        (_newer_revision, DatabaseTooNew, "newer version"),
    ],
    ids=lambda p: getattr(p, "__name__", None) or str(p),
)
def test_unusable_files_are_refused_and_left_byte_for_byte(
    tmp_path: Path, make: object, error: type[StoreError], words: str
) -> None:
    path = tmp_path / "their file.db"
    make(path)  # type: ignore[operator]
    before = _sha(path)
    size = path.stat().st_size

    with pytest.raises(error) as caught:
        Store.open(path)

    message = str(caught.value)
    assert str(path) in message
    assert words in message
    assert path.stat().st_size == size
    assert _sha(path) == before
    assert not list(tmp_path.glob("*.bak")), "a refused file must not be backed up or upgraded"


def test_a_newer_database_names_its_schema_revision(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    _newer_revision(path)
    with pytest.raises(DatabaseTooNew, match="9999_from_the_future"):
        Store.open(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a folder.db"
    folder.mkdir()
    with pytest.raises(NotAMainstreamDatabase, match="folder"):
        Store.open(folder)


def test_check_reports_problems_of_a_damaged_database(store: Store) -> None:
    assert store.check() == []
    raw = sqlite3.connect(store.path)  # foreign keys are off by default in a plain connection
    raw.execute(
        "INSERT INTO membership (id, committee_id, institution_id, role, created_at, updated_at, changed_by_device) "
        "VALUES ('m', 'no-such-committee', 'no-such-institution', 'member', '2025-01-01', '2025-01-01', 'd')"
    )
    raw.commit()
    raw.close()
    problems = store.check()
    assert any("membership" in p and "committee" in p for p in problems)
