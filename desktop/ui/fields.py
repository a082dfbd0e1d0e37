"""One editing widget per kind of field, chosen from the field's rule.

Each ``FieldEditor`` turns a stored value into what the widget shows and back,
and says when the user changed it. Checking the value is not its business: the
services check, and the form shows their message next to the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from db.models.base import LONG_TEXT
from desktop.ui.dates import NotADate, date_text, parse_date, short_example
from desktop.ui.lists import code_label
from desktop.ui.numbers import number_text, parse_number


class FieldEditor(QObject):
    """Base: ``widget`` edits one field; ``changed`` fires on user edits."""

    changed = Signal()
    #: A message about what was typed, shown under the field ("" once it is fine).
    problem = Signal(str)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class TextEditor(FieldEditor):
    def __init__(self, max_len: int) -> None:
        self.edit: QLineEdit | QPlainTextEdit
        if max_len >= LONG_TEXT:
            self.edit = QPlainTextEdit()
            self.edit.setTabChangesFocus(True)
            self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 12)
            super().__init__(self.edit)
            self.edit.textChanged.connect(self.changed)
        else:
            self.edit = QLineEdit()
            self.edit.setMaxLength(max_len)
            super().__init__(self.edit)
            self.edit.textEdited.connect(self.changed)

    def value(self) -> str | None:
        text = self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        return text.strip() or None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.blockSignals(True)
            self.edit.setPlainText(text)
            self.edit.blockSignals(False)
        else:
            self.edit.setText(text)
            self.edit.setCursorPosition(0)  # a long name shows its start, not its end


class NumberEditor(FieldEditor):
    """Free text parsed as a number, so a field can also be empty."""

    def __init__(self, whole: bool) -> None:
        self.edit = QLineEdit()
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._whole = whole
        super().__init__(self.edit)
        self.edit.textEdited.connect(self.changed)

    def value(self) -> Any:
        number = parse_number(self.edit.text())
        if not isinstance(number, float):
            return number  # None, or text: the services say what is wrong with it
        return int(number) if self._whole and number.is_integer() else number

    def set_value(self, value: Any) -> None:
        self.edit.setText(number_text(value))


class DateEdit(QDateEdit):
    """A date box that Tab leaves, like every other field.

    QDateEdit uses Tab to step through its day, month and year, and while it
    shows its "no date" text it never lets Tab out at all: a keyboard trap.
    Here sections are reached by typing or with the arrow keys.
    """

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802
        return QWidget.focusNextPrevChild(self, next)


class DateLine(QLineEdit):
    """A date typed as text, with a calendar a click (or F4, Alt+Down) away.

    A QDateEdit cannot be empty and throws away what it cannot read as its
    format; people type "20/11/2026", leave fields empty and clear them.
    """

    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.calendar_requested.emit()
            return
        super().keyPressEvent(event)


def _calendar_icon(size: int = 16) -> QIcon:
    """A small calendar page drawn in the text colour (no icon theme on Windows)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    color = QApplication.palette().text().color()
    painter.setPen(color)
    painter.drawRect(1, 2, size - 3, size - 4)
    painter.fillRect(1, 2, size - 2, 4, color)
    for row in range(2):
        for column in range(3):
            painter.fillRect(4 + column * 3, 8 + row * 3, 2, 2, color)
    painter.end()
    return QIcon(pixmap)


