"""A file refused for touching another country's record, in the interface language: the record's
label as typed (never read as a kind or translated), its kind translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from db.services.authority import Authority, Overreach
from desktop.ui.labels import kind_label
from desktop.ui.problems import error_text
from desktop.ui.translations import install_translators, installed_language, remove_translators

RECORD = "1234abcd-5678-4def-9abc-0123456789ab"


@pytest.fixture(params=["fr", "es"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    before = installed_language()
    assert install_translators(qapp, request.param) == request.param
    try:
        yield request.param
    finally:
        remove_translators(qapp)
        if before is not None:
            install_translators(qapp, before)


def test_the_refusal_keeps_the_label_and_translates_the_rest(language: str) -> None:
    overreach = Overreach("committee", RECORD, "BDI", 'Comité "national"')
    shown = error_text(ValueError(f"peru.mxf {overreach.refusal('Amal Haddad', Authority.of(['PER']))}"))
    assert shown.startswith("peru.mxf ")
    assert 'Comité "national"' in shown
    assert f"({kind_label('committee')} 1234abcd…)" in shown
    assert "BDI" in shown and "Amal Haddad" in shown and "PER" in shown
    assert "but its sender" not in shown and "refused" not in shown


def test_without_a_label_the_record_is_its_kind_and_id(language: str) -> None:
    overreach = Overreach("good_practice", RECORD, "BDI")
    shown = error_text(ValueError(f"peru.mxf {overreach.refusal('Amal Haddad', Authority.of(['PER']))}"))
    assert f"{kind_label('good_practice')} 1234abcd…" in shown and "refused" not in shown
