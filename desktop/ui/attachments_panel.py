"""The files attached to a record (minutes, adopted texts, attendance sheets),
shown under its editor: add, open, save a copy, remove.

Reading and writing files runs on the background runner like database work,
so a large file or a slow network drive never freezes the window; a file that
cannot be read or written is explained in words above the list, and nothing is
attached half-way (several files are attached in one unit of work).
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.services import Actor, attach, content
from db.services.attachments import MAX_ATTACHMENT_BYTES, attachments_of
from desktop.ui.dates import moment_text
from desktop.ui.operations import Reloader, of_kinds
from desktop.ui.plain_text import literal, tip
from desktop.ui.tasks import TaskRunner
from desktop.ui.undo import CreateCommand, DeleteCommand, UndoHistory

Index = QModelIndex | QPersistentModelIndex


class FileProblem(Exception):
    """A file could not be read or written; the message says which and why, in words."""


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def read_for_attaching(path: Path) -> bytes:
    """The file's bytes, refusing before reading one too large for the database."""
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise FileProblem(
                QCoreApplication.translate(
                    "attachments",
                    "“{name}” is {size:,.1f} MB; files over {limit:,.0f} MB cannot be attached (keep them on a "
                    "shared drive and note where).",
                ).format(name=path.name, size=size / 1e6, limit=MAX_ATTACHMENT_BYTES / 1e6)
            )
        return path.read_bytes()
    except OSError as error:
        raise FileProblem(
            QCoreApplication.translate("attachments", "“{path}” could not be read: {reason}.").format(
                path=path, reason=_reason(error)
            )
        ) from error


def attach_files(session: Session, actor: Actor, kind: str, record_id: str, paths: list[Path]) -> list[str]:
    """Attach every file or none; returns the new attachments' ids."""
    ids = []
    for path in paths:
        data = read_for_attaching(path)
        media_type = mimetypes.guess_type(path.name)[0]
        ids.append(attach(session, actor, kind, record_id, path.name, data, media_type))
    return ids


def stored_bytes(session: Session, digest: str, filename: str) -> bytes:
    data = content(session, digest)
    if data is None:
        raise FileProblem(
            QCoreApplication.translate("attachments", "The content of “{name}” is missing from the database.").format(
                name=filename
            )
        )
    return data


