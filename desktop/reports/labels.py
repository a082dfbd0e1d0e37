"""The report's own words, dates and numbers in English, French or Spanish.

Independent of the interface language (and of Qt): the words come from the
gettext catalogues ``resources/translations/report_<lang>.po``, read with
Babel, and dates and numbers are formatted by Babel for the report's locale
(``23 novembre 2026``, ``1 234 567``). ``scripts/update_report_translations.py``
collects the texts passed to ``Labels.t`` (and the singular and plural of
``Labels.n``) and the code-list labels into the catalogues; a test fails while
one lacks a translation. Counts choose their form by the catalogue's own
plural rule ("1 comité actif", "2 comités actifs"; French counts 0 as
singular). French text gets its typography: a narrow no-break space before
``:``, ``;``, ``?`` and ``!``.
"""

from __future__ import annotations

import datetime
import gettext
import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import NumberPattern, format_percent, parse_pattern

from resources import resource

#: The language of the report being made, for what is worded below the sections' code (the names of
#: flags, hyphenation); ``render`` sets it for the report it makes.
LANGUAGE: ContextVar[str] = ContextVar("report_language", default="en")

#: Codes whose words are acronyms or otherwise not plain words; the same as the
#: interface's ``desktop.ui.lists.SPECIAL_LABELS`` (a test keeps them equal).
SPECIAL_CODE_LABELS = {
    "iom": "IOM",
    "undp": "UNDP",
    "unct": "UNCT",
    "mou": "MoU",
    "sgbv": "SGBV",
    "inter_ministerial": "Inter-ministerial",
    "e_learning": "E-learning",
    "un_agency": "UN agency",
    "international_ngo": "International NGO",
    "national_ngo": "National NGO",
    "co_chair": "Co-chair",
    "women_children": "Women and children",
    "return_reintegration": "Return and reintegration",
    "migration_data": "Migration data",
}


def N_(text: str) -> str:  # noqa: N802 - gettext's name for "translated where it is shown"
    """Marks ``text`` for the catalogues where it is written; ``Labels.t`` translates it where it is shown."""
    return text


def code_text(value: str) -> str:
    """The English label of a stored code: 'in_progress' -> 'In progress'."""
    return SPECIAL_CODE_LABELS.get(value) or value.replace("_", " ").capitalize()


#: French puts a narrow no-break space before these when they end a word (not in "10:30" or "https://").
_FRENCH_PUNCTUATION = re.compile(r"(\S) ?([:;?!])(?=\s|$)")
NARROW_NBSP = "\u202f"


def french_typography(text: str) -> str:
    """``text`` with a narrow no-break space before ``:``, ``;``, ``?`` and ``!`` (« Effet : … »)."""
    return _FRENCH_PUNCTUATION.sub(lambda m: m.group(1) + NARROW_NBSP + m.group(2), text)


@dataclass(frozen=True)
class _Catalogue:
    words: dict[str, str]
    plurals: dict[str, tuple[str, ...]]  # singular -> each plural form, translated
    plural: Callable[[int], int]  # count -> the index of its form


@cache
def _catalogue(language: str) -> _Catalogue:
    if language == "en":
        return _Catalogue({}, {}, lambda n: int(n != 1))
    with resource("translations", f"report_{language}.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    polish = french_typography if language == "fr" else str
    words: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for m in catalog:
        if not m.id or not m.string or m.fuzzy:
            continue
        if isinstance(m.id, tuple | list):
            if all(m.string):
                plurals[str(m.id[0])] = tuple(polish(str(form)) for form in m.string)
        else:
            words[str(m.id)] = polish(str(m.string))
    rule = gettext.c2py(catalog.plural_expr)  # gettext's own reader of the Plural-Forms rule
    return _Catalogue(words, plurals, rule)


@cache
def _pattern(pattern: str) -> NumberPattern:
    """Parsed once: Babel parses a pattern string on every call otherwise (a third of a large report's numbers)."""
    return parse_pattern(pattern)


@cache
def _percent_pattern(language: str) -> str:
    """The locale's own percent pattern without decimals ('#,##0 %' in French)."""
    return str(Locale.parse(language).percent_formats[None].pattern).split(";")[0]


@cache
def _country_catalogue(language: str) -> gettext.NullTranslations:
    """pycountry's ISO 3166 names in ``language``, read once (the report names its country on every page).

    The interface has its own loader (``desktop.ui.translations._country_catalog``): importing this
    module there would load Babel at the application's start.
    """
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


class Labels:
    """Everything worded in one report language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = Locale.parse(language)
        self._catalogue = _catalogue(language)
        self._words = self._catalogue.words
        self._numbers: dict[tuple[type, float | int, int], str] = {}

    def t(self, text: str, **values: object) -> str:
        """``text`` in the report language, with ``{name}`` placeholders filled in."""
        words = self._words.get(text, text)
        return words.format(**values) if values else words

    def n(self, singular: str, plural: str, count: int, **values: object) -> str:
        """The form of ``singular``/``plural`` for ``count`` in the report language; ``{n}`` is the count."""
        forms = self._catalogue.plurals.get(singular) or (singular, plural)
        index = self._catalogue.plural(count) if singular in self._catalogue.plurals else int(count != 1)
        return forms[min(index, len(forms) - 1)].format(n=self.number(count), **values)

    def code(self, value: str | None) -> str:
        return self.t(code_text(value)) if value else ""

    def codes(self, values: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.code(v) for v in values)

    def date(self, value: datetime.date | None, *, style: str = "medium") -> str:
        return format_date(value, format=style, locale=self.locale) if value else ""

    def month(self, value: datetime.date) -> str:
        return format_date(value, format="MMM yyyy", locale=self.locale)

    def axis_label(self, value: datetime.date, unit: str) -> str:
        """A time axis' label for the month, quarter or year starting on ``value`` ("T1 2026" in French)."""
        pattern = {"month": "MMM yyyy", "quarter": "QQQ yyyy"}.get(unit, "yyyy")
        return format_date(value, format=pattern, locale=self.locale)

    def number(self, value: float | int | None, *, decimals: int = 0) -> str:
        if value is None:
            return ""
        key = (type(value), value, decimals)  # the same budgets and counts come back row after row
        found = self._numbers.get(key)
        if found is None:
            if decimals == 0 and float(value).is_integer():
                found = str(_pattern("#,##0").apply(int(value), self.locale))
            else:
                found = str(_pattern("#,##0." + "#" * max(decimals, 2)).apply(value, self.locale))
            self._numbers[key] = found
        return found

    def percent(self, value: float | None) -> str:
        """A percentage given as 0–100 (as stored), e.g. 55 -> '55 %' in French."""
        if value is None:
            return ""
        key = (type(value), value, -1)  # (-1: a percentage, beside the numbers' decimals)
        found = self._numbers.get(key)
        if found is None:
            found = format_percent(value / 100, format=_percent_pattern(self.language), locale=self.locale)
            self._numbers[key] = found
        return found

    def money(self, value: float | None, currency: str) -> str:
        if value is None:
            return ""
        return f"{self.number(round(value))} {currency}".strip()

    def country(self, iso3: str) -> str:
        """The country's name in the report language (pycountry's catalogues), or the code when unknown."""
        import pycountry

        found = pycountry.countries.get(alpha_3=iso3)
        if found is None:
            return iso3
        name = str(getattr(found, "common_name", None) or found.name)
        return name if self.language == "en" else _country_catalogue(self.language).gettext(name)
