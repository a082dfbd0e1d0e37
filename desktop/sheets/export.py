"""Writing records to a workbook (XlsxWriter, streamed) or to CSV files.

One sheet per kind, a header row in the chosen language with each column's
meaning in a comment, codes as their labels with a drop-down list (the lists
on a sheet of their own), dates as real dates, references as the names of the
records with their ids in a hidden column; a frozen header with filters; a
hidden sheet that says what the workbook holds, for the import.

Text is always written as text (an inline string, ``rows.RowSheet``; ``strings_to_formulas`` off):
"=cmd|..." typed into a record stays those characters in Excel (OWASP CSV
injection); in CSV, where a cell has no type, such text gets a leading "'".
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain, islice
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy.orm import Session
from xlsxwriter.worksheet import Worksheet

from db.services.kinds import describe, spec_for
from db.services.transfer import live_records
from desktop.sheets.columns import SHEET_KINDS, SheetColumn, columns_for, referred_kinds
from desktop.sheets.rows import RowSheet
from desktop.sheets.words import CODE_LISTS, COUNTRY, NAMES, NO, YES, Words

#: The hidden sheet naming the workbook's language, country and which sheet holds which kind.
ABOUT_SHEET = "mainstream"
FORMAT = "mainstream-workbook 1"
#: Excel's serial dates are wrong before this day (the 1900 leap-year bug): earlier dates are written as text.
FIRST_SERIAL_DAY = dt.date(1900, 3, 1)
#: Rows below the records that keep the drop-down lists and the text format, for rows people add.
ROOM = 1000
#: Names lists longer than this get no drop-down (Excel slows down); the names are still checked.
MAX_NAMES_LIST = 5000
SEPARATOR = "; "
#: Column widths are measured on this many rows.
WIDTH_ROWS = 2000
#: The kind of cell each column's values are written as (``RowSheet``); every other value is text.
PLAIN_KINDS = {"date": "date", "whole": "number", "number": "number"}
#: What a spreadsheet program may take for a formula at the start of a cell (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[str, int, int], None]


@dataclass
class ExportResult:
    path: Path
    records: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.records.values())


@dataclass
class Gathered:
    """What an export writes: the records per kind and the names of every record they refer to."""

    kinds: tuple[str, ...]
    records: dict[str, list[dict[str, Any]]]
    names: dict[str, dict[str, str]]


def gather(session: Session, kinds: Iterable[str], country: str | None, *, template: bool = False) -> Gathered:
    chosen = tuple(kind for kind in SHEET_KINDS if kind in set(kinds))
    records: dict[str, list[dict[str, Any]]] = {}
    names: dict[str, dict[str, str]] = {}
    for kind in (*chosen, *referred_kinds(chosen)):
        if kind in records:
            continue
        rows = list(live_records(session, kind, country))
        names[kind] = {row["id"]: record_label(kind, row) for row in rows}
        records[kind] = rows
    for kind in chosen:
        labels = names[kind]
        records[kind] = [] if template else sorted(records[kind], key=lambda row: (labels[row["id"]], row["id"]))
    return Gathered(chosen, {kind: records[kind] for kind in chosen}, names)


def record_label(kind: str, values: Mapping[str, Any]) -> str:
    """The name a workbook gives a record: its name where it has one (a contact's, not their job
    title), otherwise the label Mainstream shows (``describe``); a date as YYYY-MM-DD."""
    if "name" in spec_for(kind).fields and values.get("name"):
        return str(values["name"])
    return describe(kind, dict(values))


def sheet_name(text: str, taken: set[str]) -> str:
    """Excel's rules for a sheet name: 31 characters, none of []:*?/\\, unique whatever the case."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in text).strip("'")[:31] or "Sheet"
    name, number = clean, 2
    while name.lower() in taken:
        suffix = f" {number}"
        name, number = clean[: 31 - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


def header(words: Words, column: SheetColumn) -> str:
    """A visible column's header is its field's name in the language; a hidden one's the field's own name."""
    if column.hidden:
        return column.field
    return words.t(COUNTRY) if column.field == "country" else words.field(column.field)


def comment(words: Words, column: SheetColumn) -> str:
    if column.cell == "id":
        return words.hint("id")
    if column.ids:
        return words.hint("ref_id")
    if column.field == "country":
        return words.hint("country")
    key = {"numbers": "tags"}.get(column.cell, column.cell)
    text = words.hint(key, kind=words.kind(column.ref)) if column.ref else words.hint(key)
    return f"{words.hint('required')} {text}" if column.required else text


def cell_value(words: Words, column: SheetColumn, value: Any, names: Mapping[str, Mapping[str, str]]) -> Any:
    """What a cell shows for a stored value: a label, a date, a number or text; None when empty."""
    if value is None or value == []:
        return None
    cell = column.cell
    if column.ids:
        return SEPARATOR.join(value) if cell == "refs" else value
    if cell == "ref":
        return names.get(column.ref or "", {}).get(value, value)
    if cell == "refs":
        known = names.get(column.ref or "", {})
        return SEPARATOR.join(known.get(v, v) for v in value)
    if cell == "choice":
        return words.code(value)
    if cell == "choices":
        return SEPARATOR.join(words.code(v) for v in value)
    if cell in ("tags", "numbers"):
        return SEPARATOR.join(str(v) for v in value)
    if cell == "flag":
        return words.t(YES) if value else words.t(NO)
    return value


def _same(value: Any) -> Any:
    return value


def cell_maker(words: Words, column: SheetColumn, names: Mapping[str, Mapping[str, str]]) -> Callable[[Any], Any]:
    """``cell_value`` for one column, its case chosen once: the export's inner loop."""
    if column.cell in ("id", "text", "date", "whole", "number") or (column.ids and column.cell == "ref"):
        return _same  # stored as shown (None stays an empty cell)
    if column.cell == "ref":
        known = names.get(column.ref or "", {})
        return lambda value: None if value is None else known.get(value, value)
    return lambda value: cell_value(words, column, value, names)


def export_workbook(
    session: Session,
    path: Path,
    *,
    kinds: Iterable[str] = SHEET_KINDS,
    country: str | None = None,
    language: str = "en",
    template: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the live records of ``kinds`` (of ``country`` and global ones) to an .xlsx workbook."""
    words = Words(language)
    data = gather(session, kinds, country, template=template)
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    book = xlsxwriter.Workbook(
        str(partial),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "default_date_format": "yyyy-mm-dd",
        },
    )
    try:
        _Writer(book, words, data, country, progress).write()
        book.close()
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ExportResult(path, {kind: len(data.records[kind]) for kind in data.kinds})


class _Writer:
    def __init__(
        self, book: xlsxwriter.Workbook, words: Words, data: Gathered, country: str | None, progress: Progress | None
    ) -> None:
        self.book = book
        self.words = words
        self.data = data
        self.country = country
        self.progress = progress
        self.taken: set[str] = set()
        self.head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top"})
        self.text = book.add_format({"num_format": "@"})
        self.day = book.add_format({"num_format": "yyyy-mm-dd"})
        self.whole = book.add_format({"num_format": "0"})
        self.number = book.add_format({"num_format": "General"})

    def write(self) -> None:
        data = self.data
        sheets = {kind: sheet_name(self.words.kind(kind), self.taken) for kind in data.kinds}
        self.codes_sheet = sheet_name(self.words.t(CODE_LISTS), self.taken)
        self.names_sheet = sheet_name(self.words.t(NAMES), self.taken)
        self.taken.add(ABOUT_SHEET)
        # Sheets are written one after another (constant memory): the lists they point to come after them.
        self.lists: dict[str, str] = {}
        code_lists = self._code_lists()
        name_lists = self._name_lists()
        total = sum(len(rows) for rows in data.records.values())
        done = 0
        for kind in data.kinds:
            done = self._kind_sheet(kind, sheets[kind], done, total)
        self._list_sheet(self.codes_sheet, code_lists)
        self._list_sheet(self.names_sheet, name_lists)
        about = self.book.add_worksheet(ABOUT_SHEET)
        about.hide()
        rows: list[tuple[str, ...]] = [
            ("format", FORMAT),
            ("language", self.words.language),
            ("country", self.country or ""),
        ]
        rows += [("sheet", sheets[kind], kind) for kind in data.kinds]
        for number, row in enumerate(rows):
            for col, value in enumerate(row):
                about.write_string(number, col, value)

    def _code_lists(self) -> dict[str, list[str]]:
        """One list per code list used (and Yes/No), as labels; ``self.lists`` says where each one is."""
        words = self.words
        enums: dict[str, tuple[type[StrEnum] | None, str]] = {}
        for kind in self.data.kinds:
            for column in columns_for(kind):
                title = f"{words.kind(kind)}: {words.field(column.field)}"
                if column.cell in ("choice", "choices") and column.codes:
                    enums.setdefault(column.codes.__name__, (column.codes, title))
                elif column.cell == "flag":
                    enums.setdefault("flag", (None, f"{words.t(YES)} / {words.t(NO)}"))
        lists: dict[str, list[str]] = {}
        titles: dict[str, list[str]] = {}
        for name, (enum, title) in enums.items():
            lists[name] = [words.t(YES), words.t(NO)] if enum is None else [words.code(c) for c in enum]
            titles[title] = lists[name]
        self._place(self.codes_sheet, lists)
        return titles

    def _name_lists(self) -> dict[str, list[str]]:
        lists: dict[str, list[str]] = {}
        for kind in referred_kinds(self.data.kinds):
            labels = sorted(set(self.data.names.get(kind, {}).values()))
            if 0 < len(labels) <= MAX_NAMES_LIST:
                lists[kind] = labels
        self._place(self.names_sheet, lists, key_prefix="ref:")
        return {self.words.kind(kind): labels for kind, labels in lists.items()}

    def _place(self, sheet: str, lists: Mapping[str, list[str]], key_prefix: str = "") -> None:
        quoted = sheet.replace("'", "''")
        for col, (name, labels) in enumerate(lists.items()):
            letter = xlsxwriter.utility.xl_col_to_name(col)
            self.lists[key_prefix + name] = f"='{quoted}'!${letter}$2:${letter}${len(labels) + 1}"

    def _list_sheet(self, name: str, lists: Mapping[str, list[str]]) -> None:
        sheet = self.book.add_worksheet(name)
        for col, (title, labels) in enumerate(lists.items()):
            width = max([len(title), *(len(label) for label in labels)]) + 2
            sheet.set_column(col, col, min(width, 60))
        longest = max((len(labels) for labels in lists.values()), default=0)
        for col, title in enumerate(lists):
            sheet.write_string(0, col, title, self.head)
        for row in range(longest):
            for col, labels in enumerate(lists.values()):
                if row < len(labels):
                    sheet.write_string(row + 1, col, labels[row])
        sheet.freeze_panes(1, 0)
        sheet.protect("", {"select_locked_cells": True, "autofilter": True, "sort": True})

    def _kind_sheet(self, kind: str, name: str, done: int, total: int) -> int:
        words, names = self.words, self.data.names
        sheet: RowSheet = self.book.add_worksheet(name, worksheet_class=RowSheet)
        columns = columns_for(kind)
        rows = self.data.records[kind]
        makers = [cell_maker(words, column, names) for column in columns]
        fields = [column.field for column in columns]
        cells = ([make(row.get(name)) for make, name in zip(makers, fields, strict=True)] for row in rows)
        first = list(islice(cells, WIDTH_ROWS))  # the widths are measured on these
        last = len(rows) + ROOM
        styles = []
        for col, column in enumerate(columns):
            title = header(words, column)
            width = max([len(title) * 0.9, *(_width(row[col]) for row in first)], default=10)
            style = {"date": self.day, "whole": self.whole, "number": self.number}.get(column.cell, self.text)
            styles.append((PLAIN_KINDS.get(column.cell, "text"), style))
            options = {"hidden": True} if column.hidden else {}
            sheet.set_column(col, col, min(max(width + 2, 8), 60), style, options)
            sheet.write_comment(0, col, comment(words, column), {"x_scale": 2, "y_scale": 1.5})
            self._validation(sheet, column, col, last)
        for col, column in enumerate(columns):
            sheet.write_string(0, col, header(words, column), self.head)
        sheet.freeze_panes(1, 1)
        sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
        sheet.plain_columns(styles, FIRST_SERIAL_DAY)
        for number, line in enumerate(chain(first, cells), start=1):
            sheet.write_plain_row(number, line)
            if self.progress and number % 1000 == 0:
                self.progress(kind, done + number, total)
        return done + len(rows)

    def _validation(self, sheet: Worksheet, column: SheetColumn, col: int, last: int) -> None:
        if column.cell == "choice" and column.codes:
            source = self.lists.get(column.codes.__name__)
        elif column.cell == "flag":
            source = self.lists.get("flag")
        elif column.cell == "ref" and not column.ids:
            source = self.lists.get(f"ref:{column.ref}")
            if source:  # a name typed that is not in the list may be a record added on another sheet
                warn = {"validate": "list", "source": source, "error_type": "warning"}
                sheet.data_validation(1, col, last, col, warn)
            return
        elif column.cell == "date":
            sheet.data_validation(
                1,
                col,
                last,
                col,
                {
                    "validate": "date",
                    "criteria": "between",
                    "minimum": dt.date(1900, 3, 1),
                    "maximum": dt.date(2200, 12, 31),
                    "error_type": "warning",
                    "input_message": "YYYY-MM-DD",
                },
            )
            return
        else:
            return
        if source:
            sheet.data_validation(1, col, last, col, {"validate": "list", "source": source})


def _width(value: Any) -> float:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    return min(len(str(value)), 60)


def export_csv(
    session: Session,
    folder: Path,
    *,
    kinds: Iterable[str] = SHEET_KINDS,
    country: str | None = None,
    language: str = "en",
    template: bool = False,
) -> ExportResult:
    """One CSV file per kind in ``folder`` (UTF-8 with a BOM, so Excel reads accents right)."""
    words = Words(language)
    data = gather(session, kinds, country, template=template)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for kind in data.kinds:
        columns = columns_for(kind)
        target = folder / f"{kind}.csv"
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow([header(words, column) for column in columns])
            for row in data.records[kind]:
                out.writerow([_csv_text(cell_value(words, c, row.get(c.field), data.names)) for c in columns])
    return ExportResult(folder, {kind: len(data.records[kind]) for kind in data.kinds})


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return f"'{text}" if isinstance(value, str) and text.startswith(FORMULA_STARTS) else text
