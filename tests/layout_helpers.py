"""What a layout check looks at: every label, button and drop-down a user can see,
and whether it got the room its text needs (importable: tests/ is on the path)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)


def clipped(top: QWidget) -> list[str]:
    """The visible labels, buttons and drop-downs under ``top`` narrower than their text needs
    (``minimumSizeHint``: the least they can show their text, or for a combo its arrow, in), and
    the forms too wide for their room (a scroll area scrolling sideways hides the fields' ends)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or not widget.isVisible():
            continue
        if isinstance(widget, QScrollArea):
            if widget.horizontalScrollBar().isVisible():
                inner = widget.widget()
                found.append(f"{type(inner).__name__} scrolls sideways: {inner.width()} > {widget.viewport().width()}")
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            need = widget.minimumSizeHint() if widget.wordWrap() else widget.sizeHint()
        elif isinstance(widget, (QAbstractButton, QComboBox)):
            if isinstance(widget, QAbstractButton) and not widget.text():
                continue  # an icon button (a tab bar's scroll arrow, a line edit's action)
            need = widget.minimumSizeHint()
        elif isinstance(widget, QLineEdit):
            need = widget.minimumSizeHint()
        else:
            continue
        if widget.width() + 1 < need.width():
            text = widget.text() if hasattr(widget, "text") else widget.currentText()
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {need.width()}")
    return found


def tab_pages(widget: QWidget) -> list[tuple[QTabWidget, int]]:
    """Every tab of every tab widget under ``widget`` (a layout check shows each in turn)."""
    return [(tabs, index) for tabs in widget.findChildren(QTabWidget) for index in range(tabs.count())]
