"""Records from a workbook, through the one write path: all or nothing, after a backup.

A row with an id updates that record (only the columns the sheet has), a row
without one creates a record. A reference is read from the name in its column:
the id in the hidden column beside it is used while the name is still that
record's; a name typed or picked is looked up among the country's (and global)
records and the workbook's own rows, and refused when no record or several
have it. Every record then goes through ``db.services.records.write_records``,
the editor's check; anything refused is reported by sheet, row and column and
nothing is written.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models.base import new_id
from db.services.changelog import Actor
from db.services.changes import Changes, take
from db.services.kinds import LABEL_FIELDS, check_uuid, kind_names, spec_for
from db.services.records import WriteSummary, write_records
from db.store import Store
from desktop.sheets.cells import as_text, fold, is_empty, parts, read_cell
from desktop.sheets.columns import SHEET_KINDS, SheetColumn, columns_for
from desktop.sheets.export import ABOUT_SHEET, FORMAT, header, record_label, sheet_name
from desktop.sheets.marks import write_marked
from desktop.sheets.read import SheetError, Workbook, read_workbook
from desktop.sheets.words import all_words

Progress = Callable[[str, int, int], None]
#: Refusals listed at most: the first ones are fixed first.
MAX_REFUSALS = 200

__all__ = ["Outcome", "Refusal", "SheetError", "describe_plan", "import_workbook", "refusal_lines"]


@dataclass(frozen=True)
class Refusal:
    sheet: str
    #: the row as the spreadsheet numbers it (the header is row 1)
    row: int
    #: the column's header, "" for the row as a whole
    column: str
    reason: str
    col: int | None = None


@dataclass
class Outcome:
    path: Path
    dry_run: bool
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    refusals: list[Refusal] = field(default_factory=list)
    sheets: dict[str, str] = field(default_factory=dict)
    marked: Path | None = None
    backup: Path | None = None
    #: what the import wrote, once committed (for the application's pages)
    changes: Changes | None = None

    @property
    def changed(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


@dataclass
class _Row:
    kind: str
    sheet: str
    number: int
    rid: str
    cells: list[Any]
    #: the sheet's header row and which column holds what (shared by the sheet's rows)
    header: list[Any]
    columns: dict[int, SheetColumn]
    #: the visible columns, each with the column of the ids behind it (references) or None
    visible: list[tuple[int, SheetColumn, int | None]]
    values: dict[str, Any] = field(default_factory=dict)

    def cell(self, col: int | None) -> Any:
        return self.cells[col] if col is not None and col < len(self.cells) else None


@dataclass
class _Layout:
    language: str | None
    country: str | None
    #: kind -> sheet name, in the order of the kinds
    sheets: dict[str, str]


def backup_of(database: Path) -> Path:
    """Where a workbook import keeps the database as it was just before: beside it, the latest one."""
    return database.with_name(f"{database.name}.before-sheet-import.bak")


class _Rollback(Exception):
    """Raised inside the unit of work to undo a preview or a refused import."""


def import_workbook(
    store: Store,
    actor: Actor,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    marked_folder: Path | None = None,
) -> Outcome:
    """Read ``path``, check every row as the editor would and, unless ``dry_run`` or anything is
    refused, write it all in one unit of work after backing the database up."""
    book = read_workbook(path)
    outcome = Outcome(Path(path), dry_run)
    try:
        with store.session() as session:
            summary = apply_workbook(session, actor, book, outcome, progress=progress)
            if summary is None or dry_run or summary.changed == 0:
                raise _Rollback
            # Another connection reads the database as committed, without what this one is writing.
            outcome.backup = backup_of(store.path)
            store.backup(outcome.backup)
        outcome.changes = take(session)
    except _Rollback:
        pass
    if outcome.refusals:
        outcome.marked = write_marked(book, outcome.refusals, marked_folder)
    return outcome


def apply_workbook(
    session: Session,
    actor: Actor,
    book: Workbook,
    outcome: Outcome,
    *,
    progress: Progress | None = None,
) -> WriteSummary | None:
    """The workbook's records written in ``session`` (the caller commits or rolls back); None and
    ``outcome.refusals`` filled when anything is refused."""
    layout = _layout(book)
    outcome.sheets = dict(layout.sheets)
    rows, refusals = _read_rows(session, book, layout, progress)
    outcome.refusals.extend(refusals)
    batch: dict[str, list[dict[str, Any]]] = defaultdict(list)
    origin: dict[tuple[str, str], _Row] = {}
    for row in rows:
        batch[row.kind].append({**row.values, "id": row.rid})
        origin[(row.kind, row.rid)] = row
    if progress:
        progress("check", 0, 0)
    try:
        summary = write_records(session, actor, batch, mode="upsert")
    except ValidationError as exc:
        outcome.refusals.extend(_placed(exc, origin, layout))
        summary = None
    if outcome.refusals:
        outcome.refusals[:] = _unique(outcome.refusals)[:MAX_REFUSALS]
        return None
    assert summary is not None
    outcome.created, outcome.updated, outcome.unchanged = summary.created, summary.updated, summary.unchanged
    return summary


# --- what the workbook holds --------------------------------------------------------------------


def _layout(book: Workbook) -> _Layout:
    about = book.sheets.get(ABOUT_SHEET)
    if about and about[0][:2] == ["format", FORMAT]:
        values = {row[0]: row[1] for row in about if len(row) > 1 and row[0] in ("language", "country")}
        sheets = {str(row[2]): str(row[1]) for row in about if len(row) > 2 and row[0] == "sheet"}
        sheets = {kind: sheets[kind] for kind in SHEET_KINDS if kind in sheets and sheets[kind] in book.sheets}
        return _Layout(str(values.get("language") or "") or None, str(values.get("country") or "") or None, sheets)
    names: dict[str, str] = {}
    for kind in SHEET_KINDS:
        names[fold(kind)] = kind
        for words in all_words():
            names[fold(sheet_name(words.kind(kind), set()))] = kind
    found: dict[str, str] = {}
    for name in book.sheets:
        match = names.get(fold(name))
        if match and match not in found:
            found[match] = name
    if not found:
        raise SheetError("has no sheet named after a kind of record (Institution, Activity, ...)")
    return _Layout(None, None, {kind: found[kind] for kind in SHEET_KINDS if kind in found})


def _headers(kind: str) -> dict[str, SheetColumn]:
    """Every header a column of ``kind`` may have: its own name for a hidden one, its name in each language."""
    found: dict[str, SheetColumn] = {}
    for column in columns_for(kind):
        if column.hidden:
            found[fold(column.field)] = column
            continue
        for words in all_words():
            found.setdefault(fold(header(words, column)), column)
        found.setdefault(fold(column.field), column)
    return found


def _read_rows(
    session: Session, book: Workbook, layout: _Layout, progress: Progress | None
) -> tuple[list[_Row], list[Refusal]]:
    refusals: list[Refusal] = []
    rows: list[_Row] = []
    for kind, name in layout.sheets.items():
        cells = book.sheets[name]
        if not cells:
            continue
        known = _headers(kind)
        columns: dict[int, SheetColumn] = {}
        for col, title in enumerate(cells[0]):
            column = known.get(fold(as_text(title))) if not is_empty(title) else None
            if column is not None and column not in columns.values():
                columns[col] = column
        id_col = next((col for col, column in columns.items() if column.cell == "id"), None)
        ids = {column.field: col for col, column in columns.items() if column.ids}
        visible = [(col, column, ids.get(column.field)) for col, column in columns.items() if not column.hidden]
        for number, line in enumerate(cells[1:], start=2):
            if all(is_empty(value) for value in line):
                continue
            raw_id = line[id_col] if id_col is not None and id_col < len(line) else None
            rid = None
            if not is_empty(raw_id):
                try:
                    rid = check_uuid(as_text(raw_id).strip())
                except ValueError:
                    reason = "is not an id Mainstream wrote; empty it on a new row"
                    refusals.append(Refusal(name, number, "id", reason, id_col))
            rid = rid or new_id()
            rows.append(_Row(kind, name, number, rid, line, cells[0], columns, visible))
    scope = _Scope(session, layout, rows)
    total = len(rows)
    for done, row in enumerate(rows, start=1):
        refusals.extend(_read_row(row, scope, layout))
        if progress and done % 1000 == 0:
            progress("read", done, total)
    return rows, refusals


def _read_row(row: _Row, scope: _Scope, layout: _Layout) -> Iterator[Refusal]:
    cells, width, values = row.cells, len(row.cells), row.values
    for col, column, behind in row.visible:
        value = cells[col] if col < width else None
        try:
            if column.cell == "text" and type(value) is str and column.field != "country":  # most cells, inline
                values[column.field] = value.strip() or None
            elif column.ref:
                values[column.field] = scope.resolve(column, value, row.cell(behind))
            elif column.field == "country":
                code = None if is_empty(value) else as_text(value).strip().upper()
                row.values["country"] = code if code or not scope.is_new(row) else layout.country
            else:
                values[column.field] = read_cell(column, value)
        except ValueError as exc:
            yield Refusal(row.sheet, row.number, as_text(row.header[col]), str(exc), col)
    if "country" not in row.values and scope.is_new(row) and layout.country:
        row.values["country"] = layout.country


class _Scope:
    """The records names can refer to: the workbook's country's and global ones, and the workbook's rows."""

    def __init__(self, session: Session, layout: _Layout, rows: list[_Row]) -> None:
        self.session = session
        self.country = layout.country
        self.stored: dict[str, dict[str, dict[str, Any]]] = {}
        self.labels: dict[str, dict[str, set[str]]] = {}
        self.names: dict[str, dict[str, set[str]]] = {}
        self.rows = rows
        self._by_kind: dict[str, list[_Row]] = defaultdict(list)
        for row in rows:
            self._by_kind[row.kind].append(row)

    def is_new(self, row: _Row) -> bool:
        return row.rid not in self._stored(row.kind)

    def _stored(self, kind: str) -> dict[str, dict[str, Any]]:
        """The live records of ``kind`` in scope, by id: the fields their names are made of."""
        if kind not in self.stored:
            fields = label_fields(kind)
            table = spec_for(kind).table
            query = select(*(table.c[name] for name in fields)).where(table.c.deleted_at.is_(None))
            if self.country is not None:
                query = query.where(or_(table.c.country == self.country, table.c.country.is_(None)))
            self.stored[kind] = {row[0]: dict(zip(fields, row, strict=True)) for row in self.session.execute(query)}
        return self.stored[kind]

    def _index(self, kind: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """(folded name -> ids, id -> its names): as stored, and as the workbook's rows name them."""
        if kind not in self.names:
            names: dict[str, set[str]] = defaultdict(set)
            labels: dict[str, set[str]] = defaultdict(set)
            stored = self._stored(kind)
            for rid, values in stored.items():
                label = record_label(kind, values)
                names[fold(label)].add(rid)
                labels[rid].add(label)
            blank = dict.fromkeys(label_fields(kind))
            sheets: dict[int, list[tuple[int, SheetColumn]]] = {}
            for row in self._by_kind.get(kind, []):
                columns = sheets.get(id(row.visible))
                if columns is None:
                    columns = sheets[id(row.visible)] = _label_columns(kind, row)
                given = _label_cells(row, columns)
                known = stored.get(row.rid)
                if known is not None and all(known[name] == value for name, value in given.items()):
                    continue  # named as stored: indexed above
                label = record_label(kind, {**blank, **(known or {}), **given, "id": row.rid})
                names[fold(label)].add(row.rid)
                labels[row.rid].add(label)
            self.names[kind], self.labels[kind] = names, labels
        return self.names[kind], self.labels[kind]

    def resolve(self, column: SheetColumn, value: Any, behind: Any) -> Any:
        kind = column.ref or ""
        if column.cell == "refs":
            names, ids = parts(value), parts(behind)
            return [self._one(kind, name, ids[i] if len(ids) == len(names) else None) for i, name in enumerate(names)]
        if is_empty(value):
            return None
        return self._one(kind, as_text(value).strip(), None if is_empty(behind) else as_text(behind).strip())

    def _one(self, kind: str, name: str, behind: str | None) -> str:
        names, labels = self._index(kind)
        if behind and name in labels.get(behind, ()):
            return behind
        if name in labels:  # an id typed in place of a name
            return name
        found = names.get(fold(name), set())
        what = kind.replace("_", " ")
        if len(found) == 1:
            return next(iter(found))
        if not found and self.country:
            raise ValueError(f"no {what} is named '{name[:80]}' in this country or among global records")
        if not found:
            raise ValueError(f"no {what} is named '{name[:80]}'")
        raise ValueError(
            f"{len(found)} records of the kind {what} are named '{name[:80]}': pick the record by its id "
            "(the hidden column beside it) or make the names different"
        )


@cache
def label_fields(kind: str) -> tuple[str, ...]:
    """The id and the fields a record's name is made of (``record_label``)."""
    fields = spec_for(kind).fields
    return tuple(name for name in dict.fromkeys(("id", "name", *LABEL_FIELDS)) if name in fields)


def _label_columns(kind: str, row: _Row) -> list[tuple[int, SheetColumn]]:
    """The columns of the row's sheet that hold the fields its record's name is made of."""
    wanted = set(label_fields(kind))
    return [
        (col, column)
        for col, column, _behind in row.visible
        if column.cell in ("text", "date") and column.field in wanted
    ]


def _label_cells(row: _Row, columns: list[tuple[int, SheetColumn]]) -> dict[str, Any]:
    """The fields a record's name is made of, as the row gives them (read again below, checked later)."""
    found: dict[str, Any] = {}
    for col, column in columns:
        try:
            found[column.field] = read_cell(column, row.cell(col))
        except ValueError:
            continue
    return found


# --- refusals -----------------------------------------------------------------------------------


def _placed(error: ValidationError, origin: dict[tuple[str, str], _Row], layout: _Layout) -> Iterator[Refusal]:
    for problem in error.problems:
        row = origin.get((problem.kind, problem.record_id or ""))
        sheet = layout.sheets.get(problem.kind, problem.kind)
        if row is None:
            yield Refusal(sheet, 0, problem.field or "", problem.reason)
            continue
        col = _column_of(row, problem.field)
        title = as_text(row.header[col]) if col is not None else (problem.field or "")
        yield Refusal(sheet, row.number, title, problem.reason, col)


def _column_of(row: _Row, name: str | None) -> int | None:
    if name is None:
        return None
    for col, column in row.columns.items():
        if column.field == name and not column.hidden:
            return col
    return None


def _unique(refusals: list[Refusal]) -> list[Refusal]:
    seen: set[tuple[str, int, int | None, str]] = set()
    kept: list[Refusal] = []
    cells: set[tuple[str, int, int | None]] = set()
    for refusal in refusals:
        key = (refusal.sheet, refusal.row, refusal.col, refusal.reason)
        cell = (refusal.sheet, refusal.row, refusal.col)
        if key in seen or (refusal.reason == "is required" and cell in cells):
            continue
        seen.add(key)
        cells.add(cell)
        kept.append(refusal)
    return sorted(kept, key=lambda r: (r.sheet, r.row, r.col if r.col is not None else -1))


def refusal_lines(refusals: list[Refusal]) -> list[str]:
    lines = []
    for refusal in refusals:
        where = f"sheet '{refusal.sheet}', row {refusal.row}"
        if refusal.column:
            where += f", column '{refusal.column}'"
        lines.append(f"{where}: {refusal.reason}")
    return lines


def describe_plan(outcome: Outcome) -> list[str]:
    """Per kind: how many records the workbook creates, changes and leaves as they are."""
    lines = []
    for kind in kind_names():
        if kind not in outcome.sheets:
            continue
        new, changed, same = outcome.created[kind], outcome.updated[kind], outcome.unchanged[kind]
        if new or changed or same:
            lines.append(f"{outcome.sheets[kind]}: {new:,} new, {changed:,} changed, {same:,} unchanged")
    return lines
