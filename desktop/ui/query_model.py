"""A table model over an SQL query, for lists of any length.

Sorting happens in SQL, in the background: the model gets only the ids of the
records, in order, and reads the visible rows a page at a time as the view
asks for them (a page of 200 rows by primary key takes a millisecond or two).
No ORM objects, no proxy model: the figures in docs/performance.md show why.

Searching happens in the model. When the list is first shown (or searched),
the read of the ids also brings each record's searched columns, which are kept
folded (``search.fold``) until the next refresh; every key typed then filters the ids in
their current order in memory (15-25 ms for 100,000 rows, a few ms once the
text narrows them), where SQL cannot keep up at that size (a ``LIKE`` scan of
100,000 rows and the sort of what it finds take over 100 ms). Case-folding in
Python also makes the search ignore case in any script ("перу" finds "Перу",
"PERÚ" finds "Perú"), which SQLite's ``LIKE`` does only for ASCII. The price
is memory: about 20 MB for the 100,000 activities.

The ids come back from SQLite as one value (``sqlite.ids_in_order``): SQLite builds
it without holding Python's global lock, where fetching 100,000 rows one by
one would fight the GUI thread for it and take up to three times as long.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy import ColumnElement, Select, String, Table, cast, func, select
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.util import find_tables

from db.services.sqlite import ids_in_order, streamed_rows, whole_list_order
from desktop.ui.dates import date_text
from desktop.ui.search import Needle, fold
from desktop.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
#: Pages kept in memory; older ones are read again if scrolled back to.
PAGES_KEPT = 64
#: Rows whose values are kept (the pages above, whatever order the list is in now).
ROWS_KEPT = PAGE * PAGES_KEPT
#: Between the searched columns of a row, so that no search matches across two of them.
FIELD_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class ListColumn:
    title: str
    expression: ColumnElement[Any] | QueryableAttribute[Any]  # an expression, or a mapped attribute
    #: Turns the stored value into the text shown.
    show: Callable[[Any], str] = lambda value: "" if value is None else str(value)
    align_right: bool = False


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: the id column, the columns, how to search them."""

    id_column: ColumnElement[str] | QueryableAttribute[str]
    columns: tuple[ListColumn, ...]
    searched: tuple[ColumnElement[Any] | QueryableAttribute[Any], ...]
    #: The FROM clause and fixed conditions (live records, joins): select(...) -> select(...)
    base: Callable[[Select[Any]], Select[Any]]
    country_column: ColumnElement[Any] | QueryableAttribute[Any] | None = None
    #: ``base`` without its joins, for sorting or searching by columns of the id column's own
    #: table only (joins that never drop a row, e.g. to a required parent, cost a third of a sort).
    base_alone: Callable[[Select[Any]], Select[Any]] | None = None


def shown_kinds(query: ListQuery) -> frozenset[str]:
    """The kinds of record a list shows something of: its own, and those its columns come from
    (an activity's work plan); a write to any of them makes the list stale."""
    expressions = (query.id_column, *(column.expression for column in query.columns))
    return frozenset(str(table.name) for expression in expressions for table in _tables(expression))


def _element(expression: Any) -> Any:
    """The SQL expression behind a mapped attribute (or the expression itself)."""
    return expression.__clause_element__() if hasattr(expression, "__clause_element__") else expression


def _tables(expression: Any) -> set[Any]:
    return set(find_tables(_element(expression), check_columns=True))


@dataclass
class _Loaded:
    """What a background read brings back."""

    ids: list[str]
    #: Search text per id, when this read loaded them (the same strings as in ``aligned``).
    texts: dict[str, str] | None
    #: Search texts in the order of ``ids``, when texts were known.
    aligned: list[str] | None


