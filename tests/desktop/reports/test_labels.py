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
    untranslated = [m.id for m in messages if not m.string or m.fuzzy]
    assert not untranslated
    for message in messages:
        assert sorted(PLACEHOLDER.findall(str(message.string))) == sorted(PLACEHOLDER.findall(str(message.id))), (
            message.id
        )


def test_codes_are_worded_as_in_the_interface() -> None:
    from desktop.ui.lists import SPECIAL_LABELS

    assert SPECIAL_CODE_LABELS == SPECIAL_LABELS


def test_words_dates_and_numbers_follow_the_report_language() -> None:
    french = Labels("fr")
    assert french.t("Contents") != "Contents"
    assert french.code("in_progress") == Labels("fr").t("In progress") != "In progress"
    assert french.money(1234567.8, "USD") == "1\u202f234\u202f568 USD"
    assert Labels("es").country("PER") == "Perú"
