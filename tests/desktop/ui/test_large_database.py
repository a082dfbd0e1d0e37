"""The window on the 100,000-activity database of ``demo --size 100000``: it opens,
and the activities list counts, searches, sorts and scrolls to the last row.

Behaviour only; the timings are in benchmarks/gui.py and docs/performance.md.
The database is built once for the module (about 12 s).
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTabWidget
from sqlalchemy import func, select

from db.models import Activity
from db.services import Actor
from db.store import Store
from desktop.demo import load_demo
from desktop.ui.main_window import MainWindow

SIZE = 100_000

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.db"
    with Store.open(path) as store, store.session() as session:
        load_demo(session, Actor("tester", store.device_id()), size=SIZE)
    return path


@pytest.fixture
def big_store(big_database: Path) -> Iterator[Store]:
    store = Store.open(big_database)
    yield store
    store.close()


@pytest.fixture
def big_window(qtbot, big_store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    window = MainWindow(big_store)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.dashboard.loaded, timeout=20_000):
        window.show()
    settle(qtbot, window)
    yield window
    assert warnings == []
    window.runner.wait()


def _live_activities(store: Store, order: object = None, limit: int | None = None) -> list[str]:
    query = select(Activity.title).where(Activity.deleted_at.is_(None))
    if order is not None:
        query = query.order_by(order).limit(limit)
    with store.session() as session:
        return list(session.scalars(query))


def _titles(model, rows: range) -> list[str]:
    return [model.index(row, 1).data() for row in rows]


def test_the_window_opens_with_the_overview_and_every_activity_listed(big_window: MainWindow, big_store: Store) -> None:
    with big_store.session() as session:
        live = session.scalar(select(func.count()).select_from(Activity).where(Activity.deleted_at.is_(None)))
    assert live == SIZE + 10  # the synthetic ones and the illustrative ones
    assert big_window.isVisible()
    board = big_window.dashboard.board
    assert board is not None and sum(board.activities.values()) == live
    page = big_window.activities.list
    assert page.model.rowCount() == live
    assert f"{live:,}" in page.count.text()  # "100,010 records": thousands separated


def test_typing_part_of_a_title_finds_the_activity(qtbot, big_window: MainWindow, big_store: Store) -> None:
    with big_store.session() as session:
        title = session.scalar(select(Activity.title).where(Activity.code == "A-043832"))
    words = title.split()  # e.g. "Convene local development plans nationwide #043832"
    page = big_window.activities.list
    model = page.model
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.keyClicks(page.search, " ".join(words[1:3]).upper())  # case does not matter
    found = _titles(model, range(model.rowCount()))
    assert len(found) > 1 and title in found
    assert all(" ".join(words[1:3]) in text for text in found)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.keyClicks(page.search, " " + " ".join(words[3:]))
    assert _titles(model, range(model.rowCount())) == [title]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        page.search.clear()
    assert model.rowCount() == SIZE + 10


def test_sorting_by_a_column_orders_all_the_rows(qtbot, big_window: MainWindow, big_store: Store) -> None:
    page = big_window.activities
    model = page.list.model
    header = page.list.table.horizontalHeader()
    assert header.sortIndicatorSection() == 1 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    first = _titles(model, range(5))
    assert first == sorted(first) == _live_activities(big_store, Activity.title, 5)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        page.list.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _titles(model, range(5)) == _live_activities(big_store, Activity.title.desc(), 5)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        page.list.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # budget
    budgets = [model.index(row, 7).data() for row in range(50)]
    numbers = [float(text.replace(",", "")) for text in budgets if text]
    assert numbers and numbers == sorted(numbers, reverse=True)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        page.list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)


def test_scrolling_to_the_end_reads_the_last_row(qtbot, big_window: MainWindow, big_store: Store) -> None:
    page = big_window.activities
    for row, (_title, widget) in enumerate(big_window.pages):  # the page, reached through the sidebar
        if isinstance(widget, QTabWidget) and widget.indexOf(page) >= 0:
            big_window.sidebar.setCurrentRow(row)
            widget.setCurrentWidget(page)
    table, model = page.list.table, page.list.model
    qtbot.waitUntil(table.isVisible)
    last = model.rowCount() - 1
    table.scrollToBottom()
    qtbot.waitUntil(lambda: table.rowAt(0) > last - 100)  # the last screenful is shown
    table.viewport().repaint()
    assert model.index(last, 1).data() == _live_activities(big_store, Activity.title.desc(), 1)[0]
    assert model.index(last, 0).data() is not None  # the whole row was read
