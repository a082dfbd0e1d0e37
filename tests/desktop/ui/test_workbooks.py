"""File > Export to Excel… and Import from Excel…, and the Reports page's IATI file, in the window."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from gui_helpers import settle
from lxml import etree
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from python_calamine import CalamineWorkbook
from sqlalchemy import text

from desktop.iati.validate import problems
from desktop.ui import workbooks
from desktop.ui.main_window import MainWindow


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[workbooks.PreviewDialog]:
    """Preview dialogs shown, each answered with its Import button when it has one."""
    shown: list[workbooks.PreviewDialog] = []

    def answer(dialog: workbooks.PreviewDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted if hasattr(dialog, "import_button") else QDialog.DialogCode.Rejected

    monkeypatch.setattr(workbooks.PreviewDialog, "exec", answer)
    return shown


def export(qtbot, window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(workbooks.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_excel_action.trigger()
    settle(qtbot, window)


def test_export_writes_the_country_and_says_so(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "peru.xlsx"
    export(qtbot, window, target, monkeypatch)
    book = CalamineWorkbook.from_path(str(target))
    assert "Activity" in book.sheet_names and "Code lists" in book.sheet_names
    countries = {row[-1] for row in book.get_sheet_by_name("Activity").to_python()[1:]}
    assert countries == {"PER"}
    assert f"record(s) to {target}" not in window.statusBar().currentMessage()
    assert f"records to {target}" in window.statusBar().currentMessage()


def test_import_previews_then_writes_and_clears_undo(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, previews
) -> None:
    target = tmp_path / "peru.xlsx"
    export(qtbot, window, target, monkeypatch)
    edited = openpyxl.load_workbook(target)
    sheet = edited["Activity"]
    title = next(cell.column for cell in sheet[1] if cell.value == "Title")
    rid = sheet.cell(2, 1).value
    sheet.cell(2, title).value = "Guía regional revisada"
    edited.save(target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.import_excel_action.trigger()
    settle(qtbot, window)
    assert len(previews) == 1
    assert "Activity: 0 new, 1 changed, 2 unchanged" in previews[0].details.toPlainText()
    with window._store.session() as session:
        stored = session.execute(text("select title from activity where id = :id"), {"id": rid}).scalar()
    assert stored == "Guía regional revisada"
    assert "Imported peru.xlsx: 1 record created or changed" in window.statusBar().currentMessage()
    assert "history cleared by the import of peru.xlsx" in window.undo_action.text()


def test_refused_cells_are_listed_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, previews
) -> None:
    target = tmp_path / "peru.xlsx"
    export(qtbot, window, target, monkeypatch)
    edited = openpyxl.load_workbook(target)
    sheet = edited["Activity"]
    start = next(cell.column for cell in sheet[1] if cell.value == "Planned start")
    sheet.cell(2, start).value = "someday"
    edited.save(target)
    with window._store.session() as session:
        before = session.execute(text("select count(*) from change")).scalar()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.import_excel_action.trigger()
    settle(qtbot, window)
    dialog = previews[0]
    assert "Sheet Activity, row 2, column Planned start: 'someday' is not a date" in dialog.details.toPlainText()
    assert "peru.refused.xlsx" in dialog.summary.text()
    assert not hasattr(dialog, "import_button")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    with window._store.session() as session:
        assert session.execute(text("select count(*) from change")).scalar() == before


def test_a_file_that_is_no_workbook_is_one_line(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "notes.xlsx"
    target.write_text("not a workbook")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.import_excel_action.trigger()
    settle(qtbot, window)
    assert window.warnings == ["notes.xlsx is not a workbook (.xlsx or .ods)"]


def test_reports_page_saves_a_valid_iati_file(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "peru.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = window.reports
    window.go_to(page)
    page.set_country("PER")
    page.iati_button.click()
    settle(qtbot, window)
    assert "Saved the IATI file" in page.message_label.text() and not page.message_label.property("problem")
    assert problems(etree.parse(str(target))) == []
