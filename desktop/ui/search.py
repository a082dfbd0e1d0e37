"""What a list's search box finds: every word typed, in any order, ignoring case
and accents, numbers whatever their leading zeros.

"coastal 0584" finds "Support to coastal regions #000584"; "migratorio del
peru" finds "Perfil Migratorio del Perú"; "#0584" finds "#000584" too. Texts
and the words typed go through the same ``fold``: case-folded in any script
("ПЕРУ" finds "Перу"), the accents of the Latin, Greek and Cyrillic letters
taken off (the vowel signs of Sinhala, Arabic or Devanagari are letters, not
accents, and stay). The list model (``query_model``) keeps the folded texts
and filters them in memory at each key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import compress

#: Combining accents of the Latin, Greek and Cyrillic scripts (and their extensions).
_ACCENTS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_DIGITS = re.compile(r"(\d+)")
#: Numbers of fewer digits (zeros aside) are found as typed: "#04" finding every "#0…4" would look
#: at each of 100,000 texts again at the second key, and is not what anyone typing it means.
MIN_DIGITS = 2


def fold(text: str) -> str:
    """Text as the search compares it: case-folded, accents off (ASCII text is only lowered)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed))


@dataclass(frozen=True)
class Needle:
    """The words of a search, folded; ``found`` keeps the texts holding every one of them."""

    text: str
    words: tuple[str, ...] = field(init=False)
    #: Per word holding a number: the word with that number written with any count of leading
    #: zeros ("a-0584" finds "a-584" and "a-000584", not "a-5840"), and its digits without them.
    numbers: tuple[tuple[str, re.Pattern[str], str], ...] = field(init=False)

    def __post_init__(self) -> None:
        words = tuple(dict.fromkeys(word for word in fold(self.text).split() if word))
        # longest first: the rarest, so the later words have fewer texts to look at
        words = tuple(sorted(words, key=len, reverse=True))
        object.__setattr__(self, "words", words)
        numbers = tuple((w, _any_zeros(w), core) for w in words if len(core := _core(w)) >= MIN_DIGITS)
        object.__setattr__(self, "numbers", numbers)

    def __bool__(self) -> bool:
        return bool(self.words)

    def narrows(self, previous: Needle | None) -> bool:
        """Whether every text this finds is among those ``previous`` found (a longer text typed):
        then only those need looking at."""
        if previous is None or not previous.words or self.numbers or previous.numbers:
            return False
        return all(any(old in new for new in self.words) for old in previous.words)

    def found(self, ids: list[str], texts: list[str]) -> tuple[list[str], list[str]]:
        """The ids and texts, in their order, whose text holds every word."""
        patterns = {word: (pattern, core) for word, pattern, core in self.numbers}
        for word in self.words:
            if word not in patterns:
                keep = [word in text for text in texts]
            else:
                # The core's digits are in the word too: only the texts holding them are looked at.
                pattern, core = patterns[word]
                holding = [core in text for text in texts]
                ids, texts = list(compress(ids, holding)), list(compress(texts, holding))
                search = pattern.search
                keep = [word in text or search(text) is not None for text in texts]
            ids, texts = list(compress(ids, keep)), list(compress(texts, keep))
            if not ids:
                break
        return ids, texts


def _any_zeros(word: str) -> re.Pattern[str]:
    """``word`` with each of its numbers matched whatever its leading zeros, as a whole number."""
    parts = _DIGITS.split(word)
    pattern = ""
    for number, part in enumerate(parts):
        if number % 2 == 0:
            pattern += re.escape(part)
        else:
            pattern += r"(?<!\d)0*" + re.escape(part.lstrip("0") or "0") + r"(?!\d)"
    return re.compile(pattern)


def _core(word: str) -> str:
    """The longest of ``word``'s numbers without its leading zeros ("" if it has none or only zeros):
    a text holding the word, whatever its zeros, holds these digits."""
    return max((part.lstrip("0") for part in _DIGITS.findall(word)), key=len, default="")


__all__ = ["Needle", "fold"]
