"""Receiving changes: the import half of the Exchange page.

Opening a file checks it whole (container, signature, sender, every change)
and then works out what it would do, without changing anything; the user sees
the sender by name and key fingerprint and the effect per kind of record, and
only then imports it. A sender never seen before must be confirmed after
comparing fingerprints. One file at a time: while a file is checked or
imported, opening another waits. An import that changed anything clears the
undo history: undoing an earlier edit could overwrite what the file brought.
"""

from __future__ import annotations

import html
import zipfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from db.errors import StoreError
from db.services.authority import Authority
from db.services.changes import noted
from db.services.merge_report import MergeReport
from desktop.exchange.files import (
    ExchangeError,
    Incoming,
    NewKeyError,
    Sender,
    backup_of,
    import_file,
    open_file,
    preview,
)
from desktop.exchange.package import ENVELOPE
from desktop.exchange.plain import plain_line
from desktop.ui.exchange_common import (
    MessageLine,
    exchange_folder,
    local_moment,
    number,
    remember_folder,
    stage_reporter,
)
from desktop.ui.exchange_notices import notice_lines
from desktop.ui.labels import kind_label
from desktop.ui.partner_trust import authority_text
from desktop.ui.problems import error_text, problem_line
from desktop.ui.tasks import Cancelled, Progress, TaskRunner, describe_error
from desktop.ui.undo import UndoHistory


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an encrypted exchange file (so its passphrase is what is missing)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return ENVELOPE in archive.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def refusal(error: BaseException) -> bool:
    """An exchange refusal (the file, its sender, what it would do) or a file that cannot be read:
    already one line for people, about the file."""
    return isinstance(error, (ExchangeError, OSError))


