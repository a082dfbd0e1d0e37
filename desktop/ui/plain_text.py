"""Names from records and senders shown as themselves, never read as markup.

Qt guesses. A label, a tooltip or a message box whose text looks like HTML
(``Qt.mightBeRichText``) is drawn as rich text: a record named
``<img src=/etc/passwd>`` loads a local file, ``<b>`` turns bold, ``&amp;``
shows as "&". A button's or a menu entry's "&" marks its shortcut letter, so
"Health & safety" loses its ampersand. Whatever a user typed or a file brought
goes through one of these before a widget shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def literal(text: str) -> str:
    """``text`` for a widget that guesses (a tooltip, a message box): unchanged when Qt would show it
    as it is, else turned into the markup that shows exactly these characters."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpacePre)


def tip(text: str | None) -> str | None:
    """A tooltip shown as written (an item model's ToolTipRole, ``setToolTip``)."""
    return literal(text) if text else text


def no_mnemonic(text: str) -> str:
    """Text for a button, a check box or a menu entry: every "&" shown, none taken as a shortcut mark."""
    return text.replace("&", "&&")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as written, whatever characters it holds."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def heading_label(scale: float = 1.2, parent: QWidget | None = None) -> QLabel:
    """A plain-text label drawn as a heading (bold, larger), for a heading that shows a record's name."""
    label = plain_label(parent=parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


__all__ = ["heading_label", "literal", "no_mnemonic", "plain_label", "tip"]
