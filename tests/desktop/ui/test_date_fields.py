"""Typing dates: ISO or the interface language's short form, kept once Tab
leaves the field and saved; a wrong date said in the interface language and
kept as typed; the calendar on today or the field's date; a date cleared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import settle
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from db.services import Actor, get
from db.store import Store
from desktop.demo import load_demo
from desktop.ui.dates import NotADate, parse_date
from desktop.ui.fields import DateEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.translations import install_translators, installed_language, remove_translators


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The interface in French for one test, then English again as the other tests expect."""
    before = installed_language()
    assert install_translators(qapp, "fr") == "fr"
    try:
        yield
    finally:
        remove_translators(qapp)
        if before is not None:
            install_translators(qapp, before)


@pytest.fixture
def french_window(qtbot, french, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    store = Store.open(tmp_path / "demo.db")
    with store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(store)
    qtbot.addWidget(window)
    settle(qtbot, window)
    window.country_box.setCurrentIndex(window.country_box.findData("PER"))
    settle(qtbot, window)
    yield window
    window.runner.wait()


def new_committee(qtbot, window: MainWindow):
    """The Committees page with a new record open, on screen, its required fields filled."""
    window.show()
    qtbot.waitExposed(window)
    page = window.record_pages["committee"]
    window.go_to(page)
    settle(qtbot, window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    form = page.editor.form
    qtbot.keyClicks(form.editors["name"].widget, "Mesa de fechas")
    form.editors["kind"].set_value("technical_working_group")
    form.editors["status"].set_value("proposed")
    return page


def type_date(qtbot, editor, text: str) -> None:
    """Click the field, type, press Tab, as a person does."""
    widget = editor.widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def stored(window: MainWindow, kind: str, record_id: str) -> dict:
    with window.runner.store.session() as session:
        record = get(session, kind, record_id)
    assert record is not None
    return record


def test_an_iso_date_typed_into_an_empty_field_is_kept_and_saved(qtbot, window: MainWindow) -> None:
    page = new_committee(qtbot, window)
    field = page.editor.form.editors["established_on"]
    assert field.widget.text() == ""
    type_date(qtbot, field, "2026-11-20")
    assert QApplication.focusWidget() is not field.widget  # Tab left the field
    assert field.widget.text() == "2026-11-20"
    assert page.editor.form.errors["established_on"].isHidden()
    page.editor.save()
    settle(qtbot, window)
    assert stored(window, "committee", page.editor.record_id)["established_on"] == dt.date(2026, 11, 20)


def test_a_french_short_date_is_read_day_first_and_saved(qtbot, french_window: MainWindow) -> None:
    page = new_committee(qtbot, french_window)
    field = page.editor.form.editors["established_on"]
    type_date(qtbot, field, "20/11/2026")
    assert field.value() == dt.date(2026, 11, 20)
    page.editor.save()
    settle(qtbot, french_window)
    assert stored(french_window, "committee", page.editor.record_id)["established_on"] == dt.date(2026, 11, 20)


def test_a_wrong_date_is_said_in_french_kept_as_typed_and_not_saved(qtbot, french_window: MainWindow) -> None:
    page = new_committee(qtbot, french_window)
    field = page.editor.form.editors["established_on"]
    type_date(qtbot, field, "31/02/2026")
    error = page.editor.form.errors["established_on"]
    assert not error.isHidden()
    assert "n’est pas une date" in error.text()
    assert field.widget.text() == "31/02/2026"  # nothing lost
    page.editor.save()
    settle(qtbot, french_window)
    assert page.editor.record_id is None  # refused: no record with a wrong (or no) date
    assert field.widget.text() == "31/02/2026"
    field.widget.clear()
    type_date(qtbot, field, "28/02/2026")
    assert error.isHidden()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen popups
def test_the_calendar_opens_on_today_or_the_fields_date_and_picks_a_day(qtbot) -> None:
    editor = DateEditor()
    qtbot.addWidget(editor.widget)
    editor.widget.show()
    editor.open_calendar()
    today = dt.date.today()
    assert editor.calendar is not None
    assert editor.calendar.selectedDate() == QDate(today.year, today.month, today.day)
    editor.calendar.close()
    editor.set_value(dt.date(2025, 3, 14))
    editor.widget.setFocus()
    qtbot.keyClick(editor.widget, Qt.Key.Key_F4)  # from the keyboard
    assert editor.calendar.selectedDate() == QDate(2025, 3, 14)
    with qtbot.waitSignal(editor.changed):
        editor.calendar.activated.emit(QDate(2025, 3, 21))
    assert editor.value() == dt.date(2025, 3, 21)


def test_a_date_can_be_cleared_and_saved_empty(qtbot, window: MainWindow) -> None:
    page = new_committee(qtbot, window)
    field = page.editor.form.editors["established_on"]
    type_date(qtbot, field, "2026-03-01")
    page.editor.save()
    settle(qtbot, window)
    record_id = page.editor.record_id
    assert stored(window, "committee", record_id)["established_on"] == dt.date(2026, 3, 1)
    field.widget.selectAll()
    qtbot.keyClick(field.widget, Qt.Key.Key_Delete)
    assert page.editor.save_button.isEnabled()
    page.editor.save()
    settle(qtbot, window)
    assert stored(window, "committee", record_id)["established_on"] is None


def test_the_date_field_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    page = new_committee(qtbot, window)
    assert page.editor.form.editors["established_on"].widget.accessibleName() == "Established on"


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2026-11-20", "fr_FR", dt.date(2026, 11, 20)),
        ("20/11/2026", "fr_FR", dt.date(2026, 11, 20)),
        ("20/11/2026", "es_PE", dt.date(2026, 11, 20)),
        ("11/20/2026", "en_US", dt.date(2026, 11, 20)),
        ("5.3.26", "fr_FR", dt.date(2026, 3, 5)),
        ("", "fr_FR", None),
    ],
)
def test_dates_are_read_in_the_languages_order(text: str, locale: str, expected: dt.date | None) -> None:
    assert parse_date(text, QLocale(locale)) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "20/11", "next week", "2026-13-01"])
def test_what_is_no_date_is_not_guessed(text: str) -> None:
    with pytest.raises(NotADate):
        parse_date(text, QLocale("fr_FR"))
