"""What a list's search box finds: every word typed, in any order, ignoring case
and accents, numbers whatever their leading zeros.

"coastal 0584" finds "Support to coastal regions #000584"; "migratorio del
peru" finds "Perfil Migratorio del Perú"; "#0584" finds "#000584" too. A
number at the end of what is typed may still grow ("#05" may become "#0584"),
so it finds the numbers it starts, whatever their zeros: a row the next keys
find never disappears on the way. Once something follows it (a space, another
word) it is that number alone ("#0584 " does not find "#005840"). Texts
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
    #: The last word, when it ends with a digit and no space was typed after it: its number may go on.
    typing: str | None = field(init=False)

    def __post_init__(self) -> None:
        typed = [word for word in fold(self.text).split() if word]
        # The last word, with no space after it yet, is being typed: a number it ends with is the
        # start of a number ("#05" may become "#0584"), so what the next keys find is found already.
        typing = typed[-1] if typed and not self.text[-1].isspace() and typed[-1][-1].isdigit() else None
        object.__setattr__(self, "typing", typing)
        words = tuple(dict.fromkeys(typed))
        # longest first: the rarest, so the later words have fewer texts to look at
        words = tuple(sorted(words, key=len, reverse=True))
        object.__setattr__(self, "words", words)
        numbers = []
        for word in words:
            core = _core(word)
            if word == typing and word.isdigit():
                # Digits alone: looked for in the text read backwards, where the pattern starts with
                # the digits themselves (Python's re then skips ahead to them: ten times quicker).
                numbers.append((word, re.compile(re.escape(core[::-1]) + r"0*(?!\d)" if core else r"\d"), core))
            elif word == typing:
                numbers.append((word, _any_zeros(word, open_end=True), core))
            elif len(core) >= MIN_DIGITS:
                numbers.append((word, _any_zeros(word), core))
        object.__setattr__(self, "numbers", tuple(numbers))

    def __bool__(self) -> bool:
        return bool(self.words)

    def narrows(self, previous: Needle | None) -> bool:
        """Whether every text this finds is among those ``previous`` found (a longer text typed):
        then only those need looking at.

        A plain word found inside a plain word, or in a number word's letters ("#" in "#0"); the
        number being typed continued ("#04" after "#0"); a finished number the same: each finds
        only texts the earlier word found. Anything else is looked for in every text again."""
        if previous is None or not previous.words:
            return False
        plain = [word for word in self.words if word not in self._number_words]
        letters = [part for word in self._number_words for part in _DIGITS.split(word)[::2] if part]
        for old in previous.words:
            if old == previous.typing:
                held = any(new.startswith(old) for new in self.words)
            elif old in previous._number_words:
                held = old in self._number_words and old != self.typing
            else:
                held = any(old in new for new in plain) or (not _DIGITS.search(old) and any(old in p for p in letters))
            if not held:
                return False
        return True

    def same(self, previous: Needle | None) -> bool:
        """Whether this finds exactly what ``previous`` found: another zero typed before a number
        ("a-00" after "a-0": both are "a-" and then a number)."""
        return previous is not None and bool(self.words) and self._meaning() == previous._meaning()

    def _meaning(self) -> tuple[frozenset[str], frozenset[str]]:
        numbers = {pattern.pattern for _word, pattern, _core in self.numbers}
        return frozenset(word for word in self.words if word not in self._number_words), frozenset(numbers)

    @property
    def _number_words(self) -> set[str]:
        return {word for word, _pattern, _core in self.numbers}

    def found(self, ids: list[str], texts: list[str]) -> tuple[list[str], list[str]]:
        """The ids and texts, in their order, whose text holds every word."""
        patterns = {word: (pattern, core) for word, pattern, core in self.numbers}
        for word in self.words:
            if word not in patterns:
                keep = [word in text for text in texts]
            else:
                # The core's digits are in the word too: the pattern is tried only on texts holding them.
                pattern, core = patterns[word]
                search = pattern.search
                if word == self.typing and word.isdigit():
                    keep = [word in text or (core in text and search(text[::-1]) is not None) for text in texts]
                else:
                    keep = [word in text or (core in text and search(text) is not None) for text in texts]
            ids, texts = list(compress(ids, keep)), list(compress(texts, keep))
            if not ids:
                break
        return ids, texts


def _any_zeros(word: str, *, open_end: bool = False) -> re.Pattern[str]:
    """``word`` with each of its numbers matched whatever its leading zeros, as a whole number;
    with ``open_end``, the number ending the word may go on ("#058" finds "#000584")."""
    parts = _DIGITS.split(word)
    last = len(parts) - 2  # the word ends with a number: the split leaves an empty text after it
    pattern = ""
    for number, part in enumerate(parts):
        if number % 2 == 0:
            pattern += re.escape(part)
        else:
            # after a letter or a sign, no digit can come before the number: no need to look
            start = "" if number > 0 and parts[number - 1] else r"(?<!\d)"
            core = part.lstrip("0")
            if open_end and number == last:
                pattern += start + ("0*" + re.escape(core) if core else r"\d")
            else:
                pattern += start + "0*" + re.escape(core or "0") + r"(?!\d)"
    return re.compile(pattern)


def _core(word: str) -> str:
    """The longest of ``word``'s numbers without its leading zeros ("" if it has none or only zeros):
    a text holding the word, whatever its zeros, holds these digits."""
    return max((part.lstrip("0") for part in _DIGITS.findall(word)), key=len, default="")


__all__ = ["Needle", "fold"]