def write_copy(data: bytes, target: Path) -> None:
    """Write through a temporary file beside the target, so a full disk leaves no half file."""
    part = target.with_name(target.name + ".part")
    try:
        with open(part, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise FileProblem(
            QCoreApplication.translate("attachments", "“{path}” could not be written: {reason}.").format(
                path=target, reason=_reason(error)
            )
        ) from error


def safe_name(filename: str) -> str:
    """The name, in any script, without characters a file system refuses."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", filename).strip(" .")
    return cleaned or "attachment"


_OPENED: list[tempfile.TemporaryDirectory[str]] = []


def open_folder() -> Path:
    """Where copies opened in other programs go: one folder per run, removed when
    Mainstream ends (not when a dialog closes: the other program may still read it)."""
    if not _OPENED:
        _OPENED.append(tempfile.TemporaryDirectory(prefix="mainstream-open-", ignore_cleanup_errors=True))
    return Path(_OPENED[0].name)


class AttachmentsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row["filename"]
            if column == 1:
                return QLocale().formattedDataSize(row["size"], 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            added: dt.datetime = row["created_at"]
            return moment_text(added.replace(tzinfo=dt.UTC).astimezone())
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                row["filename"],
                row.get("description") or "",
                row.get("media_type") or "",
                self.tr("SHA-256 {digest}").format(digest=row["sha256"]),
            ]
            return tip("\n".join(part for part in parts if part))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Name"), self.tr("Size"), self.tr("Added"))[section]
        return None


class AttachmentsPanel(QWidget):
    """``changed`` fires after a file is attached or removed here; a write anywhere else
    (an undo, a restore) that changes attachments is read again."""

    changed = Signal()

    def __init__(self, runner: TaskRunner, history: UndoHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._history = history
        self.kind: str | None = None
        self.record_id: str | None = None
        self._folder = ""
        self.model = AttachmentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attached files"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add &file…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save a &copy…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.empty = QLabel()
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it names files and values: text, never markup
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(f"<b>{self.tr('Attached files')}</b>"))
        buttons.addStretch(1)
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.setAcceptDrops(True)
        self.add_button.clicked.connect(self.on_add)
        self.open_button.clicked.connect(self.on_open)
        self.save_button.clicked.connect(self.on_save_copy)
        self.remove_button.clicked.connect(self.on_remove)
        self.table.activated.connect(lambda _index: self.on_open())
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.on_remove)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self._update()
        self.reloader = Reloader(self, runner, of_kinds({"attachment"}), self.reload)

    # --- showing ---------------------------------------------------------------------

    def show_record(self, kind: str | None, record_id: str | None) -> None:
        """The files of this record (None: a new record, or none at all)."""
        if (kind, record_id) != (self.kind, self.record_id) or record_id is None:
            self.model.set_rows([])  # another record: never show its files meanwhile
        self.kind, self.record_id = kind, record_id
        self.message.hide()
        self._update()
        self.reload()

    def reload(self) -> None:
        kind, record_id = self.kind, self.record_id
        if kind is None or record_id is None:
            return
        self._runner.read(
            lambda session, _p: attachments_of(session, kind, record_id), lambda rows: self._on_rows(record_id, rows)
        )

    def _on_rows(self, record_id: str, rows: list[dict[str, Any]]) -> None:
        if shiboken6.isValid(self) and record_id == self.record_id:
            self.model.set_rows(rows)

    def _update(self) -> None:
        saved = self.record_id is not None
        chosen = saved and self.current() is not None
        self.add_button.setEnabled(saved)
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)
        self.empty.setText(
            self.tr("No files attached. “Add file…” or drop files here.")
            if saved
            else self.tr("Save the record first, then attach files to it.")
        )
        self.empty.setVisible(not self.model.rows)
        self.table.setVisible(bool(self.model.rows))
        rows = min(max(len(self.model.rows), 1), 8)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )

    def current(self) -> dict[str, Any] | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _show_error(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.message.setText(str(error))
        self.message.show()

    # --- adding -----------------------------------------------------------------------

    def on_add(self) -> None:
        if self.record_id is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), self._folder)
        if paths:
            self.attach_paths([Path(p) for p in paths])

    def attach_paths(self, paths: list[Path]) -> None:
        """Attach the files, all or none, as one undoable operation."""
        kind, record_id = self.kind, self.record_id
        if kind is None or record_id is None or not paths:
            return
        self._folder = str(paths[0].parent)
        names = ", ".join(p.name for p in paths)
        text = self.tr("Attach {names}").format(names=names)
        self._history.run(
            CreateCommand(
                text, "attachment", lambda session, actor: attach_files(session, actor, kind, record_id, paths)
            ),
            lambda _ids: self._done(),
            self._show_error,
            label=self.tr("Attaching files"),
            parent_widget=self,
        )

    def _done(self) -> None:
        """The panel's own attach or remove went through."""
        if shiboken6.isValid(self):
            self.message.hide()
            self.reloader.reload_if_stale()  # shown, it is reading the change already
            self.changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if self.record_id is not None and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.attach_paths([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    # --- opening and saving a copy ---------------------------------------------------------

    def on_save_copy(self) -> None:
        row = self.current()
        if row is None:
            return
        suggested = str(Path(self._folder or Path.home()) / safe_name(row["filename"]))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), suggested)
        if not path:
            return
        target = Path(path)
        self._folder = str(target.parent)
        digest, filename = row["sha256"], row["filename"]
        self._runner.read(
            lambda session, _p: write_copy(stored_bytes(session, digest, filename), target),
            lambda _none: self.message.hide(),
            self._show_error,
            label=self.tr("Saving a copy"),
            parent_widget=self,
        )

    def on_open(self) -> None:
        """Open a temporary copy with the program the system uses for its type."""
        row = self.current()
        if row is None:
            return
        folder = open_folder() / str(row["id"])
        target: Path = folder / safe_name(row["filename"])
        digest, filename = row["sha256"], row["filename"]

        def work(session: Session, _progress: Any) -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            write_copy(stored_bytes(session, digest, filename), target)
            return target

        self._runner.read(work, self._open_copy, self._show_error, label=self.tr("Opening"), parent_widget=self)

    def _open_copy(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show_error(
                FileProblem(
                    self.tr("No program on this computer opens “{name}”; save a copy and open it from there.").format(
                        name=path.name
                    )
                )
            )

    # --- removing ----------------------------------------------------------------------------

    def on_remove(self) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            literal(
                self.tr(
                    "Send “{name}” to the trash? You can restore it from the Trash page, or undo with Ctrl+Z."
                ).format(name=row["filename"])
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Remove {name}").format(name=row["filename"])
        self._history.run(
            DeleteCommand(text, "attachment", [row["id"]]),
            lambda _trash_ids: self._done(),
            self._show_error,
            label=self.tr("Removing"),
        )
