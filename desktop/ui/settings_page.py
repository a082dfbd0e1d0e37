"""Settings: who the user is (name, agency), the country they work on, and
which database file is open.

The profile is kept in the database (``db.services.settings``) so it follows
the data; which file to open is remembered outside it (``desktop.paths``).
A name saved here is used from the next change on (everything that writes asks
``desktop.session.current_actor`` when it acts): the window stays as it is,
and so does the undo history.
"""

from __future__ import annotations

import datetime as dt
import getpass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.codes import UserAgency
from db.errors import ValidationError
from db.services.settings import Profile, get_profile, save_profile
from desktop.session import machine_profile, remember_profile
from desktop.ui.backup_settings import BackupSettings
from desktop.ui.countries import country_options
from desktop.ui.fields import ChoiceEditor
from desktop.ui.labels import labelled
from desktop.ui.problems import reason_text
from desktop.ui.tasks import TaskRunner
from desktop.ui.translations import available_languages, restart_note, save_language, saved_language

AGENCY_LABELS = {
    UserAgency.IOM: QT_TRANSLATE_NOOP("SettingsPage", "IOM"),
    UserAgency.UNDP: QT_TRANSLATE_NOOP("SettingsPage", "UNDP"),
    UserAgency.GOVERNMENT: QT_TRANSLATE_NOOP("SettingsPage", "Government"),
    UserAgency.OTHER: QT_TRANSLATE_NOOP("SettingsPage", "Other"),
}
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def login_name() -> str:
    """What changes are recorded as while no name is set (``desktop.session.current_actor``)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class _Column(QWidget):
    """The page's groups, never squeezed below the height they ask for at their width (wrapped
    notes overlapped the rows below them): the page scrolls instead."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 -- Qt's name
        hint = super().minimumSizeHint()
        layout = self.layout()
        wanted = layout.heightForWidth(self.width()) if layout is not None and layout.hasHeightForWidth() else -1
        return QSize(hint.width(), max(wanted, self.sizeHint().height()))


