"""What every section builder shares: the words, the data, headings and text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from db.services.overview_data import Overview
from desktop.reports.document import STYLES, Heading
from desktop.reports.labels import Labels
from desktop.reports.tables import Row, Rows, Text, Titled
from desktop.reports.text import clean, para

#: Longest text printed in a table cell; the full text stays in the application.
CELL_TEXT = 900
#: Free text is cut into paragraphs of about this many characters: ReportLab's
#: line breaking is quadratic in a paragraph's length.
CHUNK = 2500
_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass
class Story:
    """The flowables of the report and its contents entries, built section by section."""

    words: Labels
    data: Overview
    flowables: list[Flowable] = field(default_factory=list)
    entries: list[tuple[int, str, str]] = field(default_factory=list)
    _subheadings: list[Flowable] = field(default_factory=list)

    def add(self, *items: Flowable) -> None:
        for item in items:
            last = self.flowables[-1] if self.flowables else None
            if isinstance(item, Rows) and last is not None and last in self._subheadings:
                self.flowables[-1] = Titled(last, item)  # the table may start under its heading, and split
            else:
                self.flowables.append(item)

    def heading(self, text: str, level: int) -> Heading:
        """A heading of level 0 (section) or 1 (a committee, a work plan), listed in the contents."""
        key = f"h{len(self.entries)}"
        style = STYLES.h1 if level == 0 else STYLES.h2
        self.entries.append((level, text, key))
        made = Heading(text, style, level=level, key=key)
        self.flowables.append(made)
        return made

    def subheading(self, text: str) -> None:
        made = para(text, STYLES.h3)
        self._subheadings.append(made)
        self.flowables.append(made)

    def text(self, value: str | None, style: ParagraphStyle | None = None) -> None:
        self.flowables.extend(long_text(value, style or STYLES.body))

    def note(self, value: str) -> None:
        self.flowables.append(para(value, STYLES.muted))

    def facts(self, pairs: list[tuple[str, str]]) -> None:
        """Label: value lines, for the few facts of a committee or a policy (empty values left out).

        A value too long for a cell (minutes, a long agenda) follows the table
        whole, as paragraphs under its label, and runs on across pages.
        """
        rows: list[Row] = []
        whole: list[tuple[str, str]] = []
        for name, value in pairs:
            if not value:
                continue
            if len(clean(value)) > CELL_TEXT:
                whole.append((name, value))
            else:
                rows.append(Row([para(name, STYLES.small_bold), cell(value)]))
        if rows:
            self.flowables.append(Rows([], rows, [120, 350], zebra=False))
            self.flowables.append(Spacer(1, 6))
        for name, value in whole:
            self.flowables.append(para(name, _LABEL))
            self.flowables.extend(long_text(value, STYLES.body))

    def header(self, *titles: str) -> list[Text]:
        """A table's header cells, translated (the scanner of the catalogues collects these titles)."""
        return [Text(self.words.t(title), bold=True, colour=colors.white) for title in titles]

    def t(self, text: str, **values: Any) -> str:
        return self.words.t(text, **values)


def short(text: str | None, limit: int = CELL_TEXT) -> str:
    value = clean(text)
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0] if " " in value[:limit] else value[:limit]
    return cut + " …"


def cell(text: str | None, *, limit: int = CELL_TEXT, bold: bool = False, colour: Any = None) -> Text:
    """A table cell of text (user text shortened to ``limit``); see ``tables.Text``."""
    return Text(short(text, limit), bold=bold, colour=colour)


def long_text(text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """Free text of any length as paragraphs: split at line breaks, long ones cut at word boundaries."""
    value = clean(text).strip()
    if not value:
        return []
    found: list[Flowable] = []
    for raw in _BREAK.split(value):
        rest = raw.strip()
        while len(rest) > CHUNK:
            at = rest.rfind(" ", CHUNK // 2, CHUNK)
            at = at if at > 0 else CHUNK
            found.append(para(rest[:at], _tight(style)))
            rest = rest[at:].lstrip()
        if rest:
            found.append(para(rest, style))
    return found


_LABEL = ParagraphStyle("fact-label", parent=STYLES.small_bold, spaceBefore=4, spaceAfter=2, keepWithNext=1)
_TIGHT: dict[str, ParagraphStyle] = {}


def _tight(style: ParagraphStyle) -> ParagraphStyle:
    """The style without space after, so a cut paragraph reads as one."""
    if style.name not in _TIGHT:
        _TIGHT[style.name] = ParagraphStyle(f"{style.name}-tight", parent=style, spaceAfter=0)
    return _TIGHT[style.name]
