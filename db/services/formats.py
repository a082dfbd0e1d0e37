"""How values are stored and travel: moments, dates, lists as JSON.

The forms are SQLAlchemy's own for SQLite, so rows written by the writer's
quick paths read back through the ORM unchanged, and change stamps compare as
text in the log and in exchange files alike.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

# Many rows share a handful of moments and dates: each is formatted once.
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


def stored_moment(value: dt.datetime | str | None) -> str | None:
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
def stored_date(value: dt.date | None) -> str | None:
    """A date as stored: ISO text."""
    return None if value is None else value.isoformat()


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default)


def encode_json(value: Any) -> str:
    """JSON as Mainstream stores it: UTF-8 text unescaped, no spaces, dates as ISO."""
    return _ENCODER.encode(value)


def stored_json(value: Any) -> str | None:
    """A list or mapping as stored: ``encode_json``'s text, or NULL for None."""
    if value is None:
        return None
    return "[]" if value == [] else _ENCODER.encode(value)


def stored_boolean(value: bool | None) -> int | None:
    """A flag as stored: 0 or 1."""
    return None if value is None else int(value)
