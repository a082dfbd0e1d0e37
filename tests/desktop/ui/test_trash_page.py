"""The Trash page, on demo data: listing, restoring (button and keyboard), refusals, the country filter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.services import Actor, delete, get, trash_entries, update
from db.services.changes import Changes
from db.services.kinds import spec_for
from db.store import Store
from desktop.demo import load_demo
from desktop.ui import trash_page
from desktop.ui.tasks import TaskRunner
from desktop.ui.trash_page import TrashPage

SUBCOMMITTEE = "Comisión de Coordinación con Instituciones de la Sociedad Civil"  # PER, owns 10 records
UNIVERSITY = "Pontificia Universidad Católica del Perú"  # only the subcommittee's members refer to it


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "demo.db")
    with store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    yield store
    store.close()


def _id(store: Store, kind: str, **where: Any) -> str:
    table = spec_for(kind).table
    with store.session() as session:
        found = session.scalar(select(table.c.id).where(*(table.c[k] == v for k, v in where.items())).limit(1))
    assert found, (kind, where)
    return found


def _delete(store: Store, kind: str, record_id: str, user: str = "tester") -> str:
    with store.session() as session:
        return delete(session, Actor(user, store.device_id()), kind, record_id)


def _live(store: Store, kind: str, record_id: str) -> bool:
    with store.session() as session:
        return get(session, kind, record_id) is not None


def _trash_ids(store: Store) -> list[str]:
    with store.session() as session:
        return [e.trash_id for e in trash_entries(session)]


def assert_restored(changes: Changes, committee: str) -> None:
    """The pages are told: the trash changed, and the committee came back with what went with it."""
    assert changes.trash and changes.history and committee in (changes.records or set())
    assert "committee" in changes.kinds and "membership" in changes.kinds


@pytest.fixture
def runner(demo_store: Store) -> Iterator[TaskRunner]:
    runner = TaskRunner(demo_store)
    yield runner
    runner.wait()


def open_page(qtbot, runner: TaskRunner) -> TrashPage:
    page = TrashPage(runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    qtbot.waitUntil(lambda: not runner.busy)
    return page


def _column(page: TrashPage, column: int) -> list[str]:
    return [page.model.index(row, column).data() for row in range(page.model.rowCount())]


def test_an_empty_trash_says_so_in_a_sentence(qtbot, runner: TaskRunner) -> None:
    page = open_page(qtbot, runner)
    assert page.stack.currentWidget() is page.empty
    assert "trash is empty" in page.empty.text()
    assert page.restore_button.isHidden()


def test_a_deleted_committee_is_listed_with_what_came_with_it(qtbot, demo_store: Store, runner: TaskRunner) -> None:
    _delete(demo_store, "committee", _id(demo_store, "committee", name=SUBCOMMITTEE), user="Lucía Quispe")
    page = open_page(qtbot, runner)
    assert page.stack.currentWidget() is page.table
    assert _column(page, 0) == [f"Committee: {SUBCOMMITTEE}"]
    assert _column(page, 1) == ["with 10 more"]
    assert _column(page, 2)[0]  # local and readable, e.g. "today at 09:21"
    assert page.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)[:2] == "20"  # the full date
    assert _column(page, 3) == ["Lucía Quispe"]
    assert page.restore_button.isEnabled()  # the newest entry is selected: Enter undoes the last delete


def test_the_model_passes_the_model_tester(qtmodeltester, qtbot, demo_store: Store, runner: TaskRunner) -> None:
    _delete(demo_store, "committee", _id(demo_store, "committee", name=SUBCOMMITTEE))
    _delete(demo_store, "decision", _id(demo_store, "decision", country="BDI"))
    page = open_page(qtbot, runner)
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)


def test_restore_button_brings_the_committee_back(qtbot, demo_store: Store, runner: TaskRunner) -> None:
    committee = _id(demo_store, "committee", name=SUBCOMMITTEE)
    _delete(demo_store, "committee", committee)
    page = open_page(qtbot, runner)
    with qtbot.waitSignal(runner.changed) as changed:
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert_restored(changed.args[0], committee)
    assert _live(demo_store, "committee", committee)
    assert _trash_ids(demo_store) == []
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert page.status.text() == f"Restored Committee “{SUBCOMMITTEE}” and 10 more that went to the trash with it."


def test_enter_on_a_row_restores_that_entry(qtbot, demo_store: Store, runner: TaskRunner) -> None:
    committee = _id(demo_store, "committee", name=SUBCOMMITTEE)
    _delete(demo_store, "committee", committee)
    decision = _id(demo_store, "decision", country="BDI")
    kept = _delete(demo_store, "decision", decision)
    page = open_page(qtbot, runner)
    assert page.model.entry_at(1).record_id == committee  # newest first
    page.table.selectRow(1)
    with qtbot.waitSignal(runner.changed) as changed:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert_restored(changed.args[0], committee)
    assert _live(demo_store, "committee", committee) and not _live(demo_store, "decision", decision)
    assert _trash_ids(demo_store) == [kept]
    assert [page.model.entry_at(0).record_id] == [decision] and page.model.rowCount() == 1
    assert page.selected_entry() is None  # a second Enter does not restore the next entry unasked


def test_the_shortcut_is_in_the_tooltip_and_tab_goes_from_list_to_button(qtbot, runner: TaskRunner) -> None:
    page = open_page(qtbot, runner)
    assert "Enter" in page.restore_button.toolTip() and "Alt+R" in page.restore_button.toolTip()
    assert page.restore_button.text() == "&Restore"
    assert page.table.accessibleName() and page.restore_button.accessibleName()
    after = page.table.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus:  # the table's own viewport and scroll bars
        after = after.nextInFocusChain()
    assert after is page.restore_button


def test_a_refused_restore_shows_why_and_leaves_the_trash_as_it_was(
    qtbot, demo_store: Store, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    committee = _id(demo_store, "committee", name=SUBCOMMITTEE)
    trash_id = _delete(demo_store, "committee", committee)
    university = _id(demo_store, "institution", name=UNIVERSITY)
    with demo_store.session() as session:  # nothing live uses the university now: it may move
        update(session, Actor("tester", demo_store.device_id()), "institution", university, {"country": "BDI"})
    shown: list[str] = []
    monkeypatch.setattr(trash_page.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    page = open_page(qtbot, runner)
    with qtbot.assertNotEmitted(runner.changed):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown))
    assert "stays in the trash" in shown[0] and "moved to BDI" in shown[0]
    assert not _live(demo_store, "committee", committee)
    assert _trash_ids(demo_store) == [trash_id]
    assert _column(page, 0) == [f"Committee: {SUBCOMMITTEE}"]
    assert page.restore_button.isEnabled() and not page.status.text()


def test_an_unexpected_failure_goes_to_the_runners_failed_signal(
    qtbot, demo_store: Store, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _delete(demo_store, "committee", _id(demo_store, "committee", name=SUBCOMMITTEE))

    def broken(*_args: Any) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(trash_page, "restore", broken)
    page = open_page(qtbot, runner)
    with qtbot.waitSignal(runner.failed) as failed:
        page.restore_selected()
    assert isinstance(failed.args[1], OSError)
    assert page.model.rowCount() == 1


def test_the_country_filter_shows_only_that_countrys_entries(qtbot, demo_store: Store, runner: TaskRunner) -> None:
    _delete(demo_store, "committee", _id(demo_store, "committee", name=SUBCOMMITTEE))
    decision = _id(demo_store, "decision", country="BDI")
    _delete(demo_store, "decision", decision)
    page = open_page(qtbot, runner)
    page.set_country("PER")
    assert _column(page, 0) == [f"Committee: {SUBCOMMITTEE}"]
    page.set_country("BDI")
    assert [page.model.entry_at(0).record_id] == [decision] and page.model.rowCount() == 1
    page.set_country("KGZ")
    assert page.stack.currentWidget() is page.empty
    assert "Nothing from Kyrgyzstan (KGZ)" in page.empty.text() and ": 2." in page.empty.text()
    page.set_country(None)
    assert page.model.rowCount() == 2
    page.set_country("PER")
    with qtbot.waitSignal(page.loaded):  # a reload keeps the filter
        page.refresh()
    assert page.model.rowCount() == 1


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on a shown top-level
def test_a_delete_made_while_the_page_is_hidden_is_read_when_it_is_shown(
    qtbot, demo_store: Store, runner: TaskRunner
) -> None:
    page = open_page(qtbot, runner)
    committee = _id(demo_store, "committee", name=SUBCOMMITTEE)
    reads: list[int] = []
    page.loaded.connect(reads.append)
    with qtbot.waitSignal(runner.changed):  # a delete on another page, through the one writer
        runner.write(
            lambda session, _p: delete(session, Actor("tester", demo_store.device_id()), "committee", committee)
        )
    qtbot.waitUntil(lambda: not runner.busy)
    assert reads == [] and page.model.rowCount() == 0  # not shown: it waits
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert page.model.rowCount() == 1
    page.hide()
    page.show()  # shown again with nothing new: nothing to read
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(reads) == 1


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_alt_r_restores_the_selected_entry(qtbot, demo_store: Store, runner: TaskRunner) -> None:
    committee = _id(demo_store, "committee", name=SUBCOMMITTEE)
    _delete(demo_store, "committee", committee)
    page = open_page(qtbot, runner)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    with qtbot.waitSignal(runner.changed) as changed:
        qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert_restored(changed.args[0], committee)
