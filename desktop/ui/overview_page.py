"""The Overview page: what the database holds, by kind, for the chosen country."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from db.services.kinds import kind_names
from db.services.summary import Counts, record_counts
from desktop.ui.charts import fmt_int
from desktop.ui.labels import kind_label
from desktop.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


class CountsModel(QAbstractTableModel):
    """One row per kind of record: how many there are in the chosen country."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: Counts = {}
        self._country: str | None = None
        self._rows: list[tuple[str, int, int]] = []

    def set_counts(self, counts: Counts) -> None:
        self.beginResetModel()
        self._counts = counts
        self._rebuild()
        self.endResetModel()

    def set_country(self, country: str | None) -> None:
        self.beginResetModel()
        self._country = country
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        rows = []
        for kind in kind_names():
            by_country = self._counts.get(kind, {})
            shared = by_country.get(None, 0)
            own = by_country.get(self._country, 0) if self._country else sum(n for c, n in by_country.items() if c)
            rows.append((kind, own, shared))
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, own, shared = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (kind_label(kind), fmt_int(own), fmt_int(shared))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Kind of record"), self.tr("In this country"), self.tr("Shared (global)"))[section]


class OverviewPage(QWidget):
    counts_loaded = Signal(object)  # Counts

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.model = CountsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records by kind"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>What this database holds</h2>")))
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self._runner.read(lambda session, _progress: record_counts(session), self.on_counts)

    def on_counts(self, counts: Counts) -> None:
        self.model.set_counts(counts)
        self.counts_loaded.emit(counts)

    def set_country(self, country: str | None) -> None:
        self.model.set_country(country)
