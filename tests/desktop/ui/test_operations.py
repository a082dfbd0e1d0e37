"""Operations in the window: every write tells the pages what it changed (one signal), a
page not shown reads again when it is next shown, undo is recorded with its operation,
an undo that fails says so and leaves the history as it was, and what cannot be undone
safely (an import, a settled conflict, the demo, another database) clears the history
and the Edit menu says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_gui_helpers import COMMITTEE, export_on_page, import_on_page, one_value, share_everything
from gui_helpers import settle
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy import text

from db.errors import DiskFull
from db.services import Actor, delete, get, update
from db.services.changes import Changes
from db.services.history import history
from db.store import Store
from desktop.ui import main_window as main_window_module
from desktop.ui import undo as undo_module
from desktop.ui.main_window import MainWindow
from desktop.ui.records_page import RecordsPage

#: Peru's committee with nothing outside it referring to it: it can go to the trash.
DELETABLE = "Comisión de Coordinación con Instituciones de la Sociedad Civil"
MTIGM = "Mesa de Trabajo Intersectorial para la Gestión Migratoria"


@pytest.fixture(autouse=True)
def close_replacements():
    yield
    for other in list(main_window_module._OPEN_WINDOWS):
        other.close()


def go_to(qtbot, window: MainWindow, page: QWidget) -> None:
    """Show ``page`` as a person does: its entry in the sidebar, then its tab."""
    if not window.isVisible():
        window.show()
        qtbot.waitExposed(window)
    window.go_to(page)
    settle(qtbot, window)
    assert page.isVisible()


def select(qtbot, window: MainWindow, page: RecordsPage, name: str) -> str:
    model = page.list.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == name)
    page.list.table.selectRow(row)
    settle(qtbot, window)
    return model.id_at(row)


def edit_acronym(qtbot, window: MainWindow, name: str, acronym: str) -> str:
    page = window.record_pages["committee"]
    go_to(qtbot, window, page)
    record_id = select(qtbot, window, page, name)
    page.editor.form.editors["acronym"].widget.setText(acronym)
    page.editor.form.editors["acronym"].changed.emit()
    page.editor.save()
    settle(qtbot, window)
    assert stored(window, "committee", record_id)["acronym"] == acronym
    return record_id


def stored(window: MainWindow, kind: str, record_id: str) -> dict | None:
    with window.runner.store.session() as session:
        return get(session, kind, record_id)


def history_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    model = window.history.model
    return [tuple(model.index(row, column).data() for column in (1, 3, 5)) for row in range(model.rowCount())]


# --- one signal, and pages not shown read again when shown ----------------------------------------


def test_a_restore_in_the_trash_shows_on_the_dashboard_and_in_the_history_without_f5(qtbot, window: MainWindow) -> None:
    go_to(qtbot, window, window.dashboard)
    active = window.dashboard.board.active_committees
    page = window.record_pages["committee"]
    go_to(qtbot, window, page)
    select(qtbot, window, page, DELETABLE)
    page.editor.delete()
    settle(qtbot, window)
    go_to(qtbot, window, window.dashboard)
    assert window.dashboard.board.active_committees == active - 1

    go_to(qtbot, window, window.trash)
    assert window.trash.selected_entry().label == DELETABLE
    window.trash.restore_selected()
    settle(qtbot, window)

    go_to(qtbot, window, window.dashboard)
    assert window.dashboard.board.active_committees == active
    go_to(qtbot, window, window.history)
    assert ("Restored", DELETABLE) in [row[1:] for row in history_rows(window)]
    go_to(qtbot, window, page)
    assert page.list.model.row_of(stored_id(window, DELETABLE)) >= 0


def stored_id(window: MainWindow, name: str) -> str:
    with window.runner.store.session() as session:
        return str(session.execute(text("select id from committee where name = :n"), {"n": name}).scalar_one())


def test_a_settled_conflict_shows_on_the_dashboard_and_in_the_history_without_f5(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    share_everything(qtbot, amal, bruno, tmp_path)
    committee = one_value(
        amal.runner.store, "select id from committee where country = 'PER' and status = 'active' order by name limit 1"
    )
    with amal.runner.store.session() as session:
        update(session, amal.actor, "committee", committee, {"status": "dormant"})
    with bruno.runner.store.session() as session:
        update(session, bruno.actor, "committee", committee, {"status": "dissolved"})
    export_on_page(qtbot, bruno, tmp_path / "back.mxf")
    import_on_page(qtbot, amal, tmp_path / "back.mxf")
    go_to(qtbot, amal, amal.dashboard)
    active = amal.dashboard.board.active_committees
    go_to(qtbot, amal, amal.history)  # read now, before the conflict is settled

    go_to(qtbot, amal, amal.conflicts)
    assert [line.record_id for line in amal.conflicts.lines] == [committee]
    amal.conflicts.set_another_value("active")
    amal.conflicts.keep_chosen()
    settle(qtbot, amal)

    go_to(qtbot, amal, amal.dashboard)
    assert amal.dashboard.board.active_committees == active + 1
    go_to(qtbot, amal, amal.history)
    assert history_rows(amal)[0][:2] == ("Amal Haddad", "Changed")


def test_a_page_not_shown_reads_again_only_when_it_is_shown(qtbot, window: MainWindow) -> None:
    page = window.record_pages["committee"]
    go_to(qtbot, window, page)
    reads: list[int] = []
    window.trash.loaded.connect(reads.append)
    select(qtbot, window, page, DELETABLE)
    page.editor.delete()
    settle(qtbot, window)
    assert not window.trash.isVisible() and reads == []  # the trash waits: it is not shown
    go_to(qtbot, window, window.trash)
    assert reads and window.trash.selected_entry().label == DELETABLE


def test_the_pages_hear_of_every_write_through_one_signal(qtbot, window: MainWindow) -> None:
    heard = []
    window.runner.changed.connect(heard.append)
    record_id = edit_acronym(qtbot, window, MTIGM, "MTIGM-1")
    assert len(heard) == 1
    assert heard[0].kinds == {"committee"} and heard[0].records == {record_id} and heard[0].history


def test_an_import_tells_the_pages_exactly_what_it_changed(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    share_everything(qtbot, amal, bruno, tmp_path)
    committee = one_value(amal.runner.store, COMMITTEE)
    with amal.runner.store.session() as session:
        update(session, amal.actor, "committee", committee, {"acronym": "AMAL"})
    export_on_page(qtbot, amal, tmp_path / "acronym.mxf")  # everything again: only the acronym is new to Bruno
    pages = {kind: page.reloader for kind, page in bruno.record_pages.items()}
    pages |= {"history": bruno.history.reloader, "trash": bruno.trash.reloader, "dashboard": bruno.dashboard.reloader}
    for reloader in pages.values():
        reloader.stale = False  # as if each had been shown since the first file
    heard: list[Changes] = []
    bruno.runner.changed.connect(heard.append)
    import_on_page(qtbot, bruno, tmp_path / "acronym.mxf")
    assert heard == [Changes(kinds={"committee"}, records={committee}, history=True)]
    # None is shown (the Exchange page is): those showing committees or the history read again when shown, no other.
    assert {name for name, reloader in pages.items() if reloader.stale} == {"committee", "history", "dashboard"}


# --- undo recorded with the operation; a failed undo leaves the history as it was ------------------


def test_an_undo_that_fails_says_why_and_leaves_the_history_as_it_was(qtbot, window: MainWindow) -> None:
    record_id = edit_acronym(qtbot, window, DELETABLE, "CCISC-1")
    stack = window.undo_stack
    index, count = stack.index(), stack.count()
    with window.runner.store.session() as session:  # meanwhile, somebody sends it to the trash
        delete(session, Actor("Otra persona", "other-device"), "committee", record_id)
    window.undo_action.trigger()
    settle(qtbot, window)
    assert (stack.index(), stack.count()) == (index, count)
    assert window.warnings and "in the trash" in window.warnings[-1]
    assert window.undo_action.isEnabled() and "Edit" in window.undo_action.text()


def test_an_undo_that_meets_a_full_disk_says_so_in_the_user_s_words(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not "DiskFull: database or disk is full": what happened and what to do."""
    record_id = edit_acronym(qtbot, window, DELETABLE, "CCISC-1")
    stack = window.undo_stack
    index = stack.index()

    def no_room(*_args: object, **_kwargs: object) -> None:
        raise DiskFull("database or disk is full", folder=Path("/media/stick"))

    monkeypatch.setattr(undo_module, "update", no_room)
    window.undo_action.trigger()
    settle(qtbot, window)
    assert stack.index() == index
    assert window.warnings and "The disk holding /media/stick is full" in window.warnings[-1]
    assert "DiskFull" not in window.warnings[-1]
    assert stored(window, "committee", record_id)["acronym"] == "CCISC-1"


