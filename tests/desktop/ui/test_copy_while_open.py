"""A change saved in the window is in the database file itself a moment later:
copying mainstream.db alone to a stick while the window is open carries it."""

from __future__ import annotations

import shutil
from pathlib import Path

from gui_helpers import settle

from db.services import get
from db.store import Store
from desktop.ui.main_window import MainWindow


def show_committee(qtbot, window: MainWindow):
    window.show()
    qtbot.waitExposed(window)
    page = window.record_pages["committee"]
    window.go_to(page)
    settle(qtbot, window)
    page.list.table.selectRow(0)
    settle(qtbot, window)
    return page


def test_a_save_in_the_window_is_in_a_copy_of_the_file_alone(qtbot, window: MainWindow, tmp_path: Path) -> None:
    page = show_committee(qtbot, window)
    record_id = page.editor.record_id
    field = page.editor.form.editors["legal_basis"].widget
    field.setText("Resolución Ministerial 0584-2026")
    field.textEdited.emit(field.text())
    page.editor.save()
    settle(qtbot, window)
    store = window.runner.store
    assert store.wait_for_file(timeout=5)
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = Path(shutil.copyfile(store.path, stick / store.path.name))  # no -wal beside it
    with Store.open(copy, create=False) as carried, carried.session() as session:
        record = get(session, "committee", record_id)
    assert record is not None and record["legal_basis"] == "Resolución Ministerial 0584-2026"
