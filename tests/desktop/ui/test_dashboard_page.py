"""The Overview dashboard on the demo data, loaded in the background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.services import Actor
from db.services.dashboard import Dashboard, dashboard
from db.store import Store
from desktop.demo import load_demo
from desktop.ui.charts import fmt_int, fmt_percent
from desktop.ui.dashboard_page import AttentionModel, DashboardPage
from desktop.ui.tasks import TaskRunner

#: Peru's decision "Conformar un grupo técnico ..." (due 30 Sep 2025, in progress) is overdue by then.
TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "demo.db"
    with Store.open(path) as store, store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    return path


@pytest.fixture
def store(demo_db: Path) -> Iterator[Store]:
    opened = Store.open(demo_db)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, store: Store) -> Iterator[DashboardPage]:
    runner = TaskRunner(store)
    shown = DashboardPage(runner)
    shown.today = lambda: TODAY
    qtbot.addWidget(shown)
    yield shown
    assert runner.wait()


def show(qtbot, page: DashboardPage, country: str | None) -> Dashboard:
    with qtbot.waitSignal(page.loaded, timeout=10_000) as loaded:
        page.set_country(country)
    board: Dashboard = loaded.args[0]
    return board


def figures(store: Store, country: str | None) -> Dashboard:
    with store.session() as session:
        return dashboard(session, country, TODAY)


def values(page: DashboardPage) -> dict[str, str]:
    return {key: card.value_label.text() for key, card in page.cards.items()}


def test_headline_cards_show_the_service_figures(qtbot, page: DashboardPage, store: Store) -> None:
    board = show(qtbot, page, "PER")
    expected = figures(store, "PER")
    assert board == expected
    assert page.title_label.text() == "Overview — Peru"
    assert values(page) == {
        "committees": fmt_int(expected.active_committees),
        "decisions": fmt_int(expected.open_decisions),
        "progress": fmt_percent(expected.average_progress),
        "budget": fmt_percent(expected.budgets[0].execution),
        "trained": fmt_int(expected.trained.total),
    }
    # the demo's figures for Peru, worked out by hand
    assert values(page) == {"committees": "2", "decisions": "3", "progress": "55%", "budget": "60%", "trained": "103"}
    assert "2 overdue" in page.cards["decisions"].detail_label.text()
    assert page.cards["budget"].detail_label.text() == "USD 146,550 spent of 245,000"
    assert page.cards["trained"].detail_label.text().startswith(fmt_percent(expected.trained.women_share) + " women")
    assert "Ongoing: 2 (67%)" in page.charts["activities"].legend_text
    assert not page.charts["policies"].is_empty


def test_numbers_have_thousands_separators() -> None:
    assert fmt_int(1234567) == "1,234,567"


def test_attention_lists_an_overdue_decision_and_opens_it(qtbot, page: DashboardPage) -> None:
    show(qtbot, page, "PER")
    model = page.model
    rows = {model.index(row, AttentionModel.LABEL).data(): row for row in range(model.rowCount())}
    row = rows["Conformar un grupo técnico sobre datos migratorios con el INEI."]
    assert model.index(row, AttentionModel.KIND).data() == "Decision"
    assert model.index(row, AttentionModel.WHY).data() == "Overdue by 244 days (in progress)"
    assert model.index(row, AttentionModel.DATE).data() == "2025-09-30"  # the one date style (ISO in en_US)
    assert model.index(row, AttentionModel.WHERE).data() == "MTIGM"
    item = model.item(row)

    page.show()
    qtbot.waitExposed(page)
    page.table.setCurrentIndex(model.index(row, AttentionModel.LABEL))
    with qtbot.waitSignal(page.record_requested) as requested:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert requested.args == ["decision", item.id]


def test_attention_model_is_a_well_behaved_model(qtbot, qtmodeltester, page: DashboardPage) -> None:
    show(qtbot, page, None)
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    # with all countries, each row says where it is
    assert any(
        page.model.index(row, AttentionModel.WHERE).data().startswith("Peru · ") for row in range(page.model.rowCount())
    )


def test_switching_country_changes_the_figures(qtbot, page: DashboardPage, store: Store) -> None:
    show(qtbot, page, "PER")
    peru = values(page)
    board = show(qtbot, page, "BDI")
    assert board.country == "BDI"
    assert page.title_label.text() == "Overview — Burundi"
    assert values(page) != peru
    assert values(page)["trained"] == fmt_int(figures(store, "BDI").trained.total)
    everywhere = show(qtbot, page, None)
    assert page.title_label.text() == "Overview — all countries"
    assert values(page)["committees"] == fmt_int(everywhere.active_committees)
    assert everywhere.active_committees > board.active_committees


def test_a_country_without_records_says_so(qtbot, page: DashboardPage) -> None:
    show(qtbot, page, "ECU")
    assert page.cards["committees"].detail_label.text() == "No committees recorded for Ecuador yet"
    assert page.charts["policies"].is_empty
    assert page.charts["policies"].empty_label.text() == "No policies recorded for Ecuador yet"
    assert page.attention_empty.text() == "Nothing needs attention in Ecuador right now."
    assert page.attention_stack.currentWidget() is page.attention_empty


def test_only_the_latest_request_is_shown(qtbot, page: DashboardPage) -> None:
    page.set_country("PER")
    with qtbot.waitSignal(page.loaded, timeout=10_000) as loaded:
        page.set_country("BDI")
    assert loaded.args[0].country == "BDI"
    page._runner.wait()
    qtbot.wait(50)  # let a late answer for Peru arrive, if any
    assert page.board is not None and page.board.country == "BDI"


def test_indicators_on_track_name_the_actuals_and_match_the_report(qtbot, page: DashboardPage, store: Store) -> None:
    from db.services.overview import overview

    show(qtbot, page, "PER")
    with store.session() as session:
        report = overview(session, "PER", dt.date(2025, 1, 1), dt.date(2026, 12, 31), today=TODAY).glance
    on_track = report.indicators["on_track"]
    assert on_track > 0
    assert f"On track: {on_track} (" in page.charts["indicators"].legend_text
    assert page.charts["indicators"].title_label.text() == "Indicators: on track by the latest actual, 2025–2026"
