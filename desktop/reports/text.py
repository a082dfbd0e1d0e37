"""Text in any script, safely, in ReportLab paragraphs.

Three things stand between what a focal point typed and a correct page:

- **Markup.** ``Paragraph`` parses its text as markup (and its parser has had
  code-execution CVEs), so every user string goes through ``markup`` which
  escapes it before anything else.
- **Fonts.** No one font covers Latin, Cyrillic, Arabic, Sinhala and emoji. For
  every run of characters ``markup`` picks the first shipped font that has them
  (Noto Sans, Noto Sans Arabic, Noto Sans Sinhala, Noto Sans Tamil, Symbola) and says so with a
  ``<font>`` tag; ReportLab embeds the subset of each font used.
- **Shaping and direction.** Arabic letters join and Sinhala and Tamil letters
  combine; text holding them (or any right-to-left letter) is laid out by
  ``desktop.reports.shaped``: the bidirectional algorithm over the paragraph,
  HarfBuzz per run, glyphs that copy out as typed. Other text stays a ReportLab
  ``Paragraph`` (no shaping needed, and several times faster).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from importlib.resources import as_file
from typing import Literal

import pyphen
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

from desktop.reports.bidi import EXPLICIT
from desktop.reports.emoji import has_emoji, readable
from desktop.reports.glyphs import MappedFont
from desktop.reports.shaped import ShapedParagraph
from resources import resource

#: Font names as the PDF knows them, in the order tried for each character.
BASE, ARABIC, SINHALA, TAMIL = "Mainstream", "Mainstream-Arabic", "Mainstream-Sinhala", "Mainstream-Tamil"
SYMBOLS = "Mainstream-Symbols"
_FILES = {
    BASE: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    SINHALA: ("NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Bold.ttf"),
    TAMIL: ("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    SYMBOLS: ("Symbola.ttf", None),
}
BOLD = "-Bold"

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
#: Scripts whose letters change shape with their neighbours: Arabic, Hebrew marks, the Indic scripts
#: (Sinhala, Tamil), and the joiners they use.
_COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufefe\u200c\u200d]")
#: Control characters (C0 other than tab and line breaks, DEL, C1) and byte-order marks: no glyph, no place on a page.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")
_JOINERS = {"\u200c", "\u200d"}
_INVISIBLE = {"\ufe0e", "\ufe0f"}  # emoji presentation selectors: no font here draws them

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}
_BOLD_FACES: set[str] = set()


def register_fonts() -> None:
    """Register the shipped fonts with ReportLab once per process (safe from any thread)."""
    with _lock:
        if _coverage:
            return
        for name, (regular, bold) in _FILES.items():
            font = _load(name, regular)
            _coverage[name] = frozenset(font.face.charToGlyph)
            bold_name = name + BOLD
            if bold:
                _load(bold_name, bold)
                _BOLD_FACES.add(bold_name)
            else:
                bold_name = name
            faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
                (0, 0, name),
                (1, 0, bold_name),
                (0, 1, name),
                (1, 1, bold_name),
            )
            for is_bold, is_italic, face in faces:
                addMapping(name, is_bold, is_italic, face)


def _load(name: str, filename: str) -> TTFont:
    with as_file(resource("fonts", filename)) as path:
        font = MappedFont(name, str(path))
    pdfmetrics.registerFont(font)
    return font


def clean(text: str | None) -> str:
    """User text ready for a page: composed (NFC), without control characters or explicit direction codes.

    Emoji no shipped font draws (flags, skin tones, recent emoji) become words (``emoji.readable``).
    """
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return text  # the usual cell: nothing to compose, strip or replace
    value = EXPLICIT.sub("", _CONTROL.sub("", unicodedata.normalize("NFC", text)))
    if value.isascii() or not has_emoji(value):
        return value
    register_fonts()
    return readable(value, _has_glyph)


def _has_glyph(code: int) -> bool:
    return any(code in covered for covered in _coverage.values())


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str | None) -> str:
    """``text`` escaped for a Paragraph, with a font tag on every run the base font cannot draw."""
    text = clean(text)
    if text.isascii():
        return escape(text).replace("\n", "<br/>")
    text = text.replace("\u202f", "\u00a0")  # ReportLab breaks lines at a narrow no-break space, not at this one
    register_fonts()
    chars = [ch for ch in text if ch not in _INVISIBLE]
    fonts = _fonts_of(chars)
    # Joiners matter to shaped scripts (Sinhala); in emoji sequences Symbola draws the parts side by side.
    kept = [i for i, ch in enumerate(chars) if ch not in _JOINERS or fonts[i] not in (BASE, SYMBOLS)]
    chars, fonts = [chars[i] for i in kept], [fonts[i] for i in kept]
    parts: list[str] = []
    start = 0
    for end in range(1, len(chars) + 1):
        if end < len(chars) and fonts[end] == fonts[start]:
            continue
        chunk = escape("".join(chars[start:end])).replace("\n", "<br/>")
        parts.append(chunk if fonts[start] == BASE else f'<font name="{fonts[start]}">{chunk}</font>')
        start = end
    return "".join(parts)


def _fonts_of(chars: list[str]) -> list[str]:
    """The font of each character.

    Letters keep the font of the letter before them while it has them, so a
    word is never split between two fonts that both could draw it. Marks and
    joiners stay with their letter. Anything else (punctuation, digits, spaces,
    emoji) goes with the next letter of its word when that letter's font has
    it: ReportLab shapes a word in the font of its first character, so "(Sri"
    after Sinhala text must be all in the Latin font.
    """
    fonts: list[str] = [""] * len(chars)
    previous = BASE
    for index, ch in enumerate(chars):
        if unicodedata.category(ch)[0] == "L":
            previous = previous if ord(ch) in _coverage[previous] else _font_for(ord(ch))
            fonts[index] = previous
    previous = BASE
    for index, ch in enumerate(chars):
        if fonts[index]:
            previous = fonts[index]
            continue
        code = ord(ch)
        if ch in _JOINERS or unicodedata.combining(ch):
            fonts[index] = previous
            continue
        ahead = _next_letter_font(chars, fonts, index)
        if ahead and code in _coverage[ahead]:
            fonts[index] = ahead
        elif previous != SYMBOLS and (code in _coverage[previous] or ch.isspace()):
            fonts[index] = previous
        else:
            fonts[index] = _font_for(code)
        previous = fonts[index]
    return fonts


def _next_letter_font(chars: list[str], fonts: list[str], index: int) -> str:
    for later in range(index + 1, len(chars)):
        if chars[later].isspace():
            return ""
        if unicodedata.category(chars[later])[0] == "L":
            return fonts[later]
    return ""


def _font_for(code: int) -> str:
    for name in _FILES:
        if code in _coverage[name]:
            return name
    return BASE  # no shipped font has it; the base font's empty box marks the spot


def simple(text: str) -> bool:
    """Whether the base font draws ``text`` as it is: no other font, no shaping, no direction to resolve."""
    if text.isascii():
        return "\n" not in text
    register_fonts()
    base = _coverage[BASE]
    return not _COMPLEX.search(text) and all(ord(ch) in base for ch in text if ch != " ")


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds letters that join or combine, or read right to left."""
    return bool(_COMPLEX.search(text) or _RTL.search(text))


