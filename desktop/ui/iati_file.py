"""The Reports page's "IATI file…": the country's IATI 2.03 activity file, as ``mainstream iati`` writes it.

The file is built, checked against the official schema and the IATI rules, and only then written
(``desktop.iati``), on the runner's reading threads; what went wrong is said in one line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlalchemy.orm import Session

from desktop.iati import IatiError, IatiResult, write_iati
from desktop.ui.tasks import Progress, TaskRunner, describe_error

FOLDER_SETTING = "iati/folder"
Say = Callable[..., None]


def suggested_name(country: str, today: dt.date) -> str:
    return f"iati-activities-{country.lower()}-{today.isoformat()}.xml"


def save_iati_file(parent: QWidget, runner: TaskRunner, country: str | None, say: Say) -> None:
    """Ask where, then write the file of ``country``; ``say(text, problem=...)`` tells the outcome."""
    if country is None:
        say(
            QCoreApplication.translate(
                "IatiFile", "Choose a country first: an IATI file holds one country's work plans."
            ),
            problem=True,
        )
        return
    folder = (
        str(QSettings().value(FOLDER_SETTING, "") or "")
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or str(Path.home())
    )
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("IatiFile", "Save the IATI file"),
        str(Path(folder) / suggested_name(country, dt.date.today())),
        QCoreApplication.translate("IatiFile", "IATI XML files (*.xml);;All files (*)"),
    )
    if not name:
        return
    target = Path(name) if Path(name).suffix else Path(f"{name}.xml")

    def work(session: Session, _progress: Progress) -> IatiResult:
        return write_iati(session, country, target)

    def done(result: IatiResult) -> None:
        QSettings().setValue(FOLDER_SETTING, str(result.path.parent))
        say(
            QCoreApplication.translate(
                "IatiFile", "Saved the IATI file {path}: {count} activities, valid against the IATI 2.03 schema."
            ).format(path=result.path, count=result.activities)
        )

    def failed(error: BaseException) -> None:
        if isinstance(error, IatiError):
            say(
                QCoreApplication.translate("IatiFile", "No IATI file was written: {reason}").format(reason=error),
                problem=True,
            )
        elif isinstance(error, OSError):
            say(
                QCoreApplication.translate("IatiFile", "Not saved as {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                ),
                problem=True,
            )
        else:
            say(describe_error(error), problem=True)

    runner.read(
        work, done, failed, label=QCoreApplication.translate("IatiFile", "Writing the IATI file"), parent_widget=parent
    )
