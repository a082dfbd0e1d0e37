"""The Trash page: what was deleted, and bringing it back.

A delete takes a record and everything it owns to the trash as one entry; this
page lists the entries (newest first) and restores one, in the background. A
write anywhere that changes the trash (a delete, an undo, a restore, an
import) makes it read again: at once if shown, else when next shown.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.services import TrashEntry, restore, trash_entries
from db.services.kinds import spec_for
from db.services.rows import fetch_rows
from desktop.session import current_actor
from desktop.ui.countries import country_name
from desktop.ui.dates import moment_text
from desktop.ui.labels import kind_label, labelled
from desktop.ui.operations import Reloader
from desktop.ui.plain_text import tip
from desktop.ui.problems import error_text
from desktop.ui.tasks import Progress, TaskRunner

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TrashRow:
    """A trash entry plus the country of its record, which the entry itself lacks."""

    entry: TrashEntry
    country: str | None


def load_trash(session: Session, _progress: Progress | None = None) -> list[TrashRow]:
    """Entries with their record's country, read by kind to keep the queries few."""
    entries = trash_entries(session)
    countries: dict[str, str | None] = {}
    for kind in {e.kind for e in entries}:
        ids = [e.record_id for e in entries if e.kind == kind]
        countries.update({rid: row["country"] for rid, row in fetch_rows(session, spec_for(kind), ids).items()})
    return [TrashRow(e, countries.get(e.record_id)) for e in entries]


def local_time(moment: dt.datetime) -> dt.datetime:
    """The change log keeps naive UTC; people read their own clock."""
    return moment.replace(tzinfo=dt.UTC).astimezone()


class TrashModel(QAbstractTableModel):
    """One row per delete: what, how much came with it, when and by whom."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TrashEntry] = []

    def set_entries(self, entries: list[TrashEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> TrashEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, trash_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.trash_id == trash_id), -1)

    def remove(self, trash_id: str) -> None:
        row = self.row_of(trash_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                moment = local_time(entry.deleted_at)
                return f"{moment_text(moment)}:{moment:%S %Z}"
            return tip(self._text(entry, column))
        return None

    def _text(self, entry: TrashEntry, column: int) -> str:
        if column == 0:
            return labelled(kind_label(entry.kind), entry.label)
        if column == 1:
            if entry.kept:  # the record itself is live again: only what it owned is here
                return self.tr("kept by a partner's edit; %n record it owned", "", entry.records)
            more = entry.records - 1
            return self.tr("with %n more", "", more) if more else self.tr("on its own")
        if column == 2:
            return self.when(entry.deleted_at)
        return entry.deleted_by

    def when(self, moment: dt.datetime) -> str:
        """'today at 09:21', 'yesterday at 17:02', else the locale's short date and time."""
        local = local_time(moment)
        locale = QLocale()
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        days = (dt.datetime.now().astimezone().date() - local.date()).days
        if days == 0:
            return self.tr("today at {time}").format(time=time)
        if days == 1:
            return self.tr("yesterday at {time}").format(time=time)
        date = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
        return f"{date} {time}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("What was deleted"), self.tr("Taken with it"), self.tr("Deleted"), self.tr("Deleted by"))
        return titles[section]


