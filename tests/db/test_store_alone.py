"""Big writes under the rollback journal (``Store.session_alone``, used by the
command-line import): kept when they finish, gone when they fail or the process
dies half-way, and the database back on its write-ahead log either way."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.errors import DatabaseUnavailable, NotAMainstreamDatabase
from db.services import Actor, create
from db.store import Store


def _names(path: Path) -> list[str]:
    """The institutions' names, as another program sees the closed file (on its write-ahead log)."""
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        return sorted(name for (name,) in raw.execute("SELECT name FROM institution"))
    finally:
        raw.close()


def _pragma(session: Session, name: str) -> str:
    return str(session.execute(text(f"PRAGMA {name}")).scalar())


def _with_one_institution(path: Path) -> None:
    store = Store.open(path)
    with store.session() as session:
        create(session, Actor("Aline", store.device_id()), "institution", {"name": "IOM", "kind": "un_agency"})
    store.close()


def _child(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args], check=False, capture_output=True, text=True
    )


def test_a_write_alone_is_kept_and_the_write_ahead_log_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    actor = Actor("Aline", store.device_id())
    with store.session_alone() as session:
        assert _pragma(session, "journal_mode") == "delete"
        assert _pragma(session, "synchronous") == "3"  # EXTRA: the folder synced once the journal is gone
        assert _pragma(session, "foreign_keys") == "1"
        create(session, actor, "institution", {"name": "Université du Burundi 🌍", "kind": "academia"})
    with store.session() as session:  # the store goes on as before
        create(session, actor, "institution", {"name": "وزارة العمل", "kind": "ministry"})
        assert _pragma(session, "journal_mode") == "wal"
        assert _pragma(session, "synchronous") == "2"
    assert store.check() == []
    store.close()
    assert _names(path) == ["Université du Burundi 🌍", "وزارة العمل"]
    assert not Path(f"{path}-journal").exists()


def test_references_are_enforced_alone_too(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "m.db")
    try:
        with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.session_alone() as session:
            session.execute(
                text(
                    "INSERT INTO membership (id, committee_id, institution_id, role, created_at, updated_at, "
                    "changed_by_device) VALUES ('m', 'no-such-committee', 'no-such-institution', 'member', "
                    "'2025-01-01', '2025-01-01', 'd')"
                )
            )
    finally:
        store.close()


#: The application, say, with the same database open in another process until told to stop.
HOLDS_IT_OPEN = """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1])
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("SELECT count(*) FROM institution").fetchone()
    print("open", flush=True)
    sys.stdin.read()
    print(connection.execute("SELECT name FROM institution").fetchall())
"""


def test_with_the_file_open_in_another_program_it_is_an_ordinary_unit_of_work(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    actor = Actor("Aline", store.device_id())
    other = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLDS_IT_OPEN), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        with store.session_alone() as session:
            assert _pragma(session, "journal_mode") == "wal"
            create(session, actor, "institution", {"name": "IOM", "kind": "un_agency"})
        seen, _ = other.communicate("", timeout=30)  # the other program reads what was written
        assert seen.strip() == "[('IOM',)]"
    finally:
        other.kill()
        store.close()
    assert _names(path) == ["IOM"]


def test_an_error_inside_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    actor = Actor("Aline", store.device_id())
    with pytest.raises(RuntimeError), store.session_alone() as session:
        create(session, actor, "institution", {"name": "IOM", "kind": "un_agency"})
        session.flush()
        raise RuntimeError("the disk is full, say")
    assert store.check() == []
    store.close()
    assert _names(path) == []


