"""The fast row path writes the very cells XlsxWriter's own methods write."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import xlsxwriter

from desktop.sheets.rows import RowSheet

FIRST = dt.date(1900, 3, 1)
ROWS = [
    ["plain", 0, dt.date(2024, 2, 29)],
    [" leading space", 1.5, dt.date(1900, 3, 1)],
    ["trailing newline\n", -3, dt.date(1899, 12, 31)],
    ['a & b <c> "d"', 1e20, None],
    ["control\x01char\x1f", None, dt.date(2200, 12, 31)],
    ["_x0041_ typed literally", 12345678901234567, None],
    ["\ufffe and \uffff", 0.1, None],
    ["", 7, None],
    ["Ünïcödé عربى 中文", None, None],
    [None, None, None],
    ["<r><t>not rich</t></r>", 2, None],
    ["x" * 40_000, 3, None],
]


def _sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def _book(path: Path, fast: bool) -> None:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    text, number = book.add_format({"num_format": "@"}), book.add_format()
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet = book.add_worksheet("data", worksheet_class=RowSheet)
    for col, style in enumerate((text, number, day)):
        sheet.set_column(col, col, 12, style)
        sheet.write_string(0, col, f"header {col}")
    if fast:
        sheet.plain_columns([("text", text), ("number", number), ("date", day)], FIRST)
        for row, cells in enumerate(ROWS, start=1):
            sheet.write_plain_row(row, cells)
    else:
        for row, (word, value, date) in enumerate(ROWS, start=1):
            if word is not None:
                sheet.write_string(row, 0, word)
            if value is not None:
                sheet.write_number(row, 1, value)
            if date is not None and date < FIRST:
                sheet.write_string(row, 2, date.isoformat())
            elif date is not None:
                sheet.write_datetime(row, 2, dt.datetime(date.year, date.month, date.day), day)
    book.close()


def test_rows_are_written_as_xlsxwriter_writes_them(tmp_path: Path) -> None:
    _book(tmp_path / "slow.xlsx", fast=False)
    _book(tmp_path / "fast.xlsx", fast=True)
    slow, fast = _sheet_xml(tmp_path / "slow.xlsx"), _sheet_xml(tmp_path / "fast.xlsx")
    # XlsxWriter writes text shaped like its rich strings without escaping it; the fast path escapes it,
    # so the cell reads back as typed.
    raw = b"<r><t>not rich</t></r>"
    assert raw in slow and raw not in fast
    assert b"&lt;r&gt;&lt;t&gt;not rich&lt;/t&gt;&lt;/r&gt;" in fast
    assert fast == slow.replace(raw, b"<t>&lt;r&gt;&lt;t&gt;not rich&lt;/t&gt;&lt;/r&gt;</t>")


def test_text_reads_back_as_typed(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    _book(tmp_path / "fast.xlsx", fast=True)
    book = CalamineWorkbook.from_path(str(tmp_path / "fast.xlsx"))
    cells = book.get_sheet_by_name("data").to_python(skip_empty_area=False)
    texts = [row[0] for row in cells[1:]]
    for typed, read in zip([row[0] for row in ROWS], texts, strict=True):
        if typed is None:
            assert read == ""
        elif len(typed) < 32767 and "\ufffe" not in typed:  # calamine leaves _xFFFE_ as written
            assert read == typed
    assert cells[1][2] == dt.date(2024, 2, 29) or cells[1][2] == dt.datetime(2024, 2, 29)
