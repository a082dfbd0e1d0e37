"""Dates as people type them: "2026-11-20" anywhere, "20/11/2026" in French.

ISO is unambiguous and always read. Otherwise the order of day and month is
the interface language's own (QLocale's short date format): 20/11/2026 in
French and Spanish, 11/20/2026 in American English. A two-digit year is in
this century. Anything else is not guessed at: the field says so.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SHORT = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")


class NotADate(ValueError):
    """The text typed reads as no date."""


def month_first(locale: QLocale | None = None) -> bool:
    """Whether the language writes the month before the day (11/20/2026)."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    day, month = short.find("d"), short.find("M")
    return 0 <= month < day


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """None for an empty text; the date typed; ``NotADate`` when it is none."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        if match := _ISO.fullmatch(cleaned):
            year, month, day = (int(part) for part in match.groups())
            return dt.date(year, month, day)
        if match := _SHORT.fullmatch(cleaned):
            first, second, year_text = match.groups()
            month, day = (int(first), int(second)) if month_first(locale) else (int(second), int(first))
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            return dt.date(year, month, day)
    except ValueError as error:  # 31/02/2026: the right shape, no such day
        raise NotADate(cleaned) from error
    raise NotADate(cleaned)


def short_example(locale: QLocale | None = None) -> str:
    """20/11/2026 written the language's way, for messages and hints."""
    return "11/20/2026" if month_first(locale) else "20/11/2026"


def date_format(locale: QLocale | None = None) -> str:
    """The one way dates are shown, in fields, lists and pages alike: the language's short form with
    the year in full (20/11/2026 in French, Spanish and British English). ISO (2026-11-20) where the
    month comes first (American English: 11/03/2026 is read as 11 March by most of the colleagues a
    focal point writes to) or the locale has no form of its own (the C locale's "20 11 2026")."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C or month_first(locale):
        return "yyyy-MM-dd"
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    return short


def date_text(value: dt.date | None, locale: QLocale | None = None) -> str:
    """A date as fields, lists and pages show it (``date_format``); what ``parse_date`` reads back."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def moment_text(moment: dt.datetime) -> str:
    """A moment of the local clock: its date as every date is shown, then hours and minutes."""
    return f"{date_text(moment.date())} {moment:%H:%M}"


__all__ = ["NotADate", "date_format", "date_text", "moment_text", "month_first", "parse_date", "short_example"]
