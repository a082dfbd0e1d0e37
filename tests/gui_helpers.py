"""Helpers shared by the GUI tests (importable: pytest's pythonpath includes tests/)."""

from desktop.ui.main_window import MainWindow


def settle(qtbot, window: MainWindow) -> None:
    """Wait until the window's background work, and the work it started in turn, is done."""
    for _ in range(3):
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
        qtbot.wait(10)
