"""Charts drawn straight onto the page: bars, a Gantt chart and policy timelines.

Drawn with canvas calls rather than ``reportlab.graphics`` charts so that
labels typed by users go through the same fonts, shaping and bidi as every
paragraph (they are Paragraphs), and so that a Gantt chart of thousands of
activities splits across pages like a table, one measured row at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from desktop.reports.document import ACCENT, LIGHT, MUTED, NAVY, RULE, STYLES, ZEBRA
from desktop.reports.shaped import ShapedParagraph
from desktop.reports.text import BASE, fitted, para, simple

LABEL_FONT = 7.5


@dataclass(frozen=True)
class Series:
    name: str
    colour: colors.Color


class Bars(Flowable):
    """Horizontal bars, one per label, each split into stacked series; values written at the end.

    Under the bars, a value axis: a baseline with ticks at round steps and their values, and faint
    lines up from each tick (``axis=False`` for a bar inside a table cell). Category labels, the legend
    and the values go through the report's text path, so they read correctly in any script.
    """

    ROW = 16
    AXIS = 14  # room for the tick labels under the bars

    def __init__(
        self,
        labels: Sequence[str],
        values: Sequence[Sequence[float]],
        series: Sequence[Series],
        *,
        width: float,
        label_width: float = 150,
        value_text: Sequence[str] | None = None,
        colours: Sequence[colors.Color] | None = None,
        scale: float | None = None,
        axis: bool = True,
        number: Callable[[float], str] | None = None,
    ) -> None:
        super().__init__()
        self.colours = list(colours) if colours else None  # one per label, for a single series
        self.scale = scale  # the value of a full-length bar; the largest total when empty
        # (none made for a bar without labels: a budget table has a thousand of them)
        self.labels = [para(text, STYLES.small) for text in labels] if label_width else [None] * len(labels)
        self.values = [list(v) for v in values]
        self.series = list(series)
        self.width = width
        self.label_width = label_width
        self.value_text = list(value_text) if value_text is not None else [f"{sum(v):,.0f}" for v in self.values]
        self.legend = len(self.series) > 1
        self.axis = axis
        self.number = number or (lambda value: f"{value:,.0f}")
        self.height = self.ROW * len(self.labels) + (14 if self.legend else 0) + 4 + (self.AXIS if axis else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def ticks(self) -> list[float]:
        """The axis' tick values from 0: round steps (1, 2 or 5 times a power of ten), whole numbers."""
        return axis_ticks(self.scale or max((sum(v) for v in self.values), default=0))

    def draw(self) -> None:
        c = self.canv
        ticks = self.ticks() if self.axis else []
        biggest = (ticks[-1] if ticks else self.scale or max((sum(v) for v in self.values), default=0)) or 1
        bar_room = self.width - self.label_width - 70
        bottom = self.AXIS if self.axis else 0
        y = self.height - (14 if self.legend else 0)
        if self.legend:
            x = self.label_width
            for s in self.series:
                c.setFillColor(s.colour)
                c.rect(x, y + 3, 8, 8, stroke=0, fill=1)
                x += 11 + draw_text(c, s.name, x + 11, y + 4, LABEL_FONT) + 15
        if ticks:
            self._draw_axis(c, ticks, bar_room, biggest, bottom, y)
        for index, (label, values, text) in enumerate(zip(self.labels, self.values, self.value_text, strict=True)):
            y -= self.ROW
            if label is not None:
                _w, h = label.wrap(self.label_width - 8, self.ROW)
                label.drawOn(c, 0, y + (self.ROW - min(h, self.ROW)) / 2)
            x = self.label_width
            for value, s in zip(values, self.series, strict=False):
                length = bar_room * value / biggest
                c.setFillColor(self.colours[index] if self.colours else s.colour)
                c.rect(x, y + 3, length, self.ROW - 6, stroke=0, fill=1)
                x += length
            draw_text(c, text, x + 4, y + 5, LABEL_FONT)

    def _draw_axis(self, c: Any, ticks: list[float], room: float, biggest: float, bottom: float, top: float) -> None:
        c.setLineWidth(0.25)
        for value in ticks:
            x = self.label_width + room * value / biggest
            c.setStrokeColor(RULE)
            c.line(x, bottom, x, top)  # faint, behind the bars drawn next
            c.setStrokeColor(MUTED)
            c.line(x, bottom - 3, x, bottom)
            text = self.number(value)
            c.setFillColor(MUTED)
            c.setFont(BASE, AXIS_SIZE)
            c.drawCentredString(x, bottom - 10, text)
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.5)
        c.line(self.label_width, bottom, self.label_width + room, bottom)
        c.line(self.label_width, bottom, self.label_width, top)