class QueryModel(QAbstractTableModel):
    """Rows of a ``ListQuery``; call ``refresh`` to (re)load them in the background.

    ``loaded`` is emitted, with the number of rows shown, each time the rows
    change: after a refresh, a sort, a country or a search.
    """

    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, query: ListQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._query = query
        self._table: Table = next(iter(_tables(query.id_column)))
        #: Every id of the list (country applied, search not), in the current order.
        self._all: list[str] = []
        #: Their search texts, in the same order; made when first needed after each load.
        self._all_texts: list[str] | None = None
        #: The rows shown: ``_all``, or those of them the search finds.
        self._ids: list[str] = []
        self._shown_texts: list[str] | None = None
        self._shown_needle: Needle | None = None
        self._values: OrderedDict[str, tuple[Any, ...] | None] = OrderedDict()
        #: Search text per id, for the data as of the last refresh; None until read.
        self._texts: dict[str, str] | None = None
        self._texts_wanted = False
        self._texts_loading: int | None = None  # data version a read of the texts is under way for
        self._waiting = False  # a search waits for the texts
        self._sorted_as: tuple[int, Qt.SortOrder, int] | None = None  # order and data of the last read
        self._generation = 0  # of the id reads: only the newest is shown
        self._data_version = 0  # bumped by refresh: the data (or the country) may have changed
        self.search_text = ""
        self._search_finished = False
        self.country: str | None = None
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    # --- loading ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again: the records may have changed."""
        self._data_version += 1
        self._texts = None
        self._values.clear()
        self._load()

    def set_search(self, text: str) -> None:
        self.search_text = text.strip()
        self._search_finished = text[-1:].isspace()  # a space typed after a number: it is whole
        if self._needle():
            self._texts_wanted = True
        self._show_search()

    def set_country(self, country: str | None) -> None:
        self.country = country or None
        self.refresh()

    def prepare_search(self) -> None:
        """Read the search texts now if they are not there yet (the list is being shown)."""
        self._texts_wanted = True
        if self._texts is None and self._generation and self._texts_loading != self._data_version:
            self._load()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order, self._data_version) == self._sorted_as:
            return  # already read in that order (QTableView.sortByColumn asks twice)
        self.sort_column = column
        self.sort_order = order
        if self._generation:  # before the first refresh there is nothing to sort yet
            self._load()

    def _needle(self) -> Needle:
        return Needle(self.search_text.replace(FIELD_SEPARATOR, " ") + " " * self._search_finished)

    def _load(self) -> None:
        """Read the ids in the current order, with the search texts if they are wanted and missing.

        Every read reflects everything asked for so far (country, order), so only the newest
        one's ids are shown; texts are kept from any read since the last refresh.
        """
        self._generation += 1
        generation, version = self._generation, self._data_version
        self._sorted_as = (self.sort_column, self.sort_order, version)
        with_texts = self._texts is None and self._texts_wanted and self._texts_loading != version
        if with_texts:
            self._texts_loading = version
        statement = self._id_statement()
        texts_statement = self._texts_statement() if with_texts else None
        searching, known = bool(self._needle()), self._texts

        def work(session: Session, _progress: object) -> _Loaded:
            ids = _split(session.scalar(statement))
            if texts_statement is not None:  # same session, so the same snapshot as the ids
                texts = _read_texts(session, texts_statement, ids)
                return _Loaded(ids, texts, [texts.get(i, "") for i in ids])
            # while a search is shown, line the texts up with the new order here, off the GUI thread
            return _Loaded(ids, None, [known.get(i, "") for i in ids] if known is not None and searching else None)

        self._runner.read(
            work,
            lambda loaded: self._on_loaded(generation, version, loaded),
            lambda error: self._on_failed(version, error),
        )

    def _on_failed(self, version: int, error: BaseException) -> None:
        if self._texts_loading == version:
            self._texts_loading = None
        self._runner.failed.emit("", error)

    def _on_loaded(self, generation: int, version: int, loaded: _Loaded) -> None:
        if version != self._data_version:
            return  # read before a refresh: the records may have changed since
        if loaded.texts is not None:
            self._texts = loaded.texts
            self._texts_loading = None
        if generation == self._generation:
            self._all, self._all_texts, self._shown_needle = loaded.ids, loaded.aligned, None
        elif not (loaded.texts is not None and self._needle() and self._waiting):
            return  # a newer sort has been asked for meanwhile, and no search waits for these texts
        self._show_search()

    def _show_search(self) -> None:
        """Show the rows of ``_all`` the search text finds, in their order; then emit ``loaded``."""
        needle = self._needle()
        self._waiting = False
        if not needle:
            ids, texts = self._all, None
        elif self._texts is None:
            self._waiting = True  # shown once the texts are here
            if self._generation and self._texts_loading != self._data_version:
                self._load()
            return
        else:
            if self._all_texts is None:
                known = self._texts
                self._all_texts = [known.get(i, "") for i in self._all]
            ids, texts = self._all, self._all_texts
            if needle.same(self._shown_needle) and self._shown_texts is not None:
                self._shown_needle = needle  # another zero before a number: the same rows
                self.loaded.emit(len(self._ids))
                return
            if needle.narrows(self._shown_needle) and self._shown_texts is not None:
                ids, texts = self._ids, self._shown_texts  # a longer text finds only some of the rows shown
            ids, texts = needle.found(ids, texts)
        self.beginResetModel()
        self._ids, self._shown_texts, self._shown_needle = ids, texts, needle
        self.endResetModel()
        self.loaded.emit(len(ids))

    # --- the SQL ------------------------------------------------------------------------

    def _base(self, *expressions: Any) -> Callable[[Select[Any]], Select[Any]]:
        """The FROM clause: without joins when these expressions need only the id column's table."""
        query = self._query
        if query.base_alone is not None and all(_tables(e) <= {self._table} for e in expressions):
            return query.base_alone
        return query.base

    def _filtered(self, statement: Select[Any]) -> Select[Any]:
        if self.country and self._query.country_column is not None:
            statement = statement.where(self._query.country_column == self.country)
        return statement

    def _id_statement(self) -> Select[Any]:
        """All ids in order, as one comma-separated text (record ids are UUIDs: no commas)."""
        query = self._query
        order = query.columns[self.sort_column].expression
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        rows = (
            self._filtered(self._base(order)(select(query.id_column.label("id"))))
            .order_by(*whole_list_order(self._table, _element(order), descending=descending))
            .subquery()
        )
        return select(ids_in_order(rows.c.id))

    def _texts_statement(self) -> Select[Any]:
        """(id, the searched columns joined by FIELD_SEPARATOR and lowered) of every record listed."""
        query = self._query
        text: Any = None
        for column in query.searched:
            value = func.coalesce(cast(column, String), "")
            text = value if text is None else text.concat(FIELD_SEPARATOR).concat(value)
        # lowered by SQLite, so that most texts (ASCII) need no copy of their own to be folded
        return self._filtered(self._base(*query.searched)(select(query.id_column, func.lower(text))))

    def _read_rows(self, row: int) -> None:
        """Read the values of the page of rows around ``row`` not read yet."""
        start = row // PAGE * PAGE
        ids = [i for i in self._ids[start : start + PAGE] if i not in self._values]
        query = self._query
        statement = query.base(select(query.id_column, *(c.expression for c in query.columns))).where(
            query.id_column.in_(ids)
        )
        with self._runner.store.session() as session:
            found = {values[0]: tuple(values[1:]) for values in session.execute(statement)}
        for record_id in ids:
            self._values[record_id] = found.get(record_id)  # None: gone since the list was read
        while len(self._values) > ROWS_KEPT:
            self._values.popitem(last=False)

    def _row_values(self, row: int) -> tuple[Any, ...] | None:
        record_id = self._ids[row]
        if record_id not in self._values:
            self._read_rows(row)
        else:
            self._values.move_to_end(record_id)
        return self._values.get(record_id)

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


