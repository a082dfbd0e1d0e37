"""Every page and record editor fits at 1100×700 and at 1920×1080, in English,
French and Spanish: no visible label, button or drop-down narrower than its text
needs, no form scrolling sideways (``layout_helpers.clipped``). A nested record's
window (a meeting of a committee, a participation in a training) too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import settle
from layout_helpers import clipped
from PySide6.QtWidgets import QMessageBox, QTabWidget

from db.services import Actor
from db.store import Store
from desktop.demo import load_demo
from desktop.ui.main_window import MainWindow
from desktop.ui.records_page import RecordsPage
from desktop.ui.translations import install_translators, installed_language, remove_translators


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("layouts") / "demo.db"
    with Store.open(path) as store, store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    return path


@pytest.fixture
def language(qapp, request: pytest.FixtureRequest) -> Iterator[str]:
    before = installed_language()
    install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    if before is not None:
        install_translators(qapp, before)


def views(window: MainWindow, qtbot) -> Iterator[str]:
    """Show each page, each tab of it, with a record open in each list's editor; yield its name."""
    for row, (title, _page) in enumerate(window.pages):
        window.sidebar.setCurrentRow(row)
        settle(qtbot, window)
        container = window.stack.widget(row)
        tab_sets = ([container] if isinstance(container, QTabWidget) else []) + container.findChildren(QTabWidget)
        tabs = [(None, -1)] + [(tab_set, index) for tab_set in tab_sets for index in range(tab_set.count())]
        for tab_set, index in tabs:
            if tab_set is not None:
                tab_set.setCurrentIndex(index)
                settle(qtbot, window)
            pages = container.findChildren(RecordsPage) + ([container] if isinstance(container, RecordsPage) else [])
            for page in pages:
                if page.isVisible() and page.list.model.rowCount() and page.editor.record_id is None:
                    page.list.table.selectRow(0)
                    settle(qtbot, window)
            yield f"{title}" + (f" / {tab_set.tabText(index)}" if tab_set is not None else "")


@pytest.mark.parametrize("language", ["en", "fr", "es"], indirect=True)
@pytest.mark.parametrize("size", [(1100, 700), (1920, 1080)], ids=["1100x700", "1920x1080"])
def test_every_page_and_editor_fits(
    qtbot, demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, size: tuple[int, int]
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    store = Store.open(demo)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    window.country_box.setCurrentIndex(window.country_box.findData("PER"))
    settle(qtbot, window)
    problems = {name: found for name in views(window, qtbot) if (found := clipped(window))}
    assert problems == {}
    window.runner.wait()


@pytest.mark.parametrize("language", ["en", "fr", "es"], indirect=True)
def test_a_nested_record_s_window_fits(qtbot, demo: Path, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(Store.open(demo))
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    settle(qtbot, window)
    problems = {}
    for kind in ("committee", "capacity_activity"):
        page = window.record_pages[kind]
        window.go_to(page)
        settle(qtbot, window)
        page.list.table.selectRow(0)
        settle(qtbot, window)
        for panel in page.editor.children_panels:
            if not panel.model.rowCount():
                continue
            panel.table.selectRow(0)
            panel.on_edit()
            settle(qtbot, window)
            dialog = panel.dialog
            assert dialog is not None
            qtbot.waitExposed(dialog)
            settle(qtbot, window)
            if found := clipped(dialog):
                problems[f"{kind} / {panel.kind}"] = found
            dialog.reject()
            settle(qtbot, window)
    assert problems == {}
    window.runner.wait()
