"""Records nested three deep (committee > meeting > decision, work plan > result > indicator > period)
never stack a third window: the deeper record opens in the dialog already open, in its owner's place,
under a breadcrumb, and Esc or Alt+Left goes back to the owner."""

from __future__ import annotations

from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from db.models import Decision, Indicator, Meeting, Result
from db.services import get
from desktop.ui.child_dialog import ChildDialog
from desktop.ui.main_window import MainWindow


def windows_open() -> list:
    """The windows on screen: the main window and the dialogs over it."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and (w.isWindow() and not w.isHidden())]


def dialogs_open() -> list[QDialog]:
    return [w for w in windows_open() if isinstance(w, QDialog)]


def panel(editor, kind: str):
    return next(p for p in editor.children_panels if p.kind == kind)


def open_owned(qtbot, window: MainWindow, editor, kind: str, record_id: str) -> None:
    """Choose a record in an editor's list of owned records and press Enter on it."""
    children = panel(editor, kind)
    row = next(r for r, values in enumerate(children.model.rows) if values["id"] == record_id)
    children.table.setFocus()
    children.table.setCurrentIndex(children.model.index(row, 0))
    qtbot.keyClick(children.table, Qt.Key.Key_Return)
    settle(qtbot, window)


def a_meeting_with_a_decision(window: MainWindow) -> tuple[str, str, str]:
    with window.runner.store.session() as session:
        decision = session.scalars(select(Decision).where(Decision.country == "PER")).first()
        assert decision is not None
        meeting = session.get(Meeting, decision.meeting_id)
        assert meeting is not None
        return meeting.committee_id, meeting.id, decision.id


def test_a_decision_opens_in_its_meetings_dialog_and_esc_goes_back(qtbot, window: MainWindow) -> None:
    window.show()
    committee_id, meeting_id, decision_id = a_meeting_with_a_decision(window)
    window.open_record("committee", committee_id)
    settle(qtbot, window)
    open_owned(qtbot, window, window.record_pages["committee"].editor, "meeting", meeting_id)
    [dialog] = dialogs_open()
    assert isinstance(dialog, ChildDialog) and dialog.editor.record_id == meeting_id
    assert dialog.trail.isHidden()  # nothing to go back to yet
    meeting_heading = dialog.editor.title.text()
    open_owned(qtbot, window, dialog.editor, "decision", decision_id)
    assert dialogs_open() == [dialog], "the decision opens in the meeting's window, not a third one"
    assert dialog.levels == 2 and dialog.editor.record_id == decision_id
    assert dialog.editor.isVisible() and not dialog.editors[0].isVisible()
    assert dialog.breadcrumb.text() == meeting_heading and dialog.back_button.isVisible()
    qtbot.keyClick(dialog.editor.form.editors["text"].widget, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert dialog.isVisible() and dialog.levels == 1 and dialog.editor.record_id == meeting_id
    assert dialog.trail.isHidden()
    qtbot.keyClick(dialog.editor.save_button, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert dialogs_open() == []


def test_alt_left_goes_back_and_ctrl_z_undoes_in_the_deeper_record(qtbot, window: MainWindow) -> None:
    window.show()
    committee_id, meeting_id, decision_id = a_meeting_with_a_decision(window)
    window.open_record("committee", committee_id)
    settle(qtbot, window)
    open_owned(qtbot, window, window.record_pages["committee"].editor, "meeting", meeting_id)
    [dialog] = dialogs_open()
    open_owned(qtbot, window, dialog.editor, "decision", decision_id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    editor = dialog.editor
    with window.runner.store.session() as session:
        before = get(session, "decision", decision_id)["text"]
    editor.form.editors["text"].set_value("Publish the migration profile")
    editor.form.editors["text"].changed.emit()
    editor.save()
    settle(qtbot, window)
    editor.save_button.setFocus()  # not in a text box, whose own Ctrl+Z undoes typing
    qtbot.keyClick(editor.save_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    with window.runner.store.session() as session:
        assert get(session, "decision", decision_id)["text"] == before
    qtbot.keyClick(editor.save_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, window)
    assert dialog.levels == 1 and dialog.editor.record_id == meeting_id
    open_owned(qtbot, window, dialog.editor, "decision", decision_id)
    assert dialog.levels == 2
    qtbot.keyClick(dialog.editor.history_button, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "&Back"
    qtbot.waitUntil(lambda: dialog.levels == 1)  # a mnemonic clicks its button after a short animation
    assert dialog.editor.record_id == meeting_id
    assert QApplication.focusWidget() is panel(dialog.editor, "decision").table  # back on the row left
    dialog.close_all()


def test_an_indicators_period_is_added_without_another_window(qtbot, window: MainWindow) -> None:
    """Work plan > result > indicator > period: the period's dates are asked for under the grid."""
    window.show()
    with window.runner.store.session() as session:
        indicator = session.scalars(select(Indicator).where(Indicator.country == "PER")).first()
        assert indicator is not None
        result = session.get(Result, indicator.result_id)
        assert result is not None
        plan_id, result_id, indicator_id = result.work_plan_id, result.id, indicator.id
    window.open_record("work_plan", plan_id)
    settle(qtbot, window)
    open_owned(qtbot, window, window.record_pages["work_plan"].editor, "result", result_id)
    [dialog] = dialogs_open()
    open_owned(qtbot, window, dialog.editor, "indicator", indicator_id)
    assert dialogs_open() == [dialog] and dialog.levels == 2
    grid = panel(dialog.editor, "indicator_period")
    periods = grid.model.rowCount()
    grid.add_button.click()
    assert dialogs_open() == [dialog] and grid.period_bar.isVisible()
    qtbot.keyClick(grid.period_bar.start_edit, Qt.Key.Key_Escape)
    assert not grid.period_bar.isVisible() and dialog.isVisible() and dialog.levels == 2
    grid.add_button.click()
    qtbot.keyClick(grid.period_bar.start_edit, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert grid.model.rowCount() == periods + 1 and not grid.period_bar.isVisible()
    assert dialog.isVisible() and dialog.levels == 2
    dialog.close_all()
    assert dialogs_open() == []
