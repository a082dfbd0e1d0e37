"""An owned record's editor in a window of its own, and the records it owns in that same window.

A committee's page opens a meeting here; the meeting's decision then opens in
this window too, in the meeting's place, under a breadcrumb naming the
meeting, with Back (Alt+Left, Alt+B or Esc) to return to it. So at most two
windows are ever stacked, the main window and this one, however deep records
nest (work plan > result > indicator, committee > meeting > decision).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.plain_text import literal, plain_label

#: Between the records of a breadcrumb: "Meeting: 2025-03-12 › Decision: …".
SEPARATOR = " › "


class ChildDialog(QDialog):
    """Editors stacked in one window, the deepest shown; closing asks about unsaved changes."""

    def __init__(self, editor: Any, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.editors: list[Any] = []
        self.returns: list[QWidget | None] = []  # per record opened, where the keyboard was
        self.titles: list[str] = []
        self.setWindowTitle(title)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAutoDefault(False)
        self.breadcrumb = plain_label()  # records' names: plain text, never markup
        self.breadcrumb.setWordWrap(True)
        self.breadcrumb.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        trail = QHBoxLayout()
        trail.setContentsMargins(0, 0, 0, 0)
        trail.addWidget(self.back_button)
        trail.addWidget(self.breadcrumb, 1)
        self.trail = QWidget()
        self.trail.setLayout(trail)
        self.pages = QStackedWidget()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.trail)
        layout.addWidget(self.pages, 1)
        layout.addWidget(close)
        self.resize(780, 660)
        self.back_button.clicked.connect(self.back)
        QShortcut(QKeySequence("Alt+Left"), self, self.back)
        # The main window is blocked while this dialog is open, and so are its Undo and Redo.
        stack = editor.undo_stack  # an UndoHistory: its undo and redo replay first
        QShortcut(QKeySequence.StandardKey.Undo, self, stack.undo)
        redo_keys = dict.fromkeys(
            ["Ctrl+Shift+Z", *(keys.toString() for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))]
        )
        for keys in redo_keys:
            QShortcut(QKeySequence(keys), self, stack.redo)
        self.push(editor, title)

    @property
    def editor(self) -> Any:
        """The editor shown: the deepest record opened."""
        return self.editors[-1]

    @property
    def levels(self) -> int:
        return len(self.editors)

    def push(self, editor: Any, title: str) -> None:
        """Show a record owned by the one shown, in its place; Back returns to it, to where the
        keyboard was (the row of the list the record was opened from)."""
        self.returns.append(QApplication.focusWidget())
        self.editors.append(editor)
        self.titles.append(title)
        self.pages.addWidget(editor)
        self.pages.setCurrentWidget(editor)
        self._show_trail()
        fields = getattr(getattr(editor, "form", None), "editors", {})
        first = next(iter(fields.values()), None)
        (first.widget if first is not None else editor).setFocus()

    def back(self) -> bool:
        """Return to the record the one shown belongs to (asking about unsaved changes first);
        with nothing to return to, close."""
        if self.levels <= 1:
            self.close_all()
            return False
        if not self.editor.confirm_leaving():
            return False
        self._drop_top()
        return True

    def leave(self, editor: Any) -> None:
        """``editor``'s record is gone (sent to the trash): return to its owner, or close."""
        if editor is not self.editor:
            return
        if self.levels <= 1:
            self.accept()
        else:
            self._drop_top()

    def _drop_top(self) -> None:
        editor = self.editors.pop()
        self.titles.pop()
        back_to = self.returns.pop()
        self.pages.removeWidget(editor)
        editor.deleteLater()
        self._show_trail()
        if back_to is not None and shiboken6.isValid(back_to) and self.editor.isAncestorOf(back_to):
            back_to.setFocus()
        else:
            self.editor.setFocus()

    def _show_trail(self) -> None:
        deep = self.levels > 1
        self.trail.setVisible(deep)
        if deep:
            owners = [editor.title.text() for editor in self.editors[:-1]]
            self.breadcrumb.setText(SEPARATOR.join(owners))
            self.back_button.setToolTip(literal(self.tr("Back to {record} (Alt+Left)").format(record=owners[-1])))
        self.setWindowTitle(self.titles[-1])

    def reject(self) -> None:
        """Esc goes back one record; in the first, it closes."""
        if self.levels > 1:
            self.back()
        elif self.editor.confirm_leaving():
            super().reject()

    def close_all(self) -> None:
        """Close: every record opened here is left, the deepest first, each asking about unsaved changes."""
        while self.levels > 1:
            if not self.back():
                return
        if self.editor.confirm_leaving():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """The window's own close button leaves every record opened here, not just the deepest."""
        self.close_all()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()
