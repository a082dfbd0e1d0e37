"""Big writes under the rollback journal (``Store.session_alone``, used by the
command-line import): kept when they finish, gone when they fail or the process
dies half-way, and the database back on its write-ahead log either way."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from db.errors import DatabaseUnavailable
from db.services import Actor, create
from db.store import Store


def _names(path: Path) -> list[str]:
    """The institutions' names and the journal mode, as another program sees the closed file."""
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        return sorted(name for (name,) in raw.execute("SELECT name FROM institution"))
    finally:
        raw.close()


def _journal_mode(session: object) -> str:
    return str(session.execute(text("PRAGMA journal_mode")).scalar())  # type: ignore[attr-defined]


def test_a_write_alone_is_kept_and_the_write_ahead_log_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    actor = Actor("Aline", store.device_id())
    with store.session_alone() as session:
        assert _journal_mode(session) == "delete"
        create(session, actor, "institution", {"name": "Université du Burundi 🌍", "kind": "academia"})
    with store.session() as session:  # the store goes on as before
        create(session, actor, "institution", {"name": "وزارة العمل", "kind": "ministry"})
        assert _journal_mode(session) == "wal"
    assert store.check() == []
    store.close()
    assert _names(path) == ["Université du Burundi 🌍", "وزارة العمل"]
    assert not Path(f"{path}-journal").exists()


def test_with_the_file_open_elsewhere_it_is_an_ordinary_unit_of_work(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    actor = Actor("Aline", store.device_id())
    other = sqlite3.connect(path)  # the application, say, with the same database open
    try:
        other.execute("SELECT count(*) FROM institution").fetchone()
        with store.session_alone() as session:
            assert _journal_mode(session) == "wal"
            create(session, actor, "institution", {"name": "IOM", "kind": "un_agency"})
        assert other.execute("SELECT name FROM institution").fetchall() == [("IOM",)]
    finally:
        other.close()
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


#: A process that dies in the middle of a big write alone, after SQLite has had to put
#: pages into the database file itself (its cache holds only a few), the page of the
#: schema's version among them: read as it is, the file would claim a newer schema.
DIES_HALF_WAY = textwrap.dedent(
    """
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
)


def test_a_process_killed_half_way_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    with store.session() as session:
        create(session, Actor("Aline", store.device_id()), "institution", {"name": "IOM", "kind": "un_agency"})
    store.close()
    size = path.stat().st_size

    died = subprocess.run(
        [sys.executable, "-c", DIES_HALF_WAY, str(path)], check=False, capture_output=True, text=True
    )
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
