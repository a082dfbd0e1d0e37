"""The words of a workbook in English, French or Spanish, without Qt.

A workbook names kinds, fields and codes the way the interface does, so the
words come from the interface's own catalogues (``resources/translations/
mainstream_<lang>.ts``, contexts "kinds", "fields", "codes"), read here as
XML; the workbook's own phrases are in the context "sheets", marked below with
``QT_TRANSLATE_NOOP`` so that ``scripts/update_translations.py`` collects them.
"""

from __future__ import annotations

from functools import cache
from xml.etree import ElementTree

from desktop.reports.labels import SPECIAL_CODE_LABELS
from resources import resource

LANGUAGES = ("en", "fr", "es")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogues; ``Words`` translates it where it is written."""
    return text


#: Field names that read badly when derived from the column name: the interface's
#: ``desktop.ui.record_form.LABELS`` (a test keeps the two equal).
FIELD_LABELS = {
    "md_priorities": "M&D priorities",
    "gcm_objectives": "Global Compact objectives",
    "sdg_targets": "SDG targets (e.g. 10.7, 8.8)",
    "iom_focal_point_id": "IOM focal point",
    "undp_focal_point_id": "UNDP focal point",
    "iati_identifier": "IATI identifier",
    "participants_female": "Participants: women",
    "participants_male": "Participants: men",
    "participants_other": "Participants: other / undisclosed",
    "participants_total": "Participants: total",
    "pre_test_score": "Pre-test score (%)",
    "post_test_score": "Post-test score (%)",
    "satisfaction": "Satisfaction (%)",
    "progress": "Progress (%)",
    "by_sex": "Disaggregated by sex",
    "approved_by_id": "Approved by (committee)",
    "activity_id": "Work-plan activity",
    "parent_id": "Part of",
    "kind": "Type",
    "online": "Held online",
}

#: Codes whose words are not plain words: the report's (and the interface's) own table.
CODE_LABELS = SPECIAL_CODE_LABELS

YES = QT_TRANSLATE_NOOP("sheets", "Yes")
NO = QT_TRANSLATE_NOOP("sheets", "No")
CODE_LISTS = QT_TRANSLATE_NOOP("sheets", "Code lists")
NAMES = QT_TRANSLATE_NOOP("sheets", "Names")
COUNTRY = QT_TRANSLATE_NOOP("sheets", "Country")
HINTS = {
    "id": QT_TRANSLATE_NOOP("sheets", "The record's id: leave it as it is. Empty on a new row."),
    "required": QT_TRANSLATE_NOOP("sheets", "Required."),
    "text": QT_TRANSLATE_NOOP("sheets", "Text."),
    "date": QT_TRANSLATE_NOOP("sheets", "A date (YYYY-MM-DD)."),
    "whole": QT_TRANSLATE_NOOP("sheets", "A whole number."),
    "number": QT_TRANSLATE_NOOP("sheets", "A number."),
    "choice": QT_TRANSLATE_NOOP("sheets", "One of the list (see the sheet Code lists)."),
    "choices": QT_TRANSLATE_NOOP("sheets", "Several of the list (see the sheet Code lists), separated by ;"),
    "tags": QT_TRANSLATE_NOOP("sheets", "Several, separated by ;"),
    "flag": QT_TRANSLATE_NOOP("sheets", "Yes or No."),
    "ref": QT_TRANSLATE_NOOP("sheets", "The name of a record of the kind {kind}, as Mainstream shows it."),
    "refs": QT_TRANSLATE_NOOP("sheets", "Names of records of the kind {kind}, separated by ;"),
    "country": QT_TRANSLATE_NOOP("sheets", "ISO 3166 alpha-3 code; empty on a new row: the workbook's country."),
    "ref_id": QT_TRANSLATE_NOOP("sheets", "The id of the record named in the column before: leave it as it is."),
}


def words_of(name: str) -> str:
    return name.replace("_", " ").capitalize()


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    with resource("translations", f"mainstream_{language}.ts").open("rb") as handle:
        root = ElementTree.parse(handle).getroot()
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in ("kinds", "fields", "codes", "sheets"):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete") or not translation.text:
                continue
            found[(name, message.findtext("source") or "")] = translation.text
    return found


class Words:
    """Everything a workbook says, in one language."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"'{language}' is not one of {', '.join(LANGUAGES)}")
        self.language = language
        self._words = _catalogue(language)

    def t(self, text: str, context: str = "sheets", **values: object) -> str:
        words = self._words.get((context, text), text)
        return words.format(**values) if values else words

    def kind(self, kind: str) -> str:
        return self.t(words_of(kind), "kinds")

    def field(self, name: str) -> str:
        return self.t(FIELD_LABELS.get(name) or words_of(name.removesuffix("_id")), "fields")

    def code(self, value: str) -> str:
        return self.t(CODE_LABELS.get(value) or words_of(value), "codes")

    def hint(self, key: str, **values: object) -> str:
        return self.t(HINTS[key], "sheets", **values)


@cache
def all_words() -> tuple[Words, ...]:
    """The workbook's words in every language, for reading a workbook back whatever its language."""
    return tuple(Words(language) for language in LANGUAGES)
