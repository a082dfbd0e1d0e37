"""SQLite's environment errors become the store's own at its boundary: a full
disk (made with ``PRAGMA max_page_count``, or said by a stubbed free-space
query), a read-only file, a lock, damage. Every write passes there, the bulk
inserts of a second thread included, and the database is left as it was."""

from __future__ import annotations

import shutil
import sqlite3
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError as WrappedOperationalError

import db.store
from db.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseUnavailable,
    DiskError,
    DiskFull,
    StoreError,
)
from db.services import Actor, create
from db.services.authority import Authority
from db.sqlite_errors import NOTHING_CHANGED, environment_error, translated_errors
from db.store import Store
from desktop.demo import load_demo


def sqlite_error(message: str, code: int | None, kind: type[sqlite3.Error] = sqlite3.OperationalError) -> sqlite3.Error:
    error = kind(message)
    if code is not None:
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("message", "code", "expected", "words"),
    [
        ("database or disk is full", 13, DiskFull, "full"),
        ("database or disk is full", None, DiskFull, "full"),
        ("attempt to write a readonly database", 8, DatabaseReadOnly, "cannot be written"),
        ("attempt to write a readonly database", 1032, DatabaseReadOnly, "cannot be written"),  # READONLY_DBMOVED
        ("database is locked", 5, DatabaseLocked, "being written by another program"),
        ("database table is locked", None, DatabaseLocked, "being written by another program"),
        ("database disk image is malformed", 11, DatabaseCorrupt, "damaged"),
        ("file is not a database", 26, DatabaseCorrupt, "damaged"),
        ("disk I/O error", 778, DiskError, "disk I/O error"),  # SQLITE_IOERR_WRITE
        ("unable to open database file", 14, DatabaseUnavailable, "cannot be opened"),
    ],
)
def test_each_environment_error_becomes_the_stores_own(
    tmp_path: Path, message: str, code: int | None, expected: type[StoreError], words: str
) -> None:
    path = tmp_path / "m.db"
    for raised in (sqlite_error(message, code), WrappedOperationalError("SELECT 1", {}, sqlite_error(message, code))):
        error = environment_error(raised, path)
        assert type(error) is expected
        assert words in str(error) and str(path) in str(error)
        assert error.path == path
        if expected is not DatabaseUnavailable:
            assert str(error).endswith(NOTHING_CHANGED) or NOTHING_CHANGED in str(error)


def test_other_errors_are_left_as_they_are(tmp_path: Path) -> None:
    for error in (
        sqlite_error("no such table: nope", 1),
        sqlite_error("NOT NULL constraint failed: policy.title", 1299, sqlite3.IntegrityError),
        ValueError("not a database error"),
    ):
        assert environment_error(error, tmp_path / "m.db") is None
        with pytest.raises(type(error)), translated_errors(tmp_path / "m.db"):
            raise error


def test_an_io_error_on_a_disk_with_no_room_is_said_to_be_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda where: real(where)._replace(free=0))
    error = environment_error(sqlite_error("disk I/O error", 4874), tmp_path / "m.db")  # SQLITE_IOERR_SHMSIZE
    assert isinstance(error, DiskFull)
    assert error.folder == tmp_path
    assert "the disk holding it is full" in str(error) and "free some space" in str(error)


def _full_after(store: Store, pages: int) -> Callable[[], None]:
    """From now on the store's connections may add only ``pages`` pages to the file: a full disk.
    Returns what makes room again."""
    with store.engine.connect() as conn:
        limit = conn.exec_driver_sql("PRAGMA page_count").scalar() + pages

    def limited(connection: sqlite3.Connection, _record: Any) -> None:
        connection.execute(f"PRAGMA max_page_count={limit}")

    def make_room() -> None:
        event.remove(store.engine, "connect", limited)
        store.engine.dispose()

    store.engine.dispose()
    event.listen(store.engine, "connect", limited)
    return make_room


def test_a_full_disk_during_a_bulk_write_is_a_disk_full_and_changes_nothing(
    store: Store, actor: Actor, snapshot: Callable[[Store], tuple[str, int]]
) -> None:
    with store.session() as session:
        create(session, actor, "institution", {"name": "OIM Lima", "kind": "un_agency"})
    before = snapshot(store)
    make_room = _full_after(store, 2)
    with pytest.raises(DiskFull, match="free some space") as raised, store.session() as session:
        load_demo(session, actor, size=2000)
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError | WrappedOperationalError)
    make_room()
    assert snapshot(store) == before
    assert store.check() == []


