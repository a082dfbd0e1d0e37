"""A streamed worksheet that takes a whole row of text, numbers and dates at once.

XlsxWriter's per-cell path (argument checks, a cell object per value, a list of
attributes per cell, several regular expressions per string) is most of the time
of a large export. A record's row holds three kinds of cells only, each column of
one style, so ``RowSheet.write_plain_row`` writes the XML XlsxWriter would write
for them (``constant_memory``: inline strings) as one string per row. The header
and everything else still go through XlsxWriter's own methods.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.utility import _utf16_len, _utf16_truncate, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

#: Day 0 of Excel's serial dates, counted so from 1900-03-01 on (the 1900 leap-year bug).
EXCEL_EPOCH = dt.date(1899, 12, 30)
#: What a string needs before it goes into the XML: XML's own characters, control characters
#: (Excel's _xHHHH_ escapes, and the literal text of one, which gets its underscore escaped).
NEEDS_ESCAPE = re.compile("[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
#: Excel keeps at most this many UTF-16 units in a cell; a string of half as many characters fits.
MAX_CELL = 32767

#: How a column's value becomes a cell's XML, given the cell's "A1"-style reference.
CellXml = Callable[[str, Any], str]


def escaped(text: str) -> str:
    """The text as it goes into an inline string, as XlsxWriter writes it."""
    if len(text) > MAX_CELL // 2 and _utf16_len(text) > MAX_CELL:
        text = _utf16_truncate(text, MAX_CELL)
    if not NEEDS_ESCAPE.search(text):
        return text
    text = Worksheet._escape_control_characters(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_cell(style: str) -> CellXml:
    def xml(ref: str, value: str) -> str:
        text = escaped(value)
        if text[:1].isspace() or text[-1:].isspace():  # as escaped: a control character is no longer a space
            return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
        return f'<c r="{ref}"{style} t="inlineStr"><is><t>{text}</t></is></c>'

    return xml


def number_cell(style: str) -> CellXml:
    def xml(ref: str, value: float) -> str:
        return f'<c r="{ref}"{style}><v>{value:.16G}</v></c>'

    return xml


def date_cell(style: str, first_serial_day: dt.date) -> CellXml:
    """A date as Excel's serial day; one before ``first_serial_day`` as its ISO text."""
    as_text = text_cell(style)

    def xml(ref: str, value: dt.date) -> str:
        if value < first_serial_day:
            return as_text(ref, value.isoformat())
        return f'<c r="{ref}"{style}><v>{(value - EXCEL_EPOCH).days}</v></c>'

    return xml


class RowSheet(Worksheet):  # type: ignore[misc]  # XlsxWriter ships no types
    """A worksheet (``constant_memory``) with a fast path for rows of plain cells."""

    def plain_columns(self, kinds: Sequence[tuple[str, Format]], first_serial_day: dt.date) -> None:
        """Say each column's kind ("text", "number" or "date") and its style (the cell's format, as XlsxWriter
        gives it: the column's), before the first ``write_plain_row``."""
        self._kinds = list(kinds)
        self._first_serial_day = first_serial_day
        self._letters = [xl_col_to_name(col) for col in range(len(self._kinds))]
        self._makers: list[CellXml] = []

    def _cell_writers(self, cells: Sequence[Any]) -> list[CellXml]:
        """The formats' numbers are given in the order XlsxWriter gives them: as the first row uses them."""
        for col in [col for col, value in enumerate(cells) if value is not None] + list(range(len(self._kinds))):
            self._kinds[col][1]._get_xf_index()
        makers: list[CellXml] = []
        for kind, style in self._kinds:
            attribute = f' s="{style._get_xf_index()}"'
            if kind == "date":
                makers.append(date_cell(attribute, self._first_serial_day))
            elif kind == "number":
                makers.append(number_cell(attribute))
            else:
                makers.append(text_cell(attribute))
        return makers

    def write_plain_row(self, row: int, cells: Sequence[Any]) -> None:
        """Write row ``row`` (0-based, below every row written so far), ``cells[col]`` in column ``col``;
        None is an empty cell."""
        if row > self.previous_row:
            self._write_single_row(row)  # the row XlsxWriter holds (the header), if any, goes out first
        filled = [col for col, value in enumerate(cells) if value is not None]
        if not filled:
            return
        makers = self._makers or self._cell_writers(cells)
        self._makers = makers
        letters, number = self._letters, str(row + 1)
        self._check_dimensions(row, filled[0])
        self._check_dimensions(row, filled[-1])
        self._write_row(row, None)
        self.fh.write("".join([makers[col](letters[col] + number, cells[col]) for col in filled]))
        self.fh.write("</row>")
