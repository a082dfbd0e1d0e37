"""File > Import a Logframe…: a work plan from a results framework sheet, its columns checked by the user.

The columns ``desktop.sheets.logframe`` finds are shown, one choice per role, and the user
corrects them; the choices are remembered (Qt settings) and offered first next time, since
a programme's frameworks tend to share a layout. Then a preview (nothing written), and the
import once confirmed, through the TaskRunner like every other write.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.services.changes import noted
from desktop.session import current_actor
from desktop.sheets.load import refusal_lines
from desktop.sheets.logframe import Detected, LogframeOutcome, detect, import_logframe
from desktop.sheets.read import SheetError
from desktop.ui.countries import country_name
from desktop.ui.labels import kind_label
from desktop.ui.lists import code_label
from desktop.ui.problems import file_text
from desktop.ui.tasks import Progress, TaskRunner, describe_error
from desktop.ui.undo import UndoHistory

SETTING = "logframe/columns/{role}"
ROLE_NAMES = {
    "code": QT_TRANSLATE_NOOP("LogframeDialog", "Number (1, 1.1, 1.1.1)"),
    "statement": QT_TRANSLATE_NOOP("LogframeDialog", "Result or activity"),
    "level": QT_TRANSLATE_NOOP("LogframeDialog", "Level (outcome, output, activity)"),
    "indicator": QT_TRANSLATE_NOOP("LogframeDialog", "Indicator"),
    "baseline": QT_TRANSLATE_NOOP("LogframeDialog", "Baseline"),
    "baseline_year": QT_TRANSLATE_NOOP("LogframeDialog", "Baseline year"),
    "budget": QT_TRANSLATE_NOOP("LogframeDialog", "Budget"),
    "agency": QT_TRANSLATE_NOOP("LogframeDialog", "Responsible agency"),
    "means": QT_TRANSLATE_NOOP("LogframeDialog", "Means of verification"),
}


def remembered(role: str) -> str:
    return str(QSettings().value(SETTING.format(role=role), "") or "")


class LogframeDialog(QDialog):
    """The work plan's title and agency, and which column holds what."""

    def __init__(self, path: Path, detected: Detected, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a logframe"))
        form = QFormLayout()
        intro = QLabel(
            self.tr("A work plan of {country} from the sheet {sheet} of {file}. Check which column holds what:").format(
                country=country_name(country), sheet=detected.sheet, file=path.name
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.title = QLineEdit(path.stem)
        form.addRow(self.tr("&Title of the work plan:"), self.title)
        self.agency = QComboBox()
        for code in ("joint", "iom", "undp", "government"):
            self.agency.addItem(code_label(code), code)
        form.addRow(self.tr("&Responsible, where the sheet does not say:"), self.agency)
        self.roles: dict[str, QComboBox] = {}
        for role, name in ROLE_NAMES.items():
            box = QComboBox()
            box.addItem(self.tr("(none)"), "")
            for header in detected.headers:
                box.addItem(header, header)
            wanted = remembered(role) if remembered(role) in detected.headers else detected.columns.get(role, "")
            box.setCurrentIndex(max(box.findData(wanted), 0))
            self.roles[role] = box
            form.addRow(f"{QCoreApplication.translate('LogframeDialog', str(name))}:", box)
        targets = ", ".join(f"{role.removeprefix('target ')}: {header}" for role, header in detected.columns.items()
                            if role.startswith("target "))  # fmt: skip
        form.addRow(self.tr("Targets by year:"), QLabel(targets or self.tr("(no column with a year)")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {role: box.currentData() for role, box in self.roles.items() if box.currentData()}

    def remember(self) -> None:
        for role, box in self.roles.items():
            QSettings().setValue(SETTING.format(role=role), box.currentData() or "")


class LogframeImport(QObject):
    """The File menu's logframe entry for one window."""

    def __init__(self, window: QMainWindow, runner: TaskRunner, history: UndoHistory) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.history = history

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Logframe"), text)

    def _error(self, path: Path, error: BaseException) -> None:
        self._warn(file_text(path.name, str(error)) if isinstance(error, SheetError) else describe_error(error))

    def start(self, country: str | None) -> None:
        if country is None:
            self._warn(self.tr("Choose a country first: the work plan is made for the country shown."))
            return
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a logframe"), "", self.tr("Workbooks (*.xlsx *.ods);;All files (*)")
        )
        if not name:
            return
        path = Path(name)
        self.runner.read(
            lambda _session, _progress: detect(path),
            lambda detected: self._detected(path, detected, country),
            lambda error: self._error(path, error),
            label=self.tr("Reading the logframe"),
            parent_widget=self.window,
        )

    def _detected(self, path: Path, detected: Detected, country: str) -> None:
        self.dialog = LogframeDialog(path, detected, country, self.window)
        if self.dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.dialog.remember()
        options = {
            "country": country,
            "title": self.dialog.title.text().strip() or path.stem,
            "sheet": detected.sheet,
            "given": self.dialog.mapping(),
            "agency": self.dialog.agency.currentData(),
        }
        store = self.runner.store

        def preview(_session: Session, _progress: Progress) -> LogframeOutcome:
            return import_logframe(store, current_actor(store), path, dry_run=True, **options)

        # A preview writes and rolls back (the checks need the rows in place): on the one writer.
        self.runner.write(
            preview,
            lambda outcome: self._previewed(path, outcome, options),
            lambda error: self._error(path, error),
            label=self.tr("Reading the logframe"),
            parent_widget=self.window,
        )

    def _previewed(self, path: Path, outcome: LogframeOutcome, options: dict[str, object]) -> None:
        if outcome.refusals:
            self._warn(
                self.tr("Nothing can be imported from {file}:").format(file=path.name)
                + "\n"
                + "\n".join(refusal_lines(outcome.refusals)[:20])
            )
            return
        made = ", ".join(f"{kind_label(kind)}: {count:,}" for kind, count in outcome.created.items() if count)
        answer = QMessageBox.question(
            self.window,
            self.tr("Import a logframe"),
            self.tr("The logframe makes these records: {made}. Import them?").format(made=made),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.runner.store

        def work(session: Session, _progress: Progress) -> LogframeOutcome:
            done = import_logframe(store, current_actor(store), path, **options)  # type: ignore[arg-type]
            if done.changes is not None:
                noted(session).update(done.changes)
            return done

        why = self.tr("Nothing to undo (history cleared by the import of {file})").format(file=path.name)
        self.history.run_clearing(
            work,
            lambda done: self.window.statusBar().showMessage(
                self.tr("Imported the logframe {file}: {made}.").format(file=path.name, made=made), 15000
            ),
            lambda error: self._error(path, error),
            why=lambda done: why if done.created else "",
            label=self.tr("Importing the logframe"),
            parent_widget=self.window,
        )