def _split(ids: str | None) -> list[str]:
    return ids.split(",") if ids else []


def _read_texts(session: Session, statement: Select[Any], ids: list[str]) -> dict[str, str]:
    """{id: folded search text}, keyed by the very strings of ``ids`` (no second copy of 100,000 ids).

    Rows are streamed from the driver's cursor: the texts of 100,000 records as one JSON value
    cost 30 MB more at the peak, and SQLAlchemy's rows half as much time again.
    """
    same = {record_id: record_id for record_id in ids}
    texts: dict[str, str] = {}
    for record_id, text in streamed_rows(session, statement):
        # SQLite's lower() folded the ASCII letters only
        texts[same.get(record_id, record_id)] = text if text.isascii() else fold(text)
    return texts


# --- formatting helpers for columns ---------------------------------------------------


def show_date(value: Any) -> str:
    """A date the one way every date is shown (``dates.date_text``: the language's short form)."""
    if isinstance(value, dt.date):
        return date_text(value)
    return "" if value is None else str(value)


def show_number(value: Any) -> str:
    """A number in the interface language: thousands separated, decimals as typed ("55,5" in
    French, not "55.50"), none added to a whole number."""
    if value is None:
        return ""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def show_year(value: Any) -> str:
    """A year is a year: 2024, never "2,024"."""
    return "" if value is None else str(int(value))


def show_percent(value: Any) -> str:
    return "" if value is None else f"{QLocale().toString(round(float(value)))} %"
