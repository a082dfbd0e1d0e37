"""The QApplication and the main window's life."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import StoreError
from db.store import Store
from desktop import APP_NAME
from desktop.ui.fonts import use_shipped_fonts
from desktop.ui.main_window import MainWindow
from desktop.ui.plain_text import literal
from desktop.ui.tasks import describe_open_error
from desktop.ui.translations import install_translators, saved_language


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
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
    window.show()
    return app.exec()


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
