"""The Trash page after a merge kept a deleted committee alive for one edited
membership: the rest of the delete is listed under the committee, restorable."""

from __future__ import annotations

from pathlib import Path

from merge_helpers import Machine, committee_deleted_while_edited

from db.services import get
from desktop.ui.tasks import TaskRunner
from desktop.ui.trash_page import TrashPage


def test_what_the_kept_committee_owned_is_listed_and_restored(qtbot, tmp_path: Path) -> None:
    a, b, h = (Machine(tmp_path / f"{name}.db", name) for name in ("Amal", "Bruno", "Hana"))
    c = committee_deleted_while_edited(a, b, h)
    a.receive(b.package())
    runner = TaskRunner(a.store)
    page = TrashPage(runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    qtbot.waitUntil(lambda: not runner.busy)
    rows = page.model.rowCount()
    assert [page.model.index(0, column).data() for column in range(2)] == [
        "Committee: Comité de pilotage",
        "kept by a partner's edit; 2 records it owned",
    ] and rows == 1
    with qtbot.waitSignal(page.loaded):
        page.restore_button.click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert page.model.rowCount() == 0
    with a.session() as session:
        assert get(session, "membership", c.other_member) is not None
        assert get(session, "meeting", c.meeting) is not None
    runner.wait()
    for machine in (a, b, h):
        machine.close()
