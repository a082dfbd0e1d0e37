"""0 is a figure, empty is unknown: a 0 typed into a new record is saved as 0
(not refused as missing, not saved empty), read back from the database, and
a field left empty stays empty."""

from __future__ import annotations

from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Activity, CapacityActivity, Indicator
from db.services import get, update
from db.services.children import owned_records
from desktop.session import current_actor
from desktop.ui.main_window import MainWindow
from desktop.ui.record_editor import RecordEditor

TRAINED = "Funcionarios capacitados en migración y desarrollo"  # Peru, by sex, periods 2025 and 2026


def type_into(qtbot, editor: RecordEditor, name: str, text: str) -> None:
    widget = editor.form.editors[name].widget
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_participants_by_institution_with_other_zero_are_saved_as_zero(qtbot, window: MainWindow) -> None:
    with window.runner.store.session() as session:
        training = session.scalars(select(CapacityActivity).where(CapacityActivity.country == "PER")).first()
        assert training is not None
        training_id = training.id
        # room for 21 more people: the demo's institutions account for everyone who took part
        counts = {name: getattr(training, name) for name in ("participants_female", "participants_male")}
        update(
            session,
            current_actor(window.runner.store),
            "capacity_activity",
            training_id,
            {
                "participants_female": counts["participants_female"] + 12,
                "participants_male": counts["participants_male"] + 9,
                "participants_total": None,
            },
        )
    window.open_record("capacity_activity", training_id)
    settle(qtbot, window)
    page = window.record_pages["capacity_activity"]
    panel = next(p for p in page.editor.children_panels if p.kind == "capacity_participation")
    before = panel.model.rowCount()
    panel.on_add()
    settle(qtbot, window)
    editor = panel.dialog.editor
    institutions = editor.form.editors["institution_id"].widget
    institutions.setCurrentIndex(1)
    institutions.activated.emit(1)
    for name, text in (("female", "12"), ("male", "9"), ("other", "0")):
        type_into(qtbot, editor, name, text)
    editor.save()
    settle(qtbot, window)
    assert editor.form.errors["other"].isHidden(), editor.form.errors["other"].text()
    assert editor.record_id is not None
    with window.runner.store.session() as session:
        record = get(session, "capacity_participation", editor.record_id)
    assert (record["female"], record["male"], record["other"]) == (12, 9, 0)
    assert panel.model.rowCount() == before + 1
    assert editor.form.editors["other"].widget.text() == "0"  # read again from the database


def test_a_new_activity_keeps_zero_progress_and_expenditure_and_leaves_empty_empty(qtbot, window: MainWindow) -> None:
    with window.runner.store.session() as session:
        result_id = session.scalars(select(Activity.result_id).where(Activity.country == "PER")).first()
    page = window.record_pages["activity"]
    window.go_to(page)
    settle(qtbot, window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    editor = page.editor
    form = editor.form
    form.editors["result_id"].set_value(result_id)
    type_into(qtbot, editor, "title", "Taller sin gasto")
    form.editors["responsible_agency"].set_value("iom")
    form.editors["status"].set_value("planned")
    type_into(qtbot, editor, "progress", "0")
    type_into(qtbot, editor, "expenditure", "0")
    editor.save()
    settle(qtbot, window)
    assert editor.record_id is not None, [label.text() for label in form.errors.values() if label.text()]
    with window.runner.store.session() as session:
        record = get(session, "activity", editor.record_id)
    assert record["progress"] == 0 and record["expenditure"] == 0
    assert record["planned_budget"] is None  # not typed: unknown, not 0
    assert form.editors["progress"].widget.text() == "0"
    assert form.editors["planned_budget"].widget.text() == ""


def test_an_actual_typed_as_zero_is_saved_as_zero(qtbot, window: MainWindow) -> None:
    with window.runner.store.session() as session:
        indicator_id = session.scalar(select(Indicator.id).where(Indicator.statement == TRAINED))
    window.open_record("indicator", indicator_id)
    settle(qtbot, window)
    grid = next(p for p in window.record_dialog.editor.children_panels if p.kind == "indicator_period")
    model = grid.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "2026")
    grid.table.setFocus()
    grid.table.setCurrentIndex(model.index(row, model.column_for("other", "actual")))
    qtbot.keyClicks(grid.table, "0")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, window)
    with window.runner.store.session() as session:
        rows = owned_records(session, "indicator_period", "indicator_id", indicator_id)
    actual = next(r["actual"] for r in rows if r["period_start"].year == 2026 and r["sex"] == "other")
    assert actual == 0 and actual is not None
    assert model.index(row, model.column_for("other", "actual")).data() == "0"
