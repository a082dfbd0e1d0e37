"""Text someone else wrote, shown as itself and on one line.

A sender's name, a record's label or a message quoting them can hold
characters that act rather than show: a line break or carriage return that
starts a false line ("From Headquarters ... (known)") in the terminal, an
escape sequence that moves the cursor or clears what was printed, a
right-to-left override that shows a name after it reversed. Shown through
``plain_line`` they are written out as escapes (``\\n``, ``\\x1b``, ``\\u202e``),
so what the user reads is what the file holds; the letters of every script,
the joiners Sinhala and emoji need, and the bidi marks Arabic uses are kept.
"""

from __future__ import annotations

import re

#: C0 and C1 controls and DEL, the line and paragraph separators, and the bidi embeddings,
#: overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder the text after them.
_ACTING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(found: re.Match[str]) -> str:
    character = found.group()
    code = ord(character)
    return _NAMED.get(character) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def plain_line(text: str) -> str:
    """``text`` with every character that would act rather than show written as its escape."""
    return _ACTING.sub(_escape, text)
