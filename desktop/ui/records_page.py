"""A page for one kind of record: the list beside its editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.ui.list_page import ListPage
from desktop.ui.operations import Reloader, of_kinds
from desktop.ui.query_model import ListQuery, shown_kinds
from desktop.ui.record_editor import RecordEditor
from desktop.ui.tasks import TaskRunner
from desktop.ui.undo import UndoHistory


class RecordsPage(QWidget):
    """The list of one kind of record beside its editor.

    The editor is built when first needed (a row chosen, New, a record shown
    from elsewhere): a form with its nested panels takes tens of milliseconds,
    and building all nine at start-up cost about 0.15 s before the window
    could show. Until then a short hint stands in its place.

    The list reads again when a write anywhere changes the records it shows
    (at once if shown, else when next shown).
    """

    history_requested = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        kind: str,
        query: ListQuery,
        title: str,
        history: UndoHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._runner, self._history = runner, history
        self._editor: RecordEditor | None = None
        self.list = ListPage(runner, query, title)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.list.layout().addWidget(self.new_button)  # type: ignore[union-attr]
        self.hint = QLabel(self.tr("Choose a record in the list to see and edit it, or press New (Ctrl+N)."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.hint)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._wanted: str | None = None
        self.reloader = Reloader(self, runner, of_kinds(shown_kinds(query) | {kind}), self.refresh)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.list.table.selectionModel().currentRowChanged.connect(self.on_row_changed)
        self.list.model.loaded.connect(self.on_list_loaded)
        self.new_button.clicked.connect(self.new_record)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        # Without an editor yet there is no record to save, delete or duplicate.
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self._editor.save() if self._editor else None)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.list.table, lambda: self._editor.delete() if self._editor else None
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+D"), self, lambda: self._editor.duplicate() if self._editor else None)

    @property
    def editor(self) -> RecordEditor:
        """The record editor, built (disabled, in place of the hint) on first use."""
        if self._editor is None:
            editor = RecordEditor(self._runner, self.kind, self._history)
            editor.setEnabled(False)
            editor.saved.connect(self.on_saved)
            editor.removed.connect(self.on_removed)
            editor.history_requested.connect(self.history_requested)
            self.splitter.replaceWidget(1, editor)
            self.hint.deleteLater()
            self._editor = editor
        return self._editor

    @property
    def dirty(self) -> bool:
        """Unsaved changes in the editor (none if it was never opened)."""
        return self._editor is not None and self._editor.dirty

    def refresh(self) -> None:
        self.list.model.refresh()

    def set_country(self, country: str | None) -> None:
        self.list.set_country(country)

    def on_row_changed(self, current: object, _previous: object) -> None:
        row = getattr(current, "row", lambda: -1)()
        if row < 0 or row >= self.list.model.rowCount():
            return
        record_id = self.list.model.id_at(row)
        if self._editor is not None and record_id == self._editor.record_id:
            return
        if not self.editor.confirm_leaving():
            return
        self._wanted = None
        self.editor.setEnabled(True)
        self.editor.open_record(record_id)

    def new_record(self) -> None:
        if not self.editor.confirm_leaving():
            return
        self._wanted = None
        self.editor.setEnabled(True)
        self.editor.new_record(self.list.model.country)

    def show_record(self, record_id: str) -> None:
        """Open a record (from the dashboard, the history, a search elsewhere)."""
        self._wanted = None
        self.editor.setEnabled(True)
        self.editor.open_record(record_id)
        self._select(record_id)

    def on_saved(self, _kind: str, record_id: str) -> None:
        """Saved in this page's editor: the list shows it, selected."""
        self._wanted = record_id  # selected once the list has read the change (until another row is chosen)
        self.reloader.reload_if_stale()  # shown, it is reading the change already

    def on_removed(self, _kind: str, _record_id: str) -> None:
        self.reloader.reload_if_stale()

    def on_list_loaded(self, _rows: int) -> None:
        if self._wanted:
            self._select(self._wanted)
            self._wanted = None

    def _select(self, record_id: str) -> None:
        row = self.list.model.row_of(record_id)
        if row < 0:
            return
        index = self.list.model.index(row, 1)
        selection = self.list.table.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        self.list.table.scrollTo(index)
