"""Opening a Mainstream database file: refuse what is not ours, create or
upgrade what is, and hand out sessions.

A file is checked read-only before anything is written to it, so a foreign,
newer or corrupt file is left exactly as it was (but for SQLite's own undoing
of a write of ours cut short by a crash). An existing database that needs a
schema upgrade is backed up first.

SQLite's errors that the environment causes (the disk full or failing, the file
read-only, locked or damaged) become the store's own errors (``db.errors``) here,
at the boundaries every read and write passes: opening, ``session``,
``session_alone``, ``backup`` and ``check``. The writers need not know: bulk
inserts on their second thread raise in the caller's thread, inside the session.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from db import guards
from db.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    DiskError,
    DiskFull,
    ForeignJournal,
    NotAMainstreamDatabase,
    StoreError,
    UnexpectedSchema,
)
from db.migrations import HEAD, REVISIONS
from db.models import Setting
from db.secrets import KeyStore
from db.services.formats import encode_json

if TYPE_CHECKING:
    from alembic.config import Config

#: Written into the SQLite header so other tools (and we) can tell the file apart.
APPLICATION_ID = 0x4D4D5344  # "MMSD"
#: How long a connection waits for another to finish writing before it gives up.
BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The schema at ``HEAD`` as SQL, which new databases are made from; written by
#: scripts/write_schema_sql.py from the migrations, checked by tests/db/test_schema_sql.py.
SCHEMA_SQL = MIGRATIONS / "schema.sql"
#: Free space under which SQLite's "disk I/O error" is taken for what it then is, a full disk
#: (the write-ahead log's shared-memory file cannot grow, a sync finds no room, ...).
NEARLY_FULL_BYTES = 8 * 1024**2
#: Nothing was written: the last words of every environment error (a test looks for them).
NOTHING_CHANGED = "nothing was changed"


# --- SQLite's environment errors as the store's own --------------------------------------------

_FULL, _IO, _READ_ONLY, _LOCKED, _DAMAGED, _CANNOT_OPEN = "full", "io", "read-only", "locked", "damaged", "open"
#: What the environment refused, by SQLite's primary result code (sqlite3.h).
_BY_CODE = {
    sqlite3.SQLITE_FULL: _FULL,
    sqlite3.SQLITE_IOERR: _IO,
    sqlite3.SQLITE_READONLY: _READ_ONLY,
    sqlite3.SQLITE_BUSY: _LOCKED,
    sqlite3.SQLITE_LOCKED: _LOCKED,
    sqlite3.SQLITE_CORRUPT: _DAMAGED,
    sqlite3.SQLITE_NOTADB: _DAMAGED,
    sqlite3.SQLITE_CANTOPEN: _CANNOT_OPEN,
}
#: The same by SQLite's words, for an error that carries no code.
_BY_WORDS = (
    ("database or disk is full", _FULL),
    ("disk i/o error", _IO),
    ("readonly database", _READ_ONLY),
    ("database is locked", _LOCKED),
    ("database table is locked", _LOCKED),
    ("malformed", _DAMAGED),
    ("file is not a database", _DAMAGED),
    ("unable to open database file", _CANNOT_OPEN),
)


def _driver_error(error: BaseException) -> sqlite3.Error | None:
    """The driver's error, raised by it or wrapped by SQLAlchemy."""
    if isinstance(error, DBAPIError):
        wrapped: BaseException | None = error.orig
        return wrapped if isinstance(wrapped, sqlite3.Error) else None
    return error if isinstance(error, sqlite3.Error) else None


def _what_failed(error: sqlite3.Error) -> str | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _BY_CODE.get(code & 0xFF)  # an extended code (SQLITE_IOERR_WRITE, ...) holds its primary one
    text = str(error).lower()
    return next((what for words, what in _BY_WORDS if words in text), None)


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _folder_of(path: Path) -> Path:
    """The folder ``path`` is (to be) in, or its nearest existing parent: what ``disk_usage`` can ask about."""
    folder = Path(os.path.abspath(path)).parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return folder


def _temporary_folder() -> Path:
    """Where SQLite makes its temporary files, found as it does (without writing there, unlike
    ``tempfile.gettempdir``, which fails on a full disk)."""
    names = ("SQLITE_TMPDIR", "TMPDIR") if os.name == "posix" else ("TEMP", "TMP", "USERPROFILE")
    candidates = [os.environ.get(name, "") for name in names]
    if os.name == "posix":
        candidates += ["/var/tmp", "/usr/tmp", "/tmp"]
    return next((Path(c) for c in candidates if c and os.path.isdir(c) and os.access(c, os.W_OK)), Path.cwd())


