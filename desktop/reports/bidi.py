"""Right-to-left text: the Unicode bidirectional algorithm (UAX #9) from ``python-bidi``.

``levels`` resolves the embedding level of every character over the whole
paragraph (rules P to I), so brackets, quotes, digits and dashes between Arabic
and Latin words take the direction the algorithm gives them, not a guess per
word. ``visual_order`` is rule L2 for one line: which of its runs comes first
from the left. Shaping (``desktop.reports.shaped``) works on runs of one level.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bidi import algorithm

#: Explicit embeddings, overrides and isolates: python-bidi's algorithm does not
#: implement isolates, and a focal point never means to type them.
EXPLICIT = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Characters of the classes R, AL and AN, or a right-to-left mark (a text that may need the algorithm).
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")


def is_rtl(text: str) -> bool:
    """Whether the first strong character of ``text`` reads right to left (rules P2 and P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of ``text`` (even: left to right, odd: right to left).

    Characters the algorithm removes (rule X9: joiners, byte-order marks) take
    the level of the character before them, so they stay with their letter.
    """
    base = 1 if rtl else 0
    if not rtl and not RIGHT_TO_LEFT.search(text):
        return [0] * len(text)  # nothing reads right to left: every level is 0 (the common case, kept fast)
    storage: dict[str, Any] = algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["logical"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    found: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        found[char["logical"]] = char["level"]
    resolved: list[int] = []
    previous = base
    for level in found:
        previous = previous if level is None else level
        resolved.append(previous)
    return resolved


def visual_order(run_levels: list[int]) -> list[int]:
    """Rule L2 over the runs of one line: the indices of the runs from left to right."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    lowest_odd = min((level for level in run_levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if run_levels[order[index]] >= level:
                end = index
                while end < len(order) and run_levels[order[end]] >= level:
                    end += 1
                order[index:end] = order[index:end][::-1]
                index = end
            else:
                index += 1
    return order
