"""Forms that save typing: a new decision starts open, a training's total adds up
its women, men and others, the Global Compact's objectives come with their titles."""

from __future__ import annotations

from gui_helpers import settle
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow
from desktop.ui.record_editor import RecordEditor


def new_editor(qtbot, window: MainWindow, kind: str) -> RecordEditor:
    editor = RecordEditor(window.runner, kind, window.undo_stack)
    qtbot.addWidget(editor)
    editor.new_record("PER")
    settle(qtbot, window)
    return editor


def test_a_new_decision_starts_open(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, window, "decision")
    assert editor.form.editors["status"].value() == "open"
    assert not editor.dirty


def test_a_training_s_total_is_the_sum_of_its_parts_until_one_types_another(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, window, "capacity_activity")
    editor.show()
    editors = editor.form.editors
    for name, text in (("participants_female", "12"), ("participants_male", "9"), ("participants_other", "0")):
        editors[name].widget.setFocus()
        qtbot.keyClicks(editors[name].widget, text)
    assert editors["participants_total"].value() == 21
    total = editors["participants_total"].widget
    total.selectAll()
    qtbot.keyClicks(total, "25")  # some did not say: the total typed is kept
    qtbot.keyClicks(editors["participants_male"].widget, "0")  # 90 men
    assert editors["participants_total"].value() == 25


def test_the_global_compact_objectives_have_their_titles(qtbot, window: MainWindow) -> None:
    editor = new_editor(qtbot, window, "policy")
    objectives = editor.form.editors["gcm_objectives"].list
    texts = [objectives.item(row).text() for row in range(objectives.count())]
    assert len(texts) == 23
    assert texts[4] == "5. Pathways for regular migration"
    assert texts[22].startswith("23. ")
    QApplication.processEvents()