def _full(path: Path, what: str) -> DiskFull:
    """SQLITE_FULL: the disk holding ``path`` or, when that one has room, SQLite's temporary folder."""
    folder: Path | None = _folder_of(path)
    temporary = _temporary_folder()
    if folder is not None and _nearly_full(folder):
        reason = "the disk holding it is full; free some space on it"
    elif _nearly_full(temporary):
        folder, reason = temporary, f"the disk holding the temporary folder {temporary} is full; free some space on it"
    else:
        folder, reason = None, "there is no room left to write it (database or disk is full); free some space"
    return DiskFull(f"{what}: {reason} and try again; {NOTHING_CHANGED}", path=path, folder=folder)


def environment_error(error: BaseException, path: Path, *, what: str | None = None) -> StoreError | None:
    """The store's own error for an SQLite error the environment caused, ``path`` being the file
    concerned; None for any other error (a bug, a broken constraint), to be raised as it is.

    ``what`` begins the message, saying what could not be done (by default: ``path``)."""
    driver_error = _driver_error(error)
    if driver_error is None:
        return None
    failed = _what_failed(driver_error)
    what = what or str(path)
    if failed == _FULL or (failed == _IO and _nearly_full(_folder_of(path))):
        return _full(path, what)
    if failed == _IO:
        return DiskError(
            f"{what}: the disk could not be read or written ({driver_error}); {NOTHING_CHANGED}; is the disk still "
            "there (a stick taken out, a network share lost)? If it is failing, copy the database to another disk "
            "and run 'mainstream check' on the copy",
            path=path,
        )
    if failed == _READ_ONLY:
        return DatabaseReadOnly(
            f"{what}: it cannot be written here (a write-protected stick, a read-only share or file?); "
            f"{NOTHING_CHANGED}; copy it to a folder of your own and open the copy",
            path=path,
        )
    if failed == _LOCKED:
        return DatabaseLocked(
            f"{what}: it is being written by another program (a mainstream import on the command line?); "
            f"{NOTHING_CHANGED}; try again when that is done",
            path=path,
        )
    if failed == _DAMAGED:
        return DatabaseCorrupt(
            f"{what}: it is damaged ({driver_error}); {NOTHING_CHANGED}; 'mainstream check' says what is wrong, "
            "and a backup beside it (NAME.before-….bak), if there is one, holds an earlier copy",
            path=path,
        )
    if failed == _CANNOT_OPEN:
        return DatabaseUnavailable(
            f"{what}: it cannot be opened ({driver_error}); is its folder still there, and may it be written? "
            f"{NOTHING_CHANGED[0].upper()}{NOTHING_CHANGED[1:]}",
            path=path,
        )
    return None


@contextmanager
def translated_errors(path: Path, *, what: str | None = None) -> Iterator[None]:
    """Inside the block, SQLite's environment errors become the store's own (``environment_error``)."""
    try:
        yield
    except (sqlite3.Error, DBAPIError) as exc:
        error = environment_error(exc, path, what=what)
        if error is None:
            raise
        raise error from exc


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


def new_file_id() -> int:
    """A random id for a file (the header's user version, ``db.guards``): never 0, which says "none"."""
    return secrets.randbelow(2**31 - 1) + 1


def delete_overwriting(conn: Any, statement: str) -> None:
    """Run the DELETE ``statement`` with the deleted rows' bytes overwritten (``secure_delete``),
    not left in a free page of the file: for secrets an older database kept (migration 0004)."""
    conn.exec_driver_sql("PRAGMA secure_delete=ON")
    try:
        conn.exec_driver_sql(statement)
    finally:
        conn.exec_driver_sql("PRAGMA secure_delete=OFF")


def give_file_id(conn: Any) -> None:
    """Give the open file an id (``new_file_id``) unless it has one."""
    if not conn.exec_driver_sql("PRAGMA user_version").scalar():
        conn.exec_driver_sql(f"PRAGMA user_version={new_file_id()}")


def head_revision() -> str:
    return HEAD


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
        raise _os_error(exc, path, what) from exc
    why = guards.foreign_page_one(replayed, header)
    if why is not None:
        raise _foreign(path, journal, why)


