"""Paragraphs of Arabic, Sinhala, Tamil or anything mixed with them: one path from characters to glyphs.

ReportLab shapes and orders text word by word inside its paragraph parser, and
that broke on real names: brackets and quotes next to Arabic, vowel marks,
headings whose words came out in reverse. Here a paragraph goes through the
steps a text engine takes, in this order:

1. **Levels**: the Unicode bidirectional algorithm over the whole paragraph
   (``bidi.levels``).
2. **Runs**: characters of one level and one font (``text.fonts_of``).
3. **Shaping**: HarfBuzz per run, with the paragraph around it as context and
   the fonts' default OpenType features only (no discretionary ligatures:
   "محمد" stays four letters, not the honorific sign).
4. **Lines**: broken at spaces (a word wider than the line at a cluster),
   measured with the shaped advances.
5. **Order**: each line's runs placed by rule L2 (``bidi.visual_order``);
   glyphs of a right-to-left run come from HarfBuzz already in display order.
6. **Drawing**: glyph by glyph with their offsets, each with a code that copies
   out as the characters it stands for (``glyphs.MappedFont``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

import uharfbuzz as hb
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from desktop.reports.bidi import is_rtl, levels, visual_order
from desktop.reports.glyphs import MappedFont

ELLIPSIS = " …"
#: Words and the spaces after them: lines break at spaces and tabs only, never at no-break spaces.
_WORDS = re.compile(r"[^ \t]+[ \t]*|[ \t]+")


@dataclass(slots=True)
class Glyph:
    font: MappedFont
    glyph: int
    cluster: int  # index of the cluster's first character in the paragraph
    advance: float  # in thousandths of the font size
    x_offset: float
    y_offset: float
    chars: str  # what this glyph copies out as
    spacers: str = ""  # characters of its cluster left without a glyph of their own
    spacer_codes: list[int] = field(default_factory=list)  # ... drawn as zero-width spaces that copy out as them


@dataclass
class Run:
    start: int
    end: int
    level: int
    glyphs: list[Glyph]  # in display order


@dataclass
class Line:
    start: int
    end: int  # trailing spaces excluded
    width: float  # points


class Block:
    """One paragraph (no line breaks inside) shaped once; lines are cut from it for any width."""

    def __init__(self, text: str, fonts: list[str], size: float) -> None:
        self.text = text
        self.size = size
        self.rtl = is_rtl(text)
        resolved = levels(text, self.rtl)
        self.widths = [0.0] * len(text)  # points per character (a cluster's advance on its first character)
        self.runs: list[Run] = []
        start = 0
        codepoints = [ord(ch) for ch in text]
        for end in range(1, len(text) + 1):
            if end < len(text) and resolved[end] == resolved[start] and fonts[end] == fonts[start]:
                continue
            font = cast(MappedFont, pdfmetrics.getFont(fonts[start]))
            self.runs.append(
                Run(start, end, resolved[start], self._shape(font, codepoints, start, end, resolved[start]))
            )
            start = end

    def _shape(self, font: MappedFont, codepoints: list[int], start: int, end: int, level: int) -> list[Glyph]:
        buffer = hb.Buffer()
        buffer.add_codepoints(codepoints, start, end - start)
        buffer.direction = "rtl" if level % 2 else "ltr"
        buffer.guess_segment_properties()
        hb.shape(font.hb_font, buffer)  # default features: no dlig
        scale = 1000 / font.upem
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        clusters = sorted({info.cluster for info in infos})
        ends = dict(zip(clusters, [*clusters[1:], end], strict=True))
        made: list[Glyph] = []
        by_cluster: dict[int, list[Glyph]] = {}
        for info, position in zip(infos, positions, strict=True):
            glyph = Glyph(
                font,
                info.codepoint,
                info.cluster,
                position.x_advance * scale,
                position.x_offset * scale,
                position.y_offset * scale,
                "",
            )
            made.append(glyph)
            by_cluster.setdefault(info.cluster, []).append(glyph)
            self.widths[info.cluster] += glyph.advance * self.size / 1000
        space = font.face.charToGlyph.get(32, 0)
        for cluster, members in by_cluster.items():
            chars = self.text[cluster : ends[cluster]]
            if level % 2:
                chars = chars[::-1]  # readers take a right-to-left run's characters from the right
            for glyph, char in zip(members, chars, strict=False):
                glyph.chars = char
            if len(chars) > len(members):
                members[-1].spacers = chars[len(members) :]
            for glyph in members:
                glyph.glyph = font.code(glyph.glyph, glyph.chars)  # from here on: the code to draw
            members[-1].spacer_codes = [font.code(space, char) for char in members[-1].spacers]
        return made

    def width(self, start: int, end: int) -> float:
        return sum(self.widths[start:end])

    def lines(self, width: float) -> list[Line]:
        """Greedy line breaking at spaces; a word wider than the line is cut between clusters."""
        found: list[Line] = []
        start = end = -1
        used = 0.0
        for match in _WORDS.finditer(self.text):
            word_end = match.start() + len(match.group().rstrip(" \t"))
            if word_end == match.start():  # spaces only (the paragraph starts with them)
                continue
            word = self.width(match.start(), word_end)
            gap = self.width(end, match.start()) if start >= 0 else 0.0
            if start >= 0 and used + gap + word <= width:
                end, used = word_end, used + gap + word
                continue
            if start >= 0:
                found.append(Line(start, end, used))
            start, end, used = match.start(), word_end, word
            while used > width and end - start > 1:
                cut = self._cut(start, end, width)
                found.append(Line(start, cut, self.width(start, cut)))
                start, used = cut, self.width(cut, end)
        if start >= 0:
            found.append(Line(start, end, used))
        return found or [Line(0, 0, 0.0)]

    def _cut(self, start: int, end: int, width: float) -> int:
        """Where a word too wide for the line is cut: before the first cluster that does not fit."""
        used = 0.0
        for index in range(start, end):
            if self.widths[index] == 0 and index > start:
                continue  # inside a cluster
            if used + self.widths[index] > width and index > start:
                return index
            used += self.widths[index]
        return end

    def line_runs(self, line: Line) -> list[tuple[Run, list[Glyph]]]:
        """The runs of ``line`` from left to right, each with its glyphs on the line."""
        pieces = []
        for run in self.runs:
            if run.end <= line.start or run.start >= line.end:
                continue
            glyphs = [g for g in run.glyphs if line.start <= g.cluster < line.end]
            if glyphs:
                pieces.append((run, glyphs))
        order = visual_order([run.level for run, _glyphs in pieces])
        return [pieces[index] for index in order]


@lru_cache(maxsize=2048)  # about 10 MB at most
def shaped_block(text: str, fonts: tuple[str, ...], size: float) -> Block:
    """``text`` shaped once per process: a report names the same institutions in row after row.

    A ``Block`` is never changed once made (lines are cut from it, not into it),
    so reports made at the same time may share it.
    """
    return Block(text, list(fonts), size)


class ShapedParagraph(Flowable):
    """A paragraph laid out by this module, for any text that needs shaping or a direction."""

    def __init__(
        self, text: str, fonts: list[str], style: ParagraphStyle, *, max_lines: int = 0, ellipsis_font: str = ""
    ) -> None:
        super().__init__()
        if max_lines:
            text = text.replace("\n", " ")
        self.text = text
        self.fonts = fonts
        self.style = style
        self.max_lines = max_lines
        self.mirror = True  # a right-to-left paragraph starts at the right (off: a list's entries all start left)
        self.ellipsis_font = ellipsis_font or fonts[-1] if fonts else ellipsis_font
        self.blocks: list[Block] = []
        start = 0
        for piece in text.split("\n"):
            self.blocks.append(shaped_block(piece, tuple(fonts[start : start + len(piece)]), style.fontSize))
            start += len(piece) + 1
        self._laid: tuple[float, list[tuple[Block, Line]]] | None = None
        self._fixed: list[tuple[Block, Line]] | None = None

    def __repr__(self) -> str:
        return f"ShapedParagraph({self.text[:40]!r})"

    def laid_out(self, width: float) -> list[tuple[Block, Line]]:
        if self._fixed is not None:
            return self._fixed
        if self._laid is None or self._laid[0] != width:
            lines = [(block, line) for block in self.blocks for line in block.lines(width)]
            if self.max_lines and len(lines) > self.max_lines:
                lines = self._shortened(lines, width)
            self._laid = (width, lines)
        return self._laid[1]

    def _shortened(self, lines: list[tuple[Block, Line]], width: float) -> list[tuple[Block, Line]]:
        """The lines of the text cut at its logical end, with an ellipsis, to ``max_lines`` lines."""
        block, last = lines[self.max_lines - 1]
        room = width - pdfmetrics.stringWidth(ELLIPSIS, self.ellipsis_font, self.style.fontSize)
        cut = last.start
        used = 0.0
        for index in range(last.start, len(block.text)):
            used += block.widths[index]
            if used > room:
                break
            if index + 1 == len(block.text) or block.widths[index + 1] > 0:
                cut = index + 1  # after a whole cluster
        while True:
            kept = block.text[:cut].rstrip()
            text = kept + ELLIPSIS
            fonts = self.fonts[: len(kept)] + [self.ellipsis_font] * len(ELLIPSIS)
            shorter = shaped_block(text, tuple(fonts), self.style.fontSize)
            found = shorter.lines(width)
            if len(found) <= self.max_lines or cut <= 0:
                return [(shorter, line) for line in found[: self.max_lines]]
            cut = len(kept) - 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.laid_out(available_width)) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self.laid_out(available_width)
        fit = int(available_height // self.style.leading)
        if fit < 1 or fit >= len(lines):
            return []  # nothing fits, or (rounding) everything: the next frame takes it whole
        return [self._part(lines[:fit]), self._part(lines[fit:])]

    def _part(self, lines: list[tuple[Block, Line]]) -> ShapedParagraph:
        part = ShapedParagraph.__new__(ShapedParagraph)
        Flowable.__init__(part)
        part.text, part.fonts, part.style, part.max_lines = self.text, self.fonts, self.style, 0
        part.blocks, part._laid, part._fixed = self.blocks, None, lines
        part.mirror = self.mirror
        return part

    def draw(self) -> None:
        canvas = cast(Any, self.canv)
        style = self.style
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        for block, line in self.laid_out(self.width):
            x = _start_x(int(style.alignment), block.rtl and self.mirror, self.width, line.width)
            canvas._code.append(_line_code(canvas._doc, block, line, x, y))
            y -= style.leading


def _start_x(alignment: int, rtl: bool, width: float, used: float) -> float:
    if alignment == TA_CENTER:
        return (width - used) / 2
    if alignment == TA_RIGHT or (rtl and alignment in (TA_LEFT, TA_JUSTIFY)):
        return width - used
    return 0.0


def _line_code(doc: Any, block: Block, line: Line, x: float, y: float) -> str:
    """PDF operators drawing one line: each run at its place, glyphs positioned by TJ adjustments.

    The runs are placed left to right but written in the order they were typed
    (a reader that copies text in content order gets the sentence, not the
    picture); inside a right-to-left run the glyphs are in display order, as
    readers expect.
    """
    size = block.size
    placed: list[tuple[Run, list[Glyph], float]] = []
    pen = x
    for run, glyphs in block.line_runs(line):
        placed.append((run, glyphs, pen))
        pen += sum(g.advance for g in glyphs) * size / 1000
    out = ["BT"]
    for _run, glyphs, left in sorted(placed, key=lambda piece: piece[0].start):
        out.append(f"1 0 0 1 {left:.3f} {y:.3f} Tm")
        _run_code(doc, glyphs, size, out)
    out.append("ET")
    return "\n".join(out)


def _run_code(doc: Any, glyphs: list[Glyph], size: float, out: list[str]) -> None:
    current = ""
    rise = 0.0
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append(f"[{' '.join(items)}] TJ")
            items.clear()

    for glyph in glyphs:
        font = glyph.font
        for index, code in enumerate([glyph.glyph, *glyph.spacer_codes]):
            ((subset, byte),) = font.splitString(chr(code), doc)
            name = font.getSubsetInternalName(subset, doc)
            if name != current:
                flush()
                out.append(f"{name} {size:.2f} Tf")
                current = name
            width = float(cast(Any, font.face).getCharWidth(code))
            if index:
                items.append(f"<{byte.hex()}> {width:.1f}")  # drawn and taken back: copied, never seen
                continue
            glyph_rise = glyph.y_offset * size / 1000
            if abs(glyph_rise - rise) > 0.001:
                flush()
                out.append(f"{glyph_rise:.3f} Ts")
                rise = glyph_rise
            if glyph.x_offset:
                items.append(f"{-glyph.x_offset:.1f}")
            items.append(f"<{byte.hex()}>")
            after = glyph.advance - glyph.x_offset - width
            if abs(after) > 0.05:
                items.append(f"{-after:.1f}")
    flush()
    if rise:
        out.append("0 Ts")
