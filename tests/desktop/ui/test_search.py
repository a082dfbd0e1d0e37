"""The search's folding and matching, word by word (desktop.ui.search)."""

from __future__ import annotations

import pytest

from desktop.ui.search import Needle, fold


def finds(needle: str, text: str) -> bool:
    return bool(Needle(needle).found(["x"], [fold(text)])[0])


@pytest.mark.parametrize(
    ("needle", "text"),
    [
        ("coastal 0584", "Support to returnees in coastal regions #000584"),
        ("migratorio del peru", "Perfil Migratorio del Perú"),
        ("PERU", "Perú"),
        ("perú", "PERU"),
        ("ПЕРУ", "Перу"),
        ("Ecole", "École"),
        ("straße", "STRASSE"),
        ("#0584", "#584"),
        ("a-0012", "A-00012"),
        ("2024", "baseline 2024"),
        ("ශ්‍රී", "ශ්‍රී ලංකා"),
    ],
)
def test_found(needle: str, text: str) -> None:
    assert finds(needle, text)


@pytest.mark.parametrize(
    ("needle", "text"),
    [
        ("coastal 0585", "coastal regions #000584"),
        ("#0584", "#005840"),  # another number
        ("peru lima", "Perfil Migratorio del Perú"),
        ("ශ්‍රී", "ශර ලංකා"),  # Sinhala's vowel signs are letters: kept
    ],
)
def test_not_found(needle: str, text: str) -> None:
    assert not finds(needle, text)


def test_a_longer_text_narrows_only_when_every_word_grew() -> None:
    assert Needle("coastal reg").narrows(Needle("coastal re"))
    assert Needle("regions coastal").narrows(Needle("coast"))
    assert not Needle("coastal").narrows(Needle("coastal regions"))
    assert not Needle("#0584").narrows(Needle("#058"))  # numbers with zeros: looked at afresh
