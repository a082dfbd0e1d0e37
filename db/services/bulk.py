"""Fast inserts of many rows through the driver's ``executemany``.

SQLAlchemy's per-row parameter processing costs several times more than
SQLite's own work for bulk loads (see docs/performance.md). ``TableWriter``
converts values exactly as SQLAlchemy would store them, so the ORM reads them
back unchanged, and lets the caller see the values half-way (dates already
text, lists still lists) to encode the change log from them for free.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import queue
import re
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Table
from sqlalchemy.orm import Session

# Bulk rows share a handful of timestamps and dates: format each once.
#: SQLAlchemy's SQLite DATETIME storage format; change stamps travel in it too.
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


@lru_cache(maxsize=4096)
def format_datetime(value: dt.datetime | None) -> str | None:
    """SQLAlchemy's SQLite DATETIME storage format."""
    return None if value is None else value.strftime(DATETIME_FORMAT)


_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")


def parse_datetime(text: str) -> dt.datetime:
    """The reverse of ``format_datetime``; raises ValueError on anything else.

    (``strptime`` took a third of an import's time; this is about 20 times quicker.)
    """
    if type(text) is not str or not _STAMP.fullmatch(text):
        raise ValueError(f"{str(text)[:40]!r} is not a moment in the form {DATETIME_FORMAT}")
    return dt.datetime.fromisoformat(text)


def _stamp(value: dt.datetime | str | None) -> str | None:
    """A moment as stored; text is taken as already in the stored form."""
    return value if isinstance(value, str) else format_datetime(value)


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: building hundreds of thousands of
    dicts and lists (none of them cyclic) otherwise triggers it thousands of
    times, which doubled the time of reading an exchange file."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=4096)
def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default)


def encode_json(value: Any) -> str:
    """JSON as Mainstream stores it: UTF-8 text unescaped, no spaces, dates as ISO."""
    return _ENCODER.encode(value)


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return "[]" if value == [] else _ENCODER.encode(value)


def _boolean(value: bool | None) -> int | None:
    return None if value is None else int(value)


Converter = Callable[[Any], Any]


def driver_cursor(session: Session) -> Any:
    """A cursor of the driver's own connection, inside the session's transaction:
    rows come back as stored (text, numbers), without SQLAlchemy's processing."""
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


class TableWriter:
    """Inserts rows given as value lists in the order of ``names``."""

    def __init__(self, table: Table, names: Sequence[str]) -> None:
        self.names = tuple(names)
        self.table = str(table.name)
        columns = ", ".join(f'"{name}"' for name in self.names)
        self._row_marks = f"({', '.join('?' for _ in self.names)})"
        self.sql = f'INSERT INTO "{table.name}" ({columns}) VALUES {self._row_marks}'
        self._texts: list[tuple[int, Converter]] = []
        self._encodings: list[tuple[int, Converter]] = []
        for index, name in enumerate(self.names):
            kind = table.c[name].type
            if isinstance(kind, DateTime):
                self._texts.append((index, _stamp))
            elif isinstance(kind, Date):
                self._texts.append((index, _date))
            elif isinstance(kind, JSON):
                self._encodings.append((index, _json))
            elif isinstance(kind, Boolean):
                self._encodings.append((index, _boolean))

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

    def insert(self, connection: Connection, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        # The driver's own cursor, inside the session's transaction: SQLAlchemy
        # would only re-check the parameters these methods have just built.
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(self.sql, rows)
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
