"""The main window, on the offscreen platform."""

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from db.services import Actor
from db.services.summary import record_counts
from db.store import Store
from desktop.demo import load_demo
from desktop.ui.main_window import MainWindow


@pytest.fixture
def demo_store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "demo.db")
    with store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    return store


def open_window(qtbot, store: Store) -> MainWindow:
    """A main window whose first background loads have arrived."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.overview.model.rowCount() > 0 and not window.runner.busy)
    return window


def _rows(window: MainWindow) -> dict[str, tuple[str, str]]:
    model = window.overview.model
    return {
        model.index(row, 0).data(): (model.index(row, 1).data(), model.index(row, 2).data())
        for row in range(model.rowCount())
    }


def test_window_names_the_application_and_the_database(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    window.show()
    assert window.windowTitle().startswith("Mainstream")
    assert str(demo_store.path) in window.statusBar().currentMessage()


def test_country_selector_lists_the_demo_countries_and_counts_follow_it(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    codes = [window.country_box.itemData(i) for i in range(window.country_box.count())]
    assert codes[0] == ""
    assert codes[1:6] == ["BDI", "KGZ", "MAR", "PER", "LKA"], "countries with records first, by name"
    assert codes[6] is None, "then a separator"
    assert "FRA" in codes[7:] and "PER" not in codes[7:] and len(codes) > 200, "then every other country"
    assert "Peru (PER)" in [window.country_box.itemText(i) for i in range(window.country_box.count())]

    with demo_store.session() as session:
        counts = record_counts(session)
    window.country_box.setCurrentIndex(window.country_box.findData("PER"))
    rows = _rows(window)
    assert rows["Committee"][0] == str(counts["committee"]["PER"])
    assert rows["Institution"][1] == str(counts["institution"][None])

    window.country_box.setCurrentIndex(0)
    all_committees = sum(n for c, n in counts["committee"].items() if c)
    assert _rows(window)["Committee"][0] == str(all_committees)


def test_the_country_chosen_filters_the_activities_too(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    page = window.activities.list
    with qtbot.waitSignal(page.model.loaded) as loaded:
        window.country_box.setCurrentIndex(window.country_box.findData("LKA"))
    assert loaded.args == [2]
    assert {page.model.index(row, 10).data() for row in range(page.model.rowCount())} == {"LKA"}


def test_refresh_shows_records_added_meanwhile(qtbot, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "empty.db")
    window = open_window(qtbot, store)
    assert _rows(window)["Committee"] == ("0", "0")
    with store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    assert QKeySequence("F5") in window.refresh_action.shortcuts()
    with qtbot.waitSignal(window.overview.counts_loaded):
        window.refresh_action.trigger()
    assert _rows(window)["Committee"][0] != "0"


def test_pages_are_reached_from_the_sidebar_and_the_keyboard(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    assert window.stack.currentIndex() == 0
    go = next(action for action in window.menuBar().actions() if action.text() == "&Go").menu()
    shortcuts = {action.shortcut().toString(): action for action in go.actions()}
    shortcuts["Ctrl+2"].trigger()
    assert window.stack.currentWidget() is window.record_pages["committee"]
    shortcuts["Ctrl+4"].trigger()
    assert window.stack.currentWidget().currentWidget() is window.activities
    window.sidebar.setCurrentRow(0)
    assert window.stack.currentWidget().currentWidget() is window.dashboard


def test_typing_in_the_search_box_finds_an_activity(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    page = window.activities.list
    with qtbot.waitSignal(page.model.loaded, timeout=3000) as loaded:
        qtbot.keyClicks(page.search, "Gitega")
    assert loaded.args == [1]
    assert page.model.index(0, 1).data() == "Forum de la diaspora à Gitega"
    assert page.count.text() == "1 record"


def test_counts_model_passes_the_model_tester(qtmodeltester, qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    qtmodeltester.check(window.overview.model)


def test_window_remembers_size_page_and_country(qtbot, demo_store: Store) -> None:
    first = open_window(qtbot, demo_store)
    first.show()
    first.resize(760, 530)
    first.sidebar.setCurrentRow(2)
    first.country_box.setCurrentIndex(first.country_box.findData("BDI"))
    first.close()
    second = open_window(qtbot, demo_store)
    assert (second.width(), second.height()) == (760, 530)
    assert second.stack.currentWidget() is second.record_pages["policy"]
    assert second.current_country() == "BDI"


def test_qt_survives_tens_of_thousands_of_ordinary_calls(qtbot) -> None:
    """PySide6 6.12.0 on Python 3.11 dies with 'none_dealloc' after a few
    thousand such calls; the version bounds in pyproject.toml avoid it."""
    label = QLabel()
    qtbot.addWidget(label)
    for number in range(60_000):
        label.setText(str(number))
        label.setToolTip(None if number % 2 else "tip")
    assert label.text() == "59999"


def test_a_record_needing_attention_opens_from_the_dashboard(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    qtbot.waitUntil(lambda: not window.runner.busy)
    committee = window.record_pages["committee"]
    with demo_store.session() as session:
        from db.services.choices import record_choices

        committee_id = next(rid for rid, label in record_choices(session, "committee", "PER") if "MTIGM" in label)
    window.open_record("committee", committee_id)
    qtbot.waitUntil(lambda: committee.editor.record_id == committee_id)
    assert window.stack.currentWidget() is committee
    with demo_store.session() as session:
        from db.services.children import owned_records

        meeting = owned_records(session, "meeting", "committee_id", committee_id)[0]
        decision = owned_records(session, "decision", "meeting_id", meeting["id"])[0]
    window.open_record("decision", decision["id"])
    qtbot.waitUntil(lambda: window.record_dialog.editor.record_id == decision["id"])
    assert window.record_dialog.editor.form.editors["text"].value() == decision["text"]
    window.record_dialog.reject()
    window.runner.wait()


def test_an_empty_database_welcomes_and_loads_the_demo_data(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, Store.open(tmp_path / "new.db"))
    assert window.welcome.isVisibleTo(window)
    window.country_box.setCurrentIndex(window.country_box.findData("PER"))  # any country can be picked
    assert window.current_country() == "PER"
    window.welcome.linkActivated.emit("demo")
    qtbot.waitUntil(lambda: not window.welcome.isVisibleTo(window), timeout=20_000)
    assert "Demo data loaded" in window.statusBar().currentMessage()
    with window.runner.store.session() as session:
        assert record_counts(session)["committee"]["PER"] >= 1
