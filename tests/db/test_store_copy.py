"""Copying the database file (only the .db, not its -wal) while the application
has it open gives a copy holding every change saved so far: how people back up
and carry their data on a stick."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

from sqlalchemy import text

from db.services import Actor, create, get, update
from db.store import Store


def copy_alone(store: Store, folder: Path) -> Path:
    """The .db copied as a file manager would, the -wal and -shm beside it left behind, a moment
    after the save (the file is brought up to date just after each commit, off the save's way)."""
    started = time.monotonic()
    assert store.wait_for_file(timeout=5)
    assert time.monotonic() - started < 1
    path = store.path
    folder.mkdir()
    return Path(shutil.copyfile(path, folder / path.name))


def found(copy: Path, kind: str, record_id: str) -> dict | None:
    store = Store.open(copy, create=False)
    try:
        with store.session() as session:
            return get(session, kind, record_id)
    finally:
        store.close()


def test_a_copy_of_the_file_alone_holds_what_was_just_saved(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "mainstream.db")
    actor = Actor("Amal", store.device_id())
    with store.session() as session:
        first = create(
            session, actor, "institution", {"country": "PER", "name": "Ministerio de Trabajo", "kind": "ministry"}
        )
    with store.session() as session:
        second = create(session, actor, "institution", {"country": "PER", "name": "Cancillería", "kind": "ministry"})
    with store.session() as session:
        update(session, actor, "institution", first, {"name": "Ministerio de Trabajo y Promoción del Empleo"})
    copy = copy_alone(store, tmp_path / "stick")
    assert (found(copy, "institution", first) or {}).get("name") == "Ministerio de Trabajo y Promoción del Empleo"
    assert found(copy, "institution", second) is not None
    store.close()


def test_a_reader_on_an_older_snapshot_delays_the_copy_only_until_it_is_done(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "mainstream.db")
    actor = Actor("Amal", store.device_id())
    reading, written = threading.Event(), threading.Event()

    def read_meanwhile() -> None:  # the window's background reads, beside the one writer
        with store.session() as session:
            session.execute(text("SELECT count(*) FROM institution")).scalar()  # its snapshot starts here
            reading.set()
            written.wait(10)

    reader = threading.Thread(target=read_meanwhile)
    reader.start()
    reading.wait(10)
    with store.session() as session:
        record = create(session, actor, "institution", {"country": "PER", "name": "Migraciones", "kind": "ministry"})
    written.set()
    reader.join()
    copy = copy_alone(store, tmp_path / "stick")
    assert found(copy, "institution", record) is not None
    store.close()
