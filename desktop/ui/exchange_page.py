"""The Exchange page: keeping in step with other installations by files.

This installation's key fingerprint (read it to a partner receiving a first
file), sending and receiving panels, and the partners files came from. A file
can also be dropped on the page.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.services.authority import Authority
from db.services.partners import PartnerInfo, distrust, partners, set_authority
from desktop.exchange.files import identity
from desktop.exchange.plain import plain_line
from desktop.session import current_actor
from desktop.ui.exchange_receive import ReceivePanel
from desktop.ui.exchange_send import SendPanel
from desktop.ui.history_models import local_time
from desktop.ui.partner_trust import TrustDialog, authority_text
from desktop.ui.tasks import Progress, TaskRunner
from desktop.ui.undo import UndoHistory


@dataclass(frozen=True)
class ExchangeState:
    fingerprint: str
    partners: list[PartnerInfo]
    user: str  # who is at the keyboard, as the changes sent are signed


class ExchangePage(QWidget):
    def __init__(self, runner: TaskRunner, history: UndoHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._loaded = False
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send = SendPanel(runner)
        self.receive = ReceivePanel(runner, history)
        self._partners: list[PartnerInfo] = []
        self.partners_table = QTableWidget(0, 5)
        self.partners_table.setAccessibleName(self.tr("Partners"))
        self.partners_table.setHorizontalHeaderLabels(
            [
                self.tr("Partner"),
                self.tr("Key fingerprint"),
                self.tr("Trusted for"),
                self.tr("Last file received"),
                self.tr("Last file sent"),
            ]
        )
        self.partners_table.verticalHeader().hide()
        self.partners_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.partners_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.partners_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.partners_table.itemSelectionChanged.connect(self._selection_changed)
        self.trust_button = QPushButton(self.tr("Tr&ust for…"))
        self.trust_button.setToolTip(self.tr("Say whose records the selected partner's files may change"))
        self.trust_button.clicked.connect(self.change_trust)
        self.distrust_button = QPushButton(self.tr("&Stop trusting…"))
        self.distrust_button.setToolTip(self.tr("Refuse the selected partner's files from now on"))
        self.distrust_button.clicked.connect(self.stop_trusting)
        self.partners_table.setTabKeyNavigation(False)
        self.partners_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.partners_table.horizontalHeader().setStretchLastSection(True)
        self.partners_empty = QLabel(
            self.tr("No partners yet: the installations you import files from are listed here, with their key.")
        )
        self.partners_empty.setWordWrap(True)
        partners_title = QLabel(self.tr("<b>Partners</b>"))

        panels = QHBoxLayout()
        panels.addWidget(self.send, 1)  # as wide as the receiving side: its choices are long in Spanish
        panels.addWidget(self.receive, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.identity_label)
        layout.addLayout(panels, 3)
        partners_bar = QHBoxLayout()
        partners_bar.addWidget(partners_title)
        partners_bar.addStretch(1)
        partners_bar.addWidget(self.trust_button)
        partners_bar.addWidget(self.distrust_button)
        layout.addLayout(partners_bar)
        layout.addWidget(self.partners_empty)
        layout.addWidget(self.partners_table, 1)
        self.setAcceptDrops(True)
        self.receive.imported.connect(lambda _report: self.refresh())  # a new partner, or a later file
        self.send.exported.connect(lambda _result: self.refresh())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """This installation's fingerprint (its key is made here on first use), the partners,
        and the name the user's changes are recorded under now."""
        self._loaded = True
        store = self._runner.store

        def work(session: Session, _progress: Progress) -> ExchangeState:
            return ExchangeState(identity(store).fingerprint, partners(session), current_actor(store).user)

        self._runner.write(work, self._on_loaded)

    def user_changed(self) -> None:
        """The user's name was changed in Settings: it is what this page says they are."""
        if self.isVisible():
            self.refresh()
        else:
            self._loaded = False  # read again when shown

    def _on_loaded(self, state: ExchangeState) -> None:
        self.identity_label.setText(
            self.tr(
                "You are <b>{name}</b> on this installation. Its key fingerprint is <tt><b>{fingerprint}</b></tt>: "
                "read it to partners when they import your first file."
            ).format(name=html.escape(state.user), fingerprint=html.escape(state.fingerprint))
        )
        self.send.set_user(state.user)
        self.send.set_partners(state.partners)
        self._show_partners(state.partners)

    def _show_partners(self, known: Sequence[PartnerInfo]) -> None:
        self._partners = list(known)
        self.partners_table.setRowCount(len(known))
        for row, info in enumerate(known):
            trusted = (
                self.tr("nobody: stopped on {day}").format(day=local_time(info.distrusted_at))
                if info.distrusted_at
                else authority_text(info.authority)
            )
            cells: list[Any] = [
                plain_line(info.name),
                info.fingerprint,
                trusted,
                local_time(info.last_import_at) if info.last_import_at else "—",
                local_time(info.last_export_at) if info.last_export_at else "—",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(self.tr("Installation {device}").format(device=info.device))
                self.partners_table.setItem(row, column, item)
        self.partners_table.setVisible(bool(known))
        self.partners_empty.setVisible(not known)
        self._selection_changed()

    def selected_partner(self) -> PartnerInfo | None:
        rows = {index.row() for index in self.partners_table.selectedIndexes()}
        return self._partners[rows.pop()] if len(rows) == 1 and max(rows) < len(self._partners) else None

    def _selection_changed(self) -> None:
        info = self.selected_partner()
        self.trust_button.setEnabled(info is not None)
        self.distrust_button.setEnabled(info is not None and info.distrusted_at is None)

    def ask_trust(self, info: PartnerInfo) -> Authority | None:
        """The authority the user gives ``info`` (None: cancelled); tests answer it themselves."""
        dialog = TrustDialog(info, self)
        return dialog.authority() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_distrust(self, info: PartnerInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Stop trusting"),
            self.tr(
                "Refuse every file from {name} from now on? What they sent before stays. "
                "You can trust them again later."
            ).format(name=plain_line(info.name)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def change_trust(self) -> None:
        info = self.selected_partner()
        authority = None if info is None else self.ask_trust(info)
        if info is None or authority is None:
            return
        self._runner.write(lambda session, _progress: set_authority(session, info.device, authority), self._changed)

    def stop_trusting(self) -> None:
        info = self.selected_partner()
        if info is None or not self.ask_distrust(info):
            return
        self._runner.write(lambda session, _progress: distrust(session, info.device), self._changed)

    def _changed(self, _done: bool) -> None:
        self.refresh()

    def set_countries(self, codes: Sequence[str]) -> None:
        self.send.set_countries(codes)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        """The one local file being dragged, if that is what it is (not a folder, not a link)."""
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.is_file() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_file(event) is not None and not self.receive.busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path is not None and self.receive.open_path(path):
            event.acceptProposedAction()
