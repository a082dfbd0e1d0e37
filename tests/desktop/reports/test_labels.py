"""The report's words: catalogues complete and current, placeholders kept, codes worded as on screen."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from desktop.reports.labels import SPECIAL_CODE_LABELS, Labels

ROOT = Path(__file__).resolve().parents[3]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_catalogues_hold_every_text_the_report_words() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_report_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    with (ROOT / "resources" / "translations" / f"report_{language}.po").open("rb") as handle:
        messages = [m for m in read_po(handle) if m.id]
    assert messages
    untranslated = [m.id for m in messages if not m.string or m.fuzzy or (m.pluralizable and not all(m.string))]
    assert not untranslated
    for message in messages:
        ids = message.id if message.pluralizable else (message.id,)
        forms = message.string if message.pluralizable else (message.string,)
        wanted = sorted(PLACEHOLDER.findall(str(ids[-1])))
        for form in forms:  # every plural form keeps the placeholders (a language may have more forms)
            assert sorted(PLACEHOLDER.findall(str(form))) == wanted, message.id


def test_codes_are_worded_as_in_the_interface() -> None:
    from desktop.ui.lists import SPECIAL_LABELS

    assert SPECIAL_CODE_LABELS == SPECIAL_LABELS


def test_words_dates_and_numbers_follow_the_report_language() -> None:
    french = Labels("fr")
    assert french.t("Contents") != "Contents"
    assert french.code("in_progress") == Labels("fr").t("In progress") != "In progress"
    assert french.money(1234567.8, "USD") == "1\u202f234\u202f568 USD"
    assert Labels("es").country("PER") == "Perú"


def test_counts_take_their_plural_form_in_every_language() -> None:
    english, french, spanish = Labels("en"), Labels("fr"), Labels("es")
    assert english.n("committee active", "committees active", 1) == "committee active"
    assert english.n("committee active", "committees active", 2) == "committees active"
    assert french.n("committee active", "committees active", 1) == "comité actif"
    assert french.n("committee active", "committees active", 0) == "comité actif"  # French counts 0 as one
    assert french.n("committee active", "committees active", 3) == "comités actifs"
    assert spanish.n("committee active", "committees active", 0) == "comités activos"
    assert english.n("{n} participant", "{n} participants", 1234) == "1,234 participants"
    assert french.n("{n} participant", "{n} participants", 1) == "1 participant"


def test_french_has_a_narrow_no_break_space_before_two_part_punctuation() -> None:
    french = Labels("fr")
    assert french.t("{code} {kind}: {statement}", code="1", kind="Effet", statement="x") == "1 Effet\u202f: x"
    assert french.t("Period: {start} to {end}", start="a", end="b").count(":") == 0  # "Période du a au b"
    from desktop.reports.labels import french_typography

    spaced = "Pourquoi\u202f? Voilà\u202f! Ceci\u202f; cela\u202f: fin"
    assert french_typography("Pourquoi? Voilà! Ceci; cela: fin") == spaced
    assert french_typography("https://example.org 10:30") == "https://example.org 10:30"
    assert Labels("es").t("{code} {kind}: {statement}", code="1", kind="Efecto", statement="x") == "1 Efecto: x"
