"""Fast inserts of many rows through the driver's ``executemany``.

SQLAlchemy's per-row parameter processing costs several times more than
SQLite's own work for bulk loads (see docs/performance.md). ``TableWriter``
converts values exactly as SQLAlchemy would store them, so the ORM reads them
back unchanged, and lets the caller see the values half-way (dates already
text, lists still lists) to encode the change log from them for free.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Table

# Bulk rows share a handful of timestamps and dates: format each once.
#: SQLAlchemy's SQLite DATETIME storage format; change stamps travel in it too.
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


@lru_cache(maxsize=4096)
def format_datetime(value: dt.datetime | None) -> str | None:
    """SQLAlchemy's SQLite DATETIME storage format."""
    return None if value is None else value.strftime(DATETIME_FORMAT)


def parse_datetime(text: str) -> dt.datetime:
    """The reverse of ``format_datetime``; raises ValueError on anything else."""
    return dt.datetime.strptime(text, DATETIME_FORMAT)


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
                self._texts.append((index, format_datetime))
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
