"""Nested records edited in place: meetings and their decisions, results and indicators."""

from gui_helpers import settle
from PySide6.QtCore import Qt

from db.services import get
from db.services.children import owned_records
from desktop.ui.main_window import MainWindow


def open_committee(qtbot, window: MainWindow, acronym: str):
    page = window.record_pages["committee"]
    model = page.list.model
    page.list.table.selectRow(next(r for r in range(model.rowCount()) if model.index(r, 0).data() == acronym))
    settle(qtbot, window)
    return page.editor


def panel(editor, kind: str):
    return next(p for p in editor.children_panels if p.kind == kind)


def test_a_committee_shows_its_members_and_meetings(qtbot, window: MainWindow) -> None:
    editor = open_committee(qtbot, window, "MTIGM")
    members = panel(editor, "membership").model
    names = {members.index(r, 0).data() for r in range(members.rowCount())}
    assert "Ministerio de Relaciones Exteriores" in names
    assert members.rowCount() == 9
    meetings = panel(editor, "meeting").model
    assert [meetings.index(r, 0).data() for r in range(meetings.rowCount())] == [
        "2025-03-12",
        "2025-10-08",
        "2026-04-22",
    ]


def test_a_new_meeting_with_two_decisions_is_recorded(qtbot, window: MainWindow) -> None:
    editor = open_committee(qtbot, window, "MTIGM")
    meetings = panel(editor, "meeting")
    meetings.on_add()
    settle(qtbot, window)
    meeting_editor = meetings.dialog.editor
    meeting_editor.form.editors["held_on"].set_value("2026-11-20")
    qtbot.keyClicks(meeting_editor.form.editors["place"].widget, "Lima")
    meeting_editor.save()
    settle(qtbot, window)
    assert meetings.model.rowCount() == 4
    meeting_id = meeting_editor.record_id
    decisions = panel(meeting_editor, "decision")
    for text in ("Validate the migration profile", "Convene the data working group"):
        decisions.on_add()
        settle(qtbot, window)
        decision_editor = decisions.dialog.editor
        qtbot.keyClicks(decision_editor.form.editors["text"].widget, text)
        decision_editor.form.editors["status"].set_value("open")
        decision_editor.form.editors["due_on"].set_value("2027-01-31")
        decision_editor.save()
        settle(qtbot, window)
        decisions.dialog.reject()
    with window.runner.store.session() as session:
        stored = owned_records(session, "decision", "meeting_id", meeting_id)
        meeting = get(session, "meeting", meeting_id)
    assert sorted(d["text"] for d in stored) == ["Convene the data working group", "Validate the migration profile"]
    assert {d["country"] for d in stored} == {"PER"}
    assert meeting["place"] == "Lima"
    assert decisions.model.rowCount() == 2


def test_owned_records_can_be_added_only_once_the_owner_is_saved(qtbot, window: MainWindow) -> None:
    page = window.record_pages["committee"]
    page.new_record()
    settle(qtbot, window)
    assert not panel(page.editor, "meeting").add_button.isEnabled()


def test_nested_models_pass_the_model_tester(qtbot, qtmodeltester, window: MainWindow) -> None:
    editor = open_committee(qtbot, window, "MTIGM")
    qtmodeltester.check(panel(editor, "membership").model)


def test_ctrl_z_in_a_nested_dialog_undoes_the_last_save(qtbot, window: MainWindow) -> None:
    window.show()
    editor = open_committee(qtbot, window, "MTIGM")
    meetings = panel(editor, "meeting")
    meetings.table.selectRow(0)
    meetings.on_edit()
    settle(qtbot, window)
    dialog = meetings.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    meeting_editor = dialog.editor
    meeting_id = meeting_editor.record_id
    with window.runner.store.session() as session:
        place = get(session, "meeting", meeting_id)["place"]
    meeting_editor.form.editors["place"].widget.setText("Cusco")
    meeting_editor.form.editors["place"].changed.emit()
    meeting_editor.save()
    settle(qtbot, window)
    with window.runner.store.session() as session:
        assert get(session, "meeting", meeting_id)["place"] == "Cusco"
    meeting_editor.save_button.setFocus()  # not in a text box, whose own Ctrl+Z undoes typing
    qtbot.keyClick(meeting_editor.save_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    with window.runner.store.session() as session:
        assert get(session, "meeting", meeting_id)["place"] == place
