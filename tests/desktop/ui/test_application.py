"""The application's icon, and the start that quits by itself once the window is ready."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from db.services import Actor
from db.store import Store
from desktop.demo import load_demo
from desktop.ui import application
from desktop.ui.main_window import MainWindow


def test_the_icon_comes_in_every_size_from_the_task_bar_to_the_dock() -> None:
    icon = application.application_icon()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256), (512, 512)} <= sizes
    # The 16-pixel one is drawn, not empty: the blue of its background.
    image = icon.pixmap(QSize(16, 16)).toImage()
    assert image.pixelColor(8, 2).blue() > 120


def test_the_window_quits_once_its_dashboard_is_filled(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(tmp_path / "demo.db")
    with store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    window = MainWindow(store)
    qtbot.addWidget(window)
    application.quit_when_ready(window)
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    assert window.dashboard.board is not None
    assert capsys.readouterr().out.splitlines() == [application.READY_LINE]
