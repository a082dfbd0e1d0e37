"""The records a record owns, edited in place: a committee's members and
meetings, a meeting's decisions, a work plan's results, a result's activities
and indicators, an indicator's periods, a training's participants, a policy's
status history.

Each owned kind gets a small table with Add, Edit and Delete; editing opens
the same record editor in a dialog (``child_dialog``), which shows the owned
records of *that* record in turn (so meetings lead to decisions, results to
indicators). A record owned by one already in a dialog opens in that same
dialog, in its owner's place, with a breadcrumb and Back: never a dialog on a
dialog. An indicator's periods are a grid instead (``period_grid``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.services.children import owned_records
from desktop.ui.child_dialog import ChildDialog
from desktop.ui.lists import code_label
from desktop.ui.operations import Reloader, of_kinds
from desktop.ui.period_grid import PeriodGrid
from desktop.ui.query_model import show_date, show_number, show_year
from desktop.ui.record_form import field_label
from desktop.ui.tasks import TaskRunner
from desktop.ui.undo import UndoHistory

Index = QModelIndex | QPersistentModelIndex

#: The columns shown for each owned kind (a reference shows its target's label).
COLUMNS: dict[str, tuple[str, ...]] = {
    "membership": ("institution_id", "role", "representative_id", "start_on", "end_on"),
    "meeting": ("held_on", "place", "agenda"),
    "attendance": ("institution_id",),
    "decision": ("text", "responsible_institution_id", "due_on", "status"),
    "policy_status_change": ("changed_on", "status", "note"),
    "result": ("code", "kind", "statement"),
    "activity": ("code", "title", "status", "progress"),
    "indicator": ("statement", "measure", "baseline_value", "baseline_year"),
    "indicator_period": ("period_start", "period_end", "sex", "target", "actual"),
    "capacity_participation": ("institution_id", "female", "male", "other"),
    "participant": ("name", "sex", "institution_id"),
}
TITLES = {
    "membership": QT_TRANSLATE_NOOP("ChildrenPanel", "Members"),
    "meeting": QT_TRANSLATE_NOOP("ChildrenPanel", "Meetings"),
    "attendance": QT_TRANSLATE_NOOP("ChildrenPanel", "Institutions present"),
    "decision": QT_TRANSLATE_NOOP("ChildrenPanel", "Decisions and action points"),
    "policy_status_change": QT_TRANSLATE_NOOP("ChildrenPanel", "Status history"),
    "result": QT_TRANSLATE_NOOP("ChildrenPanel", "Results"),
    "activity": QT_TRANSLATE_NOOP("ChildrenPanel", "Activities"),
    "indicator": QT_TRANSLATE_NOOP("ChildrenPanel", "Indicators"),
    "indicator_period": QT_TRANSLATE_NOOP("ChildrenPanel", "Targets and actuals by period"),
    "capacity_participation": QT_TRANSLATE_NOOP("ChildrenPanel", "Participants by institution"),
    "participant": QT_TRANSLATE_NOOP("ChildrenPanel", "Participant list"),
}
CODE_FIELDS = {"role", "status", "kind", "measure", "sex"}


def show_value(name: str, row: dict[str, Any]) -> str:
    if f"{name}:label" in row:
        return str(row[f"{name}:label"])
    value = row.get(name)
    if name in CODE_FIELDS:
        return code_label(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return show_year(value) if name.endswith("_year") else show_number(value)
    text = show_date(value)
    return text if len(text) <= 90 else text[:87] + "…"


class ChildrenModel(QAbstractTableModel):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = COLUMNS.get(kind, ("_label",))
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return show_value(self.columns[index.column()], self.rows[index.row()])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return field_label(self.columns[section])
        return None


def make_panel(
    runner: TaskRunner,
    kind: str,
    owner_field: str,
    history: UndoHistory,
    make_editor: Callable[..., Any],
) -> ChildrenPanel | PeriodGrid:
    """The panel for one owned kind: an indicator's periods are a grid of
    targets and actuals, everything else a list edited in dialogs."""
    if kind == "indicator_period":
        return PeriodGrid(runner, owner_field, history)
    return ChildrenPanel(runner, kind, owner_field, make_editor)


class ChildrenPanel(QWidget):
    """One owned kind of a record. ``changed`` fires after a child is saved or deleted here;
    a write anywhere else (an undo, a restore) that changes records of the kind is read again."""

    changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        kind: str,
        owner_field: str,
        make_editor: Callable[..., Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.kind = kind
        self.owner_field = owner_field
        self._make_editor = make_editor
        self.owner_id: str | None = None
        self.country: str | None = None
        self.dialog: ChildDialog | None = None
        self.model = ChildrenModel(kind, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr(str(TITLES.get(kind, kind))))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next field; arrows move in the list
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(f"<b>{self.tr(str(TITLES.get(kind, kind)))}</b>"))
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.note = QLabel()  # what the rows add up to, when the owner's editor has something to say
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        layout.addWidget(self.note)
        self.add_button.clicked.connect(self.on_add)
        self.edit_button.clicked.connect(self.on_edit)
        self.table.activated.connect(lambda _index: self.on_edit())
        self.reloader = Reloader(self, runner, of_kinds({kind}), self._read_again)

    def _read_again(self) -> None:
        if self.owner_id is not None:
            self.show_owner(self.owner_id, self.country)

    def show_owner(self, owner_id: str | None, country: str | None = None) -> None:
        self.owner_id = owner_id
        self.country = country
        self.add_button.setEnabled(owner_id is not None)
        self.edit_button.setEnabled(owner_id is not None)
        if owner_id is None:
            self.model.set_rows([])
            return
        kind, field = self.kind, self.owner_field
        self._runner.read(
            lambda session, _p: owned_records(session, kind, field, owner_id),
            lambda rows: self._on_rows(owner_id, rows),
        )

    def _on_rows(self, owner_id: str, rows: list[dict[str, Any]]) -> None:
        if owner_id == self.owner_id:
            self.model.set_rows(rows)

    def on_add(self) -> None:
        if self.owner_id is not None:
            self._open_dialog(None)

    def on_edit(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            self._open_dialog(self.model.rows[row]["id"])

    def _open_dialog(self, record_id: str | None) -> None:
        """The child's editor: in the dialog this panel is shown in, if any, in its owner's place;
        else in a dialog of its own over the main window."""
        editor = self._make_editor(self.kind)
        title = self.tr(str(TITLES.get(self.kind, self.kind)))
        host = self.window()
        if isinstance(host, ChildDialog):
            dialog = host
            dialog.push(editor, title)
        else:
            dialog = ChildDialog(editor, title, self)
        editor.saved.connect(lambda *_: self._on_child_changed())

        def on_removed(*_: object) -> None:
            self._on_child_changed()
            dialog.leave(editor)

        editor.removed.connect(on_removed)
        if record_id is None:
            editor.new_record(self.country, {self.owner_field: self.owner_id})
        else:
            editor.open_record(record_id)
        self.dialog = dialog
        if dialog is not host:
            dialog.open()

    def _on_child_changed(self) -> None:
        self.reloader.reload_if_stale()  # shown, it has read the change already
        self.changed.emit()