class ReceivePanel(QGroupBox):
    """Import: open, check, preview, confirm the sender, apply."""

    imported = Signal(object)  # MergeReport

    def __init__(self, runner: TaskRunner, history: UndoHistory) -> None:
        super().__init__(self.tr("Receive changes"))
        self._runner = runner
        self._history = history
        self.incoming: Incoming | None = None
        self._path: Path | None = None
        self.busy = False
        self.open_button = QPushButton(self.tr("&Open an exchange file…"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the file"))
        self.passphrase.setPlaceholderText(self.tr("only for an encrypted file"))
        passphrase_label = QLabel(self.tr("P&assphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        self.sender_label = QLabel()
        self.sender_label.setWordWrap(True)
        self.sender_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_table = QTableWidget(0, 6)
        self.preview_table.setAccessibleName(self.tr("What the file would do"))
        self.preview_table.setHorizontalHeaderLabels(
            [
                self.tr("Records"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Deleted"),
                self.tr("Restored"),
                self.tr("In conflict"),
            ]
        )
        self.preview_table.verticalHeader().hide()
        self.preview_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.preview_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            self.preview_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.preview_table.hide()
        # What deserves a look before importing (a large delete, moves, conflicts settled): plain text.
        self.notices = QLabel()
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("color: #8a5300;")
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices.hide()
        self.message = MessageLine()
        self.import_button = QPushButton(self.tr("&Import"))
        self.close_button = QPushButton(self.tr("C&lose the file"))

        # The passphrase on a line of its own: beside the button it left the Send box, next to this
        # one, too little room for its own texts in French and Spanish at 1100 pixels.
        top = QVBoxLayout()
        opening = QHBoxLayout()
        opening.addWidget(self.open_button)
        opening.addStretch(1)
        secret = QHBoxLayout()
        secret.addWidget(passphrase_label)
        secret.addWidget(self.passphrase, 1)
        top.addLayout(opening)
        top.addLayout(secret)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sender_label)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.notices)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(0)
        self.open_button.clicked.connect(self.choose_file)
        self.passphrase.returnPressed.connect(self._open_again)
        self.import_button.clicked.connect(self.import_now)
        self.close_button.clicked.connect(self.forget)
        self._update_buttons()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(not self.busy)
        self.passphrase.setEnabled(not self.busy)
        self.import_button.setEnabled(not self.busy and self.incoming is not None)
        self.close_button.setEnabled(not self.busy and bool(self.sender_label.text()))

    # Opening -------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an exchange file"),
            exchange_folder(),
            self.tr("Mainstream exchange files (*.mxf);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def _open_again(self) -> None:
        """Enter in the passphrase field: try the file just refused again."""
        if self._path is not None and self.incoming is None:
            self.open_path(self._path)

    def open_path(self, path: Path, *, new_key: bool = False) -> bool:
        """Check the file whole and preview it, in the background; nothing is changed.
        False (and nothing done) while another file is being checked or imported. ``new_key``:
        the user accepted the new key of a known partner (``confirm_new_key``)."""
        if self.busy:
            return False
        if path.is_dir():
            self.message.say(
                self.tr("{name} is a folder: open the exchange file inside it.").format(name=path.name), error=True
            )
            return False
        self.forget()
        self._path = path
        passphrase = self.passphrase.text().encode() or None
        store = self._runner.store
        self._set_busy(True)
        self.message.say(self.tr("Checking {name}…").format(name=path.name))

        def work(_session: object, progress: Progress) -> Incoming:
            report = stage_reporter(progress)
            incoming = open_file(store, path, passphrase, new_key=new_key, progress=report)
            preview(store, incoming, progress=report)
            return incoming

        self._runner.write(
            work, self._on_opened, self._on_open_failed, label=self.tr("Checking the exchange file"), parent_widget=self
        )
        return True

    def _on_opened(self, incoming: Incoming) -> None:
        self.incoming = incoming
        self.passphrase.clear()  # the file is open; the passphrase is not kept for the next one
        remember_folder(incoming.path)
        self.sender_label.setText("<br>".join(self._describe_sender(incoming)))
        self._show_report(incoming.report)
        self._set_busy(False)
        self.import_button.setFocus()
        if incoming.report.nothing_to_do:
            self.message.say(self._nothing_to_do(incoming.report))
        else:
            self.message.say(self.tr("Nothing has changed yet. Import to apply the file as shown above."))

    def _nothing_to_do(self, report: MergeReport) -> str:
        if not report.received:
            return self.tr("Nothing to do: this file holds no changes.")
        return self.tr("Nothing to do: all {count} changes in this file are here already.").format(
            count=number(report.received)
        )

    def _on_open_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.message.say(self.tr("Stopped: nothing was changed."))
            return
        if not refusal(error):  # the database (a full disk, a lock), or a bug: in the user's words
            self.message.say(describe_error(error), error=True)
            return
        text = error_text(error)
        if self._path is not None and is_encrypted(self._path):
            text = self.tr("{reason} Type the passphrase the sender gave you and press Enter.").format(reason=text)
            self.passphrase.setFocus()
            self.passphrase.selectAll()
        self.message.say(self.tr("Refused: {reason}").format(reason=text), error=True)
        path = self._path
        if isinstance(error, NewKeyError) and path is not None and self.confirm_new_key(error.name, error.fingerprint):
            self.open_path(path, new_key=True)

    def confirm_new_key(self, name: str, fingerprint: str) -> bool:
        """The user's word that a known partner made a new key and read out its fingerprint."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Another key"),
            self.tr(
                "This file claims to come from {name}, but it is signed with another key than their "
                "earlier files:\n\n{fingerprint}\n\n"
                "If {name} lost their key and made a new one, ask them to read you the fingerprint now shown "
                "on their Exchange page. Accept the new key only if it is this one: otherwise the file is "
                "someone else's."
            ).format(name=plain_line(name), fingerprint=fingerprint),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        accept = box.addButton(self.tr("They match: accept the new key"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def _describe_sender(self, incoming: Incoming) -> list[str]:
        """Lines of rich text: the file and its sender, the key, and (the first time) what to check."""
        sender = incoming.sender
        manifest = incoming.manifest
        countries = manifest.get("countries")
        values = {
            "file": html.escape(incoming.path.name),
            "name": html.escape(plain_line(sender.name)),
            "when": html.escape(local_moment(manifest.get("created_at"))),
            "covers": html.escape(", ".join(str(c) for c in countries) if countries else self.tr("every country")),
        }
        if incoming.encrypted:
            first = self.tr("<b>{file}</b> from <b>{name}</b>, written {when} ({covers}; encrypted).")
        else:
            first = self.tr("<b>{file}</b> from <b>{name}</b>, written {when} ({covers}).")
        lines = [
            first.format(**values),
            self.tr("Key fingerprint: <tt>{fingerprint}</tt>").format(fingerprint=html.escape(sender.fingerprint)),
        ]
        if not sender.known:
            lines.append(
                self.tr(
                    "<span style='color:#8a5300'><b>First file from this sender.</b> Before importing, ask "
                    "{name} to read you the fingerprint shown on their Exchange page, and compare.</span>"
                ).format(name=html.escape(plain_line(sender.name)))
            )
        if sender.continues is not None:
            lines.append(
                self.tr(
                    "The installation of {name} under a new id (restored from a backup, or copied), signed with "
                    "the key you trusted."
                ).format(name=html.escape(plain_line(sender.continues)))
            )
        if sender.new_key:
            lines.append(
                self.tr(
                    "<span style='color:#8a5300'><b>A new key for {name}.</b> Importing keeps it in place of "
                    "the old one: their later files must be signed with it.</span>"
                ).format(name=html.escape(plain_line(sender.name)))
            )
        elif sender.authority is not None:
            lines.append(
                self.tr("Trusted here for: {countries}").format(countries=html.escape(authority_text(sender.authority)))
            )
        return lines

    def _show_report(self, report: MergeReport) -> None:
        kinds = report.kinds()
        self.preview_table.setRowCount(len(kinds))
        for row, kind in enumerate(kinds):
            cells = [
                kind_label(kind),
                *(
                    number(counter[kind]) if counter[kind] else ""
                    for counter in (report.created, report.changed, report.deleted, report.restored, report.conflicts)
                ),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview_table.setItem(row, column, item)
        self.preview_table.setVisible(bool(kinds))
        lines = notice_lines(report)
        self.notices.setText("\n".join(lines))
        self.notices.setVisible(bool(lines))

    # Importing -----------------------------------------------------------------------------------

    def confirm_new_sender(self, sender: Sender, countries: Sequence[str]) -> Authority | None:
        """The user's word that the fingerprint matches the one the sender reads out, and whose
        records the sender may change: the countries its file covers, or every country (as for
        headquarters). None: not accepted."""
        covered = ", ".join(countries) or self.tr("none")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A new sender"),
            self.tr(
                "This is the first file from {name}. Its key fingerprint is:\n\n{fingerprint}\n\n"
                "Accept it only if {name} reads you the same fingerprint from their Exchange page. "
                "Later files from them are then recognised, and a file claiming to be theirs but signed "
                "with another key is refused."
            ).format(name=plain_line(sender.name), fingerprint=sender.fingerprint),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "Their files may then change the records of the countries this file covers ({countries}), "
                "and shared records. Trust them for every country only if they are headquarters."
            ).format(countries=covered)
        )
        for_these = box.addButton(
            self.tr("They match: trust for {countries}").format(countries=covered), QMessageBox.ButtonRole.AcceptRole
        )
        for_all = box.addButton(self.tr("They match: trust for every country"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is for_these:
            return Authority.of(countries)
        if box.clickedButton() is for_all:
            return Authority.every_country()
        return None

    def import_now(self) -> None:
        incoming = self.incoming
        if incoming is None or self.busy:
            return
        trust = incoming.sender.authority or self.confirm_new_sender(incoming.sender, incoming.countries)
        if trust is None:
            self.message.say(self.tr("Not imported: the sender was not accepted."))
            return
        store = self._runner.store
        self._set_busy(True)
        self.message.say(self.tr("Importing…"))

        def work(session: Session, progress: Progress) -> MergeReport:
            report = import_file(store, incoming, trust=trust, progress=stage_reporter(progress))
            # Written in a unit of work of its own: what it changed is told to the pages as this one's.
            noted(session).update(incoming.changes)
            return report

        why = self.tr("Nothing to undo (history cleared by the import of {file})").format(file=incoming.path.name)
        self._history.run_clearing(
            work,
            self._on_imported,
            self._on_import_failed,
            why=lambda report: "" if report.nothing_to_do else why,
            label=self.tr("Importing the exchange file"),
            parent_widget=self,
        )

    def _on_imported(self, report: MergeReport) -> None:
        incoming = self.incoming
        self.incoming = None  # applied: it cannot be imported twice, and its sender is known now
        if incoming is not None:
            self.sender_label.setText(self._describe_sender(incoming)[0])
        self._show_report(report)
        self._set_busy(False)
        if report.nothing_to_do:
            text = self._nothing_to_do(report)
        else:
            text = self.tr("Imported. The database as it was just before is kept in {backup}.").format(
                backup=backup_of(self._runner.store.path)
            )
        conflicts = sum(report.conflicts.values())
        if conflicts:
            text += " " + self.tr("%Ln field(s) were edited on both sides: see the Conflicts tab.", "", conflicts)
        if report.kept:
            text += "\n" + "\n".join(report.kept)
        if report.to_fix:
            text += "\n" + self.tr(
                "%Ln record(s) now break a rule because edits made apart met; open them to put them right:",
                "",
                len(report.to_fix),
            )
            text += "\n" + "\n".join(problem_line(problem) for problem in report.to_fix[:10])
        self.message.say(text)
        self.imported.emit(report)

    def _on_import_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.message.say(self.tr("Import cancelled: nothing was changed."))
        elif isinstance(error, StoreError) and (words := describe_error(error)) != str(error):
            # The store's own words in the user's language (a full disk...), which say nothing was changed.
            self.message.say(self.tr("Not imported: {reason}").format(reason=words), error=True)
        else:
            reason = error_text(error) if refusal(error) else describe_error(error)
            self.message.say(self.tr("Not imported, nothing was changed: {reason}").format(reason=reason), error=True)

    def forget(self) -> None:
        """Close the file shown (nothing of it was applied unless imported)."""
        if self.busy:
            return
        self.incoming = None
        self.sender_label.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.hide()
        self.notices.clear()
        self.notices.hide()
        self.message.say("")
        self._update_buttons()