def test_a_redo_that_fails_says_why_and_leaves_the_history_as_it_was(qtbot, window: MainWindow) -> None:
    record_id = edit_acronym(qtbot, window, DELETABLE, "CCISC-1")
    stack = window.undo_stack
    window.undo_action.trigger()
    settle(qtbot, window)
    assert stored(window, "committee", record_id)["acronym"] != "CCISC-1"
    index = stack.index()
    with window.runner.store.session() as session:
        delete(session, Actor("Otra persona", "other-device"), "committee", record_id)
    window.redo_action.trigger()
    settle(qtbot, window)
    assert stack.index() == index and stack.canRedo()
    assert window.warnings and "in the trash" in window.warnings[-1]


def test_a_save_refused_pushes_nothing_on_the_undo_history(qtbot, window: MainWindow) -> None:
    page = window.record_pages["activity"]
    go_to(qtbot, window, page)
    model = page.list.model
    page.list.table.selectRow(next(r for r in range(model.rowCount()) if model.index(r, 1).data()))
    settle(qtbot, window)
    page.editor.form.editors["progress"].widget.setText("150")
    page.editor.form.editors["progress"].changed.emit()
    page.editor.save()
    settle(qtbot, window)
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()


# --- what clears the undo history, and the Edit menu saying why --------------------------------


