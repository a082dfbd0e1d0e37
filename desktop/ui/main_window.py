"""The main window: which database is open and what it holds, by country."""

from __future__ import annotations

from typing import Any

import pycountry
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.services.kinds import kind_names
from db.services.summary import Counts, record_counts
from db.store import Store
from desktop import APP_NAME

ALL_COUNTRIES = ""
Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return kind.replace("_", " ").capitalize()


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return f"{country.name} ({code})" if country else code


class CountsModel(QAbstractTableModel):
    """One row per kind of record: how many there are in the chosen country."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: Counts = {}
        self._country = ALL_COUNTRIES
        self._rows: list[tuple[str, int, int]] = []

    def set_counts(self, counts: Counts) -> None:
        self.beginResetModel()
        self._counts = counts
        self._rebuild()
        self.endResetModel()

    def set_country(self, country: str) -> None:
        self.beginResetModel()
        self._country = country
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        rows = []
        for kind in kind_names():
            by_country = self._counts.get(kind, {})
            shared = by_country.get(None, 0)
            own = sum(n for c, n in by_country.items() if c) if not self._country else by_country.get(self._country, 0)
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
            return (kind_label(kind), f"{own:,}", f"{shared:,}")[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Kind of record"), self.tr("In this country"), self.tr("Shared (global)"))[section]


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self.setWindowTitle(f"{APP_NAME} — {store.path.name}")
        self.setMinimumSize(720, 480)

        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country"))
        self.country_label = QLabel(self.tr("&Country:"))
        self.country_label.setBuddy(self.country_box)
        self.model = CountsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records by kind"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)

        heading = QLabel(self.tr("<h2>What this database holds</h2>"))
        top = QHBoxLayout()
        top.addWidget(self.country_label)
        top.addWidget(self.country_box, 1)
        layout = QVBoxLayout()
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=store.path))

        self._make_menus()
        self.country_box.currentIndexChanged.connect(self.on_country_changed)
        self.refresh()
        self._restore_geometry()

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh) or [QKeySequence("F5")]
        )
        self.refresh_action.triggered.connect(self.refresh)
        file_menu.addAction(self.refresh_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Mainstream"), self)
        about.triggered.connect(self.on_about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        with self._store.session() as session:
            counts = record_counts(session)
        countries = sorted({c for by_country in counts.values() for c in by_country if c})
        current = self.country_box.currentData() or ALL_COUNTRIES
        self.country_box.blockSignals(True)
        self.country_box.clear()
        self.country_box.addItem(self.tr("All countries"), ALL_COUNTRIES)
        for code in countries:
            self.country_box.addItem(country_name(code), code)
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(current)))
        self.country_box.blockSignals(False)
        self.model.set_counts(counts)
        self.model.set_country(self.country_box.currentData() or ALL_COUNTRIES)

    def on_country_changed(self, _index: int) -> None:
        self.model.set_country(self.country_box.currentData() or ALL_COUNTRIES)

    def on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Mainstream"),
            self.tr(
                "<p><b>Mainstream</b> keeps the records of the IOM–UNDP joint programme <i>Mainstreaming "
                "Migration into National Development Strategies</i>, offline.</p><p>Database: {path}</p>"
            ).format(path=self._store.path),
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 600)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
