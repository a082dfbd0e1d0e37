"""A cell as read back into the value a field stores, whatever the language of the workbook.

Spreadsheet programs change what people type: a number in a General cell
comes back as a float, a date as a date or a day count, a code as its label.
Each column's rule (``columns``) says how to read its cells; a cell that
cannot be read raises ``ValueError(reason)``, which the import reports beside
the cell. The checks of the write path run after this, on the values.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import StrEnum
from functools import cache
from typing import Any

from desktop.sheets.columns import SheetColumn
from desktop.sheets.words import NO, YES, all_words

#: Day 0 of Excel's serial dates (as counted from 1900-03-01 on, the 1900 leap-year bug aside).
EXCEL_EPOCH = dt.date(1899, 12, 30)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SPLIT = re.compile(r"\s*;\s*")


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parts(value: Any) -> list[str]:
    """A cell of several entries, separated by ';'."""
    if is_empty(value):
        return []
    text = as_text(value)
    return [part for part in SPLIT.split(text.strip()) if part]


def as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@cache
def code_index(codes: type[StrEnum]) -> dict[str, str]:
    """Every way a code may be written, folded: its stored value, its label in each language."""
    index: dict[str, str] = {}
    for words in all_words():
        for choice in codes:
            index.setdefault(fold(words.code(choice.value)), choice.value)
    for choice in codes:
        index[fold(choice.value)] = choice.value
    return index


@cache
def flag_index() -> dict[str, bool]:
    index = {"true": True, "false": False, "1": True, "0": False, "x": True}
    for words in all_words():
        index[fold(words.t(YES))] = True
        index[fold(words.t(NO))] = False
    return index


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_cell(column: SheetColumn, value: Any) -> Any:
    """The stored form of a cell of ``column``, references aside (names are resolved by the import)."""
    cell = column.cell
    if type(value) is str and cell == "text":  # the common case
        text = value.strip()
        return text or None
    if cell in ("choices", "tags", "numbers"):
        entries = parts(value)
        if cell == "choices" and column.codes:
            return [_code(column.codes, entry) for entry in entries]
        if cell == "numbers":
            return [_whole(entry) for entry in entries]
        return entries
    if is_empty(value):
        return False if cell == "flag" else None
    if cell == "date":
        return _date(value)
    if cell == "whole":
        return _whole(value)
    if cell == "number":
        return _number(value)
    if cell == "flag":
        if isinstance(value, bool):
            return value
        found = flag_index().get(fold(as_text(value)))
        if found is None:
            raise ValueError(f"'{as_text(value)[:40]}' is neither Yes nor No")
        return found
    if cell == "choice" and column.codes:
        return _code(column.codes, as_text(value))
    return as_text(value).strip()


def _code(codes: type[StrEnum], text: str) -> str:
    found = code_index(codes).get(fold(text))
    if found is None:
        raise ValueError(f"'{text[:40]}' is not in the list (see the sheet Code lists)")
    return found


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise ValueError(f"'{value.isoformat(sep=' ')}' is a date with a time; give the date alone")
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if (isinstance(value, float) and not value.is_integer()) or not 61 <= value <= 120_000:
            raise ValueError(f"'{as_text(value)}' is not a date (YYYY-MM-DD)")
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = as_text(value).strip()
    if ISO_DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"'{text[:40]}' is not a date (YYYY-MM-DD)")


def _number(value: Any) -> float | int:
    if isinstance(value, bool):
        raise ValueError("must be a number, not Yes or No")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("must be a finite number")
        return value
    text = as_text(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    try:
        return float(text)
    except ValueError:
        pass
    if re.fullmatch(r"-?\d+,\d+", text):  # a decimal comma typed as text
        return float(text.replace(",", "."))
    raise ValueError(f"'{as_text(value)[:40]}' is not a number")


def _whole(value: Any) -> int:
    number = _number(value)
    if isinstance(number, float):
        if not number.is_integer():
            raise ValueError(f"'{as_text(value)[:40]}' is not a whole number")
        return int(number)
    return number