def _reason(error: StoreError, path: Path) -> str:
    """What ``error`` says of ``path``, without the path and the advice."""
    text = str(error).removeprefix(str(path)).strip(" :")
    return text.split(": it was changed")[0].split("; ")[0]


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


#: The databases this process has open (``Store.open`` to ``close``), by resolved path.
_OPEN_HERE: dict[str, int] = {}


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _opened_here(path: Path) -> bool:
    return _OPEN_HERE.get(_key(path), 0) > 0


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself, so transactions,
    # savepoints and PRAGMA defer_foreign_keys behave as documented.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Only takes effect on a new, empty file (before WAL is switched on): bigger
    # pages suit tables of 100,000 rows and load ~7 % faster (docs/performance.md).
    cursor.execute("PRAGMA page_size=16384")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB: bulk loads touch many index pages
    cursor.close()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")  # a write attempted by mistake is refused, not tried
    cursor.close()


def _rollback_journal(driver: sqlite3.Connection) -> bool:
    """Switch to the rollback journal if no other connection has the file open (else say no, at once).

    Its commit is the journal's deletion: ``synchronous=EXTRA`` also syncs the folder
    afterwards, so a power cut just after cannot bring the journal back and undo it."""
    driver.execute("PRAGMA busy_timeout=0")
    try:
        mode = driver.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError:  # "database is locked": someone else has it open
        mode = "wal"
    finally:
        driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if str(mode).lower() != "delete":
        return False
    driver.execute("PRAGMA synchronous=EXTRA")
    return True


def _write_ahead_log(driver: sqlite3.Connection) -> bool:
    """Back to the write-ahead log (and its ``synchronous=FULL``); False if another connection prevents it."""
    try:
        driver.execute("PRAGMA synchronous=FULL")
        return str(driver.execute("PRAGMA journal_mode=WAL").fetchone()[0]).lower() == "wal"
    except sqlite3.Error:
        return False


@contextmanager
def _unit_of_work(session: Session) -> Iterator[Session]:
    try:
        yield session
        session.commit()
    except BaseException:
        # After a full disk or a failing one the rollback may fail too; SQLite has undone the
        # transaction either way, and the error to report is the first.
        with suppress(sqlite3.Error, DBAPIError):
            session.rollback()
        raise
    finally:
        session.close()


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")
    conn.info["changes_at_begin"] = _driver(conn).total_changes


def _on_commit(conn: Any) -> None:
    """A transaction that wrote rows writes page 1 too (its file id, unchanged): so every commit in
    a -wal names the file it belongs to, and one of another database is told apart (``db.guards``)."""
    if _driver(conn).total_changes != conn.info.pop("changes_at_begin", None):
        file_id = conn.exec_driver_sql("PRAGMA user_version").scalar()
        conn.exec_driver_sql(f"PRAGMA user_version={int(file_id)}")
        conn.info["wrote"] = True  # the checkpoint follows when the connection is handed back


class _Checkpoints:
    """Keeps the database file whole at rest: what a commit put in the -wal is copied into the file
    right after, so copying the .db alone (a backup, a USB stick) while the application runs gets
    every saved change.

    A commit's connection, handed back to the pool, asks for the copy; a thread of its own makes it
    on a short-lived connection, so a save does not wait for the copy's disk syncs (6.5 ms a save
    instead of 20 ms, docs/performance.md) and a burst of saves is copied once. The checkpoint is
    SQLite's PASSIVE one: it never waits for anyone. A reader still on an older snapshot keeps it
    from copying the newest pages; then it is ``pending`` and asked for again when the next
    connection, that reader's included, is handed back (the idle moment after the burst)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pending = False
        self._wanted = threading.Event()
        self._done = threading.Condition()
        self._asked = 0  # copies asked for, and made: equal when the file is up to date
        self._made = 0
        self._thread: threading.Thread | None = None
        self._closing = False

    def on_checkin(self, dbapi_connection: sqlite3.Connection | None, record: Any) -> None:
        if dbapi_connection is not None and (record.info.pop("wrote", False) or self.pending):
            self.ask()

    def ask(self) -> None:
        with self._done:
            if self._closing:
                return
            self._asked += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="checkpoints", daemon=True)
                self._thread.start()
        self._wanted.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every copy asked for is made (true), or ``timeout`` seconds have passed."""
        with self._done:
            return self._done.wait_for(lambda: self._made >= self._asked, timeout)

    def close(self) -> None:
        """No more copies: the one under way finishes (closing the store's connections folds the rest)."""
        with self._done:
            self._closing = True
            thread = self._thread
        self._wanted.set()
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            with self._done:
                if self._closing:
                    self._made = self._asked
                    self._done.notify_all()
                    return
                asked = self._asked
            self.pending = not self._checkpoint()
            with self._done:
                self._made = max(self._made, asked)
                self._done.notify_all()

    def _checkpoint(self) -> bool:
        """One PASSIVE checkpoint; true if the file now holds everything the -wal does."""
        try:
            connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            return False
        try:
            connection.execute("PRAGMA synchronous=FULL")  # the file synced before the -wal may be reused
            busy, in_log, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:  # a full disk, a file gone: the -wal keeps the changes; the next try may do
            return False
        finally:
            connection.close()
        return not busy and in_log <= copied  # (0, -1, -1) under the rollback journal: nothing to do


