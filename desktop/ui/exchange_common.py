"""What the sending and receiving halves of the Exchange page share: where
files were last put, the words for each stage of the work, and the message line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QLabel

from desktop.exchange.files import MANIFEST_TIME
from desktop.ui.dates import moment_text
from desktop.ui.tasks import Progress

#: Where exchange files were last saved or opened, offered first next time.
FOLDER_SETTING = "exchange/folder"
SUFFIX = "mxf"
ERROR_STYLE = "color: #b00020;"

#: The stages the exchange code reports, in words for the progress dialog.
STAGES = {
    "reading changes": QT_TRANSLATE_NOOP("Exchange", "Reading the changes…"),
    "writing changes": QT_TRANSLATE_NOOP("Exchange", "Writing the changes…"),
    "writing the file": QT_TRANSLATE_NOOP("Exchange", "Writing the file…"),
    "checking the file": QT_TRANSLATE_NOOP("Exchange", "Checking the file and its signature…"),
    "checking every change": QT_TRANSLATE_NOOP("Exchange", "Checking every change in the file…"),
    "working out what the file would do": QT_TRANSLATE_NOOP("Exchange", "Working out what the file would do…"),
    "backing up the database": QT_TRANSLATE_NOOP("Exchange", "Backing up the database…"),
    "merging the changes": QT_TRANSLATE_NOOP("Exchange", "Merging the changes…"),
}


def exchange_folder() -> str:
    return (
        str(QSettings().value(FOLDER_SETTING, "") or "")
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or str(Path.home())
    )


def remember_folder(path: Path) -> None:
    QSettings().setValue(FOLDER_SETTING, str(path.parent))


def stage_reporter(progress: Progress) -> Callable[[str, int, int], None]:
    """The exchange code's progress callback, shown in the task's dialog; Cancel
    stops the work at the next stage (an import rolls back whole)."""

    def report(stage: str, done: int, total: int) -> None:
        progress.check()
        text = STAGES.get(stage)
        progress.report(done, total, QCoreApplication.translate("Exchange", str(text)) if text else stage)

    return report


def number(value: int) -> str:
    """A count as the interface language writes it: 1,234 / 1 234 / 1.234."""
    return QLocale().toString(value)


def local_moment(utc_text: object) -> str:
    """A manifest's "2026-11-23T16:52:02Z" on the user's clock; the text as it is if unreadable."""
    text = str(utc_text or "")
    try:
        moment = dt.datetime.strptime(text, MANIFEST_TIME).replace(tzinfo=dt.UTC)
    except ValueError:
        return text[:40]
    return moment_text(moment.astimezone())


class MessageLine(QLabel):
    """The one line under a panel saying how its last action went; red for a refusal."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def say(self, text: str, *, error: bool = False) -> None:
        self.setStyleSheet(ERROR_STYLE if error else "")
        self.setText(text)
