"""The database file keeps its secrets: no signing key in it or its backups, files of the user's
alone, a backup that never follows a planted link, and a file whose schema or journal is not ours
refused untouched (issue 15, item 8)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from db.errors import ForeignJournal, UnexpectedSchema
from db.schema import alembic_config
from db.secrets import KeyStore
from db.services import Actor, create
from db.store import Store, head_revision
from desktop.exchange.files import identity

needs_posix = pytest.mark.skipif(os.name != "posix", reason="file modes and links are POSIX")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def keys(tmp_path: Path) -> KeyStore:
    return KeyStore(tmp_path / "keys")


@pytest.fixture
def wide_umask() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


def _with_a_record(path: Path, keys: KeyStore, name: str = "IOM") -> Store:
    store = Store.open(path, keys=keys)
    with store.session() as session:
        create(session, Actor("t", store.device_id()), "institution", {"name": name, "kind": "un_agency"})
    return store


def test_the_signing_key_is_kept_by_this_computer_never_in_the_file_or_its_backup(
    tmp_path: Path, keys: KeyStore
) -> None:
    store = _with_a_record(tmp_path / "m.db", keys)
    private = identity(store).private_key.hex()
    assert identity(store).private_key.hex() == private  # the same key every time
    store.backup(tmp_path / "m.bak")
    store.close()
    for path in (tmp_path / "m.db", tmp_path / "m.bak"):
        assert private.encode() not in path.read_bytes()
    assert keys.signing_key(Store.open(tmp_path / "m.db", keys=keys).device_id()) == private


def test_a_copy_of_the_file_on_another_computer_signs_with_a_key_of_its_own(tmp_path: Path, keys: KeyStore) -> None:
    store = _with_a_record(tmp_path / "m.db", keys)
    mine = identity(store).private_key
    store.close()
    shutil.copyfile(tmp_path / "m.db", tmp_path / "copy.db")
    elsewhere = Store.open(tmp_path / "copy.db", keys=KeyStore(tmp_path / "other-computer"))
    try:
        assert identity(elsewhere).private_key != mine
    finally:
        elsewhere.close()


def test_a_key_kept_in_an_older_database_moves_out_and_its_bytes_are_gone(tmp_path: Path, keys: KeyStore) -> None:
    path = tmp_path / "old.db"
    store = _with_a_record(path, keys)
    device = store.device_id()
    with store.engine.begin() as conn:  # as 0003 kept it: in the setting table
        command.downgrade(alembic_config(conn, keys), "0003")
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('signing_key', ?)", ("ab" * 32,))
    store.close()
    assert ("ab" * 32).encode() in path.read_bytes()

    store = Store.open(path, keys=keys)
    try:
        assert store.revision() == head_revision()
        assert identity(store).private_key.hex() == "ab" * 32
        assert keys.signing_key(device) == "ab" * 32
        assert store.check() == []
    finally:
        store.close()
    for each in [path, *tmp_path.glob("old.db.before-*.bak")]:
        assert ("ab" * 32).encode() not in each.read_bytes(), each.name


@needs_posix
def test_a_key_file_is_readable_by_its_user_alone(tmp_path: Path, keys: KeyStore, wide_umask: None) -> None:
    store = _with_a_record(tmp_path / "m.db", keys)
    try:
        identity(store)
        key_file = keys.file_of(store.device_id())
    finally:
        store.close()
    assert _mode(key_file) == 0o600 and _mode(key_file.parent) == 0o700


@needs_posix
def test_the_database_its_log_and_its_backup_are_readable_by_the_user_alone(
    tmp_path: Path, keys: KeyStore, wide_umask: None
) -> None:
    store = _with_a_record(tmp_path / "m.db", keys)
    try:
        store.backup(tmp_path / "m.bak")
        assert {_mode(tmp_path / name) for name in ("m.db", "m.db-wal", "m.bak")} == {0o600}
    finally:
        store.close()
    (tmp_path / "m.db").chmod(0o644)  # a file made by an older version
    Store.open(tmp_path / "m.db", keys=keys).close()
    assert _mode(tmp_path / "m.db") == 0o600


@needs_posix
def test_a_backup_replaces_a_link_planted_at_its_name_and_never_writes_through_it(
    tmp_path: Path, keys: KeyStore
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file")
    backup = tmp_path / "m.db.before-import.bak"
    backup.symlink_to(victim)
    store = _with_a_record(tmp_path / "m.db", keys)
    try:
        store.backup(backup)
    finally:
        store.close()
    assert victim.read_text() == "someone else's file"
    assert not backup.is_symlink() and backup.read_bytes().startswith(b"SQLite format 3\0")
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize(
    "planted",
    [
        "CREATE TRIGGER t AFTER INSERT ON change BEGIN UPDATE partner SET public_key = 'x'; END",
        "CREATE VIEW v AS SELECT * FROM setting",
        "CREATE TABLE extra (x)",
        "CREATE INDEX ix_extra ON setting (value)",
    ],
    ids=["trigger", "view", "table", "index"],
)
def test_a_database_with_objects_mainstream_does_not_make_is_refused_untouched(
    tmp_path: Path, keys: KeyStore, planted: str
) -> None:
    path = tmp_path / "m.db"
    _with_a_record(path, keys).close()
    raw = sqlite3.connect(path)
    raw.execute(planted)
    raw.commit()
    raw.close()
    before = _digest(path)
    with pytest.raises(UnexpectedSchema, match="Mainstream does not make"):
        Store.open(path, keys=keys)
    assert _digest(path) == before and not Path(f"{path}-wal").exists()


def test_one_of_our_tables_changed_by_hand_is_refused(tmp_path: Path, keys: KeyStore) -> None:
    path = tmp_path / "m.db"
    _with_a_record(path, keys).close()
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE setting ADD COLUMN planted TEXT DEFAULT 'x'")
    raw.commit()
    raw.close()
    with pytest.raises(UnexpectedSchema, match="the table 'setting' is not as Mainstream makes it"):
        Store.open(path, keys=keys)


def _uncheckpointed_log(path: Path, name: str) -> bytes:
    """The -wal of ``path`` after a write that no checkpoint has folded in yet (as a crash leaves it)."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA wal_autocheckpoint=0")
    raw.execute("UPDATE institution SET name = ?", (name,))
    log = Path(f"{path}-wal").read_bytes()
    raw.close()  # folds it in and removes it
    return log


