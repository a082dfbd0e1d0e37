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
        ("#0584 ", "#005840"),  # another number, once the number is finished
        ("058", "#1584"),  # 1584 does not start with 58
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
    assert Needle("#0584").narrows(Needle("#058"))  # the number being typed goes on
    assert Needle("#0").narrows(Needle("#"))
    assert not Needle("#0584 ").narrows(Needle("#058 "))  # finished numbers: another number
    assert not Needle("#512").narrows(Needle("05 "))  # "05" is not in "#000512", which "#512" finds


TYPED = [
    "Support to returnees in coastal regions #000584",
    "Support to returnees in coastal regions #584",
    "Support to returnees in coastal regions #005840",
    "Support to returnees in coastal regions #000583",
    "Border management nationwide A-000584",
]


@pytest.mark.parametrize("query", ["coastal 0584", "coastal #0584", "#000584", "a-0584", "0584 coastal"])
def test_rows_the_query_finds_stay_shown_at_every_key_typed(query: str) -> None:
    """Typed one key at a time, the rows the whole query finds are found at each key before it:
    a number being typed is the start of a number ("#05" may become "#0584")."""
    ids, texts = [str(n) for n in range(len(TYPED))], [fold(text) for text in TYPED]
    wanted = set(Needle(query).found(ids, texts)[0])
    assert wanted
    for end in range(1, len(query)):
        typed = Needle(query[:end])
        if typed:
            found = set(typed.found(ids, texts)[0])
            assert wanted <= found, f"{query[:end]!r} hides {[TYPED[int(i)] for i in wanted - found]}"


def test_a_number_followed_by_a_space_or_a_word_is_whole() -> None:
    """Once the number is finished (a space, another word), it is that number, zeros aside."""
    assert finds("#0584", "#005840")  # still being typed: #05840 may follow
    assert not finds("#0584 ", "#005840")
    assert not finds("#0584 coastal", "coastal #005840")
    assert finds("#0584 coastal", "coastal #000584")


@pytest.mark.parametrize("query", ["coastal 0584", "coastal #0584 ", "a-0584 coastal", "#0 5", "05 #512"])
def test_each_key_narrowing_the_rows_shown_finds_what_a_fresh_look_finds(query: str) -> None:
    """The list looks only among the rows shown when the key typed can only narrow them."""
    ids, texts = [str(n) for n in range(len(TYPED))], [fold(text) for text in [*TYPED, "#512", "#000512"]]
    ids = [str(n) for n in range(len(texts))]
    shown, previous = (ids, texts), None
    for end in range(1, len(query) + 1):
        needle = Needle(query[:end])
        if not needle:
            continue
        shown = needle.found(*(shown if needle.narrows(previous) else (ids, texts)))
        assert shown == needle.found(ids, texts), query[:end]
        previous = needle
