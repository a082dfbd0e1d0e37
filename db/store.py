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
inserts on their second thread raise in the caller's thread, inside the session. How they
are worded is ``db.sqlite_errors``; the read-only look at a file before it is opened,
``db.inspection``; the copy of the -wal into the file after each commit, ``db.checkpoints``.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from db import guards, inspection
from db.checkpoints import Checkpoints
from db.errors import DatabaseCorrupt, DatabaseReadOnly, DatabaseUnavailable, NotAMainstreamDatabase
from db.inspection import inspect_file
from db.migrations import HEAD
from db.models import Setting
from db.schema import APPLICATION_ID, alembic_config, expected_schema, schema_statements
from db.secrets import KeyStore
from db.services.formats import encode_json
from db.sqlite_errors import NOTHING_CHANGED, driver_error_of, environment_error, os_error, translated_errors

#: How long a connection waits for another to finish writing before it gives up.
BUSY_TIMEOUT_MS = 5000


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
        self._checkpoints = Checkpoints(path)
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
                driver_error = driver_error_of(exc) or exc
                raise environment_error(exc, path) or DatabaseUnavailable(
                    f"{path} cannot be written: {driver_error}", path=path
                ) from exc
            if isinstance(exc, OSError):  # e.g. this installation's schema.sql gone
                raise DatabaseUnavailable(f"{path} cannot be made: {exc}", path=path) from exc
            raise
        inspection.note_opened(path)
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
        inspection.note_opened(path)
        store._registered = True
        return store

    def _create(self) -> None:
        """The schema the migrations build, from its SQL (``SCHEMA_SQL``): a tenth of the time of
        running them all, without loading Alembic (docs/performance.md)."""
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
        into the log and again into the file (docs/performance.md).

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
        after each commit, ``Checkpoints``); false if a reader kept it from it for ``timeout`` s."""
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
                raise os_error(exc, destination, what) from exc
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
            cause = driver_error_of(exc.__cause__) if exc.__cause__ is not None else None
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
            inspection.note_closed(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
