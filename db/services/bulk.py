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
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
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
        columns = ", ".join(f'"{name}"' for name in self.names)
        marks = ", ".join("?" for _ in self.names)
        self.sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
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
