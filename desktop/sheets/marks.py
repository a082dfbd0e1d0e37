"""A copy of a refused workbook with each refused cell marked and its reason in a comment,
so a person fixes the cells in Excel or LibreOffice and imports the copy again.

The copy holds the cells as they were read (values, never formulas), the same
sheets in the same order with the hidden ones still hidden, and a first sheet
listing the refusals; the import ignores that sheet.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import xlsxwriter

from desktop.sheets.columns import SHEET_KINDS, columns_for
from desktop.sheets.export import ABOUT_SHEET, sheet_name

if TYPE_CHECKING:
    from desktop.sheets.load import Refusal
    from desktop.sheets.read import Workbook

REFUSED_SHEET = "Refused"


def marked_path(path: Path, folder: Path | None = None) -> Path:
    return (folder or path.parent) / f"{path.stem}.refused.xlsx"


def write_marked(book: Workbook, refusals: list[Refusal], folder: Path | None = None) -> Path:
    target = marked_path(book.path, folder)
    hidden_headers = {column.field for kind in SHEET_KINDS for column in columns_for(kind) if column.hidden}
    by_sheet: dict[str, dict[tuple[int, int], list[str]]] = defaultdict(lambda: defaultdict(list))
    for refusal in refusals:
        if refusal.row >= 1:
            by_sheet[refusal.sheet][(refusal.row - 1, _visible_col(refusal.col))].append(refusal.reason)
    out = xlsxwriter.Workbook(
        str(target), {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
    )
    try:
        head = out.add_format({"bold": True, "bg_color": "#DDEBF7"})
        bad = out.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006", "border": 2, "border_color": "#C00000"})
        bad_day = out.add_format({"bg_color": "#FFC7CE", "num_format": "yyyy-mm-dd", "border": 2})
        day = out.add_format({"num_format": "yyyy-mm-dd"})
        listing = out.add_worksheet(sheet_name(REFUSED_SHEET, {name.lower() for name in book.sheets}))
        for col, title in enumerate(("Sheet", "Row", "Column", "Reason")):
            listing.write_string(0, col, title, head)
        for number, refusal in enumerate(refusals, start=1):
            listing.write_string(number, 0, refusal.sheet)
            listing.write_number(number, 1, refusal.row)
            listing.write_string(number, 2, refusal.column)
            listing.write_string(number, 3, refusal.reason)
        listing.set_column(0, 2, 24)
        listing.set_column(3, 3, 90)
        for name, rows in book.sheets.items():
            sheet = out.add_worksheet(name)
            marks = by_sheet.get(name, {})
            header = rows[0] if rows else []
            for col, title in enumerate(header):
                if name != ABOUT_SHEET and isinstance(title, str) and title in hidden_headers:
                    sheet.set_column(col, col, None, None, {"hidden": True})
                else:
                    sheet.set_column(col, col, 18)
            for r, line in enumerate(rows):
                for c, value in enumerate(line):
                    reasons = marks.get((r, c))
                    if r == 0:
                        _write(sheet, r, c, value, head, head)
                    elif reasons:
                        _write(sheet, r, c, value, bad, bad_day)
                    else:
                        _write(sheet, r, c, value, None, day)
            for (r, c), reasons in marks.items():
                if r >= len(rows) or c >= len(rows[r]):
                    sheet.write_blank(r, c, None, bad)
                sheet.write_comment(r, c, "\n".join(reasons), {"visible": False, "x_scale": 2, "y_scale": 1.5})
            if name == ABOUT_SHEET:
                sheet.hide()
            elif rows:
                sheet.freeze_panes(1, 1)
        out.close()
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _visible_col(col: int | None) -> int:
    return 1 if col is None else col


def _write(sheet: Any, r: int, c: int, value: Any, style: Any, date_style: Any) -> None:
    if isinstance(value, bool):
        sheet.write_boolean(r, c, value, style)
    elif isinstance(value, (int, float)):
        sheet.write_number(r, c, value, style)
    elif isinstance(value, dt.datetime):
        sheet.write_datetime(r, c, value, date_style)
    elif isinstance(value, dt.date):
        sheet.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), date_style)
    elif value is None or value == "":
        if style is not None:
            sheet.write_blank(r, c, None, style)
    else:
        sheet.write_string(r, c, str(value), style)
