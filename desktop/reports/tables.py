"""Tables that break across pages with their header repeated, in time linear in their rows.

ReportLab's ``Table`` re-measures every remaining row each time it splits, so a
table of thousands of rows costs quadratic time (PRACTICES.md: 2k rows 0.55 s,
8k rows 4.8 s). ``Rows`` measures each row once, splits by adding up the
heights it already knows and draws its cells itself: a page of rows costs the
same whether the table has ten rows or ten thousand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pyphen
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop.reports.document import LIGHT, NAVY, RULE, ZEBRA
from desktop.reports.labels import LANGUAGE
from desktop.reports.text import BASE, BOLD, dictionary, para, simple
from desktop.reports.text_lines import draw_lines

PAD_X = 4
PAD_Y = 3
#: Where a Paragraph of the small style puts its first baseline below its top (Noto Sans' ascent at 8 pt).
ASCENT = 8.55
LEADING = 10.0

FONT_SIZE = 8


class Text:
    """A cell of user or report text, drawn straight onto the canvas when it is short and simple.

    Most cells (codes, dates, amounts, statuses, short names) fit on one line
    in the base font; drawing those with one ``drawString`` instead of a
    ``Paragraph`` makes large tables about twice as fast. Anything longer, or
    needing another font, shaping or another direction, becomes a paragraph.
    """

    __slots__ = ("bold", "colour", "lines", "paragraph", "value")

    def __init__(self, value: str, *, bold: bool = False, colour: Any = None) -> None:
        self.value = value
        self.bold = bold
        self.colour = colour
        self.paragraph: Flowable | None = None
        self.lines: Sequence[str] = ()

    def height(self, width: float) -> float:
        font = BASE + BOLD if self.bold else BASE
        if simple(self.value):
            self.paragraph = None
            self.lines = _wrapped(self.value, font, width, LANGUAGE.get())
            return LEADING * len(self.lines)
        from desktop.reports.document import STYLES

        style = STYLES.small_bold if self.bold else STYLES.small
        if self.colour is not None:
            style = coloured(style, self.colour)
        self.paragraph = para(self.value, style)
        return float(self.paragraph.wrap(width, 10_000)[1])


@lru_cache(maxsize=32_768)
def _wrapped(text: str, font: str, width: float, language: str) -> tuple[str, ...]:
    """``wrap_words`` kept: dates, statuses and names come back in column after column of the same width.

    ``language`` is in the key because a word too long for the column is hyphenated in it.
    """
    return tuple(wrap_words(text, font, width))


def wrap_words(text: str, font: str, width: float) -> list[str]:
    """Greedy line breaking at spaces (a word longer than the line gets a line of its own)."""
    if stringWidth(text, font, FONT_SIZE) <= width:
        return [text] if text else []
    space = stringWidth(" ", font, FONT_SIZE)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for whole in text.split(" "):  # only at spaces: no-break spaces (French "Effet :", "1 234") hold
        if not whole:
            continue
        size = stringWidth(whole, font, FONT_SIZE)
        for word in [whole] if size <= width else _pieces(whole, font, width):
            if word is not whole:
                size = stringWidth(word, font, FONT_SIZE)
            if current and used + space + size > width:
                lines.append(" ".join(current))
                current, used = [word], size
            else:
                used += (space if current else 0.0) + size
                current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def _pieces(word: str, font: str, width: float) -> list[str]:
    """A word wider than the column: hyphenated in the report's language, else cut where the column ends."""
    if stringWidth(word, font, FONT_SIZE) <= width:
        return [word]
    hyphenated = _hyphenated(word, font, width)
    if hyphenated:
        return hyphenated
    pieces, start = [], 0
    for end in range(1, len(word) + 1):
        if end - start > 1 and stringWidth(word[start:end], font, FONT_SIZE) > width:
            pieces.append(word[start : end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces


def _hyphenated(word: str, font: str, width: float) -> list[str]:
    """``word`` cut at hyphenation points (pyphen's dictionaries) into lines of ``width``; [] when it cannot be."""
    if not word.isalpha():
        return []  # codes, numbers, web addresses: no dictionary knows them
    dictionary = _dictionary(LANGUAGE.get())
    pieces: list[str] = []
    rest = word
    while stringWidth(rest, font, FONT_SIZE) > width:
        for head, tail in dictionary.iterate(rest):  # longest head first
            if stringWidth(head + "-", font, FONT_SIZE) <= width:
                pieces.append(head + "-")
                rest = tail
                break
        else:
            return []
    return [*pieces, rest]


def _dictionary(language: str) -> pyphen.Pyphen:
    return dictionary(language)


def coloured(style: ParagraphStyle, colour: Any) -> ParagraphStyle:
    key = (style.name, str(colour))
    if key not in _COLOURED:
        _COLOURED[key] = ParagraphStyle(f"{style.name}-{len(_COLOURED)}", parent=style, textColor=colour)
    return _COLOURED[key]


_COLOURED: dict[tuple[str, str], ParagraphStyle] = {}

Cell = Flowable | Text | str | None


@dataclass(frozen=True)
class Row:
    cells: Sequence[Cell]
    group: bool = False  # a heading row: one cell across the whole width, shaded


class Rows(Flowable):
    """A table: a header row repeated on every page it spans, then rows (and group rows)."""

    def __init__(
        self,
        header: Sequence[Cell],
        rows: Sequence[Row],
        widths: Sequence[float],
        *,
        zebra: bool = True,
        _heights: Any = None,
    ) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = list(rows)
        self.widths = list(widths)
        self.zebra = zebra
        self._heights: list[float] | None = _heights
        self._header_height: float = -1.0

    def _measure(self) -> None:
        if self._heights is not None and self._header_height >= 0:
            return
        self._header_height = _row_height(self.header, self.widths) if self.header else 0.0
        if self._heights is None:
            self._heights = [_row_height(r.cells, [sum(self.widths)] if r.group else self.widths) for r in self.rows]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._measure()
        assert self._heights is not None
        return sum(self.widths), self._header_height + sum(self._heights)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._measure()
        assert self._heights is not None
        room = available_height - self._header_height
        used, count = 0.0, 0
        for height in self._heights:
            if used + height > room:
                break
            used += height
            count += 1
        if count and self.rows[count - 1].group and count < len(self.rows):
            count -= 1  # a group heading never ends a page
        if count == 0:
            if self._heights and self._heights[0] > FRAME_LIMIT:
                count = 1  # taller than any page: print it rather than loop
            else:
                return []
        return [
            Rows(self.header, self.rows[:count], self.widths, zebra=self.zebra, _heights=self._heights[:count]),
            Rows(self.header, self.rows[count:], self.widths, zebra=self.zebra, _heights=self._heights[count:]),
        ]

    def draw(self) -> None:
        self._measure()
        assert self._heights is not None
        canvas = self.canv
        width = sum(self.widths)
        y = self._header_height + sum(self._heights)
        y -= self._header_height
        if self.header:
            canvas.setFillColor(NAVY)
            canvas.rect(0, y, width, self._header_height, stroke=0, fill=1)
            _draw_cells(canvas, self.header, self.widths, y, self._header_height, header=True)
        for index, (row, height) in enumerate(zip(self.rows, self._heights, strict=True)):
            y -= height
            if row.group:
                canvas.setFillColor(LIGHT)
                canvas.rect(0, y, width, height, stroke=0, fill=1)
                _draw_cells(canvas, row.cells[:1], [width], y, height)
            else:
                if self.zebra and index % 2:
                    canvas.setFillColor(ZEBRA)
                    canvas.rect(0, y, width, height, stroke=0, fill=1)
                _draw_cells(canvas, row.cells, self.widths, y, height)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.line(0, y, width, y)


#: A row taller than this (a page's frame, roughly) is printed even though it overflows.
FRAME_LIMIT = 650


def _row_height(cells: Sequence[Cell], widths: Sequence[float]) -> float:
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=False):
        if cell is None or isinstance(cell, str):
            height = 10.0 if cell else 0.0
        elif isinstance(cell, Text):
            height = cell.height(width - 2 * PAD_X)
        else:
            _w, height = cell.wrap(width - 2 * PAD_X, 10_000)
        tallest = max(tallest, height)
    return tallest + 2 * PAD_Y


def _draw_cells(
    canvas: Any, cells: Sequence[Cell], widths: Sequence[float], y: float, height: float, *, header: bool = False
) -> None:
    x = 0.0
    for cell, width in zip(cells, widths, strict=False):
        if isinstance(cell, Text):
            if cell.paragraph is None:
                if cell.lines:
                    font = BASE + BOLD if cell.bold else BASE
                    colour = cell.colour or (colors.white if header else colors.black)
                    top = y + height - PAD_Y - ASCENT
                    draw_lines(canvas, x + PAD_X, top, font, FONT_SIZE, LEADING, colour, cell.lines)
                x += width
                continue
            cell = cell.paragraph  # noqa: PLW2901
        if isinstance(cell, str):
            canvas.setFillColor(colors.white if header else colors.black)
            canvas.setFont("Mainstream", 8)
            canvas.drawString(x + PAD_X, y + height - PAD_Y - 8, cell)
        elif cell is not None:
            inner = width - 2 * PAD_X
            # measured at this width already (when the row's height was taken): no second line-breaking
            h = cell.height if getattr(cell, "width", None) == inner else cell.wrap(inner, 10_000)[1]
            cell.drawOn(canvas, x + PAD_X, y + height - PAD_Y - h)
        x += width


class Titled(Flowable):
    """A subheading and the table under it: kept together on one page, or split after a few rows.

    ReportLab keeps a heading with what follows (``keepWithNext``) by moving
    both to the next page whenever they do not fit where they are; a table a
    little shorter than a page then left most of the page before it empty.
    Here the heading stays where it is when it and the first rows fit.
    """

    FIRST_ROWS = 3

    def __init__(self, heading: Flowable, table: Rows) -> None:
        super().__init__()
        self.heading = heading
        self.table = table
        self.style = getattr(heading, "style", None)  # its space before, for the frame
        self.keepWithNext = 0  # (the heading's style keeps it with what follows: here that is the table)
        self._heading_height = 0.0

    def _gap(self) -> float:
        return float(getattr(self.style, "spaceAfter", 0) or 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heading_height = self.heading.wrap(available_width, available_height)[1]
        width, height = self.table.wrap(available_width, available_height)
        self.width, self.height = max(width, available_width), self._heading_height + self._gap() + height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        heading = self.heading.wrap(available_width, available_height)[1] + self._gap()
        parts = self.table.split(available_width, available_height - heading)
        if len(parts) != 2:
            return []
        first = parts[0]
        if not isinstance(first, Rows) or len(first.rows) < min(self.FIRST_ROWS, len(self.table.rows)):
            return []  # not even its first rows: heading and table go to the next page together
        return [Titled(self.heading, first), parts[1]]

    def draw(self) -> None:
        table_height = self.table.wrap(self.width, 10_000)[1]
        self.heading.drawOn(self.canv, 0, table_height + self._gap())
        self.table.drawOn(self.canv, 0, 0)
