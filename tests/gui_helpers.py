"""Helpers shared by the GUI tests (importable: pytest's pythonpath includes tests/)."""

from desktop.ui.main_window import MainWindow


def settle(qtbot, window: MainWindow) -> None:
    """Wait until the window's background work, and the work it started in turn, is done."""
    for _ in range(3):
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)  # returns as soon as idle
        qtbot.wait(10)


def exchange_page_accelerators(window: MainWindow) -> list[str]:
    """The Alt+letter keys reachable while the Exchange page's first tab shows: the menu bar,
    the window's country box, and the page's labels and buttons (lower case, one per text)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    accelerator = re.compile(r"&([^&\s])")
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is window.country_box]
    page = window.exchange
    texts += [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in page.findChildren(QAbstractButton)]
    return [match.group(1).lower() for text in texts if (match := accelerator.search(text))]
