"""One number and date style per interface language: years without separators,
decimals as typed, thousands separated, dates in the language's short form;
records named, never shown by id; History's devices by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from gui_helpers import settle
from PySide6.QtCore import QLocale
from sqlalchemy import select

from db.models import Activity, CapacityActivity
from desktop.ui.charts import fmt_date
from desktop.ui.children_panel import show_value
from desktop.ui.dates import date_text, parse_date
from desktop.ui.main_window import MainWindow
from desktop.ui.query_model import show_date, show_number


@pytest.fixture
def french() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_decimals_as_typed_and_thousands_separated_in_french(french: None) -> None:
    assert show_number(55.5) == "55,5"
    assert show_number(30) == "30"
    assert plain(show_number(100010)) == "100 010"
    assert plain(show_number(1234567.25)) == "1 234 567,25"


def test_a_year_is_never_grouped(french: None) -> None:
    assert show_value("baseline_year", {"baseline_year": 2024}) == "2024"
    assert show_value("baseline_value", {"baseline_value": 12.5}) == "12,5"


def test_one_date_style_that_reads_back(french: None) -> None:
    day = dt.date(2026, 11, 20)
    assert date_text(day) == "20/11/2026"
    assert show_date(day) == fmt_date(day) == "20/11/2026"  # lists and the dashboard alike
    assert parse_date(date_text(day)) == day
    for language in (QLocale.Language.Spanish, QLocale.Language.English):
        locale = QLocale(language)
        assert parse_date(date_text(day, locale), locale) == day
        assert "2026" in date_text(day, locale)  # the year in full


def test_the_list_count_has_thousands_separators(qtbot, window: MainWindow) -> None:
    page = window.record_pages["activity"]
    page.list.on_loaded(100010)
    assert page.list.count.text() == "100,010 records"


def test_a_participation_is_named_after_its_institution_not_its_id(qtbot, window: MainWindow) -> None:
    with window.runner.store.session() as session:
        training = session.scalars(select(CapacityActivity).where(CapacityActivity.country == "PER")).first()
        assert training is not None
        training_id = training.id
    window.open_record("capacity_activity", training_id)
    settle(qtbot, window)
    panel = next(
        p for p in window.record_pages["capacity_activity"].editor.children_panels if p.kind == "capacity_participation"
    )
    assert panel.model.rowCount()
    panel.table.selectRow(0)
    panel.on_edit()
    settle(qtbot, window)
    editor = panel.dialog.editor
    institution = editor.form.editors["institution_id"].widget.currentText()
    assert institution and editor.title.text().endswith(institution)
    assert editor.record_id not in editor.title.text()


def test_a_long_name_shows_its_start(qtbot, window: MainWindow) -> None:
    with window.runner.store.session() as session:
        activity = session.scalars(select(Activity).where(Activity.country == "PER")).first()
        assert activity is not None
        activity_id = activity.id
    window.open_record("activity", activity_id)
    settle(qtbot, window)
    title = window.record_pages["activity"].editor.form.editors["title"].widget
    assert title.text() and title.cursorPosition() == 0


def test_history_shows_this_computer_not_a_hex_device(qtbot, window: MainWindow) -> None:
    window.go_to(window.history)
    settle(qtbot, window)
    model = window.history.model
    assert model.rowCount()
    devices = {model.index(row, 2).data() for row in range(min(model.rowCount(), 50))}
    assert devices == {"This computer"}
