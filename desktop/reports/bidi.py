"""The ``rlbidi`` module ReportLab looks for, made from ``python-bidi``.

ReportLab orders right-to-left text (Arabic, Hebrew) only when it can import
``rlbidi``, a FriBiDi binding that ReportLab publishes on its own package
index, not on PyPI. Its one function, ``log2vis``, is the Unicode
bidirectional algorithm, which ``python-bidi`` (on PyPI) implements; this
module offers the same function under the same name. ``install`` must run
before ``reportlab.pdfgen.textobject`` is first imported, which
``desktop.reports.text`` makes sure of.
"""

from __future__ import annotations

import re
import sys
import types
import unicodedata
from typing import Any

from bidi import algorithm


def log2vis(
    text: str,
    base_direction: str = "LTR",
    clean: bool = True,
    positions_V_to_L: list[int] | None = None,  # noqa: N803
) -> str:
    """``text`` in display order; ``positions_V_to_L`` (if given) receives each displayed character's logical index.

    ``clean`` is accepted for compatibility: explicit direction marks are always
    removed, as the algorithm's rule X9 says.
    """
    storage: dict[str, Any] = algorithm.get_empty_storage()
    base_level = algorithm.PARAGRAPH_LEVELS["R" if str(base_direction).upper() == "RTL" else "L"]
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    algorithm.get_embedding_levels(text, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["logical"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    chars = storage["chars"]
    if positions_V_to_L is not None:
        positions_V_to_L[:] = [char["logical"] for char in chars]
    return "".join(char["ch"] for char in chars)


def install() -> None:
    """Make ``import rlbidi`` find this module (a real ``rlbidi``, if installed, is kept)."""
    if "rlbidi" in sys.modules:
        return
    try:
        import rlbidi  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        module = types.ModuleType("rlbidi", __doc__)
        module.log2vis = log2vis  # type: ignore[attr-defined]
        sys.modules["rlbidi"] = module
    if "reportlab.pdfgen.textobject" in sys.modules:
        from reportlab.pdfgen import textobject

        if not textobject.rtlSupport:
            raise RuntimeError(
                "reportlab was imported before desktop.reports.bidi.install(); right-to-left text would be wrong"
            )


_TOKENS = re.compile(r"\s+|\S+")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _proxy(token: str) -> str:
    """One character standing for ``token`` in the bidi algorithm: its first strong letter, else its first character."""
    if token.isspace():
        return " "
    if _RTL_LETTER.search(token):
        return "\u05d0"  # strong right-to-left (already shaped Arabic has presentation forms, still in these blocks)
    for char in token:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL", "EN", "AN"):
            return char
    return token[0]


def visual_frags(frags: list[Any], direction: str) -> list[Any] | None:
    """The frags of one laid-out line cut into words and put in display order, left to right.

    ReportLab orders a paragraph of several fonts (one ``<font>`` run per
    script) by reversing its runs when the paragraph is right to left, and not
    at all when it is left to right; the words of a Latin phrase inside Arabic,
    or of an Arabic phrase inside Latin, came out backwards. Here every word is
    its own frag, placed by the bidirectional algorithm run over one stand-in
    character per word. Arabic words arrive already shaped by HarfBuzz, their
    glyphs in display order. ``None`` when the line holds anything but text.
    """
    pieces: list[Any] = []
    for frag in frags:
        text = getattr(frag, "text", None)
        if text is None or hasattr(frag, "cbDefn"):
            return None
        for match in _TOKENS.finditer(text):
            piece = frag.clone()
            piece.text = text[match.start() : match.end()]  # a ShapedStr slice keeps its glyph positions
            pieces.append(piece)
    if len(pieces) < 2:
        return list(frags)
    order: list[int] = []
    log2vis("".join(_proxy(piece.text) for piece in pieces), direction, positions_V_to_L=order)
    return [pieces[index] for index in order]
