"""The "Look first" lines are one wording: the Exchange page shows the command line's sentences,
translated (desktop.exchange.notices), so the two cannot say different things."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from db.services.merge_report import MergeReport, Move
from desktop.exchange.describe import notices
from desktop.exchange.notices import MOVES_LISTED
from desktop.ui.exchange_notices import notice_lines
from desktop.ui.labels import kind_label
from desktop.ui.translations import install_translators, installed_language, remove_translators


def _report(*, new_id: str | None) -> MergeReport:
    return MergeReport(
        received=40,
        deleted=Counter({"good_practice": 30}),
        deleted_by=Counter({"Carla Quispe": 30}),
        live_before=40,
        moved=[Move("good_practice", f"{n:08d}-moved", "PER", None, "Amal") for n in range(MOVES_LISTED + 2)],
        settled=Counter({"committee": 2}),
        settled_by=Counter({"Bruno": 2}),
        lost_since="2026-11-30T09:15:42.123456",
        new_id=new_id,
    )


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    before = installed_language()
    assert install_translators(qapp, request.param) == request.param
    try:
        yield request.param
    finally:
        remove_translators(qapp)
        if before is not None:
            install_translators(qapp, before)


@pytest.mark.parametrize("language", ["en"], indirect=True)
@pytest.mark.parametrize("new_id", [None, "5b0e7c1d-new"])
def test_the_page_shows_the_command_lines_sentences(language: str, new_id: str | None) -> None:
    report = _report(new_id=new_id)
    cli = [line.replace("good_practice", kind_label("good_practice")) for line in notices(report)]
    assert notice_lines(report) == cli
    assert len(cli) == 1 + 1 + MOVES_LISTED + 1 + 1
    assert cli[0].startswith("Look first: the sender holds changes of this installation (up to 2026-11-30T09:15 UTC)")
    assert (new_id or "Importing gives it a new installation id") in cli[0]
    assert cli[1] == "Look first: deletes 30 of the 40 records here, claimed to be by Carla Quispe (30)."
    assert cli[-2] == "Look first: and 2 more records moved to another country."
    assert cli[-1] == "Look first: settles 2 conflict(s) kept here, claimed to be by Bruno (2)."


@pytest.mark.parametrize("language", ["fr", "es"], indirect=True)
@pytest.mark.parametrize("new_id", [None, "5b0e7c1d-new"])
def test_every_line_is_translated(language: str, new_id: str | None) -> None:
    report = _report(new_id=new_id)
    shown = notice_lines(report)
    assert len(shown) == len(notices(report))
    assert not [line for line in shown if "Look first" in line or "claimed to be by" in line]
    assert "Carla Quispe (30)" in shown[1] and "Bruno (2)" in shown[-1]
    assert new_id is None or new_id in shown[0]
    assert ("aucun pays" if language == "fr" else "ningún país") in shown[2]
