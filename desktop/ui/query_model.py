"""A table model over an SQL query, for lists of any length.

Filtering and sorting happen in SQL, in the background: the model first gets
only the ids of the matching records, in order, then reads the visible rows a
page at a time as the view asks for them (a page of 200 rows by primary key
takes a millisecond or two). No ORM objects, no proxy model: the figures in
docs/performance.md show why.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy import ColumnElement, Select, or_, select

from desktop.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
#: Pages kept in memory; older ones are read again if scrolled back to.
PAGES_KEPT = 64


@dataclass(frozen=True)
class ListColumn:
    title: str
    expression: ColumnElement[Any]
    #: Turns the stored value into the text shown.
    show: Callable[[Any], str] = lambda value: "" if value is None else str(value)
    align_right: bool = False


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: the id column, the columns, how to search them."""

    id_column: ColumnElement[str]
    columns: tuple[ListColumn, ...]
    searched: tuple[ColumnElement[Any], ...]
    #: The FROM clause and fixed conditions (live records, joins): select(...) -> select(...)
    base: Callable[[Select[Any]], Select[Any]]
    country_column: ColumnElement[Any] | None = None


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class QueryModel(QAbstractTableModel):
    """Rows of a ``ListQuery``; call ``refresh`` to (re)load them in the background."""

    loaded = Signal(int)  # how many rows match, after each refresh

    def __init__(self, runner: TaskRunner, query: ListQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._query = query
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, tuple[Any, ...]]] = OrderedDict()
        self._generation = 0
        self.search_text = ""
        self.country: str | None = None
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # --- loading ---------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        statement = self._id_statement()
        self._runner.read(
            lambda session, _progress: list(session.scalars(statement)),
            lambda ids: self._on_ids(generation, ids),
        )

    def set_search(self, text: str) -> None:
        self.search_text = text.strip()
        self.refresh()

    def set_country(self, country: str | None) -> None:
        self.country = country or None
        self.refresh()

    def _id_statement(self) -> Select[Any]:
        query = self._query
        statement = query.base(select(query.id_column))
        if self.country and query.country_column is not None:
            statement = statement.where(query.country_column == self.country)
        if self.search_text:
            pattern = f"%{escape_like(self.search_text)}%"
            statement = statement.where(or_(*(column.like(pattern, escape="\\") for column in query.searched)))
        order = query.columns[self.sort_column].expression
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return statement.order_by(order.desc() if descending else order.asc(), query.id_column)

    def _on_ids(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer search or sort has been asked for meanwhile
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()
        self.loaded.emit(len(ids))

    def _row_values(self, row: int) -> tuple[Any, ...] | None:
        page_number = row // PAGE
        page = self._pages.get(page_number)
        if page is None:
            page = self._read_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def _read_page(self, page_number: int) -> dict[str, tuple[Any, ...]]:
        ids = self._ids[page_number * PAGE : (page_number + 1) * PAGE]
        query = self._query
        statement = query.base(select(query.id_column, *(c.expression for c in query.columns))).where(
            query.id_column.in_(ids)
        )
        with self._runner.store.session() as session:
            page = {row[0]: tuple(row[1:]) for row in session.execute(statement)}
        self._pages[page_number] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)
        return page

    # --- what the view asks ------------------------------------------------------

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._query.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = self._query.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._row_values(index.row())
            return None if values is None else column.show(values[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._query.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column
        self.sort_order = order
        self.refresh()


# --- formatting helpers for columns ---------------------------------------------------


def show_date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def show_number(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def show_percent(value: Any) -> str:
    return "" if value is None else f"{value:.0f} %"



