"""A read-only look at an existing file before the store opens it (``inspect_file``): absent or
empty, or one of our databases at a known revision with exactly our schema; anything else is a
``StoreError`` and the file is left as it was.

A ``-wal`` or hot ``-journal`` beside a file no other process has open is checked first, with
``db.guards`` reading SQLite's own files: one that is not this file's is refused and nothing of
it applied. A file already open here or elsewhere was checked by whoever opened it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from db import guards
from db.errors import (
    DatabaseCorrupt,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    ForeignJournal,
    NotAMainstreamDatabase,
    StoreError,
    UnexpectedSchema,
)
from db.migrations import REVISIONS
from db.schema import APPLICATION_ID, expected_schema
from db.sqlite_errors import NOTHING_CHANGED, environment_error, os_error

SQLITE_MAGIC = b"SQLite format 3\x00"


#: The databases this process has open (``Store.open`` to ``close``), by resolved path.
_OPEN_HERE: dict[str, int] = {}


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _opened_here(path: Path) -> bool:
    return _OPEN_HERE.get(_key(path), 0) > 0


def note_opened(path: Path) -> None:
    """A ``Store`` of this process opened ``path``: while it is open, what is beside it is its own."""
    _OPEN_HERE[_key(path)] = _OPEN_HERE.get(_key(path), 0) + 1


def note_closed(path: Path) -> None:
    """A ``Store`` of ``path`` noted by ``note_opened`` was closed."""
    key = _key(path)
    _OPEN_HERE[key] -= 1
    if not _OPEN_HERE[key]:
        del _OPEN_HERE[key]


@dataclass(frozen=True)
class FileState:
    """What a read-only look at an existing file found."""

    is_new: bool
    revision: str | None


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` and make files beside it (its -wal, -shm, backups)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def inspect_file(path: Path, *, read_only: bool = False) -> FileState:
    """Tell whether ``path`` is absent/empty, or one of our databases at a known schema revision
    with exactly our schema; raise a ``StoreError`` otherwise. Never writes (but for SQLite's own
    undoing of a write of ours cut short, as any program opening the file would).

    A ``-wal`` or hot ``-journal`` beside a file no other process has open is checked first
    (``db.guards``): one that is not this file's is refused, and nothing of it is applied."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(is_new=True, revision=None)
    if path.is_dir():
        raise NotAMainstreamDatabase(f"{path} is a folder, not a Mainstream database")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            elsewhere = guards.locked_elsewhere(handle.fileno())
    except OSError as exc:
        raise DatabaseUnavailable(f"{path} cannot be read: {exc.strerror or exc}", path=path) from exc
    if not header.startswith(SQLITE_MAGIC):
        raise NotAMainstreamDatabase(f"{path} is not a Mainstream database (it is not an SQLite file)")
    if len(header) < 100:
        raise DatabaseCorrupt(f"{path} is damaged: the file is cut short")
    journal, wal = Path(f"{path}-journal"), Path(f"{path}-wal")
    if journal.exists() and int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        # Another program's file with a write of its own to undo: not ours to touch.
        raise NotAMainstreamDatabase(f"{path} is an SQLite database of another program, not a Mainstream database")
    can_write = writable(path)
    if journal.exists() and not can_write:
        raise DatabaseReadOnly(
            f"{path} was being written when the program stopped, and only the file {journal.name} beside it can "
            f"finish putting it back; it is read-only here: open it where it can be written, or copy it together "
            f"with {journal.name}",
            path=path,
        )
    if not can_write and not read_only:
        raise DatabaseReadOnly(
            f"{path} is read-only (a write-protected stick, a read-only share or file?): Mainstream needs to write "
            "to its database; copy it to a folder of your own and open the copy",
            path=path,
        )
    # Open elsewhere (another process, or a Store of this one): whoever opened it checked what is
    # beside it, and a read of the file alone could meet a checkpoint half-way.
    in_use = bool(elsewhere) or _opened_here(path)
    hot_journal = journal.exists() and journal.stat().st_size > 0
    hot_wal = not hot_journal and wal.exists() and wal.stat().st_size > 0
    if not in_use:
        # The file alone, "immutable": read without creating -wal/-shm files next to a file we may yet
        # refuse, and without applying what is beside it.
        if hot_journal:  # the file may be half-written: only the file played back is worth reading
            _check_journal(path, journal, header)
        else:
            alone = _examine(path, "mode=ro&immutable=1")
            if not hot_wal:
                return alone
            _check_wal(path, wal, header)
    # A -journal file is a write cut short (a crash during ``Store.session_alone``) or under way:
    # SQLite's first read puts the file back as it was, which takes a connection that may write
    # (a read-only one would fail, an immutable one read half-written pages).
    if journal.exists():
        return _examine(path, "mode=rw")
    return _examine(path, "mode=ro" if wal.exists() else "mode=ro&immutable=1")


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise environment_error(exc, path) or DatabaseUnavailable(f"{path} cannot be opened: {exc}", path=path) from exc


