"""The QApplication and the main window's life."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import StoreError
from db.store import Store
from desktop import APP_NAME
from desktop.ui.fonts import use_shipped_fonts
from desktop.ui.main_window import MainWindow
from desktop.ui.plain_text import literal
from desktop.ui.tasks import describe_open_error
from desktop.ui.translations import install_translators, saved_language
from resources import resource

#: Set (to anything but empty) to quit once the window shows its dashboard filled in: the bundle's
#: smoke test and the start-up benchmarks (build_spec/smoke_test.py, benchmarks/bundle.py) use it.
QUIT_WHEN_READY = "MAINSTREAM_QUIT_WHEN_READY"
#: The line printed on standard output just before such a quit.
READY_LINE = "mainstream: ready"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    if not app.property("mainstream_icon"):
        app.setWindowIcon(application_icon())
        app.setProperty("mainstream_icon", True)
    if not app.property("mainstream_fonts"):
        use_shipped_fonts(app)
        app.setProperty("mainstream_fonts", True)
    install_translators(app, saved_language())
    return app


def start(opened: Store | StoreError, path: Path) -> int:
    """The window on the database at ``path``, ``opened``; or why it could not be opened."""
    app = make_application()
    if isinstance(opened, StoreError):
        cannot_open(opened, path).exec()
        return 2
    store = opened
    window = MainWindow(store)
    if os.environ.get(QUIT_WHEN_READY):
        quit_when_ready(window)
    window.show()
    return app.exec()


def application_icon() -> QIcon:
    """Mainstream's icon in every size shipped in ``resources/icons`` (the window, the task bar, Alt+Tab).

    Read as bytes, not from a path, so it works from a zipped or frozen copy too."""
    icon = QIcon()
    for entry in sorted(resource("icons").iterdir(), key=lambda item: item.name):
        if re.fullmatch(r"mainstream-\d+\.png", entry.name):
            pixmap = QPixmap()
            if pixmap.loadFromData(entry.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
    return icon


def quit_when_ready(window: MainWindow) -> None:
    """Once the window is shown with its dashboard filled in and painted, say so on standard
    output and close it, as a user would: the whole start, window and all, without a person."""

    def ready(_board: object) -> None:
        if not window.isVisible():
            return
        window.dashboard.loaded.disconnect(ready)
        window.repaint()
        if sys.stdout is not None:  # None in a Windows GUI executable (Mainstream.exe)
            print(READY_LINE, flush=True)
        QTimer.singleShot(0, window.close)

    window.dashboard.loaded.connect(ready)


def cannot_open(error: StoreError, path: Path) -> QMessageBox:
    """The message that the database at ``path`` cannot be opened: why, in the user's language; the
    store's own words (English, for whoever supports them) behind "Show Details"."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("start", "Cannot open the database"),
        literal(describe_open_error(error, path)),
    )
    box.setDetailedText(str(error))
    return box
