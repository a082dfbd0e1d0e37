"""The log: what went wrong unexpectedly, with its traceback, in a file a user can send.

Set up once at start by the command line and the application (``setup_logging``):
a rotating file in the user data folder (``desktop.paths.log_file``, 1 MB, then
three older ones beside it), opened at the first line, which names the version,
and readable by its user alone (0600), like the database.
Errors the user can act on (a full disk, a refused file) are told to the user and
take one line here, if any; errors nobody expected (bugs) are logged with their
traceback (``log_unexpected``), and the message shown names the file.

Logging never gets in the way: a log that cannot be written (a read-only home, a
full disk, another process rotating it) is silently skipped.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import platform
import sys
import threading
from contextlib import suppress
from pathlib import Path
from types import TracebackType

from desktop import APP_NAME, version
from desktop.paths import log_file

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"

log = logging.getLogger("desktop")
#: The file handler set up, under "handler" (none before ``setup_logging``).
_installed: dict[str, _QuietFileHandler] = {}
#: Set on an exception once logged, so that the two places that may log it do so once.
_LOGGED = "_mainstream_logged"


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose failures (no room, no permission, a file held open elsewhere) are ignored:
    the command line's one line on standard error must stay one line."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass

    def _open(self) -> io.TextIOWrapper:
        """The file, readable by its user alone (0600, whatever the umask), like the database: it
        names files, partners and records. Made so when first written and when the log rotates;
        one made readable by others before is made so too (POSIX; elsewhere the user data folder's
        permissions do)."""
        if os.name != "posix":
            return super()._open()
        handle = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            status = os.fstat(handle)
            if status.st_uid == os.getuid() and status.st_mode & 0o077:
                os.fchmod(handle, 0o600)
            stream = open(handle, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115 (the handler closes it)
            assert isinstance(stream, io.TextIOWrapper)
            return stream
        except BaseException:
            os.close(handle)
            raise


def setup_logging(where: str, *, path: Path | None = None, hooks: bool = False) -> Path | None:
    """Log to ``path`` (default: ``log_file()``) from now on, first naming the version and ``where``
    ("command line: import", "application"); the file, or None where it cannot be made.

    Called again with the same file it does nothing more; with another file it moves there.
    ``hooks``: exceptions no code catches (in a Qt slot, in a thread) are logged too (the GUI)."""
    target = path or log_file()
    previous = _installed.pop("handler", None)
    if previous is not None:
        if Path(previous.baseFilename) == target.absolute():
            _installed["handler"] = previous
            return target
        logging.getLogger().removeHandler(previous)
        previous.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)  # other libraries' warnings, not their chatter
    log.setLevel(logging.INFO)
    _installed["handler"] = handler
    log.info(
        "%s %s (%s); Python %s, SQLite %s, %s %s",
        APP_NAME,
        version(),
        where,
        platform.python_version(),
        _sqlite_version(),
        sys.platform,
        platform.release(),
    )
    if hooks:
        _hook_uncaught()
    return target


def stop_logging() -> None:
    """Close the log file (tests; a process that ends need not)."""
    handler = _installed.pop("handler", None)
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


def active_log_file() -> Path | None:
    """The file being logged to, or None (not set up, or it could not be made)."""
    handler = _installed.get("handler")
    return Path(handler.baseFilename) if handler is not None else None


def log_unexpected(error: BaseException, doing: str = "") -> None:
    """Log ``error`` with its traceback (once, however many places report it)."""
    if getattr(error, _LOGGED, False):
        return
    log.error(
        "Unexpected %s%s: %s",
        type(error).__name__,
        f" while {doing}" if doing else "",
        error,
        exc_info=(type(error), error, error.__traceback__),
    )
    with suppress(AttributeError):  # an exception type without attributes of its own
        setattr(error, _LOGGED, True)


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def _hook_uncaught() -> None:
    previous = sys.excepthook

    def logged(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.error("Uncaught %s: %s", kind.__name__, error, exc_info=(kind, error, trace))
        previous(kind, error, trace)

    if getattr(sys.excepthook, "__name__", "") != "logged":
        sys.excepthook = logged
    previous_thread = threading.excepthook

    def logged_in_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, KeyboardInterrupt):
            name = args.thread.name if args.thread is not None else "?"
            log.error(
                "Uncaught %s in thread %s: %s",
                args.exc_type.__name__,
                name,
                args.exc_value,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)

    if getattr(threading.excepthook, "__name__", "") != "logged_in_thread":
        threading.excepthook = logged_in_thread
