"""Keyboard and accessibility: Tab follows every editor's form from top to
bottom and never gets stuck; every input has a name a screen reader can say."""

import pytest
from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from desktop.ui.main_window import MainWindow

KINDS = [
    "committee",
    "policy",
    "activity",
    "work_plan",
    "capacity_activity",
    "knowledge_product",
    "good_practice",
    "institution",
    "contact",
]
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView, QCheckBox)


def show_page(qtbot, window: MainWindow, kind: str):
    window.show()
    qtbot.waitExposed(window)
    page = window.record_pages[kind]
    window.open_record(kind, "")  # switches to the page; an unknown id opens nothing
    settle(qtbot, window)
    if page.list.model.rowCount():
        page.list.table.selectRow(0)
        settle(qtbot, window)
    return page


def owner(widget: QWidget | None, candidates: list[QWidget]) -> QWidget | None:
    while widget is not None:
        if widget in candidates:
            return widget
        widget = widget.parentWidget()
    return None


@pytest.mark.parametrize("kind", KINDS)
def test_tab_goes_through_the_form_in_order(qtbot, window: MainWindow, kind: str) -> None:
    page = show_page(qtbot, window, kind)
    fields = [editor.widget for editor in page.editor.form.editors.values() if editor.widget.isVisible()]
    fields[0].setFocus()
    qtbot.waitUntil(lambda: owner(QApplication.focusWidget(), fields) is fields[0])
    visited = [fields[0]]
    for _ in range(len(fields) * 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached = owner(QApplication.focusWidget(), fields)
        if reached is None:
            break  # past the last field, on to the buttons
        if reached is not visited[-1]:
            visited.append(reached)
    names = {id(w): name for name, e in page.editor.form.editors.items() for w in [e.widget]}
    assert [names[id(w)] for w in visited] == [names[id(w)] for w in fields]


def test_every_input_on_every_page_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    nameless = []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        container = window.stack.currentWidget()
        pages = (
            [container.widget(i) for i in range(container.count())]
            if isinstance(container, QTabWidget)
            else [container]
        )
        for index, page in enumerate(pages):
            if isinstance(container, QTabWidget):
                container.setCurrentIndex(index)
            settle(qtbot, window)
            listing = getattr(page, "list", None)
            if listing is not None and listing.model.rowCount():
                listing.table.selectRow(0)
                settle(qtbot, window)
            for widget in page.findChildren(QWidget):
                if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView) or not widget.isVisible():
                    continue
                if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                    continue  # the line edit inside a combo box or date box: the box has the name
                interface = QAccessible.queryAccessibleInterface(widget)
                if not (interface and interface.text(QAccessible.Text.Name)):
                    nameless.append(f"{window.sidebar.item(row).text()}: {type(widget).__name__}")
    assert nameless == []


def test_tab_leaves_a_list_for_the_editor(qtbot, window: MainWindow) -> None:
    page = show_page(qtbot, window, "committee")
    page.list.table.setFocus()
    qtbot.waitUntil(page.list.table.hasFocus)
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    fields = [editor.widget for editor in page.editor.form.editors.values()]
    assert owner(QApplication.focusWidget(), fields) is fields[0], "list, New, then the first field"