def test_the_files_own_log_left_by_a_crash_is_applied(tmp_path: Path, keys: KeyStore) -> None:
    path = tmp_path / "m.db"
    _with_a_record(path, keys).close()
    before = path.read_bytes()
    log = _uncheckpointed_log(path, "Crashed write")
    path.write_bytes(before)
    Path(f"{path}-wal").write_bytes(log)
    store = Store.open(path, keys=keys)
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM institution").scalar() == "Crashed write"
    finally:
        store.close()


def test_another_databases_log_beside_the_file_is_refused_and_nothing_applied(tmp_path: Path, keys: KeyStore) -> None:
    mine, theirs = tmp_path / "mine.db", tmp_path / "theirs.db"
    _with_a_record(mine, keys).close()
    other = _with_a_record(theirs, KeyStore(tmp_path / "their-keys"), name="Theirs")
    with other.session() as session:  # a write of theirs, still in their log (as a crash leaves it)
        create(session, Actor("t", other.device_id()), "institution", {"name": "Planted", "kind": "un_agency"})
    log = Path(f"{theirs}-wal").read_bytes()
    other.close()
    Path(f"{mine}-wal").write_bytes(log)
    before = _digest(mine)
    with pytest.raises(ForeignJournal, match=r"mine\.db-wal beside it does not belong to it"):
        Store.open(mine, keys=keys)
    assert _digest(mine) == before


def test_another_databases_hot_journal_beside_the_file_is_refused_and_nothing_played_back(
    tmp_path: Path, keys: KeyStore
) -> None:
    mine, theirs = tmp_path / "mine.db", tmp_path / "theirs.db"
    _with_a_record(mine, keys).close()
    _with_a_record(theirs, KeyStore(tmp_path / "their-keys"), name="Theirs").close()
    raw = sqlite3.connect(theirs, isolation_level=None)
    raw.execute("PRAGMA journal_mode=DELETE")
    raw.execute("PRAGMA cache_size=1")  # pages spill to the file: the journal is hot mid-transaction
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("UPDATE institution SET name = name || ' (changed)'")
    raw.execute("PRAGMA user_version=7")
    raw.execute("CREATE TABLE filler (x)")
    raw.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(200)])
    journal = Path(f"{theirs}-journal").read_bytes()
    raw.execute("ROLLBACK")
    raw.close()
    Path(f"{mine}-journal").write_bytes(journal)
    before = _digest(mine)
    with pytest.raises(ForeignJournal, match=r"mine\.db-journal beside it does not belong to it"):
        Store.open(mine, keys=keys)
    assert _digest(mine) == before
