"""Running database and file work off the GUI thread.

One small API for every page: ``runner.read(work, on_done)`` and
``runner.write(work, on_done)``. ``work`` gets its own session in a worker
thread (never a widget, never a live ORM object from the GUI); ``on_done`` and
``on_error`` always run on the GUI thread. Writes go through a single worker,
so there is one writer at a time; reads may run beside it. Once a write has
committed, what it changed (``db.services.changes``) is announced by the one
signal ``TaskRunner.changed``, before its ``on_done``: the pages that show any
of it read again (``desktop.ui.operations``), instead of being told by hand.
Work that lasts longer than ``PROGRESS_AFTER_MS`` shows a progress dialog,
which can cancel work that checks ``progress.cancelled``.

Errors: one the user can act on (``db.errors``: a full disk, a locked or damaged
database, a refused record) is said in words of their language
(``describe_error``); any other is logged with its traceback (``desktop.logs``),
whether the work has a handler of its own or not, and the message names the log.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from db.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskError,
    DiskFull,
    NotAMainstreamDatabase,
    StoreError,
    ValidationError,
)
from db.services.changes import Changes, take
from db.store import Store
from desktop.logs import active_log_file, log_unexpected
from desktop.ui.problems import error_text

T = TypeVar("T")
log = logging.getLogger(__name__)

#: A dialog appears only for work that is still running after this long.
PROGRESS_AFTER_MS = 600


class Cancelled(Exception):
    """Raised by ``Progress.check`` when the user cancelled the work."""


class Progress:
    """Handed to work that wants to report how far it is; safe to tick from any thread."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted by a worker reach it queued."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class Task(Generic[T]):
    """One piece of background work, as seen from the GUI thread."""

    def __init__(
        self,
        label: str,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        parent_widget: QWidget | None,
    ) -> None:
        self.label = label
        self.relay = _Relay()
        self.progress = Progress(self.relay)
        self.done = False
        #: What a write changed, noted on its worker once the unit of work committed.
        self.changes: Changes | None = None
        self._dialog: QProgressDialog | None = None
        self._parent_widget = parent_widget
        self.relay.finished.connect(lambda result: self._finish(on_done, result))
        self.relay.failed.connect(lambda error: self._finish(on_error, error))
        self.relay.progressed.connect(self._on_progressed)
        self._last = (0, 0, "")

    def start_progress_timer(self) -> None:
        QTimer.singleShot(PROGRESS_AFTER_MS, self.relay, self._show_dialog)

    def _show_dialog(self) -> None:
        if self.done or not self.label:
            return
        cancel = QCoreApplication.translate("TaskRunner", "Cancel")
        dialog = QProgressDialog(self.label, cancel, 0, 0, self._parent_widget)
        dialog.setWindowTitle(self.label)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.progress.cancel)
        self._dialog = dialog
        self._on_progressed(*self._last)
        dialog.show()

    def _on_progressed(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            if text:
                self._dialog.setLabelText(text)

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self.done = True
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if callback is not None:
            callback(value)


class _Job(QRunnable):
    def __init__(
        self, store: Store, work: Callable[[Session, Progress], Any], task: Task[Any], *, writes: bool = False
    ) -> None:
        super().__init__()
        self._store = store
        self._work = work
        self._task = task
        self._writes = writes

    def run(self) -> None:
        try:
            with self._store.session() as session:
                result = self._work(session, self._task.progress)
            if self._writes:
                self._task.changes = take(session)  # committed: the note is true now
        except BaseException as error:  # reported on the GUI thread, never lost
            self._task.relay.failed.emit(error)
        else:
            self._task.relay.finished.emit(result)


class TaskRunner(QObject):
    """Runs work for one open database. Pass it to the pages that need it."""

    failed = Signal(str, object)  # label, exception: for work without its own on_error
    #: Changes: what a write changed, once committed (before its on_done); writes that change no record,
    #: the trash, the conflicts or the history say nothing.
    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._running: set[Task[Any]] = set()
        self._shut = False

    def read(
        self,
        work: Callable[[Session, Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        parent_widget: QWidget | None = None,
    ) -> Task[T]:
        return self._start(self._readers, work, on_done, on_error, label, parent_widget, writes=False)

    def write(
        self,
        work: Callable[[Session, Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        parent_widget: QWidget | None = None,
    ) -> Task[T]:
        return self._start(self._writer, work, on_done, on_error, label, parent_widget, writes=True)

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[Session, Progress], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        label: str,
        parent_widget: QWidget | None,
        *,
        writes: bool,
    ) -> Task[T]:
        def finished(result: T) -> None:
            self._running.discard(task)
            if self._shut:
                return
            if task.changes:
                self.changed.emit(task.changes)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._running.discard(task)
            note_error(error, label)
            if self._shut:
                return
            if on_error is not None:
                on_error(error)
            elif not isinstance(error, Cancelled):
                self.failed.emit(label, error)

        task: Task[T] = Task(label, finished, failed, parent_widget)
        self._running.add(task)
        task.start_progress_timer()
        pool.start(_Job(self.store, work, task, writes=writes))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for all work to end (tests)."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Let running work end (a write is never cut short), then drop its results:
        the pages that asked for them are closing and may already be gone."""
        self._shut = True
        return self.wait(msecs)


def expected(error: BaseException) -> bool:
    """An error the code meant to raise, with a message for people: not a bug."""
    from desktop.exchange.files import ExchangeError
    from desktop.iati import IatiError
    from desktop.reports import ReportError
    from desktop.sheets.read import SheetError

    return isinstance(
        error, (Cancelled, StoreError, ValidationError, ExchangeError, ReportError, SheetError, IatiError)
    )


def note_error(error: BaseException, doing: str = "") -> None:
    """Log what failed in background work: one line for the environment, the traceback for a bug."""
    if isinstance(error, StoreError):
        log.warning("%s%s", f"{doing}: " if doing else "", error)
    elif not expected(error):
        log_unexpected(error, doing)


def describe_error(error: BaseException) -> str:
    """What to tell the user of ``error``, in their language; an unexpected one is logged first and the
    message names the log file."""
    path = getattr(error, "path", None)
    if isinstance(error, DiskFull):
        if error.folder is not None:
            return QCoreApplication.translate(
                "TaskRunner",
                "The disk holding {folder} is full: free some space on it and try again. Nothing was changed.",
            ).format(folder=error.folder)
        if path is not None:
            return QCoreApplication.translate(
                "TaskRunner",
                "There is no room left to write {path}: free some space and try again. Nothing was changed.",
            ).format(path=path)
    elif path is not None and isinstance(error, DatabaseReadOnly):
        return QCoreApplication.translate(
            "TaskRunner",
            "{path} cannot be written here (a write-protected stick, a read-only share or file?). Nothing was "
            "changed: copy the database to a folder of your own and open the copy.",
        ).format(path=path)
    elif path is not None and isinstance(error, DatabaseLocked):
        return QCoreApplication.translate(
            "TaskRunner",
            "{path} is being written by another program (a mainstream import on the command line?). Nothing was "
            "changed: try again when that is done.",
        ).format(path=path)
    elif path is not None and isinstance(error, DiskError):
        return QCoreApplication.translate(
            "TaskRunner",
            "{path} could not be read or written (disk I/O error). Nothing was changed. Is the disk still there (a "
            "stick taken out, a network share lost)? If it is failing, copy the database to another disk.",
        ).format(path=path)
    elif path is not None and isinstance(error, DatabaseCorrupt):
        return QCoreApplication.translate(
            "TaskRunner",
            "{path} is damaged: Mainstream cannot use it as it is. Nothing was changed. A backup beside it (its name "
            "ends in .bak), if there is one, holds an earlier copy: open it with File > Open Database….",
        ).format(path=path)
    if isinstance(error, ValidationError):
        return error_text(error)
    if isinstance(error, StoreError):
        return str(error)
    log_unexpected(error)
    text = QCoreApplication.translate(
        "TaskRunner", "Something went wrong that Mainstream did not expect ({kind}: {error})."
    )
    text = text.format(kind=type(error).__name__, error=error)
    log_file = active_log_file()
    if log_file is not None:
        text += " " + QCoreApplication.translate(
            "TaskRunner",
            "The details are in the log file {path}: please send it to whoever supports Mainstream for you.",
        ).format(path=log_file)
    return text


def describe_open_error(error: StoreError, path: Path) -> str:
    """Why the database at ``path`` cannot be opened (at start, or File > Open Database), in the user's
    language. The store's own words, in English, are for the details."""
    journal = Path(f"{path}-journal")
    if isinstance(error, DatabaseTooNew):
        text = QCoreApplication.translate(
            "TaskRunner", "{path} was made by a newer version of Mainstream: install that version to open it."
        )
    elif isinstance(error, NotAMainstreamDatabase):
        text = QCoreApplication.translate(
            "TaskRunner", "{path} is not a Mainstream database: it is a folder, another program's file, or not there."
        )
    elif isinstance(error, DatabaseCorrupt):
        text = QCoreApplication.translate(
            "TaskRunner",
            "{path} is damaged: Mainstream cannot use it as it is. A backup beside it (its name ends in .bak), if "
            "there is one, holds an earlier copy.",
        )
    elif isinstance(error, DatabaseReadOnly) and journal.exists():
        text = QCoreApplication.translate(
            "TaskRunner",
            "{path} was being written when Mainstream stopped, and only the file {journal} beside it can put it "
            "back as it was; here it cannot be written: open it where it can, or copy it together with {journal}.",
        )
    elif isinstance(error, (DatabaseReadOnly, DiskFull, DatabaseLocked, DiskError)):
        if error.path is None:
            error.path = path  # said of the file being opened
        return describe_error(error)
    else:  # the file cannot be read or made (no permission, no such folder): as the system says it
        return (
            QCoreApplication.translate("TaskRunner", "Mainstream cannot open {path}.").format(path=path) + f"\n{error}"
        )
    return text.format(path=path, journal=journal.name)
