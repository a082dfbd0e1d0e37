"""An indicator's targets and actuals as a grid: one row per period, a target
and an actual column for the total and, when the indicator is disaggregated by
sex, for each sex.

Each cell is one field of one ``indicator_period`` record: a period's total is
the record with ``sex`` empty and each sex has a record of its own (as IATI's
period dimensions do). Typing a value saves it at once through the services on
the background writer, as one undoable operation; a refused value shows the
services' message above the grid and the cell goes back to what the database
holds. A write elsewhere (an undo, a restore) that changes the periods or the
indicator is read again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import ValidationError
from db.services import create
from desktop.ui.labels import labelled
from desktop.ui.lists import code_label
from desktop.ui.numbers import number_text
from desktop.ui.operations import Reloader, of_kinds
from desktop.ui.period_model import (
    KIND,
    Edit,
    PeriodModel,
    load_grid,
    next_period,
    period_label,
)
from desktop.ui.plain_text import plain_label
from desktop.ui.problems import reason_text
from desktop.ui.query_model import show_number
from desktop.ui.record_form import field_label
from desktop.ui.tasks import TaskRunner
from desktop.ui.undo import CreateCommand, DeleteCommand, EditCommand, UndoHistory


class CellDelegate(QStyledItemDelegate):
    """Enter in a cell's editor saves it and says so, so the grid can go down."""

    entered = Signal()

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in keys:
            if isinstance(editor, QWidget):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.entered.emit()
            return True
        return super().eventFilter(editor, event)


class PeriodTable(QTableView):
    """Spreadsheet keys: Enter saves and goes down, Tab across; Delete empties a cell.
    Ctrl+Z and its redo are asked for here too, since in a dialog the main
    window's Undo action does not hear them."""

    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = CellDelegate(self)
        self.setItemDelegate(self.cells)
        self.cells.entered.connect(self.go_down)

    def go_down(self) -> None:
        below = self.currentIndex().siblingAtRow(self.currentIndex().row() + 1)
        if below.isValid():
            self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
            return
        index = self.currentIndex()
        empties = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if empties and self.state() != QTableView.State.EditingState and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.model().setData(index, "", Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)