def test_when_the_log_cannot_come_back_at_once_the_next_connection_brings_it(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    actor = Actor("Aline", store.device_id())
    reader = sqlite3.connect(path, isolation_level=None)

    def someone_starts_reading(_session: Session) -> None:  # between the commit and the switch back
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM institution").fetchone()

    try:
        with store.session_alone() as session:
            event.listen(session, "after_commit", someone_starts_reading)
            create(session, actor, "institution", {"name": "IOM", "kind": "un_agency"})
        reader.execute("COMMIT")
        with store.session() as session:  # not the connection left in the other mode
            assert _pragma(session, "journal_mode") == "wal"
            assert _pragma(session, "synchronous") == "2"
    finally:
        reader.close()
        store.close()
    assert _names(path) == ["IOM"]


#: A process that dies in the middle of a big write alone, after SQLite has had to put
#: pages into the database file itself (its cache holds only a few), the page of the
#: schema's version among them: read as it is, the file would claim a newer schema.
DIES_HALF_WAY = """
    import os, sys
    from db.services import Actor, create
    from db.store import Store
    store = Store.open(sys.argv[1])
    actor = Actor("t", store.device_id())
    with store.session_alone() as session:
        session.connection().exec_driver_sql("PRAGMA cache_size=8")
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = 'a-newer-one'")
        for number in range(2000):
            create(session, actor, "institution", {"name": f"Institution {number} " + "x" * 300, "kind": "academia"})
        session.flush()
        os._exit(9)
"""


def test_a_process_killed_half_way_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    _with_one_institution(path)
    size = path.stat().st_size

    died = _child(DIES_HALF_WAY, str(path))
    assert died.returncode == 9, died.stderr
    # What a crash leaves: the journal of the pages as they were, and the file half-written.
    assert Path(f"{path}-journal").stat().st_size > 0
    assert path.stat().st_size > size

    store = Store.open(path)  # neither refused as damaged nor read half-written
    try:
        assert store.check() == []
    finally:
        store.close()
    assert _names(path) == ["IOM"]
    assert not Path(f"{path}-journal").exists()


def test_half_written_on_a_read_only_medium_is_refused_naming_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.db"
    _with_one_institution(path)
    assert _child(DIES_HALF_WAY, str(path)).returncode == 9
    half_written = path.read_bytes()
    monkeypatch.setattr("db.store.os.access", lambda *_args: False)  # a write-protected stick, say
    with pytest.raises(DatabaseUnavailable, match=r"copy it together with m\.db-journal"):
        Store.open(path)
    assert path.read_bytes() == half_written  # nothing undone where it could not be finished


#: Dies after the import's commit, before the write-ahead log is back.
DIES_AFTER_THE_COMMIT = """
    import os, sys
    from sqlalchemy import event
    from db.services import Actor, create
    from db.store import Store
    store = Store.open(sys.argv[1])
    with store.session_alone() as session:
        event.listen(session, "after_commit", lambda _session: os._exit(9))
        create(session, Actor("t", store.device_id()), "institution", {"name": "UNDP", "kind": "un_agency"})
"""


def test_a_process_killed_after_the_commit_keeps_the_import(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    _with_one_institution(path)
    died = _child(DIES_AFTER_THE_COMMIT, str(path))
    assert died.returncode == 9, died.stderr
    store = Store.open(path)
    try:
        assert store.check() == []
    finally:
        store.close()
    assert _names(path) == ["IOM", "UNDP"]


#: Another program's SQLite file, left with a write of its own cut short.
FOREIGN_HALF_WAY = """
    import os, sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA cache_size=8")
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO notes VALUES (?)", [("x" * 500,)] * 2000)
    os._exit(9)
"""


def test_another_programs_half_written_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    assert _child(FOREIGN_HALF_WAY, str(path)).returncode == 9
    journal = Path(f"{path}-journal")
    before = hashlib.sha256(path.read_bytes()).hexdigest(), journal.read_bytes()
    with pytest.raises(NotAMainstreamDatabase):
        Store.open(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), journal.read_bytes()) == before


def test_opening_the_database_while_it_is_written_alone_says_so(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    actor = Actor("Aline", store.device_id())
    try:
        with store.session_alone() as session:
            create(session, actor, "institution", {"name": "IOM", "kind": "un_agency"})
            session.flush()
            with pytest.raises(DatabaseUnavailable, match="being written by another program"):
                Store.open(path)  # the application, started while the command line imports
        again = Store.open(path)  # and once it is done
        again.close()
    finally:
        store.close()
    assert _names(path) == ["IOM"]