def _driver(conn: Any) -> sqlite3.Connection:
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver  # type: ignore[no-any-return]


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", json_serializer=encode_json)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "commit", _on_commit)
    return engine


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` last (POSIX; Windows has no such call, nor needs it)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _private_file(path: Path, *, new: bool) -> None:
    """Make ``path`` (and the -wal and -shm beside it) readable by its user alone, whatever the umask
    (POSIX; elsewhere the user data folder's permissions do). ``new``: create it, exclusively (never
    through a link planted at its name). An existing file not the user's own, or on a share that
    keeps no modes, is left as it is."""
    if os.name != "posix":
        return
    if new:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            os.fchmod(handle, 0o600)
        finally:
            os.close(handle)
        return
    for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with suppress(OSError):
            status = os.stat(each)
            if status.st_uid == os.getuid() and status.st_mode & 0o077:
                os.chmod(each, 0o600)


def _seal_copy(copy: sqlite3.Connection) -> None:
    """A backup made: its own file id, and no signing key (kept in the database before 0004), its
    bytes overwritten (``secure_delete``) rather than left in a free page."""
    copy.execute("PRAGMA journal_mode=OFF")  # the copy is not in use until renamed: no journal beside it
    copy.execute(f"PRAGMA user_version={new_file_id()}")
    with suppress(sqlite3.OperationalError):  # no setting table: nothing to take out
        if copy.execute("SELECT 1 FROM setting WHERE key = 'signing_key'").fetchone():
            copy.execute("PRAGMA secure_delete=ON")
            copy.execute("DELETE FROM setting WHERE key = 'signing_key'")
            copy.commit()
            copy.execute("VACUUM")  # and no copy of it left in the pages freed before


def _os_error(error: OSError, path: Path, what: str) -> StoreError:
    """A file the store writes beside the database (a backup) could not be made: why, as a ``StoreError``."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _full(path, what)
    if error.errno == errno.EROFS:
        return DatabaseReadOnly(f"{what}: its folder is read-only; {NOTHING_CHANGED}", path=path)
    if error.errno == errno.EIO:
        return DiskError(f"{what}: the disk could not be written ({error.strerror}); {NOTHING_CHANGED}", path=path)
    return DatabaseUnavailable(f"{what}: {error.strerror or error}; {NOTHING_CHANGED}", path=path)


class Store:
    """An open Mainstream database. Use ``Store.open`` to get one."""

    def __init__(self, path: Path, engine: Engine, keys: KeyStore | None = None) -> None:
        self.path = path
        self.engine = engine
        #: Where this computer keeps the installation's signing key (never in the file).
        self.keys = keys if keys is not None else KeyStore()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._registered = False
        #: Opened with ``open_read_only``: records are read, never written.
        self.read_only = False
        self._checkpoints = _Checkpoints(path)
        event.listen(engine, "checkin", self._checkpoints.on_checkin)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, keys: KeyStore | None = None) -> Store:
        """Open ``path``, creating it (unless ``create`` is false) or bringing its schema to head.

        A file made here is readable by its user alone (0600, whatever the umask), and so are the
        -wal, -shm and -journal files SQLite makes beside it (they take the file's mode); an
        existing one is made so too. ``keys``: where signing keys are kept (``db.secrets``)."""
        path = Path(path)
        state = inspect_file(path)
        if state.is_new and not create:
            raise NotAMainstreamDatabase(f"there is no Mainstream database at {path}", path=path)
        made_here = not path.exists()
        if state.is_new:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                _private_file(path, new=made_here)
            except OSError as exc:
                raise DatabaseUnavailable(f"cannot create {path}: {exc.strerror or exc}", path=path) from exc
        else:
            _private_file(path, new=False)
        engine = make_engine(path)
        store = cls(path, engine, keys)
        try:
            if state.is_new:
                store._create()
            elif state.revision != head_revision():
                store.backup(path.with_name(f"{path.name}.before-{head_revision()}.bak"))
                store._upgrade()
            else:
                # The first connection turns the write-ahead log on, which cannot be done while
                # another program writes under the rollback journal (``session_alone``): say so now.
                store.engine.connect().close()
        except BaseException as exc:
            engine.dispose()
            if made_here:  # a database begun here and not finished (a full disk?) is no database: none is left
                for made in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
                    with suppress(OSError):
                        made.unlink(missing_ok=True)
            if isinstance(exc, (sqlite3.Error, DBAPIError)):
                driver_error = _driver_error(exc) or exc
                raise environment_error(exc, path) or DatabaseUnavailable(
                    f"{path} cannot be written: {driver_error}", path=path
                ) from exc
            if isinstance(exc, OSError):  # e.g. this installation's schema.sql gone
                raise DatabaseUnavailable(f"{path} cannot be made: {exc}", path=path) from exc
            raise
        _OPEN_HERE[_key(path)] = _OPEN_HERE.get(_key(path), 0) + 1
        store._registered = True
        return store

    @classmethod
    def open_read_only(cls, path: Path | str, *, keys: KeyStore | None = None) -> Store:
        """Open ``path`` only to read it: a database on a write-protected stick, a read-only share, or
        a file this user may not write, to check, dump or report on. Nothing is made beside it when
        no -wal is there (SQLite's "immutable" file); a file of an older schema, which would have to
        be upgraded first, is refused."""
        path = Path(path)
        state = inspect_file(path, read_only=True)
        if state.is_new:
            raise NotAMainstreamDatabase(f"there is no Mainstream database at {path}", path=path)
        if state.revision != head_revision():
            raise DatabaseReadOnly(
                f"{path} was made by an older version of Mainstream and is read-only here, so it cannot be "
                "brought up to date: copy it to a folder of your own and open the copy",
                path=path,
            )
        mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
        uri = f"{path.resolve().as_uri()}?{mode}"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
            json_serializer=encode_json,
        )
        event.listen(engine, "connect", _on_connect_read_only)
        event.listen(engine, "begin", _on_begin)
        store = cls(path, engine, keys)
        store.read_only = True
        try:
            with translated_errors(path):
                store.engine.connect().close()
        except BaseException:
            engine.dispose()
            raise
        _OPEN_HERE[_key(path)] = _OPEN_HERE.get(_key(path), 0) + 1
        store._registered = True
        return store

    def _create(self) -> None:
        """The schema the migrations build, from its SQL (``SCHEMA_SQL``): a tenth of the time of
        running them all, without loading Alembic (0.2 s of an import into a new database)."""
        with self.engine.begin() as conn:
            for statement in schema_statements():
                conn.exec_driver_sql(statement)
            conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD,))
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={new_file_id()}")

    def _upgrade(self) -> None:
        from alembic import command

        with self.engine.begin() as conn:
            command.upgrade(alembic_config(conn, self.keys), "head")

    def revision(self) -> str | None:
        with translated_errors(self.path), self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error. SQLite's
        environment errors inside it (a full disk, ...) leave it as the store's own (``db.errors``)."""
        with translated_errors(self.path), _unit_of_work(self._sessions()) as session:
            yield session

    @contextmanager
    def session_alone(self) -> Iterator[Session]:
        """A unit of work for a big write while no other connection has the database open
        (a command-line import): it runs under SQLite's rollback journal instead of the
        write-ahead log, so new pages are written once, straight into the file, instead of
        into the log and again into the file (0.5 s of an import's 7 into an empty database).

        Just as safe: the journal keeps the pages as they were, and whoever opens the file
        after a crash rolls the half-done work back before reading. Where another connection
        (the application, another command) has the file open, the mode cannot change and this
        is an ordinary ``session``. The write-ahead log is back when the block ends.
        """
        with translated_errors(self.path):
            self._checkpoints.wait(5)  # nor would a checkpoint's connection
            self.engine.dispose()  # this Store's idle connections would keep the mode from changing
            connection = self.engine.connect()
            driver = connection.connection.driver_connection
            assert driver is not None
            alone = _rollback_journal(driver)
            try:
                with _unit_of_work(self._sessions(bind=connection)) as session:
                    yield session
            finally:
                if alone and not _write_ahead_log(driver):
                    # Someone opened the file meanwhile: this connection is not handed out again
                    # in this mode, and the next one made (``_on_connect``) switches the file back.
                    connection.invalidate()
                connection.close()

    def wait_for_file(self, timeout: float | None = 5.0) -> bool:
        """Wait until the file itself holds every change committed so far (copied from the -wal just
        after each commit, ``_Checkpoints``); false if a reader kept it from it for ``timeout`` s."""
        return self._checkpoints.wait(timeout) and not self._checkpoints.pending

    def device_id(self) -> str:
        """This installation's device id, made on first use."""
        with self.session() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == "device_id"))
            if value is None:
                value = str(uuid.uuid4())
                session.add(Setting(key="device_id", value=value))
        return value

    def backup(self, destination: Path) -> Path:
        """A consistent copy, safe while the database is in use, readable by its user alone.

        It is made in a new file of a random name beside ``destination`` (created exclusively, so
        never through a link planted there, mode 0600) and renamed to ``destination`` once complete:
        a link at ``destination`` is replaced, never followed, and a copy that fails (no room on the
        disk, ...) leaves no partial file and whatever was at ``destination`` before; the failure is
        a ``StoreError``. The copy gets a file id of its own (a -wal of this file is not its), and a
        signing key an older database kept is left out of it."""
        destination = Path(destination)
        what = f"the database could not be backed up to {destination}"
        temporary: Path | None = None
        try:
            handle, name = tempfile.mkstemp(dir=destination.parent, prefix=f"{destination.name}.", suffix=".partial")
            temporary = Path(name)
            try:
                if os.name == "posix":
                    os.fchmod(handle, 0o600)
                made = os.fstat(handle)
                with translated_errors(destination, what=what):
                    source = sqlite3.connect(self.path)
                    try:
                        target = sqlite3.connect(temporary)
                        try:
                            source.backup(target)
                            _seal_copy(target)
                        finally:
                            target.close()
                    finally:
                        source.close()
                now = os.lstat(temporary)
                if (now.st_dev, now.st_ino) != (made.st_dev, made.st_ino):
                    raise DatabaseUnavailable(
                        f"{what}: the copy was replaced by another file while it was made; {NOTHING_CHANGED}",
                        path=destination,
                    )
                os.fsync(handle)
            finally:
                os.close(handle)
            os.replace(temporary, destination)
        except BaseException as exc:
            if temporary is not None:
                for leftover in (temporary, Path(f"{temporary}-journal"), Path(f"{temporary}-wal")):
                    with suppress(OSError):
                        leftover.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise _os_error(exc, destination, what) from exc
            raise
        with suppress(OSError):  # the copy is complete; only its name may not survive a power cut
            _sync_folder(destination.parent)
        return destination

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks (empty if none).

        Damage so bad that SQLite stops checking is a problem found too; a disk that fails
        or is full is a ``StoreError``, as everywhere."""
        problems: list[str] = []
        try:
            with translated_errors(self.path), self.engine.connect() as conn:
                app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
                if app_id != APPLICATION_ID:
                    problems.append(f"application id is {app_id}, expected {APPLICATION_ID}")
                for (message,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                    if message != "ok":
                        problems.append(f"integrity: {message}")
                for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(f"{table} row {rowid} refers to a missing {parent}")
        except DatabaseCorrupt as exc:
            cause = _driver_error(exc.__cause__) if exc.__cause__ is not None else None
            return [*problems, f"integrity: the check stopped: {cause or exc}"]
        revision = self.revision()
        if revision != head_revision():
            problems.append(f"schema is at {revision}, expected {head_revision()}")
        with translated_errors(self.path), self.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        found = guards.objects_of(tuple(row) for row in rows)
        problems += [f"schema: {difference}" for difference in guards.schema_differences(found, expected_schema(HEAD))]
        return problems

    def close(self) -> None:
        """Close every connection; SQLite folds the -wal file back into the database."""
        self._checkpoints.close()
        self.engine.dispose()
        if self._registered:
            self._registered = False
            key = _key(self.path)
            _OPEN_HERE[key] -= 1
            if not _OPEN_HERE[key]:
                del _OPEN_HERE[key]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
