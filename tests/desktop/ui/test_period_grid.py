"""An indicator's periods as a grid of targets and actuals, by sex, typed in place."""

import datetime as dt

import pytest
from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import Indicator
from db.services.children import owned_records
from desktop.ui.main_window import MainWindow
from desktop.ui.period_grid import PeriodGrid
from desktop.ui.period_model import next_period, parse_cell, period_label

TRAINED = "Funcionarios capacitados en migración y desarrollo"  # Peru, by sex, periods 2025 and 2026


def indicator_id(window: MainWindow, statement: str = TRAINED) -> str:
    with window.runner.store.session() as session:
        return session.scalar(select(Indicator.id).where(Indicator.statement == statement))


def open_grid(qtbot, window: MainWindow, statement: str = TRAINED) -> PeriodGrid:
    window.open_record("indicator", indicator_id(window, statement))
    settle(qtbot, window)
    editor = window.record_dialog.editor
    return next(p for p in editor.children_panels if p.kind == "indicator_period")


def stored(window: MainWindow, statement: str = TRAINED) -> list[dict]:
    with window.runner.store.session() as session:
        return owned_records(session, "indicator_period", "indicator_id", indicator_id(window, statement))


def cell(grid: PeriodGrid, period: str, sex: str | None, field: str):
    row = next(r for r in range(grid.model.rowCount()) if grid.model.index(r, 0).data() == period)
    return grid.model.index(row, grid.model.column_for(sex, field))