def axis_ticks(largest: float, *, most: int = 6) -> list[float]:
    """0 and round steps up to the first at or above ``largest``, at most ``most`` + 1 of them."""
    if largest <= 0:
        return [0.0, 1.0]
    step = 1.0
    while largest / step > most:
        for factor in (2, 2.5, 2):  # 1, 2, 5, 10, 20, 50, ...
            step *= factor
            if largest / step <= most:
                break
    count = -(-largest // step)
    return [step * n for n in range(int(count) + 1)]


def draw_text(c: Any, text: str, x: float, y: float, size: float) -> float:
    """``text`` on one line from (x, y), baseline at y, through the shaped path when its script needs it;
    its width."""
    if simple(text):
        c.setFillColor(colors.black)
        c.setFont(BASE, size)
        c.drawString(x, y, text)
        return float(stringWidth(text, BASE, size))
    style = _sized(size)
    made = fitted(text, style, _ROOM, mirror=False)
    made.wrap(_ROOM, 40)
    if isinstance(made, ShapedParagraph):
        drawn = max((line.width for _block, line in made.laid_out(_ROOM)), default=0.0)
    else:
        drawn = max(cast(Paragraph, made).getActualLineWidths0(), default=0.0)
    made.drawOn(c, x, y - style.leading + size)  # its first baseline on y
    return float(drawn)


#: The longest a chart's one-line text may be (the rest is cut with an ellipsis).
_ROOM = 400.0


def _sized(size: float) -> ParagraphStyle:
    if size not in _SIZED:
        _SIZED[size] = ParagraphStyle(f"chart-{size}", parent=STYLES.small, fontSize=size, leading=size * 1.25)
    return _SIZED[size]


_SIZED: dict[float, ParagraphStyle] = {}


@dataclass(frozen=True)
class GanttRow:
    label: str
    planned: tuple[date, date] | None
    actual: tuple[date | None, date | None] | None
    colour: colors.Color
    progress: float | None
    group: bool = False  # a result heading: label only, across the chart


AXIS_SIZE = 6.5


def _unit_starts(start: date, end: date, months: int) -> list[date]:
    """The first day of each month, quarter (months=3) or year (12) that the period touches."""
    first = date(start.year, ((start.month - 1) // months) * months + 1, 1) if months < 12 else date(start.year, 1, 1)
    found = []
    while first <= end:
        found.append(first)
        month = first.month - 1 + months
        first = date(first.year + month // 12, month % 12 + 1, 1)
    return found


class Gantt(Flowable):
    """Activities as bars over the report period: planned (outline), actual (filled), by month."""

    ROW = 13
    HEAD = 22

    def __init__(
        self,
        rows: Sequence[GanttRow],
        start: date,
        end: date,
        *,
        width: float,
        axis_label: Callable[[date, str], str],
        label_width: float = 170,
    ) -> None:
        super().__init__()
        self.rows = list(rows)
        self.start, self.end = start, end
        self.width = width
        self.label_width = label_width
        self.axis_label = axis_label  # (first day, "month" | "quarter" | "year") -> its label on the axis
        self._labels: list[Paragraph] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.HEAD + self.ROW * len(self.rows)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = int((available_height - self.HEAD) // self.ROW)
        if fits < 2:
            return []
        if self.rows[fits - 1].group and fits < len(self.rows):
            fits -= 1
        return [
            Gantt(
                self.rows[:fits],
                self.start,
                self.end,
                width=self.width,
                axis_label=self.axis_label,
                label_width=self.label_width,
            ),
            Gantt(
                self.rows[fits:],
                self.start,
                self.end,
                width=self.width,
                axis_label=self.axis_label,
                label_width=self.label_width,
            ),
        ]

    def axis(self) -> tuple[str, list[date]]:
        """The axis' unit and the first day of each unit in the period: the finest whose labels all fit."""
        for unit, months in (("month", 1), ("quarter", 3), ("year", 12)):
            starts = _unit_starts(self.start, self.end, months)
            room = (self.width - self.label_width) * 30.4 * months / ((self.end - self.start).days + 1)
            widest = max(stringWidth(self.axis_label(day, unit), BASE, AXIS_SIZE) for day in starts)
            if widest + 3 <= room:
                return unit, starts
        return "year", _unit_starts(self.start, self.end, 12)

    def _x(self, day: date) -> float:
        span = (self.end - self.start).days + 1
        clamped = min(max(day, self.start), self.end + timedelta(days=1))
        return self.label_width + (self.width - self.label_width) * (clamped - self.start).days / span

    def draw(self) -> None:
        c = self.canv
        height = self.HEAD + self.ROW * len(self.rows)
        top = height - self.HEAD
        self._draw_months(c, top, height)
        y = top
        for index, row in enumerate(self.rows):
            y -= self.ROW
            if row.group:
                c.setFillColor(LIGHT)
                c.rect(0, y, self.width, self.ROW, stroke=0, fill=1)
            elif index % 2:
                c.setFillColor(ZEBRA)
                c.rect(0, y, self.label_width, self.ROW, stroke=0, fill=1)
            room = self.width - 4 if row.group else self.label_width - 6
            style = STYLES.small_bold if row.group else STYLES.small
            label = fitted(row.label, style, room)
            label.wrap(room + 40, self.ROW)
            _draw_clipped(c, label, 2, y + 2, room, self.ROW - 2)
            if row.group:
                continue
            if row.planned:
                x0, x1 = self._x(row.planned[0]), self._x(row.planned[1] + timedelta(days=1))
                c.setStrokeColor(row.colour)
                c.setFillColor(colors.white)
                c.setLineWidth(0.8)
                c.rect(x0, y + 3, max(x1 - x0, 1.5), self.ROW - 6, stroke=1, fill=1)
                if row.progress:
                    c.setFillColor(row.colour)
                    c.rect(x0, y + 3, max(x1 - x0, 1.5) * min(row.progress, 100) / 100, self.ROW - 6, stroke=0, fill=1)
            if row.actual and row.actual[0]:
                a0 = row.actual[0]
                a1 = row.actual[1] or min(self.end, date.today())
                if a1 >= a0:
                    x0, x1 = self._x(a0), self._x(a1 + timedelta(days=1))
                    c.setFillColor(NAVY)
                    c.rect(x0, y + 1, max(x1 - x0, 1.5), 1.6, stroke=0, fill=1)

    def _draw_months(self, c: Any, top: float, height: float) -> None:
        """The time axis: months, quarters or years, whichever has room for its labels side by side."""
        c.setFont(BASE, AXIS_SIZE)
        unit, starts = self.axis()
        for index, day in enumerate(starts):
            x = self._x(max(day, self.start))
            c.setStrokeColor(RULE)
            c.setLineWidth(0.25)
            c.line(x, 0, x, top)  # below the axis: the labels above are never crossed
            c.line(x, top, x, top + 5)
            end = starts[index + 1] if index + 1 < len(starts) else self.end + timedelta(days=1)
            label = self.axis_label(day, unit)
            if stringWidth(label, BASE, AXIS_SIZE) + 3 <= self._x(end) - x:
                c.setFillColor(MUTED)
                c.drawString(x + 1.5, top + 8, label)
        c.setStrokeColor(MUTED)
        c.line(self.label_width, top, self.width, top)


def _draw_clipped(c: Any, flowable: Flowable, x: float, y: float, width: float, height: float) -> None:
    """Draw a one-line label, cut at the box (long titles would run into the bars)."""
    c.saveState()
    path = c.beginPath()
    path.rect(x, y - 2, width, height + 2)
    c.clipPath(path, stroke=0, fill=0)
    flowable.drawOn(c, x, y + height - flowable.height - 1 if flowable.height <= height else y)
    c.restoreState()


@dataclass(frozen=True)
class Step:
    when: date
    text: str
    colour: colors.Color


class Timeline(Flowable):
    """A policy's status history: a dated line with a dot and the status at each change.

    Labels take turns above and below the line; one that would touch the
    previous label on its side goes a row further out, so changes days apart
    stay readable.
    """

    ROW = 18

    def __init__(self, steps: Sequence[Step], *, width: float, end: date, dates: Sequence[str]) -> None:
        super().__init__()
        self.steps = list(steps)
        self.width = width
        self.dates = list(dates)  # the steps' dates as the report writes them
        first = min(s.when for s in self.steps)
        self.first = first
        self.last = max(*(s.when for s in self.steps), end)
        self.xs = [self._x(step.when) for step in self.steps]
        self.lanes = self._lanes()
        above = (max(self.lanes) // 2 + 1) if self.lanes else 1
        below = ((max(self.lanes) - 1) // 2 + 1) if any(lane % 2 for lane in self.lanes) else 1
        self.mid = 25 + (below - 1) * self.ROW
        self.height = self.mid + 26 + (above - 1) * self.ROW

    def _x(self, when: date) -> float:
        left, right = 30, self.width - 60
        return left + (right - left) * (when - self.first).days / max((self.last - self.first).days, 1)

    def _lanes(self) -> list[int]:
        """Each label's lane: 0 above the line, 1 below, 2 above further out, ..."""
        ends: list[float] = []  # the right end of the last label in each lane
        lanes: list[int] = []
        for index, (step, when, x) in enumerate(zip(self.steps, self.dates, self.xs, strict=True)):
            half = max(stringWidth(step.text, BASE, 7), stringWidth(when, BASE, 6.5)) / 2 + 3
            preferred = index % 2
            order = [preferred, 1 - preferred, *range(2, len(ends) + 2)]
            for lane in order:
                while len(ends) <= lane:
                    ends.append(float("-inf"))
                if x - half >= ends[lane]:
                    ends[lane] = x + half
                    lanes.append(lane)
                    break
        return lanes

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        mid = self.mid
        c.setStrokeColor(RULE)
        c.setLineWidth(2)
        c.line(30, mid, self.width - 40, mid)
        for index, (step, when, x, lane) in enumerate(zip(self.steps, self.dates, self.xs, self.lanes, strict=True)):
            c.setFillColor(step.colour)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1)
            c.circle(x, mid, 4.5, stroke=1, fill=1)
            out = (lane // 2) * self.ROW
            text_y, date_y = (mid + 8 + out, mid + 16 + out) if lane % 2 == 0 else (mid - 14 - out, mid - 22 - out)
            c.setFillColor(ACCENT if index == len(self.steps) - 1 else colors.black)
            c.setFont(BASE, 7)
            c.drawCentredString(x, text_y, step.text)
            c.setFillColor(MUTED)
            c.setFont(BASE, 6.5)
            c.drawCentredString(x, date_y, when)
