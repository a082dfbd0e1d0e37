"""Numbers as people type them: "12 500", "12,500", "12,5", "1.234.567,89".

A focal point in Lima or Bujumbura writes a decimal comma; one in Colombo a
decimal point. Reading "12,5" as 125 would silently store a wrong figure, so
a separator counts as grouping only where it cannot be a decimal point.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_SPACES = re.compile(r"[\s\u00a0\u202f'’]")


def _is_grouped(parts: list[str]) -> bool:
    """1,234,567: one to three digits, then groups of exactly three."""
    head = parts[0].lstrip("+-")
    return 1 <= len(head) <= 3 and head.isdigit() and all(len(p) == 3 and p.isdigit() for p in parts[1:])


def parse_number(text: str, decimal_point: str | None = None) -> float | str | None:
    """None for an empty text, the number it reads as, or the text itself
    (stripped) when it is not a number, so the services can say what is wrong."""
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        return None
    point = decimal_point or QLocale().decimalPoint()
    commas, dots = cleaned.count(","), cleaned.count(".")
    if commas and dots:  # both: the last one is the decimal point
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        head, _, tail = cleaned.rpartition(decimal)
        if not _is_grouped(head.split(grouping)):
            return text.strip()
        cleaned = f"{head.replace(grouping, '')}.{tail}"
    elif commas or dots:
        separator = "," if commas else "."
        parts = cleaned.split(separator)
        grouped = _is_grouped(parts)
        if len(parts) > 2 and not grouped:
            return text.strip()
        if len(parts) > 2 or (grouped and separator != point):
            cleaned = cleaned.replace(separator, "")
        else:
            cleaned = cleaned.replace(separator, ".")
    try:
        number = float(cleaned)
    except ValueError:
        return text.strip()
    return number


def number_text(value: object) -> str:
    """A stored number as the user would type it: no thousands separators, no ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
