"""Reports: the PDF country overview, chosen, made in the background, previewed
and saved.

The page only chooses and shows. ``desktop.reports.write_report`` gathers and
lays out the report in a worker (through the window's ``TaskRunner``), into a
temporary folder the page owns; the preview reads that file with QtPdf, and
"Save As" copies it where the user says, atomically and off the GUI thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import itertools
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QMargins, QPointF, QSettings, QStandardPaths, Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.reports import (
    LANGUAGES,
    SECTIONS,
    ReportError,
    ReportRequest,
    ReportResult,
    default_period,
    write_report,
)
from desktop.ui.countries import country_name, country_options
from desktop.ui.fields import DateEdit
from desktop.ui.iati_file import save_iati_file
from desktop.ui.tasks import Cancelled, Progress, Task, TaskRunner, describe_error
from desktop.ui.translations import installed_language, saved_language

#: The report languages, each named in itself (as the interface languages are).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
#: Where the folder of the last report saved is kept (Qt settings: it follows the machine).
FOLDER_SETTING = "reports/folder"
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
PROBLEM_STYLE = "color: #b00020;"


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def suggested_name(request: ReportRequest) -> str:
    """``Mainstream-PER-2026-en.pdf``; a period over several years names both ends."""
    years = (
        str(request.start.year)
        if request.start.year == request.end.year
        else (f"{request.start.year}-{request.end.year}")
    )
    return f"Mainstream-{request.country}-{years}-{request.language}.pdf"


def copy_atomically(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through a temporary file beside it, renamed over it only
    when complete: a failure never leaves half a file, nor spoils the one that was there."""
    mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as original:
            shutil.copyfileobj(original, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)  # mkstemp's 0600 would hide the report from the user's other accounts
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


