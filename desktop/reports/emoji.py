"""Emoji a black-and-white PDF font cannot draw, replaced by words so that none prints as a box.

Symbola (the shipped emoji font) draws emoji up to Unicode 9 one by one. It
cannot draw a flag (two regional-indicator letters, which it prints as boxed
letters), it prints a skin-tone modifier as a dark square of its own, and it
has nothing for emoji newer than Unicode 9. So, before text reaches a page:

- a flag becomes its country's name in the report's language ("Sri Lanka"),
  in brackets;
- skin-tone modifiers and the tag characters of subdivision flags are left out
  (the emoji they modify is drawn as is);
- any other emoji no shipped font has becomes its Unicode name in brackets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from babel import Locale

from desktop.reports.labels import LANGUAGE

_FLAG = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")
_DROPPED = re.compile("[\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
#: Where emoji live: a text without any of these is left alone at once.
_EMOJI = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff\U000e0000-\U000e007f]")


def has_emoji(text: str) -> bool:
    return _EMOJI.search(text) is not None


def readable(text: str, has_glyph: Callable[[int], bool]) -> str:
    """``text`` with flags named, modifiers dropped and emoji without a glyph named."""
    if not _EMOJI.search(text):
        return text
    text = _FLAG.sub(lambda match: f"[{flag_name(match.group(1) + match.group(2))}]", text)
    text = _DROPPED.sub("", text)
    return _EMOJI.sub(lambda match: ch if has_glyph(ord(ch := match.group())) else f"[{_name(ch)}]", text)


def flag_name(pair: str) -> str:
    """The country a pair of regional-indicator letters stands for, in the report's language."""
    code = "".join(chr(ord(letter) - 0x1F1E6 + ord("A")) for letter in pair)
    return _territories(LANGUAGE.get()).get(code, code)


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(language).territories)


def _name(ch: str) -> str:
    return unicodedata.name(ch, f"U+{ord(ch):04X}").lower()
