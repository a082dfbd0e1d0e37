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

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
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
from desktop.ui.lists import code_label
from desktop.ui.numbers import number_text, parse_number

#: A QDateEdit cannot be empty: its lowest date stands for "no date".
NO_DATE = QDate(1900, 1, 1)


class FieldEditor(QObject):
    """Base: ``widget`` edits one field; ``changed`` fires on user edits."""

    changed = Signal()

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


class DateEditor(FieldEditor):
    def __init__(self) -> None:
        self.edit = DateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText("—")
        super().__init__(self.edit)
        self.edit.userDateChanged.connect(self.changed)

    def value(self) -> dt.date | None:
        date = self.edit.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        self.edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)


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
