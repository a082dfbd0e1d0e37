"""The editor follows undo and redo of a delete, and a restore from the Trash:
it shows the record again rather than "Sent to the trash". Ctrl+Z and
Ctrl+Shift+Z undo and redo from a list's search box too."""

from __future__ import annotations

from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.services import get
from desktop.ui.main_window import MainWindow

COMMITTEE = "Comisión de Coordinación con Instituciones de la Sociedad Civil"


def show_committee(qtbot, window: MainWindow, name: str = COMMITTEE):
    window.show()
    qtbot.waitExposed(window)
    page = window.record_pages["committee"]
    window.go_to(page)
    settle(qtbot, window)
    model = page.list.model
    page.list.table.selectRow(next(r for r in range(model.rowCount()) if model.index(r, 1).data() == name))
    settle(qtbot, window)
    return page


def shows(page, record_id: str) -> bool:
    editor = page.editor
    return editor.record_id == record_id and editor.form.isEnabled() and "trash" not in editor.title.text().lower()


def test_undo_and_redo_of_a_delete_are_followed_by_the_editor(qtbot, window: MainWindow) -> None:
    page = show_committee(qtbot, window)
    record_id = page.editor.record_id
    page.editor.delete()
    settle(qtbot, window)
    assert "Sent to the trash" in page.editor.title.text()
    window.undo_action.trigger()
    settle(qtbot, window)
    assert shows(page, record_id)
    assert page.editor.form.editors["name"].value() == COMMITTEE
    assert page.editor.delete_button.isEnabled()
    window.redo_action.trigger()
    settle(qtbot, window)
    assert page.editor.record_id is None and not page.editor.form.isEnabled()
    window.undo_action.trigger()
    settle(qtbot, window)
    assert shows(page, record_id)


def test_a_restore_from_the_trash_is_followed_by_the_editor(qtbot, window: MainWindow) -> None:
    page = show_committee(qtbot, window)
    record_id = page.editor.record_id
    page.editor.delete()
    settle(qtbot, window)
    window.go_to(window.trash)
    settle(qtbot, window)
    assert window.trash.selected_entry() is not None
    window.trash.restore_selected()
    settle(qtbot, window)
    window.go_to(page)
    settle(qtbot, window)
    assert shows(page, record_id)


def test_ctrl_z_and_ctrl_shift_z_work_from_the_search_box(qtbot, window: MainWindow) -> None:
    page = show_committee(qtbot, window, "Mesa de Trabajo Intersectorial para la Gestión Migratoria")
    record_id = page.editor.record_id
    acronym = page.editor.form.editors["acronym"].widget
    acronym.selectAll()
    qtbot.keyClicks(acronym, "MTIGM-PE")
    page.editor.save()
    settle(qtbot, window)
    search = page.list.search
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    qtbot.keyClicks(search, "Mesa")
    settle(qtbot, window)

    def stored_acronym() -> str:
        with window.runner.store.session() as session:
            return get(session, "committee", record_id)["acronym"]

    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert stored_acronym() == "MTIGM"
    assert page.editor.form.editors["acronym"].value() == "MTIGM"
    assert search.text() == "Mesa"  # the search is as typed
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert stored_acronym() == "MTIGM-PE"
