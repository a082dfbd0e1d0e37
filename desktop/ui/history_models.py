"""The History page's table models: the change list, read a page at a time
from SQL like ``QueryModel``, and the old and new values of one change."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from sqlalchemy.orm import Session

from db.services.history import ChangeFilter, ChangeLine, change_lines, change_seqs
from db.services.kinds import spec_for
from db.services.partners import partners
from desktop.exchange.plain import plain_line
from desktop.ui.dates import moment_text
from desktop.ui.labels import kind_label
from desktop.ui.lists import code_label
from desktop.ui.plain_text import tip
from desktop.ui.query_model import PAGE, PAGES_KEPT
from desktop.ui.record_form import field_label
from desktop.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
#: Typing pauses shorter than this start no query of their own.
SEARCH_PAUSE_MS = 150
#: The earliest date of a date filter stands for "any date".
ANY_DATE = QDate(2000, 1, 1)
#: At most this many records of one delete are listed in its details.
GROUP_SHOWN = 1000


def local_time(moment: dt.datetime) -> str:
    """The log keeps UTC; people think in their own clock."""
    return moment_text(moment.replace(tzinfo=dt.UTC).astimezone())


def utc_start_of(day: dt.date) -> dt.datetime:
    """Local midnight at the start of ``day``, as the log's naive UTC."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC).replace(tzinfo=None)


def is_code(kind: str, name: str) -> bool:
    """Whether a field holds codes ("in_progress"), shown as the editors show them."""
    column = spec_for(kind).table.c.get(name)
    return column is not None and ("choices" in column.info or "list_of" in column.info)


def show_value(value: Any, labels: dict[str, str], yes_no: tuple[str, str], code: bool = False) -> str:
    """A stored value as text: references by their record's label, codes in words, lists joined."""
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, list):
        return ", ".join(show_value(item, labels, yes_no, code) for item in value)
    if isinstance(value, bool):
        return yes_no[0] if value else yes_no[1]
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,}"
    if code:
        return code_label(value)
    return labels.get(value, value) if isinstance(value, str) else str(value)


class _TextTable(QAbstractTableModel):
    """Read-only text under column headings; subclasses give the row count and each cell."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)

    def row_count(self) -> int:
        raise NotImplementedError

    def text(self, row: int, column: int, role: int) -> str | None:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if shown and index.isValid() and index.row() < self.row_count() and index.column() < len(self.headers):
            text = self.text(index.row(), index.column(), role)
            return tip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None


class HistoryModel(_TextTable):
    """Changes matching a ``ChangeFilter``; call ``refresh`` to (re)load them in the background."""

    loaded = Signal(int)  # how many changes match, after each refresh

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.headers = [self.tr("When"), self.tr("Who"), self.tr("Device"), self.tr("Action"),
                        self.tr("Kind"), self.tr("Record"), self.tr("Fields changed")]  # fmt: skip
        self.actions = {"create": self.tr("Created"), "update": self.tr("Changed"),
                        "delete": self.tr("Deleted"), "restore": self.tr("Restored")}  # fmt: skip
        self._runner = runner
        self._seqs: list[int] = []
        self._pages: OrderedDict[int, dict[int, ChangeLine]] = OrderedDict()
        self._generation = 0
        self.where = ChangeFilter()
        self._here = runner.store.device_id()
        #: Partners' names by device (who sent the files the changes came in), read with the rows.
        self._names: dict[str, str] = {}

    def set_filter(self, where: ChangeFilter) -> None:
        self.where = where
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, where = self._generation, self.where

        def work(session: Session, _progress: object) -> tuple[list[int], dict[str, str]]:
            return change_seqs(session, where), {info.device: info.name for info in partners(session)}

        self._runner.read(work, lambda found: self._on_seqs(generation, *found))

    def device_label(self, device: str) -> str:
        """A device as people know it: this computer, a partner's name, else the start of its id."""
        if device == self._here:
            return self.tr("This computer")
        return plain_line(self._names[device]) if device in self._names else device[:8]

    def _on_seqs(self, generation: int, seqs: list[int], names: dict[str, str]) -> None:
        if generation != self._generation:
            return  # a newer filter has been asked for meanwhile
        self.beginResetModel()
        self._seqs = seqs
        self._names = names
        self._pages.clear()
        self.endResetModel()
        self.loaded.emit(len(seqs))

    def line_at(self, row: int) -> ChangeLine | None:
        if not 0 <= row < len(self._seqs):
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            with self._runner.store.session() as session:  # one page by primary key: a few ms
                page = change_lines(session, self._seqs[number * PAGE : (number + 1) * PAGE])
            self._pages[number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._seqs[row])

    def row_count(self) -> int:
        return len(self._seqs)

    def text(self, row: int, column: int, role: int) -> str | None:
        line = self.line_at(row)
        if line is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {2: line.device, 5: line.label}.get(column)
        if column == 0:
            return local_time(line.changed_at)
        if column == 6:
            return ", ".join(field_label(name) for name in line.fields) if line.action == "update" else ""
        action = self.actions.get(line.action, line.action)
        return (line.user, self.device_label(line.device), action, kind_label(line.kind), line.label)[column - 1]


class DetailModel(_TextTable):
    """Rows of text under changing headings: field/old/new, field/value, kind/record."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._rows: list[tuple[str, ...]] = []

    def show(self, headers: Sequence[str], rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.headers, self._rows = list(headers), list(rows)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def text(self, row: int, column: int, role: int) -> str | None:
        text = self._rows[row][column]
        if role == Qt.ItemDataRole.ToolTipRole or ("\n" not in text and len(text) <= 200):
            return text
        return " ⏎ ".join(text.splitlines())[:200]  # one line per cell; the whole text in the tooltip