def type_in(qtbot, grid: PeriodGrid, text: str, end=Qt.Key.Key_Return) -> None:
    """As a person does: the first key opens the cell's editor, the rest go into it."""
    qtbot.keyClicks(grid.table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not grid.table, "typing did not open an editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, end)


def value_of(rows: list[dict], year: int, sex: str | None, field: str):
    return next(r[field] for r in rows if r["period_start"].year == year and r["sex"] == sex)


def test_the_grid_shows_periods_and_a_target_and_actual_per_sex(qtbot, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    model = grid.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["2025", "2026"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Period", "Total\nTarget", "Total\nActual"]
    assert "Female\nTarget" in headers and "Male\nActual" in headers
    assert cell(grid, "2025", None, "target").data() == "120"
    assert cell(grid, "2025", "female", "actual").data() == "67"
    assert cell(grid, "2025", None, "actual").data(Qt.ItemDataRole.ToolTipRole).startswith("On track")
    assert grid.table.accessibleName()
    assert grid.table.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_target_and_actual_typed_for_women_are_saved_and_reload(qtbot, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    grid.table.setFocus()
    grid.table.setCurrentIndex(cell(grid, "2026", "female", "target"))
    type_in(qtbot, grid, "105", end=Qt.Key.Key_Tab)  # Tab: saved, and on to the actual next to it
    assert grid.table.currentIndex() == cell(grid, "2026", "female", "actual")
    qtbot.keyClicks(QApplication.focusWidget(), "98")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, window)
    rows = stored(window)
    assert value_of(rows, 2026, "female", "target") == 105
    assert value_of(rows, 2026, "female", "actual") == 98
    assert not grid.message.isVisible()
    window.record_dialog.reject()
    again = open_grid(qtbot, window)
    assert cell(again, "2026", "female", "target").data() == "105"
    assert cell(again, "2026", "female", "actual").data() == "98"


def test_enter_saves_and_moves_down(qtbot, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    grid.table.setFocus()
    grid.table.setCurrentIndex(cell(grid, "2025", None, "target"))
    type_in(qtbot, grid, "1,250")
    assert grid.table.currentIndex() == cell(grid, "2026", None, "target")
    settle(qtbot, window)
    assert value_of(stored(window), 2025, None, "target") == 1250
    assert cell(grid, "2025", None, "target").data() == "1,250"


def test_delete_empties_a_cell(qtbot, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    grid.table.setFocus()
    grid.table.setCurrentIndex(cell(grid, "2025", "male", "actual"))
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert value_of(stored(window), 2025, "male", "actual") is None
    assert cell(grid, "2025", "male", "actual").data() == ""


def test_a_cell_edit_is_undone_and_redone(qtbot, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    grid.table.setFocus()
    assert grid.model.setData(cell(grid, "2026", None, "actual"), "150")
    settle(qtbot, window)
    assert value_of(stored(window), 2026, None, "actual") == 150
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # in the indicator's dialog
    settle(qtbot, window)
    assert value_of(stored(window), 2026, None, "actual") is None
    assert cell(grid, "2026", None, "actual").data() == ""
    window.undo_stack.redo()
    settle(qtbot, window)
    assert value_of(stored(window), 2026, None, "actual") == 150


@pytest.mark.parametrize("typed", ["many", "1e14"])
def test_a_refused_value_shows_the_services_message_and_saves_nothing(qtbot, window: MainWindow, typed: str) -> None:
    grid = open_grid(qtbot, window)
    before = stored(window)
    grid.table.setFocus()
    grid.table.setCurrentIndex(cell(grid, "2026", "male", "target"))
    type_in(qtbot, grid, typed)
    settle(qtbot, window)
    assert stored(window) == before
    assert grid.message.isVisible()
    text = grid.message.text()
    assert "Target (Male), 2026" in text
    assert ("must be a number" if typed == "many" else "must be at most") in text
    assert cell(grid, "2026", "male", "target").data() == "100"  # back to what is stored
    assert grid.table.currentIndex() == cell(grid, "2026", "male", "target")


def test_a_period_is_added_the_year_after_the_last(qtbot, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    grid.add_button.click()
    assert grid.period_bar.period() == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    grid.period_bar.accept()
    settle(qtbot, window)
    assert [grid.model.index(r, 0).data() for r in range(grid.model.rowCount())] == ["2025", "2026", "2027"]
    assert grid.table.currentIndex().row() == 2
    assert any(r["period_start"] == dt.date(2027, 1, 1) and r["sex"] is None for r in stored(window))
    # its cells are typed like any other; a sex's record is made on first use
    assert grid.model.setData(cell(grid, "2027", "other", "target"), "3")
    settle(qtbot, window)
    assert value_of(stored(window), 2027, "other", "target") == 3


def test_a_period_ending_before_it_starts_is_refused_with_the_reason(qtbot, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    before = stored(window)
    grid.add_period(dt.date(2028, 12, 31), dt.date(2028, 1, 1))
    settle(qtbot, window)
    assert stored(window) == before
    assert "before it starts" in grid.message.text()
    grid.add_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert "already in the grid" in grid.message.text()


def test_a_period_is_removed_with_its_values_and_comes_back_with_undo(qtbot, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    grid.table.setCurrentIndex(cell(grid, "2026", None, "target"))
    grid.remove_button.click()
    settle(qtbot, window)
    assert [grid.model.index(r, 0).data() for r in range(grid.model.rowCount())] == ["2025"]
    assert {r["period_start"].year for r in stored(window)} == {2025}
    window.undo_stack.undo()
    settle(qtbot, window)
    assert {r["period_start"].year for r in stored(window)} == {2025, 2026}
    assert grid.model.rowCount() == 2


def test_an_indicator_not_disaggregated_shows_only_totals(qtbot, window: MainWindow) -> None:
    with window.runner.store.session() as session:
        statement = session.scalar(
            select(Indicator.statement).where(Indicator.country == "PER", Indicator.by_sex.is_(False))
        )
    grid = open_grid(qtbot, window, statement)
    assert grid.model.columnCount() == 3
    assert "not disaggregated by sex" in grid.about.text()


def test_the_grid_model_passes_the_model_tester(qtbot, qtmodeltester, window: MainWindow) -> None:
    grid = open_grid(qtbot, window)
    qtmodeltester.check(grid.model)


def test_small_helpers() -> None:
    assert parse_cell(" 1,234.5 ") == 1234.5
    assert parse_cell("") is None
    assert parse_cell("about 3") == "about 3"
    assert period_label(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == "2026"
    assert period_label(dt.date(2026, 1, 1), dt.date(2026, 6, 30)) == "2026-01-01 – 2026-06-30"
    assert next_period([], dt.date(2026, 5, 1)) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert next_period([dt.date(2026, 6, 30)], dt.date(2026, 5, 1)) == (dt.date(2026, 7, 1), dt.date(2027, 6, 30))
