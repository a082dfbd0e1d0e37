"""Lines of plain text written straight into a page's content stream, the same operators ReportLab writes.

A table of 5,000 activities draws some 70,000 short cells. Drawn through
ReportLab's ``PDFTextObject`` (``beginText``, ``setFont``, ``setFillColor``,
``textLines``, ``drawText``), each costs about thirty Python calls, and most of
the time goes to encoding each line for the font's subsets again although the
same dates, statuses and names come back row after row. ``draw_lines`` writes
exactly what that sequence writes (the report's bytes are unchanged), with each
distinct line encoded once per document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont

#: The attribute of a canvas that holds its lines already encoded, per font and size.
_CACHE = "_mainstream_encoded_lines"


#: Fill colour operators and font-size operators, written out once (the report uses a handful of each).
_FILLS: dict[tuple[float, float, float], str] = {}
_TAILS: dict[tuple[float, float], str] = {}
_OPAQUE = 1  # ExtGState's default fill alpha ("ca")


class _Sink:
    """Where ``ExtGState.set`` appends its operator (a text object's code list, as ReportLab passes one)."""

    __slots__ = ("_code",)

    def __init__(self, code: list[str]) -> None:
        self._code = code


def draw_lines(
    canvas: Any, x: float, y: float, font_name: str, size: float, leading: float, colour: Color, lines: Sequence[str]
) -> None:
    """``lines`` from (x, y) down, in ``font_name`` (a TrueType font) and ``colour``, as one text object.

    The same as ``t = canvas.beginText(x, y); t.setFont(font_name, size, leading);
    t.setFillColor(colour); t.textLines(lines); canvas.drawText(t)``.
    """
    font: Any = getFont(font_name)
    if type(colour) is not Color or getattr(canvas, "_enforceColorSpace", None) or not font._dynamicFont:
        _draw_slowly(canvas, x, y, font_name, size, leading, colour, lines)
        return
    code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm" if canvas.bottomup else f"1 0 0 -1 {fp_str(x, y)} Tm"]
    rgb = (colour.red, colour.green, colour.blue)
    fill = _FILLS.get(rgb)
    if fill is None:
        fill = _FILLS[rgb] = f"{fp_str(rgb)} rg"
    code.append(fill)
    encoded = _encoded(canvas, font_name, size, leading)
    alpha = getattr(colour, "alpha", None)
    if alpha is not None:
        if not encoded.transparency:  # (ReportLab asks at every colour: once per document is the same)
            canvas._doc.ensureMinPdfVersion("transparency")
            encoded.transparency = True
        state = canvas._extgstate
        if alpha != state._d.get("ca", _OPAQUE):  # what ExtGState.set compares: it writes nothing otherwise
            state.set(_Sink(code), "ca", alpha)
    tail = _TAILS.get((size, leading))
    if tail is None:
        tail = _TAILS[size, leading] = f" {fp_str(size)} Tf {fp_str(leading)} TL"
    current = -1  # the subset selected in this text object (none yet)
    for line in lines:
        pieces = encoded.lines.get(line)
        if pieces is None:
            pieces = encoded.lines[line] = _encode(canvas, encoded, line)
        parts: list[str] = []
        for subset, name, text in pieces:
            if subset != current:
                parts.append(name + tail)
                current = subset
            parts.append(text)
        code.append(f"{' '.join(parts)} T*")
    code.append("ET")
    canvas._code.append(" ".join(code))


def _draw_slowly(
    canvas: Any, x: float, y: float, font_name: str, size: float, leading: float, colour: Any, lines: Sequence[str]
) -> None:
    """ReportLab's own way, for what the quick one does not copy (CMYK, a colour space enforced, Type 1 fonts)."""
    text = canvas.beginText(x, y)
    text.setFont(font_name, size, leading)
    text.setFillColor(colour)
    text.textLines(lines)
    canvas.drawText(text)


class _Encoded:
    """One canvas' lines already encoded in one font: what ``draw_lines`` needs to write them again."""

    __slots__ = ("font", "lines", "readable", "transparency")

    def __init__(self, font: Any) -> None:
        self.font = font
        self.lines: dict[str, list[tuple[int, str, str]]] = {}
        self.readable: frozenset[str] | None = None  # ASCII the font codes as itself in subset 0
        self.transparency = False  # the document asked for PDF 1.4 already


def _encoded(canvas: Any, font_name: str, size: float, leading: float) -> _Encoded:
    caches: dict[tuple[str, float, float], _Encoded] | None = getattr(canvas, _CACHE, None)
    if caches is None:
        caches = {}
        setattr(canvas, _CACHE, caches)
    found = caches.get((font_name, size, leading))
    if found is None:
        found = caches[font_name, size, leading] = _Encoded(getFont(font_name))
    return found


def _encode(canvas: Any, encoded: _Encoded, line: str) -> list[tuple[int, str, str]]:
    """The line's pieces per font subset: (subset, its PDF name, the ``(...) Tj`` operator)."""
    font, document = encoded.font, canvas._doc
    if encoded.readable is None:
        state = font._assignState(document)  # (ttfAsciiReadable: printable ASCII is coded as itself)
        encoded.readable = frozenset(chr(c) for c, n in state.assignments.items() if c == n and 32 <= c < 127)
    if line and set(line) <= encoded.readable:  # splitString's answer, without looking each character up
        return [(0, font.getSubsetInternalName(0, document), f"({canvas._escape(line.encode('latin-1'))}) Tj")]
    return [
        (subset, font.getSubsetInternalName(subset, document), f"({canvas._escape(text)}) Tj")
        for subset, text in font.splitString(line, document)
    ]
