"""File > Export to Excel… and Import from Excel…: the workbook round trip in the window.

The work is ``desktop.sheets`` (the same as ``mainstream sheet``), run through the
``TaskRunner``: an export reads, an import is first previewed (nothing written: what
it would create and change, or the cells it refuses) and written only once the user
confirms, after a backup, through the one write path. An import clears the undo
history (``UndoHistory.run_clearing``): undoing an earlier edit could overwrite it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.services.changes import noted
from desktop.session import current_actor
from desktop.sheets.export import ExportResult, export_workbook
from desktop.sheets.load import Outcome, import_workbook
from desktop.sheets.read import SheetError
from desktop.ui.countries import country_name
from desktop.ui.labels import kind_label
from desktop.ui.problems import file_text, reason_text
from desktop.ui.tasks import Progress, TaskRunner, describe_error
from desktop.ui.translations import installed_language
from desktop.ui.undo import UndoHistory

FOLDER_SETTING = "workbooks/folder"
LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"))


def _folder() -> str:
    return (
        str(QSettings().value(FOLDER_SETTING, "") or "")
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or str(Path.home())
    )


class ExportDialog(QDialog):
    """What to export: the workbook's language, and records or only the empty sheets."""

    def __init__(self, country: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Excel"))
        form = QFormLayout()
        where = country_name(country) if country else self.tr("all countries")
        form.addRow(
            QLabel(self.tr("Records of {country} and global records, one sheet per kind.").format(country=where))
        )
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(installed_language())
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Language of the headers:"), self.language)
        self.template = QCheckBox(self.tr("A blank &template (the sheets and their lists, no records)"))
        form.addRow(self.template)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class PreviewDialog(QDialog):
    """What an import would do, kind by kind, or the cells it refuses; Import only when there is a change."""

    def __init__(self, outcome: Outcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox()
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        lines = [self.plan_line(kind, outcome) for kind in outcome.sheets if self._counts(kind, outcome) != (0, 0, 0)]
        if outcome.refusals:
            self.summary.setText(
                self.tr(
                    "%n cell(s) refused: nothing can be imported. They are marked in {path}: fix them there "
                    "and import that copy.",
                    "",
                    len(outcome.refusals),
                ).format(path=outcome.marked)
            )
            lines = [self.refusal_line(r.sheet, r.row, r.column, reason_text(r.reason)) for r in outcome.refusals]
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        elif outcome.changed:
            self.summary.setText(
                self.tr("The workbook creates and changes these records. Import them?")
                + " "
                + self.tr("The database as it is now is backed up first.")
            )
            self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.summary.setText(self.tr("The workbook holds no change: nothing to import."))
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.details.setPlainText("\n".join(lines))

    @staticmethod
    def _counts(kind: str, outcome: Outcome) -> tuple[int, int, int]:
        return outcome.created[kind], outcome.updated[kind], outcome.unchanged[kind]

    def plan_line(self, kind: str, outcome: Outcome) -> str:
        new, changed, same = self._counts(kind, outcome)
        return self.tr("{kind}: {new} new, {changed} changed, {same} unchanged").format(
            kind=kind_label(kind), new=f"{new:,}", changed=f"{changed:,}", same=f"{same:,}"
        )

    def refusal_line(self, sheet: str, row: int, column: str, reason: str) -> str:
        if column:
            return self.tr("Sheet {sheet}, row {row}, column {column}: {reason}").format(
                sheet=sheet, row=row, column=column, reason=reason
            )
        return self.tr("Sheet {sheet}, row {row}: {reason}").format(sheet=sheet, row=row, reason=reason)


class Workbooks(QObject):
    """The File menu's workbook entries for one window."""

    def __init__(self, window: QMainWindow, runner: TaskRunner, history: UndoHistory) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.history = history

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Workbook"), text)

    # --- export ---------------------------------------------------------------------------------

    def export(self, country: str | None) -> None:
        dialog = ExportDialog(country, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        language, template = dialog.language.currentData(), dialog.template.isChecked()
        suggested = f"mainstream-{(country or 'all').lower()}{'-template' if template else ''}.xlsx"
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export to Excel"),
            str(Path(_folder()) / suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        target = Path(name) if name.lower().endswith(".xlsx") else Path(f"{name}.xlsx")

        def work(session: Session, progress: Progress) -> ExportResult:
            def report(_stage: str, done: int, total: int) -> None:
                progress.check()
                progress.report(done, total)

            return export_workbook(
                session, target, country=country, language=language, template=template, progress=report
            )

        self.runner.read(
            work,
            self._exported,
            lambda error: self._warn(self._error_text(target, error)),
            label=self.tr("Exporting to Excel"),
            parent_widget=self.window,
        )

    def _exported(self, result: ExportResult) -> None:
        QSettings().setValue(FOLDER_SETTING, str(result.path.parent))
        self._say(self.tr("Exported %n record(s) to {path}.", "", result.total).format(path=result.path))

    def _error_text(self, path: Path, error: BaseException) -> str:
        if isinstance(error, SheetError):
            return file_text(path.name, str(error))
        if isinstance(error, OSError):
            return self.tr("{path}: {reason}").format(path=path, reason=error.strerror or error)
        return describe_error(error)

    # --- import ---------------------------------------------------------------------------------

    def import_(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import from Excel"),
            _folder(),
            self.tr("Workbooks (*.xlsx *.ods);;All files (*)"),
        )
        if name:
            self.preview(Path(name))

    def preview(self, path: Path) -> None:
        store = self.runner.store

        def work(_session: Session, progress: Progress) -> Outcome:
            return import_workbook(store, current_actor(store), path, dry_run=True, progress=_stages(progress))

        # A preview writes and rolls back (the checks need the rows in place): on the one writer.
        self.runner.write(
            work,
            lambda outcome: self._previewed(path, outcome),
            lambda error: self._warn(self._error_text(path, error)),
            label=self.tr("Reading the workbook"),
            parent_widget=self.window,
        )

    def _previewed(self, path: Path, outcome: Outcome) -> None:
        QSettings().setValue(FOLDER_SETTING, str(path.parent))
        self.last_preview = PreviewDialog(outcome, self.window)
        if self.last_preview.exec() == QDialog.DialogCode.Accepted and outcome.changed and not outcome.refusals:
            self.write(path)

    def write(self, path: Path) -> None:
        store = self.runner.store

        def work(session: Session, progress: Progress) -> Outcome:
            outcome = import_workbook(store, current_actor(store), path, progress=_stages(progress))
            if outcome.changes is not None:  # written in a unit of work of its own: told to the pages as this one's
                noted(session).update(outcome.changes)
            return outcome

        why = self.tr("Nothing to undo (history cleared by the import of {file})").format(file=path.name)
        self.history.run_clearing(
            work,
            self._imported,
            lambda error: self._warn(self._error_text(path, error)),
            why=lambda outcome: why if outcome.changed else "",
            label=self.tr("Importing the workbook"),
            parent_widget=self.window,
        )

    def _imported(self, outcome: Outcome) -> None:
        if outcome.refusals:  # the database changed between the preview and now
            PreviewDialog(outcome, self.window).exec()
            return
        self._say(
            self.tr("Imported {file}: %n record(s) created or changed. The database before it is in {backup}.", "",
                    outcome.changed).format(file=outcome.path.name, backup=outcome.backup)
        )  # fmt: skip


def _stages(progress: Progress):  # type: ignore[no-untyped-def]
    def report(_stage: str, done: int, total: int) -> None:
        progress.check()
        progress.report(done, total)

    return report
