"""A workbook names fields and codes exactly as the interface does, in each language."""

from __future__ import annotations

from desktop.sheets.words import CODE_LABELS, FIELD_LABELS, Words
from desktop.ui.lists import SPECIAL_LABELS
from desktop.ui.record_form import LABELS


def test_the_special_names_are_the_interfaces() -> None:
    assert FIELD_LABELS == LABELS
    assert CODE_LABELS == SPECIAL_LABELS


def test_headers_and_hints_are_translated() -> None:
    french, spanish = Words("fr"), Words("es")
    assert french.field("planned_start") == "Début prévu" and spanish.kind("work_plan") == "Plan de trabajo"
    assert french.code("in_progress") == "En cours" and spanish.code("iom") == "OIM"
    assert french.hint("required") == "Obligatoire." and spanish.t("Yes") == "Sí"
    assert "institution" not in french.hint("ref", kind=french.kind("institution")).split()[0]
