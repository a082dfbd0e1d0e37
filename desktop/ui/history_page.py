"""The History page: every change in the log, newest first, filtered by kind,
person, date, country or one record; the selected change's old and new values
below.

The log can hold hundreds of thousands of rows, so the list works like
``QueryModel``: the matching change numbers come from SQL in the background,
and rows are read a page at a time as the view shows them. Every write that
adds to the log makes the list read again: at once if shown, else when next
shown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.services.history import (
    ChangeDetails,
    ChangeFilter,
    ChangeLine,
    change_details,
    change_users,
    record_labels,
)
from db.services.kinds import kind_names
from desktop.ui.fields import DateEdit
from desktop.ui.history_models import (
    ANY_DATE,
    GROUP_SHOWN,
    SEARCH_PAUSE_MS,
    DetailModel,
    HistoryModel,
    is_code,
    local_time,
    show_value,
    utc_start_of,
)
from desktop.ui.labels import kind_label
from desktop.ui.list_page import SearchBox
from desktop.ui.operations import Reloader
from desktop.ui.record_form import field_label
from desktop.ui.tasks import TaskRunner


class OptionalDateEdit(DateEdit):
    """A date that may be "any": the earliest date stands for it, shown as such."""

    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(ANY_DATE)
        self.setSpecialValueText(any_text)
        self.setDate(ANY_DATE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> dt.date | None:
        return None if self.date() == ANY_DATE else self.date().toPython()  # type: ignore[return-value]

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.date() == ANY_DATE and steps > 0:
            self.setDate(QDate.currentDate())  # from "any", the arrow keys start at today, not in 2000
        else:
            super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.date() == ANY_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class HistoryPage(QWidget):
    """Filters, the list of changes and the selected change's details."""

    details_loaded = Signal()  # the selected change's details are on screen
    users_loaded = Signal(list)
    record_activated = Signal(str, str)  # kind, record id: a change was activated (Enter, double click)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._country: str | None = None
        self._record: tuple[str, str] | None = None
        self._details_generation = 0
        self.model = HistoryModel(runner, self)
        self.details_model = DetailModel(self)
        self.table = self._table(self.model, self.tr("Changes, newest first"))
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        for column, sample in enumerate(("2026-12-31 23:59", "Aigul Toktogulova", "9a8b7c6d", "Restored",
                                         "Indicator period", "x" * 44)):  # fmt: skip
            self.table.setColumnWidth(column, self.fontMetrics().horizontalAdvance(sample) + 16)
        self.details_table = self._table(self.details_model, self.tr("Details of the selected change"))
        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addLayout(self._build_filters())
        upper.addWidget(self._build_banner())
        upper.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>History</h2>")))
        layout.addWidget(splitter, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._connect_signals()
        self._show_no_details()
        self.reloader = Reloader(self, runner, lambda changes: changes.history, self.refresh)

    # --- building ---------------------------------------------------------------

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Fixed row heights: measuring 200,000 rows would take seconds.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _build_filters(self) -> QGridLayout:
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in kind_names():
            self.kind_box.addItem(kind_label(kind), kind)
        self.user_box = QComboBox()
        self.user_box.addItem(self.tr("Everyone"), None)
        self.user_box.setMinimumContentsLength(16)
        self.from_date = OptionalDateEdit(self.tr("Any"))
        self.to_date = OptionalDateEdit(self.tr("Any"))
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Title, name or code (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.count = QLabel()
        grid = QGridLayout()
        for column, (text, widget, name) in enumerate((
            (self.tr("&Kind of record:"), self.kind_box, self.tr("Kind of record")),
            (self.tr("&Person:"), self.user_box, self.tr("Person who made the change")),
            (self.tr("&From:"), self.from_date, self.tr("Changes from this date")),
            (self.tr("&To:"), self.to_date, self.tr("Changes up to this date")),
            (self.tr("&Record:"), self.search, self.tr("Record title, name or code")),
        )):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.clear_button, 1, 5)
        grid.addWidget(self.count, 1, 6)
        grid.setColumnStretch(4, 1)
        return grid

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_label = QLabel()
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.show_all_button = QPushButton(self.tr("Show &all changes"))
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.show_all_button)
        self.banner.hide()
        return self.banner

    def _build_details(self) -> QWidget:
        self.details_title = QLabel()
        self.details_title.setStyleSheet("font-weight: bold")
        self.details_note = QLabel()
        for label in (self.details_title, self.details_note):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.only_record_button = QPushButton(self.tr("History of this &record only"))
        details = QWidget()
        heading = QHBoxLayout()
        heading.addWidget(self.details_title, 1)
        heading.addWidget(self.only_record_button)
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.details_note)
        layout.addWidget(self.details_table, 1)
        return details

    def _connect_signals(self) -> None:
        for box in (self.kind_box, self.user_box):
            box.currentIndexChanged.connect(self.on_filters_changed)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.on_filters_changed)
        self.search.textChanged.connect(self._pause.start)
        self._pause.timeout.connect(self.on_filters_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.show_all_button.clicked.connect(self.clear_record)
        self.only_record_button.clicked.connect(self.on_only_record)
        self.model.loaded.connect(self.on_loaded)
        self.model.modelReset.connect(self._show_no_details)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.table.activated.connect(self.on_row_activated)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.on_find)

    # --- what the main window and the editors call --------------------------------

    def refresh(self) -> None:
        """Read the people in the log and the changes again, in the background."""
        self._runner.read(lambda session, _p: change_users(session), self.on_users)
        self.model.set_filter(self.current_filter())

    def set_country(self, country: str | None) -> None:
        self._country = country or None
        self.model.set_filter(self.current_filter())

    def show_record(self, kind: str, record_id: str) -> None:
        """Only this record's changes, every other filter cleared: what its editor's "History" opens."""
        self._record = (kind, record_id)
        self.banner_label.setText(self.tr("Only the history of one record."))
        self.banner.show()
        self._reset_inputs()
        self.model.set_filter(self.current_filter())
        self._runner.read(
            lambda session, _p: record_labels(session, kind, [record_id]).get(record_id, record_id),
            lambda label: self.on_record_label(kind, record_id, label),
        )

    def clear_record(self) -> None:
        """Back to every change (the other filters stay)."""
        self._record = None
        self.banner.hide()
        self.model.set_filter(self.current_filter())
        self.table.setFocus()

    def clear_filters(self) -> None:
        self._record = None
        self.banner.hide()
        self._reset_inputs()
        self.model.set_filter(self.current_filter())

    def _reset_inputs(self) -> None:
        inputs = (self.kind_box, self.user_box, self.from_date, self.to_date, self.search)
        for widget in inputs:
            widget.blockSignals(True)
        self.kind_box.setCurrentIndex(0)
        self.user_box.setCurrentIndex(0)
        self.from_date.setDate(ANY_DATE)
        self.to_date.setDate(ANY_DATE)
        self.search.clear()
        for widget in inputs:
            widget.blockSignals(False)
        self._pause.stop()

    def current_filter(self) -> ChangeFilter:
        since, until = self.from_date.value(), self.to_date.value()
        return ChangeFilter(
            kind=self.kind_box.currentData(),
            record_id=self._record[1] if self._record else None,
            user=self.user_box.currentData(),
            since=utc_start_of(since) if since else None,
            until=utc_start_of(until + dt.timedelta(days=1)) if until else None,
            # One record asked for by name is shown wherever it belongs.
            country=None if self._record else self._country,
            label_text=self.search.text().strip() or None,
        )

    # --- slots ------------------------------------------------------------------

    def on_filters_changed(self, *_args: object) -> None:
        self._pause.stop()
        self.model.set_filter(self.current_filter())

    def on_loaded(self, rows: int) -> None:
        self.count.setText(self.tr("%Ln change(s)", "", rows))

    def on_users(self, users: list[str]) -> None:
        current = self.user_box.currentData()
        self.user_box.blockSignals(True)
        self.user_box.clear()
        self.user_box.addItem(self.tr("Everyone"), None)
        for user in users:
            self.user_box.addItem(user, user)
        self.user_box.setCurrentIndex(max(0, self.user_box.findData(current)))
        self.user_box.blockSignals(False)
        if self.user_box.currentData() != current:
            self.on_filters_changed()
        self.users_loaded.emit(users)

    def on_record_label(self, kind: str, record_id: str, label: str) -> None:
        if self._record == (kind, record_id):
            self.banner_label.setText(
                self.tr("Only the history of {kind} “{label}”.").format(kind=kind_label(kind), label=label)
            )

    def on_find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def on_row_activated(self, index: QModelIndex) -> None:
        line = self.model.line_at(index.row())
        if line is not None:
            self.record_activated.emit(line.kind, line.record_id)

    def on_only_record(self) -> None:
        line = self.model.line_at(self.table.currentIndex().row())
        if line is not None:
            self.show_record(line.kind, line.record_id)

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.model.line_at(current.row()) if current.isValid() else None
        if line is None:
            self._show_no_details()
            return
        self._details_generation += 1
        generation = self._details_generation
        self.details_title.setText(
            self.tr("{action} {kind} “{label}” — {user}, {when}, device {device}").format(
                action=self.model.actions.get(line.action, line.action),
                kind=kind_label(line.kind),
                label=line.label,
                user=line.user,
                when=local_time(line.changed_at),
                device=self.model.device_label(line.device),
            )
        )
        self.only_record_button.setEnabled(self._record != (line.kind, line.record_id))
        self._runner.read(
            lambda session, _p: change_details(session, line),
            lambda details: self.on_details(generation, line, details),
        )

    def on_details(self, generation: int, line: ChangeLine, details: ChangeDetails) -> None:
        if generation != self._details_generation:
            return  # another change was selected meanwhile
        yes_no = (self.tr("Yes"), self.tr("No"))

        def show(name: str, value: Any) -> str:
            return show_value(value, details.labels, yes_no, is_code(line.kind, name))

        rows: list[tuple[str, ...]]
        if line.action == "update":
            rows = [(field_label(name), show(name, old), show(name, new)) for name, (old, new) in line.fields.items()]
            self.details_model.show([self.tr("Field"), self.tr("Old value"), self.tr("New value")], rows)
            note = self.tr("%n field(s) changed.", "", len(rows))
        elif line.action == "create":
            filled = {name: value for name, value in details.values.items() if value not in (None, "", [])}
            rows = [(field_label(name), show(name, value)) for name, value in filled.items() if name != "id"]
            self.details_model.show([self.tr("Field"), self.tr("Value when created")], rows)
            note = self.tr("Created with these values; empty fields are left out.")
        else:
            group = details.group
            rows = [(kind_label(kind), label) for kind, _id, label in group[:GROUP_SHOWN]]
            self.details_model.show([self.tr("Kind"), self.tr("Record")], rows)
            if line.action == "delete":
                note = self.tr("%n record(s) went to the trash together (trash group {group}).", "", len(group))
            else:
                note = self.tr("%n record(s) came back from the trash together (trash group {group}).", "", len(group))
            note = note.format(group=(line.trash_id or "")[:8])
        self.details_note.setText(note)
        header = self.details_table.horizontalHeader()
        for column in range(len(self.details_model.headers)):  # names fit; values share the rest
            mode = QHeaderView.ResizeMode.ResizeToContents if column == 0 else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        self.details_loaded.emit()

    def _show_no_details(self) -> None:
        self._details_generation += 1
        self.details_title.setText(self.tr("No change selected"))
        self.details_note.setText(self.tr("Select a change to see what it did."))
        self.only_record_button.setEnabled(False)
        self.details_model.show([], [])
