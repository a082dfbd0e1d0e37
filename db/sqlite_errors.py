"""SQLite's errors that the environment causes (the disk full or failing, the file read-only,
locked or damaged) as the store's own (``db.errors``), each in one line that says what to do.

The store turns them at its boundaries (``db.store``: opening, sessions, backups, checks) and
when it looks at a file (``db.inspection``); everything else raises as it is.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseUnavailable,
    DiskError,
    DiskFull,
    StoreError,
)

#: Free space under which SQLite's "disk I/O error" is taken for what it then is, a full disk
#: (the write-ahead log's shared-memory file cannot grow, a sync finds no room, ...).
NEARLY_FULL_BYTES = 8 * 1024**2
#: Nothing was written: the last words of every environment error (a test looks for them).
NOTHING_CHANGED = "nothing was changed"


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


def driver_error_of(error: BaseException) -> sqlite3.Error | None:
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
    driver_error = driver_error_of(error)
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


def os_error(error: OSError, path: Path, what: str) -> StoreError:
    """A file the store writes beside the database (a backup) could not be made: why, as a ``StoreError``."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _full(path, what)
    if error.errno == errno.EROFS:
        return DatabaseReadOnly(f"{what}: its folder is read-only; {NOTHING_CHANGED}", path=path)
    if error.errno == errno.EIO:
        return DiskError(f"{what}: the disk could not be written ({error.strerror}); {NOTHING_CHANGED}", path=path)
    return DatabaseUnavailable(f"{what}: {error.strerror or error}; {NOTHING_CHANGED}", path=path)