class TrashPage(QWidget):
    """Lists the trash for the chosen country; Restore (Enter, Alt+R) brings an entry back."""

    loaded = Signal(int)  # entries shown

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._rows: list[TrashRow] = []
        self._country: str | None = None
        self._loads = self._loaded = 0  # loads asked for, and the one shown: only the newest counts
        self._restoring = False

        self.model = TrashModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Trash entries"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)

        self.empty = QLabel(self.tr("Looking in the trash…"))
        self.empty.setAccessibleName(self.tr("Trash"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Restore result"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # record labels are the users' text, never markup
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore"))
        tip = self.tr("Bring the selected entry back, with everything deleted with it (Enter on a row, or Alt+R)")
        self.restore_button.setToolTip(tip)
        self.restore_button.setAccessibleDescription(tip)

        intro = QLabel(self.tr("Deleted records wait here with everything they owned. Restore brings them back."))
        intro.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Trash</h2>")))
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.table, self.restore_button)

        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self._update_button()
        self.reloader = Reloader(self, runner, lambda changes: changes.trash, self.refresh)

    # --- loading -------------------------------------------------------------

    def refresh(self) -> None:
        """Read the trash again in the background."""
        self._loads += 1
        load = self._loads
        self._runner.read(load_trash, lambda rows: self._on_loaded(load, rows))

    def _on_loaded(self, load: int, rows: list[TrashRow]) -> None:
        if load == self._loads:
            self._rows, self._loaded = rows, load
            self._show()

    def set_country(self, country: str | None) -> None:
        """Show only entries whose record belongs to ``country`` (None: all)."""
        self._country = country or None
        self._show()

    def _show(self) -> None:
        selected = self.selected_entry()
        shown = [r.entry for r in self._rows if self._country is None or r.country == self._country]
        self.model.set_entries(shown)
        row = self.model.row_of(selected.trash_id) if selected else -1
        if shown:  # keep the selection; else the newest, so Enter undoes the last delete
            self.table.selectRow(max(row, 0))
        self._update_empty()
        self._update_button()
        self.loaded.emit(len(shown))

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            return
        if not self._rows:
            text = self.tr(
                "<h3>The trash is empty</h3><p>Records you delete come here, with everything they own, "
                "and can be restored from here.</p>"
            )
        else:
            hidden = len(self._rows)
            text = self.tr(
                "<h3>Nothing from {country} is in the trash</h3>"
                "<p>Entries of other countries and shared records: %n. Choose All countries to see them.</p>",
                "",
                hidden,
            ).format(country=country_name(self._country or ""))
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    # --- restoring -----------------------------------------------------------

    def selected_entry(self) -> TrashEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def _update_button(self) -> None:
        self.restore_button.setVisible(self.model.rowCount() > 0)
        self.restore_button.setEnabled(self.selected_entry() is not None and not self._restoring)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter on a row restores it (a double click does not: too easy by accident)."""
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in plain
        ):
            self.restore_selected()
            return True
        return super().eventFilter(watched, event)

    def restore_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self._restoring:
            return
        store = self._runner.store

        def work(session: Session, _progress: Progress) -> int:
            return restore(session, current_actor(store), entry.trash_id)

        self._restoring = True
        self._update_button()
        self.status.setText(self.tr("Restoring {what}…").format(what=self._what(entry)))
        self._runner.write(
            work,
            lambda count: self._on_restored(entry, count),
            lambda error: self._on_refused(entry, error),
            label=self.tr("Restoring from the trash"),
            parent_widget=self,
        )

    def _what(self, entry: TrashEntry) -> str:
        return f"{kind_label(entry.kind)} “{entry.label}”"

    def _on_restored(self, entry: TrashEntry, count: int) -> None:
        self._restoring = False
        self._rows = [r for r in self._rows if r.entry.trash_id != entry.trash_id]
        self.model.remove(entry.trash_id)
        self.table.clearSelection()  # a second Enter must not restore the next entry unasked
        more = count - 1
        what = self._what(entry)
        self.status.setText(
            self.tr("Restored {what} and %n more that went to the trash with it.", "", more).format(what=what)
            if more
            else self.tr("Restored {what}").format(what=what)
        )
        self._update_empty()
        self._update_button()
        self.reloader.reload_if_stale()  # shown, the restore's own change made it read again already

    def _on_refused(self, entry: TrashEntry, error: BaseException) -> None:
        self._restoring = False
        self.status.clear()
        self._update_button()
        if isinstance(error, ValidationError):
            text = self.tr("<p>The {what} stays in the trash.</p><p>{reason}</p>")
            what, reason = html.escape(self._what(entry)), html.escape(error_text(error))
            QMessageBox.warning(self, self.tr("Cannot restore"), text.format(what=what, reason=reason))
        else:  # a locked file, a bug, ...: the window reports it like any other failed work
            self._runner.failed.emit(self.tr("Restoring from the trash"), error)