class PeriodBar(QWidget):
    """Asks, under the grid, for the dates of a new period: a dialog here would be a third window
    over an indicator already in a dialog. Enter adds, Esc gives up."""

    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_edit = self._date_edit(self.tr("Period starts"))
        self.end_edit = self._date_edit(self.tr("Period ends"))
        starts, ends = QLabel(self.tr("S&tarts")), QLabel(self.tr("E&nds"))
        starts.setBuddy(self.start_edit)
        ends.setBuddy(self.end_edit)
        self.ok_button = QPushButton(self.tr("Add"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.ok_button, self.cancel_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (starts, self.start_edit, ends, self.end_edit, self.ok_button, self.cancel_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.hide()

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def ask(self, start: dt.date, end: dt.date) -> None:
        """Show the bar with these dates proposed, the start ready to be changed."""
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self.show()
        self.start_edit.setFocus()

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.start_edit.date(), self.end_edit.date()
        return dt.date(start.year(), start.month(), start.day()), dt.date(end.year(), end.month(), end.day())

    def accept(self) -> None:
        self.hide()
        self.accepted.emit()

    def reject(self) -> None:
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.reject()  # the dialog around stays open
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class PeriodGrid(QWidget):
    """Stands where the list of an indicator's periods would: same ``kind``,
    ``show_owner`` and ``changed`` as a ``ChildrenPanel``."""

    changed = Signal()

    def __init__(
        self, runner: TaskRunner, owner_field: str, history: UndoHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.kind = KIND
        self.owner_field = owner_field
        self._history = history
        self._after_load: Callable[[], None] | None = None
        self.owner_id: str | None = None
        self.country: str | None = None
        self.period_bar = PeriodBar()  # where a new period's dates are asked for
        self.model = PeriodModel(self)
        self.table = PeriodTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Targets and actuals by period"))
        self.table.setAccessibleDescription(
            self.tr(
                "One row per period. Type a number in a cell to save it; Enter goes down, Tab across, "
                "Delete empties a cell, Ctrl+Tab leaves the grid."
            )
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0,000,000.00") + 12)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(f"<b>{self.tr('Targets and actuals by period')}</b>")
        self.about = plain_label()  # the indicator's unit, as typed
        self.about.setWordWrap(True)
        self.keys = QLabel(
            self.tr(
                "Type a number in a cell to save it: Enter goes down, Tab across, Delete "
                "empties a cell, Ctrl+Z undoes. Green actuals reach their target, red ones "
                "fall short."
            )
        )
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: palette(placeholder-text);")
        self.empty = QLabel(self.tr("No periods yet. “Add period…” starts the first one."))
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.message = plain_label()
        self.message.setObjectName("fieldError")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton(self.tr("Add &period…"))
        self.remove_button = QPushButton(self.tr("Remove period"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.about)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.keys)
        self.add_button.clicked.connect(self.on_add_period)
        self.period_bar.accepted.connect(lambda: self.add_period(*self.period_bar.period()))
        self.remove_button.clicked.connect(self.on_remove_period)
        self.model.edited.connect(self.save_edit)
        self.table.undo_requested.connect(history.undo)
        self.table.redo_requested.connect(history.redo)
        self.model.modelReset.connect(self._update)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update())
        self._update()
        self.reloader = Reloader(self, runner, of_kinds({KIND, "indicator"}), self.reload)

    # --- loading -------------------------------------------------------------------

    def show_owner(self, owner_id: str | None, country: str | None = None) -> None:
        self.owner_id, self.country = owner_id, country
        self.message.hide()
        if owner_id is None:
            self.model.set_contents({}, [])
            self._update()
            return
        self.reload()

    def reload(self) -> None:
        owner_id = self.owner_id
        if owner_id is None:
            return
        self._runner.read(
            lambda session, _p: load_grid(session, owner_id), lambda loaded: self._on_loaded(owner_id, *loaded)
        )

    def _on_loaded(self, owner_id: str, indicator: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        if owner_id != self.owner_id or not shiboken6.isValid(self):
            return
        self.model.set_contents(indicator, rows)
        self._update()
        then, self._after_load = self._after_load, None
        if then is not None:
            then()

    def _update(self) -> None:
        owned = self.owner_id is not None
        self.add_button.setEnabled(owned)
        self.remove_button.setEnabled(owned and self.table.currentIndex().isValid())
        self.empty.setText(
            self.tr("No periods yet. “Add period…” starts the first one.")
            if owned
            else self.tr("Save the indicator first, then add its periods.")
        )
        self.empty.setVisible(not self.model.periods)
        self.keys.setVisible(bool(self.model.periods))
        self.table.setVisible(bool(self.model.periods))
        self.about.setText(self._about())
        self.about.setVisible(bool(self.about.text()))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its periods (two to ten rows), so the editor has no empty box in it."""
        rows = min(max(self.model.rowCount(), 2), 10)
        table = self.table
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
        )

    def _about(self) -> str:
        indicator = self.model.indicator
        parts = []
        if indicator.get("measure"):
            unit = indicator.get("unit")
            measure = code_label(indicator["measure"])
            parts.append(self.tr("Measure: {measure}").format(measure=f"{measure} ({unit})" if unit else measure))
        if indicator.get("baseline_value") is not None:
            baseline = show_number(indicator["baseline_value"])
            year = indicator.get("baseline_year")
            parts.append(
                self.tr("baseline {value} in {year}").format(value=baseline, year=year)
                if year
                else self.tr("baseline {value}").format(value=baseline)
            )
        if not indicator.get("by_sex") and self.model.sexes == (None,) and indicator:
            parts.append(
                self.tr(
                    "not disaggregated by sex (tick “Disaggregated by sex” above and save to add columns for each sex)"
                )
            )
        return "; ".join(parts)

    # --- saving a cell ----------------------------------------------------------------

    def save_edit(self, edit: Edit) -> None:
        owner_id = self.owner_id
        if owner_id is None:
            return
        text = self.tr("Edit {cell}, {period}").format(
            cell=self.model.cell_name(edit.sex, edit.field), period=period_label(edit.start, edit.end)
        )
        if edit.new_record:
            values = {
                "id": edit.record_id,
                self.owner_field: owner_id,
                "period_start": edit.start,
                "period_end": edit.end,
                "sex": edit.sex,
                edit.field: edit.value,
            }
            self._history.run(
                CreateCommand(text, KIND, lambda session, actor: create(session, actor, KIND, values)),
                lambda _record_id: self._saved(edit),
                lambda error: self._refused(edit, error),
                label=self.tr("Saving"),
            )
            return
        record_id, changes, before = edit.record_id, {edit.field: edit.value}, {edit.field: edit.before}
        self._history.run(
            EditCommand(text, KIND, record_id, before, changes),
            lambda _changed: self._saved(edit),
            lambda error: self._refused(edit, error),
            label=self.tr("Saving"),
        )

    def _saved(self, edit: Edit) -> None:
        if not shiboken6.isValid(self):
            return
        self.message.hide()
        self.model.finish(edit, True)
        self.reloader.reload_if_stale()  # shown, it is reading the change already
        self.changed.emit()

    def _refused(self, edit: Edit, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        where = self.tr("{cell}, {period}").format(
            cell=self.model.cell_name(edit.sex, edit.field), period=period_label(edit.start, edit.end)
        )
        typed = number_text(edit.value)
        reason = self._reasons(error, edit.field)
        self._show_error(
            self.tr("Not saved: {where}: {reason} (typed “{typed}”).").format(where=where, reason=reason, typed=typed)
            if typed
            else self.tr("Not saved: {where}: {reason}.").format(where=where, reason=reason)
        )
        self.model.finish(edit, False)
        row = self.model.row_of(edit.start, edit.end)
        if row >= 0 and edit.sex in self.model.sexes:
            self.table.setCurrentIndex(self.model.index(row, self.model.column_for(edit.sex, edit.field)))
        self.reload()

    @staticmethod
    def _reasons(error: BaseException, field: str | None = None) -> str:
        """The services' reasons, each with its field's name unless it is the cell's own."""
        if not isinstance(error, ValidationError):
            return str(error)
        return "; ".join(
            labelled(field_label(p.field), reason_text(p.reason))
            if p.field and p.field != field
            else reason_text(p.reason)
            for p in error.problems
        )

    def _show_error(self, text: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.message.setText(text)
        self.message.show()

    # --- adding and removing periods ------------------------------------------------------

    def on_add_period(self) -> None:
        if self.owner_id is None:
            return
        start, end = next_period([p.end for p in self.model.periods], dt.date.today())
        self.period_bar.ask(start, end)

    def add_period(self, start: dt.date, end: dt.date) -> None:
        """A period starts as its total record, with neither target nor actual yet."""
        owner_id = self.owner_id
        if owner_id is None:
            return
        row = self.model.row_of(start, end)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 1))
            self._show_error(
                self.tr("The period {period} is already in the grid.").format(period=period_label(start, end))
            )
            return
        values = {self.owner_field: owner_id, "period_start": start, "period_end": end}
        text = self.tr("Add period {period}").format(period=period_label(start, end))
        self._history.run(
            CreateCommand(text, KIND, lambda session, actor: create(session, actor, KIND, values)),
            lambda _record_id: self._period_added(start, end),
            lambda error: self._show_error(self.tr("Period not added: {reason}").format(reason=self._reasons(error))),
            label=self.tr("Saving"),
        )

    def _period_added(self, start: dt.date, end: dt.date) -> None:
        if not shiboken6.isValid(self):
            return
        self.message.hide()
        self._after_load = lambda: self._go_to(start, end)  # once the grid has the new period
        self.reloader.reload_if_stale()
        self.changed.emit()

    def _go_to(self, start: dt.date, end: dt.date) -> None:
        """The new period's first cell, ready for typing its target."""
        row = self.model.row_of(start, end)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 1))
            self.table.setFocus()

    def on_remove_period(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.periods):
            return
        period = self.model.periods[row]
        label = period_label(period.start, period.end)
        answer = QMessageBox.question(
            self,
            self.tr("Remove period"),
            self.tr(
                "Send the period {period}, with its targets and actuals, to the trash? Ctrl+Z brings it back."
            ).format(period=label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Remove period {period}").format(period=label)
        self._history.run(
            DeleteCommand(text, KIND, sorted(period.ids)),
            lambda _trash_ids: self._period_removed(),
            lambda error: self._show_error(self.tr("Period not removed: {reason}").format(reason=self._reasons(error))),
            label=self.tr("Deleting"),
        )

    def _period_removed(self) -> None:
        if shiboken6.isValid(self):
            self.message.hide()
            self.reloader.reload_if_stale()
            self.changed.emit()
