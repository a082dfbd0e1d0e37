"""Sending changes: the export half of the Exchange page.

The user picks who the file is for (everyone, or a partner: then only what that
partner may lack), which countries, and an optional passphrase; the file is
written in the background by ``desktop.exchange.files.export_file``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from db.services.partners import PartnerInfo
from desktop.exchange.files import ExchangeError, ExportResult, export_file
from desktop.session import current_actor
from desktop.ui.countries import country_name
from desktop.ui.exchange_common import SUFFIX, MessageLine, exchange_folder, remember_folder, stage_reporter
from desktop.ui.problems import error_text
from desktop.ui.tasks import Cancelled, Progress, TaskRunner

EVERYONE = ""


def suggested_name(person: str, countries: Sequence[str] | None, today: dt.date, *, private: bool = False) -> str:
    """ "amal-haddad-PER-2026-11-23.mxf": who, what and when, safe on every file system. A ``private``
    (encrypted) file's name says none of it ("mainstream-2026-11-23.mxf"): a name is read by whoever
    sees the stick or the e-mail, passphrase or not."""
    if private:
        return f"mainstream-{today.isoformat()}.{SUFFIX}"
    who = re.sub(r"[^\w]+", "-", person.casefold()).strip("-_")[:40] or "mainstream"
    what = "-".join(countries) if countries and len(countries) <= 3 else ""
    return "-".join(part for part in (who, what, today.isoformat()) if part) + "." + SUFFIX


class SendPanel(QGroupBox):
    """Export: for whom, which countries, encrypted or not, and where."""

    exported = Signal(object)  # ExportResult

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(self.tr("Send changes"))
        self._runner = runner
        self._user = ""  # for the file's suggested name; the file itself says who sends it when written
        self.partner_box = QComboBox()
        self.partner_box.setAccessibleName(self.tr("For"))
        self.partner_box.addItem(self.tr("Anyone: every change"), EVERYONE)
        self.countries = QListWidget()
        self.countries.setAccessibleName(self.tr("Countries"))
        self.countries.setMaximumHeight(120)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("optional: encrypts the file"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("Passphrase again"))
        self.export_button = QPushButton(self.tr("E&xport to a file…"))
        self.message = MessageLine()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in (
            (self.tr("For &whom:"), self.partner_box),
            (self.tr("Coun&tries:"), self.countries),
            (self.tr("&Passphrase:"), self.passphrase),
            (self.tr("&Repeat it:"), self.passphrase_again),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        hint = QLabel(
            self.tr(
                "No country ticked sends every country. A file for a partner leaves out what their latest "
                "file showed they hold. Tell the passphrase to the recipient another way (by phone), never in "
                "the same e-mail."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.choose_file)

    def set_user(self, name: str) -> None:
        self._user = name

    def set_partners(self, partners: Sequence[PartnerInfo]) -> None:
        current = self.partner_box.currentData()
        self.partner_box.clear()
        self.partner_box.addItem(self.tr("Anyone: every change"), EVERYONE)
        for info in partners:
            self.partner_box.addItem(self.tr("{name}: only what they may lack").format(name=info.name), info.device)
        self.partner_box.setCurrentIndex(max(0, self.partner_box.findData(current)))

    def set_countries(self, codes: Sequence[str]) -> None:
        ticked = set(self.chosen_countries() or [])
        self.countries.clear()
        for code in codes:
            item = QListWidgetItem(country_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.countries.addItem(item)

    def tick_country(self, code: str) -> None:
        for row in range(self.countries.count()):
            item = self.countries.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen_countries(self) -> list[str] | None:
        """The ticked countries, or None for every country."""
        ticked = [
            str(self.countries.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.countries.count())
            if self.countries.item(row).checkState() == Qt.CheckState.Checked
        ]
        return ticked or None

    def chosen_passphrase(self) -> bytes | None:
        """The passphrase typed (twice, the same), None for none; raises ValueError otherwise."""
        first, again = self.passphrase.text(), self.passphrase_again.text()
        if first != again:
            raise ValueError(self.tr("The two passphrases differ: type the same one twice."))
        return first.encode() if first else None

    def choose_file(self) -> None:
        try:
            private = self.chosen_passphrase() is not None
        except ValueError as exc:
            self.message.say(str(exc), error=True)
            self.passphrase_again.setFocus()
            return
        name = suggested_name(self._user, self.chosen_countries(), dt.date.today(), private=private)
        dialog = QFileDialog(
            self,
            self.tr("Save the exchange file"),
            str(Path(exchange_folder()) / name),
            self.tr("Mainstream exchange files (*.mxf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(SUFFIX)  # added before the dialog asks about replacing a file
        if dialog.exec() and dialog.selectedFiles():
            self.export_to(Path(dialog.selectedFiles()[0]))

    def export_to(self, path: Path) -> None:
        """Write the file in the background; the panel says how it went."""
        try:
            passphrase = self.chosen_passphrase()
        except ValueError as exc:
            self.message.say(str(exc), error=True)
            return
        countries = self.chosen_countries()
        partner = self.partner_box.currentData() or None
        store = self._runner.store
        self.export_button.setEnabled(False)
        self.message.say(self.tr("Exporting…"))

        def work(_session: object, progress: Progress) -> ExportResult:
            return export_file(
                store,
                current_actor(store),
                path,
                countries=countries,
                for_partner=partner,
                passphrase=passphrase,
                progress=stage_reporter(progress),
            )

        self._runner.write(
            work, self._on_exported, self._on_failed, label=self.tr("Exporting changes"), parent_widget=self
        )

    def _on_exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        remember_folder(result.path)
        self.passphrase.clear()
        self.passphrase_again.clear()
        text = self.tr("Saved {path}: %Ln change(s)", "", result.operations).format(path=result.path)
        if result.files:
            text += self.tr(", with %Ln attached file(s)", "", result.files)
        text += "."
        if result.operations == 0:
            text += " " + self.tr("It holds nothing new for them.")
        self.message.say(text)
        self.exported.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self.message.say(self.tr("Export cancelled: no file was written."))
        elif isinstance(error, (ExchangeError, OSError, ValueError)):
            self.message.say(self.tr("Could not export: {reason}").format(reason=error_text(error)), error=True)
        else:
            self.message.say(
                self.tr("Could not export ({kind}: {reason})").format(kind=type(error).__name__, reason=error),
                error=True,
            )
