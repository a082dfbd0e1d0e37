"""A main window over the demo data, showing Peru, with dialogs answered."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_gui_helpers import exchange_window, person_store
from gui_helpers import settle
from PySide6.QtWidgets import QMessageBox

from db.services import Actor
from db.store import Store
from desktop.demo import load_demo
from desktop.exchange import package
from desktop.ui.fonts import use_shipped_fonts
from desktop.ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def shipped_fonts(qapp) -> None:
    """As the application does at start: screens show Sinhala and Arabic."""
    use_shipped_fonts(qapp)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp) -> None:
    """As the application does at start: "1 record", "2 records"."""
    from desktop.ui.translations import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """Questions are answered Yes; warnings shown are kept in ``window.warnings``."""
    store = Store.open(tmp_path / "demo.db")
    with store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    window = MainWindow(store)
    window.warnings = warnings
    qtbot.addWidget(window)
    settle(qtbot, window)
    window.country_box.setCurrentIndex(window.country_box.findData("PER"))
    settle(qtbot, window)
    yield window
    window.runner.wait()


@pytest.fixture
def people(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, MainWindow]]:
    """Amal (demo data) and Bruno (an empty database), each with a window on the Exchange page."""
    monkeypatch.setattr(package, "SCRYPT_N", 2**14)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: pytest.fail("unexpected warning"))
    amal = exchange_window(qtbot, person_store(tmp_path / "amal.db", "Amal Haddad", demo=True))
    bruno = exchange_window(qtbot, person_store(tmp_path / "bruno.db", "Bruno Díaz", demo=False))
    yield amal, bruno
    for window in (amal, bruno):
        window.runner.wait()
