"""The report's own words, dates and numbers in English, French or Spanish.

Independent of the interface language (and of Qt): the words come from the
gettext catalogues ``resources/translations/report_<lang>.po``, read with
Babel, and dates and numbers are formatted by Babel for the report's locale
(``23 novembre 2026``, ``1 234 567``). ``scripts/update_report_translations.py``
collects the texts passed to ``Labels.t`` and the code-list labels into the
catalogues; a test fails while one lacks a translation.
"""

from __future__ import annotations

import datetime
import gettext
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import NumberPattern, format_percent, parse_pattern

from resources import resource

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


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    with resource("translations", f"report_{language}.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string and not m.fuzzy}


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
        self._words = _catalogue(language)

    def t(self, text: str, **values: object) -> str:
        """``text`` in the report language, with ``{name}`` placeholders filled in."""
        words = self._words.get(text, text)
        return words.format(**values) if values else words

    def code(self, value: str | None) -> str:
        return self.t(code_text(value)) if value else ""

    def codes(self, values: tuple[str, ...] | list[str]) -> str:
        return ", ".join(self.code(v) for v in values)

    def date(self, value: datetime.date | None, *, style: str = "medium") -> str:
        return format_date(value, format=style, locale=self.locale) if value else ""

    def month(self, value: datetime.date) -> str:
        return format_date(value, format="MMM yyyy", locale=self.locale)

    def number(self, value: float | int | None, *, decimals: int = 0) -> str:
        if value is None:
            return ""
        if decimals == 0 and float(value).is_integer():
            return str(_pattern("#,##0").apply(int(value), self.locale))
        return str(_pattern("#,##0." + "#" * max(decimals, 2)).apply(value, self.locale))

    def percent(self, value: float | None) -> str:
        """A percentage given as 0–100 (as stored), e.g. 55 -> '55 %' in French."""
        if value is None:
            return ""
        return format_percent(value / 100, format=_percent_pattern(self.language), locale=self.locale)

    def money(self, value: float | None, currency: str) -> str:
        if value is None:
            return ""
        return f"{_pattern('#,##0').apply(round(value), self.locale)} {currency}".strip()

    def country(self, iso3: str) -> str:
        """The country's name in the report language (pycountry's catalogues), or the code when unknown."""
        import pycountry

        found = pycountry.countries.get(alpha_3=iso3)
        if found is None:
            return iso3
        name = str(getattr(found, "common_name", None) or found.name)
        return name if self.language == "en" else _country_catalogue(self.language).gettext(name)