class DateEditor(FieldEditor):
    """A date or nothing: ISO or the language's short form typed, or picked in a calendar.

    What cannot be read as a date stays as typed, with a message under the
    field (``problem``); a save then sends the text, which the services refuse,
    so nothing typed is lost and no wrong date is stored.
    """

    def __init__(self) -> None:
        self.edit = DateLine()
        self.edit.setClearButtonEnabled(True)
        example = short_example()
        self.edit.setPlaceholderText(QCoreApplication.translate("fields", "e.g. {example}").format(example=example))
        self.edit.setToolTip(
            QCoreApplication.translate("fields", "Type 2026-11-20 or {example}; F4 opens the calendar").format(
                example=example
            )
        )
        super().__init__(self.edit)
        self.calendar_action = self.edit.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(QCoreApplication.translate("fields", "Pick a date in the calendar (F4)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.edit.calendar_requested.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self.edit.textEdited.connect(self.changed)
        self.edit.editingFinished.connect(self._check)

    def _check(self) -> None:
        """Once the field is left: the date written the field's way, or why it is not a date."""
        try:
            date = parse_date(self.edit.text())
        except NotADate as error:
            message = QCoreApplication.translate("fields", "“{text}” is not a date: type it as 2026-11-20 or {example}")
            self.problem.emit(message.format(text=str(error)[:40], example=short_example()))
            return
        self.problem.emit("")
        if date is not None and self.edit.text() != date_text(date):
            self.edit.setText(date_text(date))

    def open_calendar(self) -> None:
        """The calendar on the field's date, or on today for an empty field."""
        try:
            shown = parse_date(self.edit.text()) or dt.date.today()
        except NotADate:
            shown = dt.date.today()
        calendar = QCalendarWidget(self.edit)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setAccessibleName(self.edit.accessibleName())
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.activated.connect(lambda day: self._picked(calendar, day))
        calendar.clicked.connect(lambda day: self._picked(calendar, day))
        calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _picked(self, calendar: QCalendarWidget, day: QDate) -> None:
        self.edit.setText(date_text(dt.date(day.year(), day.month(), day.day())))
        self.problem.emit("")
        self.changed.emit()
        calendar.close()
        self.edit.setFocus()

    def value(self) -> dt.date | str | None:
        try:
            return parse_date(self.edit.text())
        except NotADate:
            return self.edit.text().strip()  # kept: the save is refused, the text is not lost

    def set_value(self, value: Any) -> None:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value) if value else None
        self.edit.setText(date_text(value))
        self.problem.emit("")


class FlagEditor(FieldEditor):
    def __init__(self) -> None:
        self.box = QCheckBox()
        super().__init__(self.box)
        self.box.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)


class ChoiceEditor(FieldEditor):
    """A code from a list, or a reference picked by name (searchable)."""

    def __init__(self, options: Sequence[tuple[str, str]] = (), *, searchable: bool = False) -> None:
        self.box = QComboBox()
        # As wide as the form gives it, whatever its longest choice (an activity's title): a long
        # choice is cut at its end in the closed box, never the form pushed wider than the window.
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setMinimumContentsLength(12)
        super().__init__(self.box)
        if searchable:
            self.box.setEditable(True)
            self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.box.completer()
            if isinstance(completer, QCompleter):
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.set_options(options)
        self.box.activated.connect(self.changed)

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        current = self.value() if self.box.count() else None
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem("", None)
        for key, label in options:
            self.box.addItem(label, key)
        self.box.blockSignals(False)
        self.set_value(current)

    def value(self) -> str | None:
        data = self.box.currentData()
        return None if data in (None, "") else str(data)

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        index = self.box.findData(value) if value is not None else 0
        if index < 0 and value is not None:
            self.box.addItem(str(value), value)  # a value the options do not (yet) list
            index = self.box.count() - 1
        self.box.setCurrentIndex(max(index, 0))
        if self.box.isEditable() and (line := self.box.lineEdit()) is not None:
            line.setCursorPosition(0)  # show the start of a long name
        self.box.blockSignals(False)


class MultiChoiceEditor(FieldEditor):
    """Several codes or references, ticked in a short list."""

    def __init__(self, options: Sequence[tuple[Any, str]] = ()) -> None:
        self.list = QListWidget()
        super().__init__(self.list)
        self.set_options(options)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def set_options(self, options: Sequence[tuple[Any, str]]) -> None:
        chosen = self.value() if self.list.count() else []
        self.list.blockSignals(True)
        self.list.clear()
        for key, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.set_value(chosen)
        self._fit()

    def _fit(self) -> None:
        """Tall enough to show the options at a glance (up to eight), so few need scrolling."""
        row = self.list.sizeHintForRow(0) if self.list.count() else self.list.fontMetrics().lineSpacing() + 4
        rows = max(3, min(8, self.list.count()))
        scrollbar = self.list.horizontalScrollBar().sizeHint().height()
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + scrollbar)

    def value(self) -> list[Any]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        wanted = list(value or [])
        self.list.blockSignals(True)
        keys = [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]
        for key in wanted:
            if key not in keys:  # keep what the options do not list, rather than lose it
                item = QListWidgetItem(str(key))
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.list.addItem(item)
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)


def code_options(choices: type[StrEnum]) -> list[tuple[str, str]]:
    return [(choice.value, code_label(choice.value)) for choice in choices]
