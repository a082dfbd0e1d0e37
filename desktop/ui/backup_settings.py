"""Settings > Database > daily copies: how many days of daily copies to keep, and where they are.

The number is this computer's (Qt's settings), like the copies themselves, which
live in its user data folder (``desktop.backups``). The window makes the day's
copy shortly after it opens a database (``start_daily_backup``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from desktop.backups import DEFAULT_DAYS, MAX_DAYS, backup_folder, daily_backup
from desktop.ui.tasks import TaskRunner

KEEP_DAYS = "backups/keep_days"
#: The copy waits this long after the window opens, so that it never slows the first page.
DELAY_MS = 3000


def kept_days() -> int:
    try:
        value = int(str(QSettings().value(KEEP_DAYS, DEFAULT_DAYS)))
    except (TypeError, ValueError):
        return DEFAULT_DAYS
    return max(0, min(value, MAX_DAYS))


def start_daily_backup(runner: TaskRunner, on_failed: object = None) -> None:
    """Make today's copy of the runner's database in the background, soon (once a day: a copy made
    already today is kept as it is). A failure (a full disk) is told to ``on_failed``, never raised."""

    def run() -> None:
        days = kept_days()
        if days == 0:
            return
        store = runner.store
        runner.read(
            lambda _session, _progress: daily_backup(store, days),
            on_error=on_failed if callable(on_failed) else (lambda _error: None),
        )

    QTimer.singleShot(DELAY_MS, runner, run)  # not once the window (and its runner) is gone


class BackupSettings(QWidget):
    """The Settings page's rows for the daily copies (in its Database group): how many days, and
    where they are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(kept_days())
        self.days.setSuffix(self.tr(" days"))
        self.days.setSpecialValueText(self.tr("none"))
        self.days.setAccessibleName(self.tr("Days of daily copies to keep"))
        self.label = QLabel(self.tr("&Keep a daily copy for:"))
        self.label.setBuddy(self.days)
        self.show_button = QPushButton(self.tr("Show &backups"))
        self.folder_label = QLabel(str(backup_folder()))
        self.folder_label.setWordWrap(True)
        explained = self.tr(
            "The first time Mainstream opens a database on a day, it copies it to this computer's "
            "folder below and removes that database's copies older than this."
        )
        for widget in (self.days, self.label):
            widget.setToolTip(explained)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days)
        row.addWidget(self.show_button)
        row.addStretch(1)
        self.days.valueChanged.connect(self._remember)
        self.show_button.clicked.connect(self.show_folder)

    def add_to(self, form: QFormLayout) -> None:
        """Its rows, at the end of ``form``."""
        form.addRow(self.label, self)
        form.addRow(self.tr("Copies in:"), self.folder_label)

    def _remember(self, days: int) -> None:
        QSettings().setValue(KEEP_DAYS, days)

    def show_folder(self) -> None:
        folder = backup_folder()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
