"""The data behind the period grid: the indicator's periods grouped by
dates, one cell per (period, sex, target or actual), and the model the grid
view edits. Saving goes through the services on the background writer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QWidget,
)
from sqlalchemy.orm import Session

from db.codes import Sex
from db.models.base import new_id
from db.services import get
from db.services.children import owned_records
from desktop.ui.dates import date_text
from desktop.ui.lists import code_label
from desktop.ui.numbers import number_text, parse_number
from desktop.ui.plain_text import tip
from desktop.ui.query_model import show_number
from desktop.ui.record_form import field_label

Index = QModelIndex | QPersistentModelIndex
KIND = "indicator_period"
VALUE_FIELDS = ("target", "actual")
ON_TRACK = QColor("#1b5e20")
OFF_TRACK = QColor("#b00020")


def parse_cell(text: Any) -> Any:
    """What a typed cell means, read as the form's number fields read it."""
    return parse_number(text) if isinstance(text, str) else text


def period_label(start: dt.date, end: dt.date) -> str:
    """A calendar year reads as "2026", anything else as its two dates."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{date_text(start)} – {date_text(end)}"


def next_period(ends: list[dt.date], today: dt.date) -> tuple[dt.date, dt.date]:
    """The year after the last period (the current calendar year if none)."""
    if not ends:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    start = max(ends) + dt.timedelta(days=1)
    try:
        after = start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        after = start + dt.timedelta(days=365)
    return start, after - dt.timedelta(days=1)


@dataclass
class Period:
    start: dt.date
    end: dt.date
    #: the stored records of this period by sex (None: the total)
    records: dict[str | None, dict[str, Any]] = field(default_factory=dict)
    #: every record of the period, also a second one of a sex (removed with it)
    ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Edit:
    """One typed value, as the grid asks for it to be saved."""

    start: dt.date
    end: dt.date
    sex: str | None
    field: str
    value: Any
    before: Any
    record_id: str
    new_record: bool


def group_periods(rows: list[dict[str, Any]]) -> list[Period]:
    """Records grouped into periods, in date order. Two records of one period
    and sex would be a data error; the first one shown is the one edited."""
    periods: dict[tuple[dt.date, dt.date], Period] = {}
    for row in rows:
        key = (row["period_start"], row["period_end"])
        period = periods.setdefault(key, Period(*key))
        period.records.setdefault(row.get("sex"), row)
        period.ids.append(row["id"])
    return sorted(periods.values(), key=lambda p: (p.start, p.end))


def load_grid(session: Session, indicator_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The indicator (for its baseline and sex disaggregation) and its periods."""
    return get(session, "indicator", indicator_id) or {}, owned_records(session, KIND, "indicator_id", indicator_id)