def test_the_bulk_inserts_of_a_second_thread_raise_the_stores_error_too(
    tmp_path: Path, open_store: Callable[[str], Store], snapshot: Callable[[Store], tuple[str, int]]
) -> None:
    """An exchange file into an empty database takes the quick path (``merge_fresh``), whose rows
    go in on a second thread (``BulkInserts``): its error reaches the caller as a ``DiskFull``."""
    from desktop.exchange.files import export_file, import_file, open_file
    from desktop.session import current_actor

    sender, receiver = open_store("sender.db"), open_store("receiver.db")
    with sender.session() as session:
        load_demo(session, current_actor(sender), size=300)
    exported = tmp_path / "sender.mxf"
    export_file(sender, current_actor(sender), exported)
    incoming = open_file(receiver, exported)
    before = snapshot(receiver)
    make_room = _full_after(receiver, 8)
    with pytest.raises(DiskFull) as raised:
        import_file(receiver, incoming, trust=Authority.every_country(), alone=True)
    cause = raised.value.__cause__
    assert isinstance(cause, sqlite3.OperationalError)
    frames = {frame.name for frame in traceback.extract_tb(cause.__traceback__)}
    assert frames & {"_execute", "_first_rows", "_rebuild_indexes"}, frames  # raised on the bulk thread
    make_room()
    assert snapshot(receiver) == before
    assert receiver.check() == []


def test_a_locked_database_is_a_database_locked(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        monkeypatch.setattr(db.store, "BUSY_TIMEOUT_MS", 50)
        store.engine.dispose()
        with pytest.raises(DatabaseLocked, match="being written by another program"), store.session() as session:
            create(session, Actor("t", "d"), "institution", {"name": "IOM", "kind": "un_agency"})
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_damaged_page_found_while_checking_is_a_problem_found(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = Store.open(path)
    with store.session() as session:
        load_demo(session, Actor("t", store.device_id()))
    store.close()
    data = bytearray(path.read_bytes())
    page = 16384
    data[page * 5 : page * 5 + 200] = b"\xff" * 200  # a page in the middle, its header smashed
    path.write_bytes(bytes(data))
    try:
        opened = Store.open(path)
    except DatabaseCorrupt:
        return  # refused at once: as good
    try:
        problems = opened.check()
    finally:
        opened.close()
    assert problems, "a smashed page went unnoticed"


def test_a_backup_that_fails_leaves_no_partial_file_and_the_one_before(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    destination = store.path.with_name("m.db.before-import.bak")
    destination.write_bytes(b"the backup before")

    def no_room(self: sqlite3.Connection, target: sqlite3.Connection, **_kwargs: Any) -> None:
        target.execute("CREATE TABLE t (x)")  # something written, then the disk is full
        raise sqlite_error("database or disk is full", 13)

    monkeypatch.setattr(db.store, "sqlite3", _Driver(no_room))
    with pytest.raises(DiskFull, match=r"could not be backed up to .*m\.db\.before-import\.bak"):
        store.backup(destination)
    assert destination.read_bytes() == b"the backup before"
    assert sorted(p.name for p in store.path.parent.iterdir() if "bak" in p.name) == ["m.db.before-import.bak"]


def test_a_backup_takes_its_name_only_once_complete(store: Store, tmp_path: Path) -> None:
    destination = tmp_path / "copy.bak"
    assert store.backup(destination) == destination
    assert not destination.with_name("copy.bak.partial").exists()
    assert Store.open(destination).check() == []


def test_a_backup_into_a_missing_folder_is_a_store_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="could not be backed up"):
        store.backup(tmp_path / "gone" / "copy.bak")


def test_a_new_database_that_cannot_be_made_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Store) -> None:
        raise sqlite_error("database or disk is full", 13)

    monkeypatch.setattr(Store, "_create", full)
    path = tmp_path / "new.db"
    with pytest.raises(DiskFull):
        Store.open(path)
    assert list(tmp_path.iterdir()) == []


class _Connection:
    """A real connection whose ``backup`` is replaced."""

    def __init__(self, real: sqlite3.Connection, backup: Callable[..., None]) -> None:
        self._real, self._backup = real, backup

    def backup(self, target: Any, **kwargs: Any) -> None:
        self._backup(self._real, target, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class _Driver:
    """The sqlite3 module as ``db.store`` sees it, but for connections whose ``backup`` is replaced
    (SQLAlchemy's connections stay real)."""

    def __init__(self, backup: Callable[..., None]) -> None:
        self._backup = backup

    def connect(self, *args: Any, **kwargs: Any) -> _Connection:
        return _Connection(sqlite3.connect(*args, **kwargs), self._backup)

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlite3, name)
