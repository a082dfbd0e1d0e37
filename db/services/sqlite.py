"""Everything of the write path that only SQLite understands, in one place.

The services say what to write (``db.services.writer``); this module writes it
on SQLite: rows through the driver's own ``executemany`` (SQLAlchemy's per-row
parameter processing costs several times SQLite's own work, see
docs/performance.md), many rows a statement on a second thread for bulk loads,
and the few queries that need SQLite's own words (pragmas, ``json_each``).
Another engine is another module like this one, not a change to the services.
``TableWriter`` converts values exactly as SQLAlchemy stores them
(``db.services.formats``), so the ORM reads them back unchanged.
"""

from __future__ import annotations

import queue
import sqlite3
import sys
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Select,
    Table,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from db.services.formats import stored_boolean, stored_date, stored_json, stored_moment

Converter = Callable[[Any], Any]


#: Runs plain SQL (``?`` for each parameter) and gives the rows as stored.
Query = Callable[..., Any]


def driver_cursor(session: Session) -> Any:
    """A cursor of the driver's own connection, inside the session's transaction:
    rows come back as stored (text, numbers), without SQLAlchemy's processing."""
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


@contextmanager
def stored_rows(session: Session) -> Iterator[Query]:
    """The readers' way past SQLAlchemy where it costs most (an export reads every
    row of the log): plain SQL whose rows come back as stored, inside the session's
    transaction."""
    cursor = driver_cursor(session)
    try:
        yield cursor.execute
    finally:
        cursor.close()


def defer_references(session: Session) -> None:
    """References are checked when the transaction commits, not row by row: records
    of one kind may refer to each other in any order (a committee and its parent)."""
    session.execute(text("PRAGMA defer_foreign_keys=ON"))


def database_file(query: Query) -> str:
    """The file the connection's main database lives in."""
    (name,) = [row[2] for row in query("PRAGMA database_list") if row[1] == "main"]
    return str(name)


def list_holds(table: Table, column: str, wanted: Collection[str]) -> Select[tuple[Any, ...]]:
    """Live rows of ``table`` whose list of ids ``column`` holds any of ``wanted``:
    (id, country, the id held), one row per id held."""
    entry = func.json_each(table.c[column]).table_valued("value")
    return (
        select(table.c.id, table.c.country, entry.c.value)
        .select_from(table)
        .join(entry, entry.c.value.in_(wanted))
        .where(table.c.deleted_at.is_(None))
    )


def stored_ids(session: Session, table: Table, ids: Collection[str], *, live: bool = False) -> list[str]:
    """Those of ``ids`` stored in ``table`` (``live``: and not in the trash), found quickly: most often none."""
    with stored_rows(session) as read:
        if read(f'SELECT 1 FROM "{table.name}" LIMIT 1').fetchone() is None:
            return []
        condition = " AND deleted_at IS NULL" if live else ""
        found: list[str] = []
        items = sorted(set(ids))
        for start in range(0, len(items), ROWS_PER_STATEMENT):
            chunk = items[start : start + ROWS_PER_STATEMENT]
            query = f'SELECT id FROM "{table.name}" WHERE id IN ({", ".join("?" * len(chunk))}){condition}'
            found.extend(rid for (rid,) in read(query, chunk))
        return found


def whole_list_order(table: Table, column: ColumnElement[Any], *, descending: bool) -> list[ColumnElement[Any]]:
    """ORDER BY terms for a whole list by ``column``, ties broken the same way every time.

    "+column" (a no-op in SQLite) keeps SQLite from walking an index that starts with the
    column (e.g. the dashboard's on activity.status) and reading every row through it:
    scanning the table and sorting is twice as fast for the whole list. The rowid breaks
    ties, and is cheaper to sort by than the id text.
    """
    key = UnaryExpression(column, operator=custom_op("+"), type_=column.type)
    return [key.desc() if descending else key.asc(), row_key(table)]


def row_key(table: Table) -> ColumnElement[int]:
    """SQLite's own key of a row (its rowid): the order rows went in, and the cheapest
    way back to a row found in an index."""
    return literal_column(f"{table.name}.rowid")


