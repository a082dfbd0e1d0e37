"""A searchable, sortable list of records over a ``QueryModel``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.ui.query_model import ListQuery, QueryModel
from desktop.ui.tasks import TaskRunner

#: Keys arriving together (a paste, a burst of queued events) make one search: the model
#: filters after the events already waiting. Searching is in memory, so no longer pause is needed.
SEARCH_PAUSE_MS = 0


class SearchBox(QLineEdit):
    """A search line that leaves Ctrl+Z and Ctrl+Shift+Z to the window's Undo and Redo.

    A QLineEdit claims them for its own text (Qt's "shortcut override"), so with
    the focus in a search box the window's Undo did nothing. Undoing what was
    typed into a search is worth less than undoing the last save from there."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and window_undo_keys(event):
            event.ignore()  # not ours: the shortcut goes to the window's action
            return True
        return super().event(event)


def window_undo_keys(event: QKeyEvent) -> bool:
    """Whether ``event`` is one of the keys of the window's Undo and Redo."""
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Z and event.modifiers() == wanted


class ListPage(QWidget):
    """Search box, count and table; emits ``record_activated`` with an id."""

    record_activated = Signal(str)

    def __init__(self, runner: TaskRunner, query: ListQuery, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueryModel(runner, query, self)
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search by title or code (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search {title}").format(title=title))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        header = self.table.horizontalHeader()
        # The indicator first: enabling sorting sorts by it, and the model loads nothing before its refresh.
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.model.sort_column = 1
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the editor; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and column widths: measuring 100,000 rows would take seconds.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(self._column_widths(query)):
            self.table.setColumnWidth(column, width)

        heading = QLabel(f"<h2>{title}</h2>")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._pause.start)
        self._pause.timeout.connect(self.on_search_paused)
        self.model.loaded.connect(self.on_loaded)
        self.table.activated.connect(self.on_row_activated)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.on_find)

    def _column_widths(self, query: ListQuery) -> list[int]:
        unit = self.fontMetrics().averageCharWidth()
        widths = []
        for column in query.columns:
            wide = column.expression.key in ("title", "statement", "name")
            widths.append(unit * (60 if wide else max(len(column.title) + 4, 12)))
        return widths

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Shown: read what the search looks through now, so the first key typed finds at once."""
        self.model.prepare_search()
        super().showEvent(event)

    def on_search_paused(self) -> None:
        self.model.set_search(self.search.text())

    def on_loaded(self, rows: int) -> None:
        self.count.setText(self.tr("%Ln record(s)", "", rows))

    def on_row_activated(self, index: object) -> None:
        row = getattr(index, "row", lambda: -1)()
        if row >= 0:
            self.record_activated.emit(self.model.id_at(row))

    def on_find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_country(self, country: str | None) -> None:
        self.model.set_country(country)
