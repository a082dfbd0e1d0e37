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


def test_a_logframe_with_columns_corrected_and_remembered(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import logframe_dialog

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ref", "Narrative", "KPI", "Baseline", "Target 2026", "Budget"])
    sheet.append(["1", "Migration governance is coherent", "Sectors applying the policy", 4, 10, None])
    sheet.append(["1.1", "Capacities strengthened", "Officials trained", 0, 120, None])
    sheet.append(["1.1.1", "Online course", None, None, None, 25000])
    path = tmp_path / "framework.xlsx"
    book.save(path)
    dialogs: list[logframe_dialog.LogframeDialog] = []

    def answer(dialog: logframe_dialog.LogframeDialog) -> int:
        dialogs.append(dialog)
        box = dialog.roles["indicator"]
        box.setCurrentIndex(box.findData("KPI"))  # not found by its header: the user points at it
        dialog.title.setText("Framework 2026")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(logframe_dialog.LogframeDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: (questions.append(text), QMessageBox.StandardButton.Yes)[1]
    )
    window.import_logframe_action.trigger()
    settle(qtbot, window)
    assert (
        dialogs[0].roles["code"].currentData() == "Ref" and dialogs[0].roles["statement"].currentData() == "Narrative"
    )
    assert "Indicator: 2" in questions[0] and "Activity: 1" in questions[0]
    with window._store.session() as session:
        plan = session.execute(text("select id, country from work_plan where title = 'Framework 2026'")).one()
        indicators = session.execute(
            text("select count(*) from indicator join result on result.id = indicator.result_id "
                 "where result.work_plan_id = :plan"), {"plan": plan.id}
        ).scalar()  # fmt: skip
    assert plan.country == "PER" and indicators == 2
    assert logframe_dialog.remembered("indicator") == "KPI"
    # The next framework of that layout gets the column the user chose.
    window.import_logframe_action.trigger()
    settle(qtbot, window)
    assert dialogs[1].roles["indicator"].currentData() == "KPI"