class PeriodModel(QAbstractTableModel):
    """Column 0 is the period; then a target and an actual column per sex shown.
    ``edited`` asks for a typed value to be saved; ``finish`` says it is done."""

    edited = Signal(object)  # Edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator: dict[str, Any] = {}
        self.periods: list[Period] = []
        self.sexes: tuple[str | None, ...] = (None,)
        self._pending: dict[tuple[dt.date, dt.date, str | None, str], Any] = {}
        self._new_ids: dict[tuple[dt.date, dt.date, str | None], str] = {}

    # --- contents ----------------------------------------------------------------

    def set_contents(self, indicator: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        """Show what the database holds; an unchanged shape keeps the cursor and open editors."""
        periods = group_periods(rows)
        disaggregated = bool(indicator.get("by_sex")) or any(row.get("sex") for row in rows)
        sexes: tuple[str | None, ...] = (None, *(s.value for s in Sex)) if disaggregated else (None,)
        self.indicator = indicator
        for period in periods:
            for sex in period.records:
                self._new_ids.pop((period.start, period.end, sex), None)
        same = sexes == self.sexes and [(p.start, p.end) for p in periods] == [(p.start, p.end) for p in self.periods]
        if same:
            self.periods = periods
            if periods:
                self.dataChanged.emit(self.index(0, 0), self.index(len(periods) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.periods, self.sexes = periods, sexes
        self.endResetModel()

    def column_of(self, column: int) -> tuple[str | None, str] | None:
        """(sex, field) of a value column; None for the period column."""
        if column <= 0 or column >= self.columnCount():
            return None
        sex = self.sexes[(column - 1) // len(VALUE_FIELDS)]
        return sex, VALUE_FIELDS[(column - 1) % len(VALUE_FIELDS)]

    def column_for(self, sex: str | None, name: str) -> int:
        return 1 + self.sexes.index(sex) * len(VALUE_FIELDS) + VALUE_FIELDS.index(name)

    def row_of(self, start: dt.date, end: dt.date) -> int:
        return next((r for r, p in enumerate(self.periods) if (p.start, p.end) == (start, end)), -1)

    def stored(self, row: int, sex: str | None, name: str) -> Any:
        record = self.periods[row].records.get(sex)
        return None if record is None else record.get(name)

    def value(self, row: int, sex: str | None, name: str) -> Any:
        """The value shown: the one being saved, else the stored one."""
        period = self.periods[row]
        key = (period.start, period.end, sex, name)
        return self._pending[key] if key in self._pending else self.stored(row, sex, name)

    def track(self, row: int, sex: str | None) -> bool | None:
        """Whether the actual reaches the target in the indicator's direction
        (down when the total target is below the baseline, as the dashboard
        judges); None when there is nothing to compare."""
        target, actual = self.value(row, sex, "target"), self.value(row, sex, "actual")
        if not all(isinstance(v, (int, float)) for v in (target, actual)):
            return None
        baseline, total_target = self.indicator.get("baseline_value"), self.value(row, None, "target")
        down = isinstance(baseline, (int, float)) and isinstance(total_target, (int, float)) and total_target < baseline
        return bool(actual <= target) if down else bool(actual >= target)

    # --- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.periods)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self.sexes) * len(VALUE_FIELDS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), self.column_of(index.column())
        if column is None:
            period = self.periods[row]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return period_label(period.start, period.end)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{date_text(period.start)} – {date_text(period.end)}"
            return None
        sex, name = column
        value = self.value(row, sex, name)
        if role == Qt.ItemDataRole.DisplayRole:
            return show_number(value) if isinstance(value, (int, float)) else number_text(value)
        if role == Qt.ItemDataRole.EditRole:
            return number_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_pending(row, sex, name):
            font = QFont()
            font.setItalic(True)
            return font
        on_track = self.track(row, sex) if name == "actual" else None
        if role == Qt.ItemDataRole.ForegroundRole and on_track is not None:
            return ON_TRACK if on_track else OFF_TRACK
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = self.stored(row, sex, f"{name}_note")
            hint = {
                True: self.tr("On track: the actual reaches the target"),
                False: self.tr("Off track: the actual falls short of the target"),
                None: "",
            }[on_track]
            return tip("\n".join(text for text in (hint, notes) if text)) or None
        return None

    def _is_pending(self, row: int, sex: str | None, name: str) -> bool:
        period = self.periods[row]
        return (period.start, period.end, sex, name) in self._pending

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        column = self.column_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return self.tr("Period")
            return f"{self.sex_name(column[0])}\n{field_label(column[1])}"
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return self.cell_name(*column)
        return None

    def sex_name(self, sex: str | None) -> str:
        return self.tr("Total") if sex is None else code_label(sex)

    def cell_name(self, sex: str | None, name: str) -> str:
        return self.tr("{field} ({sex})").format(field=field_label(name), sex=self.sex_name(sex))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = self.column_of(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or column is None:
            return False
        sex, name = column
        row = index.row()
        parsed = parse_cell(value)
        if parsed == self.value(row, sex, name):
            return False
        period = self.periods[row]
        record = period.records.get(sex)
        new_record = record is None and (period.start, period.end, sex) not in self._new_ids
        if record is not None:
            record_id = record["id"]
        else:
            record_id = self._new_ids.setdefault((period.start, period.end, sex), new_id())
        edit = Edit(period.start, period.end, sex, name, parsed, self.stored(row, sex, name), record_id, new_record)
        self._pending[(period.start, period.end, sex, name)] = parsed
        self.dataChanged.emit(index, index)
        self.edited.emit(edit)
        return True

    def finish(self, edit: Edit, saved: bool) -> None:
        """The save of ``edit`` is through (or refused): show the stored value again."""
        key = (edit.start, edit.end, edit.sex, edit.field)
        if self._pending.get(key, object()) == edit.value:
            del self._pending[key]
        if not saved and edit.new_record:
            self._new_ids.pop((edit.start, edit.end, edit.sex), None)
        row = self.row_of(edit.start, edit.end)
        if row >= 0 and edit.sex in self.sexes:
            index = self.index(row, self.column_for(edit.sex, edit.field))
            self.dataChanged.emit(index, index)