def assert_cleared(qtbot, window: MainWindow, why: str) -> None:
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    assert why in window.undo_action.text(), window.undo_action.text()
    before = window.undo_stack.index()
    window.undo_stack.undo()  # Ctrl+Z, whichever way it comes, does nothing
    settle(qtbot, window)
    assert window.undo_stack.index() == before


def test_an_import_clears_the_undo_history_and_the_edit_menu_says_why(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    share_everything(qtbot, amal, bruno, tmp_path)
    committee = one_value(bruno.runner.store, COMMITTEE)
    name = edit_name_on_page(qtbot, amal, committee, "Nombre de Amal")
    with bruno.runner.store.session() as session:
        update(session, bruno.actor, "committee", committee, {"acronym": "BRUNO"})
    export_on_page(qtbot, bruno, tmp_path / "de Bruno.mxf")
    assert amal.undo_action.isEnabled()
    import_on_page(qtbot, amal, tmp_path / "de Bruno.mxf")
    assert_cleared(qtbot, amal, "import of de Bruno.mxf")
    assert one_value(amal.runner.store, f"select name from committee where id = '{committee}'") == name


def edit_name_on_page(qtbot, window: MainWindow, record_id: str, name: str) -> str:
    page = window.record_pages["committee"]
    go_to(qtbot, window, page)
    page.show_record(record_id)
    settle(qtbot, window)
    page.editor.form.editors["name"].widget.setText(name)
    page.editor.form.editors["name"].changed.emit()
    page.editor.save()
    settle(qtbot, window)
    return name


def test_a_settled_conflict_clears_the_undo_history_and_the_edit_menu_says_why(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    share_everything(qtbot, amal, bruno, tmp_path)
    committee = one_value(amal.runner.store, COMMITTEE)
    another = one_value(amal.runner.store, f"{COMMITTEE} offset 1")
    with bruno.runner.store.session() as session:
        update(session, bruno.actor, "committee", committee, {"name": "Nombre de Bruno"})
    edit_name_on_page(qtbot, amal, committee, "Nombre de Amal")
    export_on_page(qtbot, bruno, tmp_path / "back.mxf")
    import_on_page(qtbot, amal, tmp_path / "back.mxf")
    edit_name_on_page(qtbot, amal, another, "Otro comité")  # the history has something to clear again
    assert amal.undo_action.isEnabled()
    go_to(qtbot, amal, amal.conflicts)
    assert [line.record_id for line in amal.conflicts.lines] == [committee]
    amal.conflicts.choose(1)
    amal.conflicts.keep_chosen()
    settle(qtbot, amal)
    assert_cleared(qtbot, amal, "settling a conflict")


def test_loading_the_demo_clears_the_undo_history_and_the_edit_menu_says_why(qtbot, window: MainWindow) -> None:
    edit_acronym(qtbot, window, MTIGM, "MTIGM-1")
    assert window.undo_action.isEnabled()
    window.demo_action.trigger()
    settle(qtbot, window)
    assert_cleared(qtbot, window, "loading the demo data")


def test_ctrl_z_while_the_demo_is_loading_waits_and_then_has_nothing_to_undo(qtbot, window: MainWindow) -> None:
    """A replay asked for while a write that clears the history runs would land after it."""
    record_id = edit_acronym(qtbot, window, MTIGM, "MTIGM-1")
    window.demo_action.trigger()
    window.undo_stack.undo()  # Ctrl+Z at once, before the demo data are in
    assert not window.undo_action.isEnabled()
    settle(qtbot, window)
    assert stored(window, "committee", record_id)["acronym"] == "MTIGM-1"
    assert_cleared(qtbot, window, "loading the demo data")


def test_another_database_starts_with_an_edit_menu_that_says_why_nothing_can_be_undone(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit_acronym(qtbot, window, MTIGM, "MTIGM-1")
    other = tmp_path / "Ministère.db"
    Store.open(other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_action.trigger()
    new = main_window_module._OPEN_WINDOWS[-1]
    settle(qtbot, new)
    assert_cleared(qtbot, new, "opening Ministère.db")


def test_a_new_edit_after_clearing_can_be_undone_again(qtbot, window: MainWindow) -> None:
    window.demo_action.trigger()
    settle(qtbot, window)
    edit_acronym(qtbot, window, MTIGM, "MTIGM-2")
    assert window.undo_action.isEnabled() and "demo" not in window.undo_action.text()


# --- the user's name -----------------------------------------------------------------------------


def test_changing_the_name_keeps_the_window_and_the_undo_history(qtbot, window: MainWindow) -> None:
    record_id = edit_acronym(qtbot, window, MTIGM, "MTIGM-1")
    page = window.settings
    go_to(qtbot, window, page)
    page.name_edit.setText("Fatima Zahra El Idrissi فاطمة")
    page.name_edit.textEdited.emit(page.name_edit.text())
    page.save()
    settle(qtbot, window)
    assert not main_window_module._OPEN_WINDOWS and window.isVisible()
    assert window.actor.user == "Fatima Zahra El Idrissi فاطمة"
    assert "Fatima" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 1 and window.undo_action.isEnabled()
    window.undo_action.trigger()  # undone now, so by the name now set
    settle(qtbot, window)
    assert stored(window, "committee", record_id)["acronym"] == "MTIGM"
    with window.runner.store.session() as session:
        assert history(session, record_id=record_id)[0].user == "Fatima Zahra El Idrissi فاطمة"
    assert "Fatima Zahra" in window.exchange.identity_label.text() or not window.exchange.identity_label.text()
