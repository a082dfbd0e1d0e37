"""The columns of a kind's sheet, derived from the field rules (``db.services.kinds``).

No kind is spelled out here: a field's column follows from its rule (a date, a
code list, a reference, ...), so a field added to a model appears in the
workbook without a line changed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from sqlalchemy import Boolean, Date, Float, Integer

from db.services.kinds import kind_names, spec_for

#: Kinds a workbook holds: every kind of record but attached files (their bytes are no cells).
SHEET_KINDS = tuple(kind for kind in kind_names() if kind != "attachment")

#: What a cell holds, by column: the record's id, a field's value, or the ids behind a reference's names.
CELLS = ("id", "text", "date", "whole", "number", "flag", "choice", "choices", "tags", "numbers", "ref", "refs")


@dataclass(frozen=True)
class SheetColumn:
    field: str
    cell: str
    required: bool = False
    #: the code list of a "choice" or "choices" column
    codes: type[StrEnum] | None = None
    #: the kind a "ref" or "refs" column names
    ref: str | None = None
    #: the hidden column of the ids behind the names in the column before it
    ids: bool = False

    @property
    def hidden(self) -> bool:
        return self.cell == "id" or self.ids


def _cell(kind: str, name: str) -> SheetColumn:
    spec = spec_for(kind)
    rule = spec.fields[name]
    column = spec.table.c[name]
    info = column.info
    required = rule.required
    if rule.ref:
        return SheetColumn(name, "refs" if rule.many else "ref", required, ref=rule.ref)
    if "list_of" in info:
        return SheetColumn(name, "choices", codes=info["list_of"])
    if "list_pattern" in info:
        return SheetColumn(name, "tags")
    if "list_range" in info:
        return SheetColumn(name, "numbers")
    if "choices" in info:
        return SheetColumn(name, "choice", required, codes=info["choices"])
    kind_of = column.type
    if isinstance(kind_of, Boolean):
        return SheetColumn(name, "flag")
    if isinstance(kind_of, Date):
        return SheetColumn(name, "date", required)
    if isinstance(kind_of, Integer):
        return SheetColumn(name, "whole", required)
    if isinstance(kind_of, Float):
        return SheetColumn(name, "number", required)
    return SheetColumn(name, "text", required)


@cache
def columns_for(kind: str) -> tuple[SheetColumn, ...]:
    """The record's id (hidden), each field in the model's order (a reference as its names
    followed by the hidden ids behind them), the country last."""
    columns = [SheetColumn("id", "id")]
    for name in spec_for(kind).fields:
        if name in ("id", "country"):
            continue
        column = _cell(kind, name)
        columns.append(column)
        if column.ref:
            columns.append(SheetColumn(name, column.cell, ref=column.ref, ids=True))
    columns.append(SheetColumn("country", "text"))
    return tuple(columns)


def referred_kinds(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds the columns of ``kinds`` name, in dependency order."""
    wanted = {column.ref for kind in kinds for column in columns_for(kind) if column.ref}
    return tuple(kind for kind in kind_names() if kind in wanted)
