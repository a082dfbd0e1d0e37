"""The Conflicts page: fields two people changed without knowing of each other.

The merge put one value in force, the same everywhere, and kept the others.
Here the user sees every value with who set it and when, keeps one or types
another; the choice is an ordinary change (``resolve_conflict``), so it travels
with the next exchange file and settles the conflict on the other machines too.
Settling clears the undo history: undoing an edit made before it could put back
a value the user has just chosen against.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.services.choices import record_choices
from db.services.conflicts import ConflictLine, Version, list_conflicts, resolve_conflict
from db.services.formats import parse_datetime
from db.services.kinds import describe, spec_for
from db.services.rows import fetch_rows
from desktop.session import current_actor
from desktop.ui.countries import country_name
from desktop.ui.fields import ChoiceEditor, FieldEditor, MultiChoiceEditor
from desktop.ui.history_models import is_code, local_time, show_value
from desktop.ui.labels import kind_label, labelled
from desktop.ui.operations import Reloader
from desktop.ui.plain_text import no_mnemonic, tip
from desktop.ui.problems import reason_text
from desktop.ui.record_form import editor_for, field_label
from desktop.ui.tasks import Progress, TaskRunner
from desktop.ui.undo import UndoHistory


@dataclass
class ConflictsState:
    lines: list[ConflictLine]
    #: Labels of the records the competing values refer to, by id.
    labels: dict[str, str] = field(default_factory=dict)
    #: Each conflicted record's country (None for a global one).
    countries: dict[str, str | None] = field(default_factory=dict)
    #: Options for a reference field, by (kind referred to, country).
    choices: dict[tuple[str, str | None], list[tuple[str, str]]] = field(default_factory=dict)


#: Characters of a value shown beside its radio button; the tooltip has it whole.
SHOWN_LENGTH = 120


def is_country(kind: str, name: str) -> bool:
    column = spec_for(kind).table.c.get(name)
    return column is not None and bool(column.info.get("country"))


def reference_target(kind: str, name: str) -> str | None:
    column = spec_for(kind).table.c.get(name)
    if column is None:
        return None
    return column.info.get("ref") or column.info.get("list_ref")


def load_conflicts(session: Session, _progress: Progress | None = None) -> ConflictsState:
    """Open conflicts, with what is needed to show their values and edit them."""
    lines = list_conflicts(session)
    ids_by_kind: dict[str, set[str]] = {}
    for line in lines:
        ids_by_kind.setdefault(line.kind, set()).add(line.record_id)
    state = ConflictsState([])
    in_trash = set()
    for kind, ids in ids_by_kind.items():
        for rid, row in fetch_rows(session, spec_for(kind), ids).items():
            state.countries[rid] = row.get("country")
            if row.get("deleted_at") is not None:
                in_trash.add(rid)
    # A record in the trash has nothing to settle; its conflicts show again if it is restored.
    state.lines = [line for line in lines if line.record_id not in in_trash]
    referred: dict[str, set[str]] = {}
    for line in state.lines:
        target = reference_target(line.kind, line.field)
        if target is None:
            continue
        country = state.countries.get(line.record_id)
        if (target, country) not in state.choices:
            state.choices[(target, country)] = record_choices(session, target, country)
        for version in line.versions:
            values = version.value if isinstance(version.value, list) else [version.value]
            referred.setdefault(target, set()).update(v for v in values if isinstance(v, str))
    for target, ids in referred.items():
        for rid, row in fetch_rows(session, spec_for(target), ids).items():
            state.labels[rid] = describe(target, row)
    return state


class ConflictsPage(QWidget):
    """The open conflicts, and settling the one selected. Read again after every write that
    changes the conflicts or the trash, even when not shown: the sidebar shows their number."""

    count_changed = Signal(int)
    record_requested = Signal(str, str)

    def __init__(self, runner: TaskRunner, history: UndoHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._history = history
        self._state = ConflictsState([])
        self._loaded = False
        self._editor: FieldEditor | None = None
        intro = QLabel(
            self.tr(
                "Fields changed on two installations, each without knowing of the other's change. The later "
                "change is in force, the same on every installation; the other value is kept here. Keep one or "
                "type another: your choice reaches the others with your next exchange file."
            )
        )
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No conflicts: every field agrees with the changes received."))
        self.empty.setStyleSheet("color: palette(mid); padding: 8px;")
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("In force"),
                self.tr("Other value"),
                self.tr("Found"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the details
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.detail = QGroupBox(self.tr("Settle this conflict"))
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.choices = QButtonGroup(self)
        self.choice_box = QVBoxLayout()
        self.another = QRadioButton(self.tr("&Another value:"))
        self.editor_slot = QVBoxLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # the services' reasons quote values: text, never markup
        self.error.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep the chosen value"))
        self.open_button = QPushButton(self.tr("Open the &record"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(self.choice_box)
        detail_layout.addWidget(self.another)
        detail_layout.addLayout(self.editor_slot)
        detail_layout.addWidget(self.error)
        detail_layout.addLayout(buttons)
        detail_layout.addStretch(1)
        self.choices.addButton(self.another)  # Qt gives it a negative id; the values are 0, 1, ...

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.detail.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.keep_button.clicked.connect(self.keep_chosen)
        self.open_button.clicked.connect(self._open_record)
        self.reloader = Reloader(
            self, runner, lambda changes: changes.conflicts or changes.trash, self.refresh, always=True
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        self._runner.read(load_conflicts, self._on_loaded)

    @property
    def lines(self) -> list[ConflictLine]:
        return self._state.lines

    def _on_loaded(self, state: ConflictsState) -> None:
        selected = self.selected()
        self._state = state
        self.table.setRowCount(len(state.lines))
        for row, line in enumerate(state.lines):
            in_force, *others = line.versions
            cells = [
                labelled(kind_label(line.kind), line.label),
                field_label(line.field),
                self._value_text(line, in_force.value),
                "; ".join(self._value_text(line, other.value) for other in others),
                local_time(line.detected_at),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        for column in range(4):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self.empty.setVisible(not state.lines)
        self.count_changed.emit(len(state.lines))
        keys = [(line.record_id, line.field) for line in state.lines]
        again = (
            keys.index((selected.record_id, selected.field))
            if selected and (selected.record_id, selected.field) in keys
            else 0
        )
        self.table.blockSignals(True)  # one rebuild of the details below, even when the row number stays
        self.table.clearSelection()
        if state.lines:
            self.table.selectRow(again)
        self.table.blockSignals(False)
        self._show_selected()

    def _value_text(self, line: ConflictLine, value: Any) -> str:
        if is_country(line.kind, line.field) and isinstance(value, str):
            return country_name(value)
        return show_value(value, self._state.labels, (self.tr("Yes"), self.tr("No")), is_code(line.kind, line.field))

    def selected(self) -> ConflictLine | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self._state.lines):
            return None
        return self._state.lines[rows[0].row()]

    def _show_selected(self) -> None:
        line = self.selected()
        self.error.clear()
        for button in self.choices.buttons():
            if button is not self.another:
                self.choices.removeButton(button)
                button.deleteLater()
        if self._editor is not None:
            self._editor.widget.deleteLater()
            self._editor = None
        self.detail.setEnabled(line is not None)
        if line is None:
            self.detail_title.clear()
            return
        self.detail_title.setText(
            self.tr("<b>{record}</b> — {field}").format(
                record=html.escape(labelled(kind_label(line.kind), line.label)),
                field=html.escape(field_label(line.field)),
            )
        )
        for number, version in enumerate(line.versions):
            button = QRadioButton(no_mnemonic(self._version_text(line, version, in_force=number == 0)))
            button.setToolTip(tip(self._value_text(line, version.value)) or "")
            self.choices.addButton(button, number)
            self.choice_box.addWidget(button)
        self.choices.button(0).setChecked(True)
        column = spec_for(line.kind).table.c[line.field]
        editor = editor_for(column)
        target = reference_target(line.kind, line.field)
        if target is not None and isinstance(editor, (ChoiceEditor, MultiChoiceEditor)):
            editor.set_options(self._state.choices.get((target, self._state.countries.get(line.record_id)), []))
        editor.set_value(line.versions[0].value)
        editor.widget.setAccessibleName(field_label(line.field))
        editor.widget.setMaximumWidth(max(480, self.width() // 2))
        editor.changed.connect(lambda: self.another.setChecked(True))
        self.editor_slot.addWidget(editor.widget)
        self._editor = editor

    def _version_text(self, line: ConflictLine, version: Version, *, in_force: bool) -> str:
        try:
            when = local_time(parse_datetime(version.changed_at))
        except ValueError:
            when = version.changed_at[:19]
        value = self._value_text(line, version.value)
        if len(value) > SHOWN_LENGTH:  # a long text in full is in the tooltip
            value = value[:SHOWN_LENGTH].rstrip() + "…"
        if in_force:
            text = self.tr("“{value}” — set by {user} on {when}, in force")
        else:
            text = self.tr("“{value}” — set by {user} on {when}")
        return text.format(value=" ".join(value.split()), user=version.user, when=when)

    def choose(self, number: int) -> None:
        """Tick one of the competing values (0 is the one in force)."""
        button = self.choices.button(number)
        if button is not None:
            button.setChecked(True)

    def set_another_value(self, value: Any) -> None:
        if self._editor is not None:
            self._editor.set_value(value)
            self.another.setChecked(True)

    def keep_chosen(self) -> None:
        line = self.selected()
        if line is None:
            return
        if self.another.isChecked():
            value = self._editor.value() if self._editor is not None else None
        else:
            value = line.versions[max(self.choices.checkedId(), 0)].value
        store = self._runner.store
        self.keep_button.setEnabled(False)

        def work(session: Session, _progress: Progress) -> None:
            resolve_conflict(session, current_actor(store), line.kind, line.record_id, line.field, value)

        why = self.tr("Nothing to undo (history cleared by settling a conflict)")
        self._history.run_clearing(work, lambda _none: self._on_resolved(line), self._on_failed, why=lambda _none: why)

    def _on_resolved(self, line: ConflictLine) -> None:
        """Settled (the write's own change has made every page that shows it read again)."""
        self.keep_button.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        self.keep_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.error.setText(
                "\n".join(
                    labelled(field_label(problem.field), reason_text(problem.reason))
                    if problem.field
                    else reason_text(problem.reason)
                    for problem in error.problems
                )
            )
        else:
            self.error.setText(f"{type(error).__name__}: {error}")

    def _open_record(self) -> None:
        line = self.selected()
        if line is not None:
            self.record_requested.emit(line.kind, line.record_id)