def _examine(path: Path, mode: str, *, shown: Path | None = None, quick: bool = False) -> FileState:
    """Open ``path`` in ``mode`` and tell what it is (``inspect_file``); ``quick``: SQLite's quick
    check too. ``shown`` names the file in messages (``path`` being a copy of it)."""
    shown = shown or path
    conn = _connect(path, mode)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        tables = {name for kind, name, _table, _sql in rows if kind == "table"}
        if app_id != APPLICATION_ID:
            if app_id == 0 and not rows:
                return FileState(is_new=True, revision=None)
            raise NotAMainstreamDatabase(
                f"{shown} is an SQLite database of another program, not a Mainstream database", path=shown
            )
        if "alembic_version" not in tables:
            raise DatabaseCorrupt(f"{shown} is damaged: its schema version is missing", path=shown)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision not in REVISIONS:
            raise DatabaseTooNew(
                f"{shown} was made by a newer version of Mainstream (schema {revision}); "
                "install the newer version to open it",
                path=shown,
            )
        differences = guards.schema_differences(guards.objects_of(rows), expected_schema(revision))
        if differences:
            more = len(differences) - 1
            raise UnexpectedSchema(
                f"{shown} holds {differences[0]}{f' (and {more} more difference(s) from its schema)' if more else ''}"
                f": it was changed by another program or by hand, and SQLite would run what it holds; it was not "
                f"opened and {NOTHING_CHANGED}; open a backup of it, or ask whoever gave it to you for another copy",
                path=shown,
            )
        if quick and (problem := guards.sqlite_view_problem(conn)) is not None:
            raise DatabaseCorrupt(f"{shown} is damaged ({problem})", path=shown)
    except sqlite3.OperationalError as exc:
        raise environment_error(exc, shown) or DatabaseUnavailable(
            f"{shown} cannot be read: {exc}", path=shown
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise environment_error(exc, shown) or DatabaseCorrupt(
            f"{shown} is damaged and cannot be read ({exc})", path=shown
        ) from exc
    finally:
        conn.close()
    return FileState(is_new=False, revision=revision)


def _foreign(path: Path, side: Path, why: str) -> ForeignJournal:
    return ForeignJournal(
        f"{path}: the file {side.name} beside it does not belong to it ({why}), and SQLite would have applied it "
        f"to the database; {NOTHING_CHANGED}. If the database was copied, copy it again without {side.name} "
        f"(or with its own); else move {side.name} away and open the database as it was before",
        path=path,
    )


def _check_wal(path: Path, wal: Path, header: bytes) -> None:
    """A write-ahead log nobody has open: what SQLite would apply of it must be this file's."""
    try:
        frames = guards.read_wal(wal)
    except OSError as exc:
        raise DatabaseUnavailable(f"{wal} cannot be read: {exc.strerror or exc}", path=path) from exc
    if not frames.valid or not frames.commits:
        return  # SQLite applies nothing of it (and writes over it)
    if frames.page_size != guards.page_size_of(header):
        raise _foreign(path, wal, "its pages are not this file's size")
    for image in frames.page_ones:
        why = guards.foreign_page_one(image, header)
        if why is not None:
            raise _foreign(path, wal, why)
    try:  # what SQLite makes of the file with it, read-only: nothing of it is written into the file
        _examine(path, "mode=ro", quick=True)
    except StoreError as exc:
        if isinstance(exc, DatabaseUnavailable):
            raise
        if isinstance(exc, DatabaseCorrupt):
            _examine(path, "mode=ro&immutable=1", quick=True)  # the file itself damaged: say that instead
        raise _foreign(path, wal, f"with it, {_reason(exc, path)}") from exc


def _check_journal(path: Path, journal: Path, header: bytes) -> None:
    """A hot journal nobody has open: played back on a copy first, which must come out this file
    as it was (ours, its schema, its id, sound)."""
    try:
        page_size = guards.journal_page_size(journal)
    except OSError as exc:
        raise DatabaseUnavailable(f"{journal} cannot be read: {exc.strerror or exc}", path=path) from exc
    if page_size is None:
        return  # not a journal SQLite would play back
    if page_size != guards.page_size_of(header):
        raise _foreign(path, journal, "its pages are not this file's size")
    what = f"{path} could not be checked before its {journal.name} is played back"
    try:
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=f".{path.name}.check-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(journal, f"{copy}-journal")
            try:
                _examine(copy, "mode=rw", shown=path, quick=True)
                with copy.open("rb") as handle:
                    replayed = handle.read(100)
            except StoreError as exc:
                if isinstance(exc, DatabaseUnavailable):
                    raise
                raise _foreign(path, journal, f"played back, {_reason(exc, path)}") from exc
    except OSError as exc:
        raise os_error(exc, path, what) from exc
    why = guards.foreign_page_one(replayed, header)
    if why is not None:
        raise _foreign(path, journal, why)


def _reason(error: StoreError, path: Path) -> str:
    """What ``error`` says of ``path``, without the path and the advice."""
    text = str(error).removeprefix(str(path)).strip(" :")
    return text.split(": it was changed")[0].split("; ")[0]
