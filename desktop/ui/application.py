"""The QApplication and the main window's life."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.store import Store
from desktop import APP_NAME
from desktop.ui.fonts import use_shipped_fonts
from desktop.ui.main_window import MainWindow
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


def start(store: Store | None, error: str | None) -> int:
    app = make_application()
    if store is None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("start", "Cannot open the database"),
            error or "",
        )
        return 2
    window = MainWindow(store)
    window.show()
    return app.exec()