def para(text: str | None, style: ParagraphStyle, *, bold: bool = False, max_lines: int = 0) -> Flowable:
    """A paragraph of user text, escaped, in the right fonts, shaped and ordered when its script needs it.

    ``max_lines`` (when not 0) cuts the text at its logical end, with an ellipsis, to that many lines.
    """
    value = clean(text)
    if needs_shaping(value) or max_lines:
        return shaped(value, style, bold=bold, max_lines=max_lines)
    body = markup(value)
    if bold:
        body = f"<b>{body}</b>"
    return Paragraph(body, hyphenating(style))


#: The styles of narrow text (table cells, the key-figure tiles), hyphenated in the report's language.
NARROW = frozenset({"small", "small_bold", "caption"})


def hyphenating(style: ParagraphStyle) -> ParagraphStyle:
    """``style``, hyphenating words at the end of a line with pyphen when it is a style of narrow text.

    A column a few words wide breaks only at spaces otherwise, leaving lines half empty ("Renforcement"
    alone on a line); wide text (body, headings) is not hyphenated, so its words stay whole for a search.
    """
    if style.name.split("-")[0] not in NARROW:
        return style
    from desktop.reports.labels import LANGUAGE

    return _hyphenating(style, LANGUAGE.get())


_HYPHENATING: dict[tuple[int, str], ParagraphStyle] = {}


def _hyphenating(style: ParagraphStyle, language: str) -> ParagraphStyle:
    key = (id(style), language)
    found = _HYPHENATING.get(key)
    if found is None:
        found = ParagraphStyle(f"{style.name}-hyphenated-{language}", parent=style)
        found.hyphenationLang = dictionary(language).iterate  # ReportLab takes a callable: no Pyphen per paragraph
        found.keep = style  # (keeps the parent, whose id is the key, alive)
        _HYPHENATING[key] = found
    return found


@lru_cache
def dictionary(language: str) -> pyphen.Pyphen:
    """pyphen's dictionary of ``language``, at least two letters either side of a hyphen."""
    return pyphen.Pyphen(lang=language, left=2, right=2)


def shaped(text: str, style: ParagraphStyle, *, bold: bool = False, max_lines: int = 0) -> ShapedParagraph:
    """``text`` (already clean) as a ``ShapedParagraph``, each character in the first font that has it."""
    register_fonts()
    chars = "".join(ch for ch in text if ch not in _INVISIBLE)
    heavy = bold or style.fontName.endswith(BOLD)
    fonts = list(_faces(chars, heavy))
    return ShapedParagraph(chars, fonts, style, max_lines=max_lines, ellipsis_font=BASE + BOLD if heavy else BASE)


def fitted(text: str | None, style: ParagraphStyle, width: float, *, mirror: bool = True) -> Flowable:
    """User text on one line of ``width``, cut at its logical end with an ellipsis (labels, contents entries).

    ``mirror=False`` keeps right-to-left text at the style's alignment (contents entries all start at the left).
    """
    value = clean(text).replace("\n", " ")
    if needs_shaping(value):
        made = shaped(value, style, max_lines=1)
        made.mirror = mirror
        return made
    return para(one_line(value, width, style.fontName, style.fontSize), style)


@lru_cache(maxsize=8192)
def _faces(chars: str, heavy: bool) -> tuple[str, ...]:
    """The font of each character, bold where ``heavy`` (kept: the same names come back row after row)."""
    return tuple(name + BOLD if heavy and name + BOLD in _BOLD_FACES else name for name in _fonts_of(list(chars)))


def label(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of the report's own words (translated labels): escaped, never shaped."""
    return Paragraph(markup(text), hyphenating(style))


@lru_cache(maxsize=8192)
def one_line(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut (with an ellipsis) to fit ``width`` on one line, measured in the base font."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + " …", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + " …"
