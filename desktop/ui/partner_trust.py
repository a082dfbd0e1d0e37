"""Whose records a partner's files may change: shown, changed, or trust withdrawn.

A partner is trusted for some countries or for every one (headquarters); the
user narrows or widens that here, or stops trusting it (its files are then
refused; what it sent before stays).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.services.authority import Authority
from db.services.kinds import check_country
from db.services.partners import PartnerInfo
from desktop.exchange.plain import plain_line


def authority_text(authority: Authority) -> str:
    """ "every country", or the countries' codes, in the interface language."""
    if authority.countries is None:
        return QCoreApplication.translate("PartnerTrust", "every country")
    if not authority.countries:
        return QCoreApplication.translate("PartnerTrust", "shared records only")
    return ", ".join(sorted(authority.countries))


def parse_countries(text: str) -> list[str] | None:
    """Codes separated by commas or spaces, checked; None if one is not a country code."""
    codes = []
    for part in text.replace(",", " ").split():
        try:
            code = check_country(part.upper())
        except ValueError:
            return None
        if code is None:
            return None
        codes.append(code)
    return sorted(set(codes))


class TrustDialog(QDialog):
    """Every country, or only those typed; OK only when the codes are right."""

    def __init__(self, info: PartnerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust {name}").format(name=plain_line(info.name)))
        intro = QLabel(
            self.tr("Whose records may the files from {name} change? Shared records are anyone's.").format(
                name=plain_line(info.name)
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.every = QRadioButton(self.tr("&Every country (headquarters)"))
        self.some = QRadioButton(self.tr("&Only these countries:"))
        self.codes = QLineEdit()
        self.codes.setPlaceholderText(self.tr("country codes, e.g. PER, ECU"))
        self.codes.setAccessibleName(self.tr("Countries"))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.every, self.some, self.codes, self.problem, self.buttons):
            layout.addWidget(widget)
        if info.authority.countries is None:
            self.every.setChecked(True)
        else:
            self.some.setChecked(True)
            self.codes.setText(", ".join(sorted(info.authority.countries)))
        for signal in (self.every.toggled, self.codes.textChanged):
            signal.connect(self._check)
        self.codes.textEdited.connect(lambda _text: self.some.setChecked(True))
        self._check()

    def authority(self) -> Authority | None:
        if self.every.isChecked():
            return Authority.every_country()
        codes = parse_countries(self.codes.text())
        return None if codes is None else Authority.of(codes)

    def _check(self) -> None:
        fine = self.authority() is not None
        self.problem.setText("" if fine else self.tr("Not a list of country codes (PER, ECU, ...)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(fine)
