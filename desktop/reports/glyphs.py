"""The shipped fonts as the PDF embeds them: every glyph copies out as the characters it stands for.

A PDF reader finds and copies text through each font's ToUnicode map, one entry
per character code. ReportLab gives a glyph that HarfBuzz chose (an Arabic
joining form, a Sinhala conjunct, a ligature) a private-use code and maps it to
that private-use character, so those words could not be searched or copied; and
it writes characters beyond U+FFFF (emoji) in a form readers reject.

``MappedFont`` draws the shaped glyph of a cluster with a code of its own that
stands for the pair (glyph, characters typed): the first glyph of a cluster maps
to the whole cluster's text, the others to nothing, so copying a line gives back
what was typed, whatever shapes the glyphs took. Codes are taken from the
supplementary private-use plane, never from real characters.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

_FIRST_CODE = 0xF0000
_LAST_CODE = 0x10FFFD
_lock = threading.Lock()


class MappedFont(TTFont):
    """A TrueType font whose glyphs, shaped or not, copy out as the characters they stand for."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path, shapable=False)  # shaping is done by desktop.reports.shaped
        self.hb_face = hb.Face(hb.Blob(Path(path).read_bytes()))
        self.hb_font = hb.Font(self.hb_face)
        self.upem: int = self.hb_face.upem
        self.texts: dict[int, str] = {}  # code -> the characters it copies out as (codes of our own only)
        self._codes: dict[tuple[int, str], int] = {}
        self._next = _FIRST_CODE

    def code(self, glyph: int, text: str) -> int:
        """A character code that draws ``glyph`` and copies out as ``text``."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == glyph:
            return ord(text)
        key = (glyph, text)
        with _lock:
            found = self._codes.get(key)
            if found is None:
                if self._next > _LAST_CODE:
                    return 0  # 130,000 distinct shapes in one process: the box, rather than a wrong character
                found = self._next
                self._next += 1
                self.face.charToGlyph[found] = glyph
                self.face.charWidths[found] = self.advance(glyph)
                self.texts[found] = text
                self._codes[key] = found
        return found

    def advance(self, glyph: int) -> float:
        """The glyph's advance in thousandths of the font size (the unit of a PDF's widths)."""
        advance: float = self.hb_font.get_glyph_h_advance(glyph)
        return round(advance * 1000 / self.upem, 3)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (ReportLab's name)
        """ReportLab's ``TTFont.addObjects`` with a ToUnicode map that says what each code stands for."""
        me: Any = self  # ReportLab's stubs leave out most of what this uses
        document: Any = doc
        face: Any = self.face
        state = me._assignState(doc)
        state.frozen = 1
        for number, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(number, doc)[1:]
            base = b"".join((SUBSETN(number), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            font: Any = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {number}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = pdfdoc.PDFArray([face.getCharWidth(code) for code in subset])
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base, [self.texts.get(code, chr(code)) for code in subset])
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = document.Reference(cmap, "toUnicodeCMap:" + base)
            font.FontDescriptor = face.addSubsetObjects(doc, base, subset)
            document.Reference(font, internal)
            document.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap for one-byte codes: code ``i`` copies out as ``texts[i]`` (UTF-16, any plane, or nothing)."""
    entries = [f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>" for index, text in enumerate(texts)]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{max(len(texts) - 1, 0):02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # a bfchar block holds at most 100 entries
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)