class ReportsPage(QWidget):
    """Chooses country, period, language and sections; generates, previews and saves."""

    generated = Signal(object)  # ReportResult, once shown in the preview
    saved = Signal(object)  # Path the report was saved to

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._folder: QTemporaryDir | None = None  # made on the first report
        self._made = 0
        self._task: Task[ReportResult] | None = None
        self._saving = False
        self._result: ReportResult | None = None
        self._result_request: ReportRequest | None = None
        self._saved_to: Path | None = None
        self._held: tuple[str, ...] | None = None  # the countries listed first

        title = QLabel(self.tr("<h2>Country overview report</h2>"))
        intro = QLabel(
            self.tr(
                "A PDF overview of one country's records over a period, for the government, the UN "
                "Country Team, donors and headquarters."
            )
        )
        intro.setWordWrap(True)

        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country of the report"))
        self.country_box.setPlaceholderText(self.tr("Choose a country"))
        self.country_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country_box.setMinimumContentsLength(18)
        self.set_countries(())

        start, end = default_period(dt.date.today())
        self.start_edit = self._date_edit(start, self.tr("Period from"))
        self.end_edit = self._date_edit(end, self.tr("Period to"))

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the report"))
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.default_language())))

        form = QFormLayout()
        form.addRow(self._buddy(self.tr("Countr&y:"), self.country_box), self.country_box)
        form.addRow(self._buddy(self.tr("Fro&m:"), self.start_edit), self.start_edit)
        form.addRow(self._buddy(self.tr("&To:"), self.end_edit), self.end_edit)
        form.addRow(self._buddy(self.tr("&Language:"), self.language_box), self.language_box)

        titles = self.section_titles()
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QVBoxLayout()
        for key in SECTIONS:
            box = QCheckBox(titles.get(key, key))
            box.setChecked(True)
            self.section_boxes[key] = box
            sections.addWidget(box)
        always = QLabel(self.tr("The cover, the contents and “At a glance” are always included."))
        always.setWordWrap(True)
        always.setEnabled(False)
        sections.addWidget(always)
        sections_box = QGroupBox(self.tr("Sections"))
        sections_box.setLayout(sections)

        self.generate_button = QPushButton(self.tr("Gene&rate"))
        self.generate_button.setDefault(True)  # drawn as the page's main button
        self.generate_button.setToolTip(self.tr("Make the report and show it here (Ctrl+G or Enter)"))
        self.save_button = QPushButton(self.tr("&Save As…"))
        self.save_button.setToolTip(self.tr("Save the report as a PDF file (Ctrl+S)"))
        self.open_button = QPushButton(self.tr("&Open in Viewer"))
        self.open_button.setToolTip(self.tr("Open the report in the system's PDF viewer"))
        self.iati_button = QPushButton(self.tr("&IATI File…"))
        self.iati_button.setToolTip(self.tr("Save the country's work plans as an IATI 2.03 activity file"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.iati_button)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(SELECTABLE)
        self.message_label.setAccessibleName(self.tr("Report message"))
        self.message_label.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(SELECTABLE)
        self.result_label.setAccessibleName(self.tr("Report made"))

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(sections_box)
        column.addLayout(buttons)
        column.addWidget(self.message_label)
        column.addWidget(self.result_label)
        column.addStretch(1)
        self.controls = QScrollArea()
        self.controls.setWidget(controls)
        self.controls.setWidgetResizable(True)
        self.controls.setFrameShape(QFrame.Shape.NoFrame)
        self.controls.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls.setMinimumWidth(
            controls.sizeHint().width() + self.controls.verticalScrollBar().sizeHint().width()
        )

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Report preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(16, 16, 16, 16))
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Dark, QColor("#7b7f85"))  # the desk the pages lie on
        self.view.setPalette(palette)
        self.placeholder = QLabel(
            self.tr(
                "Choose the country, the period, the language and the sections, then press Generate "
                "(Ctrl+G). The report shows here."
            )
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        self.placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        self.placeholder.setMargin(24)
        font = self.placeholder.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.Medium)
        self.placeholder.setFont(font)
        self.preview = QStackedWidget()
        self.preview.addWidget(self.placeholder)
        self.preview.addWidget(self.view)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.controls)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        chain: list[QWidget] = [
            self.country_box,
            self.start_edit,
            self.end_edit,
            self.language_box,
            *self.section_boxes.values(),
            self.generate_button,
            self.save_button,
            self.open_button,
            self.view,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._connect_signals()
        self._update_state()

    # --- building ---------------------------------------------------------------------------

    def section_titles(self) -> dict[str, str]:
        return {
            "coordination": self.tr("Coordination (committees, meetings, decisions)"),
            "policies": self.tr("Policy coherence"),
            "work_plan": self.tr("Work plan"),
            "results": self.tr("Results and indicators"),
            "capacity": self.tr("Capacity building"),
            "evidence": self.tr("Evidence and good practices"),
            "stakeholders": self.tr("Stakeholders (annex)"),
        }

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _date_edit(value: dt.date, name: str) -> DateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setDate(qdate(value))
        edit.setAccessibleName(name)
        return edit

    def _connect_signals(self) -> None:
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.iati_button.clicked.connect(lambda: save_iati_file(self, self._runner, self.country(), self._say))
        self.country_box.currentIndexChanged.connect(self._on_choice_changed)
        self.language_box.currentIndexChanged.connect(self._on_choice_changed)
        self.start_edit.dateChanged.connect(self._on_choice_changed)
        self.end_edit.dateChanged.connect(self._on_choice_changed)
        for box in self.section_boxes.values():
            box.toggled.connect(self._on_choice_changed)
        QShortcut(QKeySequence("Ctrl+G"), self, self.generate)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.controls, self._on_enter)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)

    def _on_enter(self) -> None:
        """Enter generates, except on a button, which it presses."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton):
            focused.click()
        else:
            self.generate()

    @staticmethod
    def default_language() -> str:
        """The interface language when the report speaks it, else English."""
        return next((code for code in (installed_language(), saved_language()) if code in LANGUAGES), "en")

    # --- what the window tells the page --------------------------------------------------------

    def set_countries(self, held: Sequence[str]) -> None:
        """The countries the database holds first, then every other one; the choice is kept."""
        if self._held is not None and tuple(held) == self._held:
            return
        self._held = tuple(held)
        current = self.country()
        self.country_box.blockSignals(True)
        self.country_box.clear()
        for code in held:
            self.country_box.addItem(country_name(code), code)
        if held:
            self.country_box.insertSeparator(self.country_box.count())
        for code, name in country_options():
            if code not in held:
                self.country_box.addItem(name, code)
        self.country_box.setCurrentIndex(self.country_box.findData(current) if current else -1)
        self.country_box.blockSignals(False)

    def set_country(self, code: str | None) -> None:
        """Follow the window's country (or the default one); None leaves the choice as it is."""
        if not code or code == self.country():
            return
        index = self.country_box.findData(code)
        if index < 0:
            self.country_box.addItem(country_name(code), code)
            index = self.country_box.count() - 1
        self.country_box.setCurrentIndex(index)

    def country(self) -> str | None:
        return self.country_box.currentData() or None

    # --- what is asked -------------------------------------------------------------------------

    def request(self) -> ReportRequest | None:
        """The report the inputs describe; None while no country is chosen."""
        country = self.country()
        if not country:
            return None
        return ReportRequest(
            country=country,
            start=pydate(self.start_edit.date()),
            end=pydate(self.end_edit.date()),
            language=self.language_box.currentData() or "en",
            sections=frozenset(key for key, box in self.section_boxes.items() if box.isChecked()),
        )

    def problem(self, request: ReportRequest | None) -> str:
        """Why this request cannot be made, in the interface language; "" when it can."""
        if request is None:
            return self.tr("Choose the country of the report.")
        if request.end < request.start:
            return self.tr(
                "The period ends on {end}, before it starts ({start}): choose a “To” date on or after the “From” date."
            ).format(end=request.end.isoformat(), start=request.start.isoformat())
        return "; ".join(request.problems())

    @property
    def busy(self) -> bool:
        return self._task is not None or self._saving

    # --- generating ----------------------------------------------------------------------------

    def generate(self) -> None:
        if self.busy:
            return
        request = self.request()
        problem = self.problem(request)
        if problem or request is None:
            self._say(problem, problem=True)
            return
        if self._folder is None:
            self._folder = QTemporaryDir()
            if not self._folder.isValid():
                self._say(
                    self.tr("No temporary folder for the report: {error}").format(error=self._folder.errorString()),
                    problem=True,
                )
                self._folder = None
                return
        self._made += 1
        destination = Path(self._folder.path()) / f"report-{self._made}.pdf"

        def work(session: Session, progress: Progress) -> ReportResult:
            def report(done: int, total: int, _text: str) -> None:
                progress.check()  # the Cancel button: write_report then removes its partial file
                # One step more than the layout's: the PDF is still to be written out when it is done
                # (and a progress dialog that reaches its maximum closes).
                progress.report(done, total + 1 if total else 0)

            result = write_report(session, request, destination, progress=report)
            if progress.cancelled:  # cancelled after the last tick (the PDF was being written out)
                result.path.unlink(missing_ok=True)
                raise Cancelled
            return result

        self._say(self.tr("Making the report…"))
        self._task = self._runner.read(
            work,
            lambda result: self._on_generated(request, result),
            self._on_generate_failed,
            label=self.tr("Making the report"),
            parent_widget=self,
        )
        self._update_state()

    def cancel(self) -> None:
        """Stop the report being made, if any (the window is closing)."""
        if self._task is not None:
            self._task.progress.cancel()

    def _on_generated(self, request: ReportRequest, result: ReportResult) -> None:
        self._task = None
        previous = self._result
        self.document.close()
        error = self.document.load(str(result.path))
        if error != QPdfDocument.Error.None_:
            self._result = None
            self.preview.setCurrentWidget(self.placeholder)
            self._say(
                self.tr("The report was made but cannot be shown ({error}).").format(error=error.name), problem=True
            )
        else:
            self._result, self._result_request, self._saved_to = result, request, None
            self.preview.setCurrentWidget(self.view)
            self.view.pageNavigator().jump(0, QPointF(), 0)
            self._say("")
            self.generated.emit(result)
        if previous is not None and previous.path != result.path:
            with contextlib.suppress(OSError):  # an external viewer may still hold it (Windows): only a nicety
                previous.path.unlink(missing_ok=True)
        self._update_state()

    def _on_generate_failed(self, error: BaseException) -> None:
        self._task = None
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled: no report was made."))
        else:
            self._say(self._error_text(error), problem=True)
        self._update_state()

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, ReportError):
            return self.tr("The report cannot be made: {reason}").format(reason=error)
        if isinstance(error, OSError):
            return self.tr("The report cannot be written: {reason}").format(reason=error.strerror or error)
        # The database (a lock, a damaged file) in the user's words; a bug is logged once with its
        # traceback (the runner has already), and the message names the log file.
        return describe_error(error)

    # --- saving and opening ------------------------------------------------------------------

    def save_as(self) -> None:
        if self._result is None or self._result_request is None or self.busy:
            return
        folder = (
            str(QSettings().value(FOLDER_SETTING, "") or "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home())
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path(folder) / suggested_name(self._result_request)),
            self.tr("PDF documents (*.pdf);;All files (*)"),
        )
        if not name:
            return
        target = Path(name)
        if not target.suffix and not target.with_name(f"{target.name}.pdf").exists():
            target = target.with_name(f"{target.name}.pdf")  # never over a file the dialog did not ask about
        source = self._result.path
        self._saving = True
        self._update_state()
        self._runner.read(
            lambda _session, _progress: copy_atomically(source, target),
            self._on_saved,
            lambda error: self._on_save_failed(target, error),
            label=self.tr("Saving the report"),
            parent_widget=self,
        )

    def _on_saved(self, target: Path) -> None:
        self._saving = False
        self._saved_to = target
        QSettings().setValue(FOLDER_SETTING, str(target.parent))
        self._say(self.tr("Saved as {path}").format(path=target))
        self._update_state()
        self.saved.emit(target)

    def _on_save_failed(self, target: Path, error: BaseException) -> None:
        self._saving = False
        if isinstance(error, OSError):
            text = self.tr("Not saved as {path}: {reason}").format(path=target, reason=error.strerror or error)
        else:
            text = self._error_text(error)
        self._say(text, problem=True)
        self._update_state()

    def open_in_viewer(self) -> None:
        if self._result is None:
            return
        path = self._saved_to or self._result.path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("No PDF viewer could open {path}.").format(path=path), problem=True)

    # --- showing the state -------------------------------------------------------------------

    def _on_choice_changed(self, *_args: object) -> None:
        request = self.request()
        if request is not None and request.end < request.start:
            self._say(self.problem(request), problem=True)
        elif self.message_label.property("problem"):
            self._say("")
        self._update_state()

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.message_label.setProperty("problem", problem and bool(text))
        self.message_label.setVisible(bool(text))

    def _update_state(self) -> None:
        has_report = self._result is not None
        self.generate_button.setEnabled(not self.busy)
        self.save_button.setEnabled(has_report and not self.busy)
        self.open_button.setEnabled(has_report)
        if self._result is None or self._result_request is None:
            self.result_label.setText("")
            return
        request, result = self._result_request, self._result
        pages = self.document.pageCount() or result.pages
        lines = [
            self.tr("<b>{country}</b>, {start} to {end}, {language}").format(
                country=html.escape(country_name(request.country)),
                start=request.start.isoformat(),
                end=request.end.isoformat(),
                language=LANGUAGE_NAMES.get(request.language, request.language),
            ),
            self.tr("%n page(s)", "", pages),
            self.tr("Data version: {version}").format(version=html.escape(result.data_version)),
        ]
        current = self.request()
        if current is not None and current != request:
            lines.append(
                "<i>"
                + self.tr("The choices have changed since this report was made: Generate again to update it.")
                + "</i>"
            )
        self.result_label.setText("<br>".join(lines))
