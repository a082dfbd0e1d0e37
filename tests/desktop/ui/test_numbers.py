"""Typed numbers: a decimal comma is never read as a thousands separator."""

import pytest

from desktop.ui.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "point", "expected"),
    [
        ("12,5", ".", 12.5),  # was read as 125
        ("12,5", ",", 12.5),
        ("12,500", ".", 12500.0),
        ("12,500", ",", 12.5),
        ("12.500", ",", 12500.0),
        ("1.5", ",", 1.5),
        ("1,234,567", ".", 1234567.0),
        ("1.234.567,89", ",", 1234567.89),
        ("1,234,567.89", ".", 1234567.89),
        ("12 500", ",", 12500.0),
        ("12\u202f500,75", ",", 12500.75),
        ("-3,25", ",", -3.25),
        ("  ", ".", None),
        ("", ",", None),
    ],
)
def test_numbers_read_as_people_mean_them(text: str, point: str, expected: float | None) -> None:
    assert parse_number(text, point) == expected


@pytest.mark.parametrize("text", ["many", "1.2.3", "12,34,5", "1,2.3", "12abc"])
def test_what_is_not_a_number_comes_back_as_typed(text: str) -> None:
    assert parse_number(text, ".") == text