def ids_in_order(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """The ids of a subquery, in its order, as one comma-separated text (UUIDs hold no commas).

    SQLite keeps the subquery's order in the aggregate (an aggregate's subquery is never
    flattened), and builds the text without holding Python's global lock.
    """
    return func.group_concat(column, ",")


def streamed_rows(session: Session, statement: Select[Any]) -> Iterator[tuple[Any, ...]]:
    """A statement's rows as stored, streamed from the driver's cursor without SQLAlchemy's rows."""
    compiled = statement.compile(dialect=session.get_bind().dialect)
    parameters = [compiled.params[name] for name in compiled.positiontup or ()]
    with stored_rows(session) as read:
        yield from read(str(compiled), parameters)


@lru_cache(maxsize=256)
def table_writer(table: Table, names: tuple[str, ...]) -> TableWriter:
    """The writer of ``names`` in ``table``, made once."""
    return TableWriter(table, names)


class TableWriter:
    """Inserts or updates rows given as value lists in the order of ``names``."""

    def __init__(self, table: Table, names: Sequence[str]) -> None:
        self.names = tuple(names)
        self.table = str(table.name)
        columns = ", ".join(f'"{name}"' for name in self.names)
        self._row_marks = f"({', '.join('?' for _ in self.names)})"
        self.sql = f'INSERT INTO "{table.name}" ({columns}) VALUES {self._row_marks}'
        if "id" in self.names:
            self._id_at = self.names.index("id")
            others = ", ".join(f'"{name}" = ?' for name in self.names if name != "id")
            self.update_sql = f'UPDATE "{table.name}" SET {others} WHERE id = ?'
        self._texts: list[tuple[int, Converter]] = []
        self._encodings: list[tuple[int, Converter]] = []
        for index, name in enumerate(self.names):
            kind = table.c[name].type
            if isinstance(kind, DateTime):
                self._texts.append((index, stored_moment))
            elif isinstance(kind, Date):
                self._texts.append((index, stored_date))
            elif isinstance(kind, JSON):
                self._encodings.append((index, stored_json))
            elif isinstance(kind, Boolean):
                self._encodings.append((index, stored_boolean))

    @property
    def conversions(self) -> list[tuple[int, Converter]]:
        """(column's position, conversion) of every column not stored as given, in the order ``row`` applies them."""
        return [*self._texts, *self._encodings]

    def dates_to_text(self, values: list[Any]) -> list[Any]:
        """First stage, in place: dates and times become text."""
        for index, convert in self._texts:
            values[index] = convert(values[index])
        return values

    def finish(self, values: list[Any]) -> tuple[Any, ...]:
        """Second stage: lists become JSON text, booleans 0/1."""
        for index, convert in self._encodings:
            values[index] = convert(values[index])
        return tuple(values)

    def row(self, values: list[Any]) -> tuple[Any, ...]:
        return self.finish(self.dates_to_text(values))

    def sql_for(self, rows: int) -> str:
        """The statement that inserts ``rows`` rows at once."""
        return self.sql + f", {self._row_marks}" * (rows - 1)

    def insert(self, session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert ``rows`` as ``row`` made them."""
        self._execute_many(session, self.sql, rows)

    def update(self, session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
        """Set every named column of the rows, as ``row`` made them, found by their id."""
        at = self._id_at
        self._execute_many(session, self.update_sql, [(*row[:at], *row[at + 1 :], row[at]) for row in rows])

    @staticmethod
    def _execute_many(session: Session, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        # The driver's own cursor, inside the session's transaction: SQLAlchemy
        # would only re-check the parameters these methods have just built.
        cursor = driver_cursor(session)
        try:
            cursor.executemany(sql, rows)
        finally:
            cursor.close()


class _Handoffs:
    """While a second thread does C work (SQLite, zlib) fed by Python work in the first, the
    interpreter changes hands every millisecond instead of every 5: the second thread, waiting
    to start its next piece, gets it back sooner. Process-wide, so counted and restored."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._saved = 0.0

    def begin(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._saved = sys.getswitchinterval()
                sys.setswitchinterval(min(self._saved, 0.001))
            self._depth += 1

    def end(self) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0:
                sys.setswitchinterval(self._saved)


handoffs = _Handoffs()


#: Rows per INSERT statement at most (SQLite also limits the parameters of one statement).
ROWS_PER_STATEMENT = 1000
#: A table empty beforehand that gets at least this many rows has its indexes built at the end.
REINDEX_FROM = 5000


class BulkInserts:
    """Inserts rows on a second thread, many rows per statement, while the caller makes the next ones.

    SQLite lets go of the interpreter while it executes a statement. With a row per
    statement (``executemany``) the two threads take turns and nothing runs at the
    same time; with a thousand rows per statement the inserting and the caller's
    Python work overlap. A table that was empty and gets many rows has its
    indexes dropped first and built once at the end (a sort instead of a
    B-tree update per row; indexes led by a foreign key stay), all inside the
    caller's transaction: if anything fails, the rollback brings everything
    back. The caller must not use the connection between the first ``insert``
    and ``finish``.
    """

    def __init__(self, session: Session, expected: dict[str, int] | None = None) -> None:
        """``expected``: how many rows each table will get in all (worth rebuilding its indexes?)."""
        self._expected = expected or {}
        self._cursor = driver_cursor(session)
        self._limit = self._cursor.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=8)
        self._failed: list[BaseException] = []
        self._tables: set[str] = set()
        self._indexes: list[str] = []
        self._worker = threading.Thread(target=self._work, name="bulk-inserts", daemon=True)
        handoffs.begin()
        self._worker.start()

    def __enter__(self) -> BulkInserts:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop()

    def insert(self, writer: TableWriter, rows: Sequence[tuple[Any, ...]]) -> None:
        """Queue ``rows`` (values as ``writer.row`` makes them) for insertion, in order."""
        if not rows:
            return
        if writer.table not in self._tables:
            self._tables.add(writer.table)
            self._submit(lambda: self._first_rows(writer.table))
        per = max(1, min(ROWS_PER_STATEMENT, self._limit // len(writer.names)))
        for start in range(0, len(rows), per):
            batch = rows[start : start + per]
            sql = writer.sql_for(len(batch))
            flat = list(chain.from_iterable(batch))
            self._submit(lambda sql=sql, flat=flat: self._execute(sql, flat))  # type: ignore[misc]

    def finish(self) -> None:
        """Wait until every row is in and every index rebuilt; raise what went wrong."""
        self._submit(self._rebuild_indexes)
        self._stop()
        if self._failed:
            raise self._failed[0]

    def _submit(self, work: Callable[[], None]) -> None:
        if self._failed:
            raise self._failed[0]
        self._queue.put(work)

    def _stop(self) -> None:
        if self._worker.is_alive():
            self._queue.put(None)
            self._worker.join()
            handoffs.end()
        self._cursor.close()

    def _work(self) -> None:
        while (work := self._queue.get()) is not None:
            if not self._failed:
                try:
                    work()
                except BaseException as error:  # handed to the caller's thread
                    self._failed.append(error)

    def _execute(self, sql: str, values: list[Any]) -> None:
        self._cursor.execute(sql, values)

    def _first_rows(self, table: str) -> None:
        if self._expected.get(table, 0) < REINDEX_FROM:
            return
        if self._cursor.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
            return
        # Indexes led by a foreign key stay: SQLite looks children up through them when a parent comes in.
        keys = {row[3] for row in self._cursor.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()}
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
        for name, sql in self._cursor.execute(query, (table,)).fetchall():
            first = self._cursor.execute(f'PRAGMA index_info("{name}")').fetchone()
            if first is not None and first[2] in keys:
                continue
            self._cursor.execute(f'DROP INDEX "{name}"')
            self._indexes.append(sql)

    def _rebuild_indexes(self) -> None:
        for sql in self._indexes:
            self._cursor.execute(sql)
        self._indexes.clear()
