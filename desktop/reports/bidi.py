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

import sys
import types
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