class SettingsPage(QWidget):
    """Edits the profile; asks the window to open another database file."""

    profile_saved = Signal(object)  # Profile
    open_database_requested = Signal(object)  # Path
    backed_up = Signal(object)  # Path of the copy made by File > Back Up Database…

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._saved = Profile()

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self._show_recorded_as("")
        self.agency_box = QComboBox()
        self.agency_box.setAccessibleName(self.tr("Agency"))
        self.agency_box.addItem(self.tr("(not set)"), "")
        for agency, label in AGENCY_LABELS.items():
            self.agency_box.addItem(self.tr(str(label)), agency.value)
        self.country = ChoiceEditor(country_options(), searchable=True)
        self.country.box.setAccessibleName(self.tr("Default country"))
        self.country.box.setItemText(0, self.tr("All countries (headquarters)"))
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.saved_label = QLabel()

        you = QFormLayout()
        you.addRow(self._buddy(self.tr("Your &name:"), self.name_edit), self.name_edit)
        you.addRow(self._buddy(self.tr("&Agency:"), self.agency_box), self.agency_box)
        you.addRow(self._buddy(self.tr("Default &country:"), self.country.box), self.country.box)
        note = QLabel(
            self.tr(
                "Your name is recorded with every change you make. The default country is the one the "
                "window shows when Mainstream starts."
            )
        )
        note.setWordWrap(True)
        you.addRow(note)
        you.addRow(self.problem_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.saved_label, 1)
        you.addRow(buttons)
        you_box = QGroupBox(self.tr("You"))
        you_box.setLayout(you)

        self.logo_edit = QLineEdit()
        self.logo_edit.setAccessibleName(self.tr("Logo on the report cover"))
        self.logo_edit.setPlaceholderText(self.tr("No logo"))
        self.logo_button = QPushButton(self.tr("C&hoose…"))
        self.logo_clear_button = QPushButton(self.tr("No lo&go"))
        self.logo_save_button = QPushButton(self.tr("Save settings"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear_button)
        report = QFormLayout()
        report.addRow(self._buddy(self.tr("Cove&r logo:"), self.logo_edit), logo_row)
        logo_note = QLabel(
            self.tr(
                "A PNG or JPEG image of at most 5 MB, drawn at the top of the PDF country overview's cover. "
                "The file is not copied: keep it where it is."
            )
        )
        logo_note.setWordWrap(True)
        report.addRow(logo_note)
        self.logo_problem_label = QLabel()
        self.logo_problem_label.setObjectName("problem")
        self.logo_problem_label.setStyleSheet("color: #b00020;")
        self.logo_problem_label.setWordWrap(True)
        self.logo_problem_label.hide()
        report.addRow(self.logo_problem_label)
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.logo_save_button)
        report_buttons.addStretch(1)
        report.addRow(report_buttons)
        report_box = QGroupBox(self.tr("Report"))
        report_box.setLayout(report)

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Interface language"))
        for code, name in available_languages():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(saved_language())))
        self.language_note = QLabel()
        interface = QFormLayout()
        interface.addRow(self._buddy(self.tr("Interface &language:"), self.language_box), self.language_box)
        interface.addRow(self.language_note)
        interface_box = QGroupBox(self.tr("Interface"))
        interface_box.setLayout(interface)

        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(SELECTABLE)
        self.path_label.setWordWrap(True)
        self.path_label.setAccessibleName(self.tr("Database file"))
        self.size_label = QLabel()
        self.show_folder_button = QPushButton(self.tr("Show in &folder"))
        self.open_button = QPushButton(self.tr("&Open another database…"))
        self.new_button = QPushButton(self.tr("New &empty database…"))
        database = QFormLayout()
        database.addRow(self.tr("File:"), self.path_label)
        database.addRow(self.tr("Size:"), self.size_label)
        database_buttons = QHBoxLayout()
        for button in (self.show_folder_button, self.open_button, self.new_button):
            database_buttons.addWidget(button)
        database_buttons.addStretch(1)
        database.addRow(database_buttons)
        database.addRow(
            QLabel(self.tr("Mainstream opens the database you last opened here, also from the command line."))
        )
        self.backups = BackupSettings()
        self.backups.add_to(database)
        database_box = QGroupBox(self.tr("Database"))
        database_box.setLayout(database)

        for box in (you_box, report_box, interface_box, database_box):
            box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 110)
        # The groups scroll: at the window's default size they are taller than the page.
        content = _Column()
        layout = QVBoxLayout(content)
        layout.addWidget(QLabel(self.tr("<h2>Settings</h2>")))
        layout.addWidget(you_box)
        layout.addWidget(report_box)
        layout.addWidget(interface_box)
        layout.addWidget(database_box)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.show_folder_button.clicked.connect(self.show_folder)
        self.open_button.clicked.connect(self.choose_database)
        self.new_button.clicked.connect(self.choose_new_database)
        self.name_edit.textEdited.connect(self._on_edited)
        self.agency_box.activated.connect(self._on_edited)
        self.country.changed.connect(self._on_edited)
        self.language_box.activated.connect(self.on_language_chosen)
        self.logo_edit.textEdited.connect(self._on_edited)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear_button.clicked.connect(self.clear_logo)
        self.logo_save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._update_buttons()

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def refresh(self) -> None:
        self._runner.read(lambda session, _p: get_profile(session), self.show_profile)
        path = self._runner.store.path
        self.path_label.setText(str(path))
        try:
            self.size_label.setText(QLocale().formattedDataSize(path.stat().st_size))
        except OSError:
            self.size_label.setText(self.tr("unknown"))

    def _show_recorded_as(self, user_name: str) -> None:
        self.name_edit.setPlaceholderText(
            self.tr("As colleagues should see it in the history")
            if user_name
            else self.tr("Not set: your changes are recorded as “{name}”").format(name=login_name())
        )

    def show_profile(self, profile: Profile) -> None:
        if not profile.user_name:  # a database never set up: signed as last set on this computer
            known = machine_profile()
            agency = profile.agency or known.get("agency", "")
            profile = Profile(known.get("user_name", ""), agency, profile.default_country, profile.report_logo)
        self._saved = profile
        self._show_recorded_as(profile.user_name)
        self.name_edit.setText(profile.user_name)
        self.agency_box.setCurrentIndex(max(0, self.agency_box.findData(profile.agency)))
        self.country.set_value(profile.default_country or None)
        self.logo_edit.setText(profile.report_logo)
        self.problem_label.hide()
        self.logo_problem_label.hide()
        self._update_buttons()

    def profile(self) -> Profile:
        return Profile(
            user_name=self.name_edit.text(),
            agency=self.agency_box.currentData() or "",
            default_country=self.country.value() or "",
            report_logo=self.logo_edit.text().strip(),
        )

    @property
    def dirty(self) -> bool:
        return self.profile() != self._saved

    def _on_edited(self, *_args: object) -> None:
        self.saved_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty)
        self.logo_save_button.setEnabled(self.dirty)
        self.logo_clear_button.setEnabled(bool(self.logo_edit.text()))
        self.revert_button.setEnabled(self.dirty)

    def save(self) -> None:
        if not self.dirty:
            return
        profile = self.profile()
        if profile.report_logo and profile.report_logo != self._saved.report_logo:
            from desktop.reports.logo import logo_problem  # (ReportLab is loaded only when it is needed)

            if logo_problem(Path(profile.report_logo)):
                self.logo_problem_label.setText(
                    self.tr("Not saved: the logo “{name}” is not a PNG or JPEG image of at most 5 MB.").format(
                        name=Path(profile.report_logo).name
                    )
                )
                self.logo_problem_label.show()  # beside the logo, where the user is looking
                return
        self.logo_problem_label.hide()
        self._runner.write(
            lambda session, _p: save_profile(session, profile),
            self._on_saved,
            self._on_refused,
            label=self.tr("Saving settings"),
        )

    def _on_saved(self, profile: Profile) -> None:
        remember_profile(profile.user_name, profile.agency)  # for the next database opened or made too
        self.show_profile(profile)
        self.saved_label.setText(self.tr("Saved."))
        self.profile_saved.emit(profile)

    def _on_refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            labels = {
                "user_name": self.tr("Your name"),
                "agency": self.tr("Agency"),
                "default_country": self.tr("Default country"),
                "report_logo": self.tr("Logo on the report cover"),
            }
            text = "\n".join(
                labelled(str(labels.get(problem.field or "", problem.field)), reason_text(problem.reason))
                for problem in error.problems
            )
        else:
            text = str(error)
        self.problem_label.setText(self.tr("Not saved: {reason}").format(reason=text))
        self.problem_label.show()

    def on_language_chosen(self, _index: int) -> None:
        """Kept at once (it is the interface's, not the database's); used from the next start."""
        save_language(self.language_box.currentData() or "")
        self.language_note.setText(restart_note())

    def revert(self) -> None:
        self.show_profile(self._saved)

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._runner.store.path.parent)))

    def _filter(self) -> str:
        return self.tr("Mainstream databases (*.db *.sqlite);;All files (*)")

    def choose_database(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a Mainstream database"), str(self._runner.store.path.parent), self._filter()
        )
        if name:
            self.open_database_requested.emit(Path(name))

    def choose_logo(self) -> None:
        current = self.logo_edit.text().strip()
        folder = str(Path(current).parent) if current else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo for the report cover"), folder, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo_edit.setText(name)
            self._on_edited()

    def clear_logo(self) -> None:
        self.logo_edit.clear()
        self._on_edited()

    def back_up(self) -> None:
        """File > Back Up Database…: a whole, consistent copy (SQLite's online backup, safe while the
        window works) to a file the user chooses, named with today's date."""
        store = self._runner.store
        suggested = store.path.with_name(f"{store.path.stem}-{dt.date.today().isoformat()}{store.path.suffix}")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(suggested), self._filter()
        )
        if not name:
            return
        target = Path(name)
        if target.resolve() == store.path.resolve():
            self.problem_label.setText(self.tr("A backup cannot replace the database itself: choose another file."))
            self.problem_label.show()
            return
        self._runner.read(
            lambda _session, _progress: store.backup(target),
            self.backed_up.emit,
            label=self.tr("Backing up the database"),
            parent_widget=self,
        )

    def choose_new_database(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new, empty database"),
            str(self._runner.store.path.parent / "new.db"),
            self._filter(),
        )
        if name:
            self.open_database_requested.emit(Path(name))
