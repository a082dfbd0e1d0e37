"""A record's name is shown as typed wherever the window shows it: never read as
markup (``<img src=…>`` loads no file, ``&amp;`` is not turned into "&") and its
"&" never taken for a shortcut mark."""

from __future__ import annotations

import pytest
from gui_helpers import settle
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QMessageBox

from db.services import Actor, create
from desktop.ui.main_window import MainWindow

HOSTILE = [
    "<img src=/etc/passwd>",
    "Salud &amp; Migración",
    "<b>Mesa</b> & <i>Trabajo</i>",
    "<h1>Grande</h1><table><tr><td>x</td></tr></table>",
    'Comité <a href="file:///etc/shadow">aquí</a>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "Health & Safety <br> desk",
]


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt draws for ``text`` in a widget of that format (a tooltip or message box guesses)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


def without_mnemonics(text: str) -> str:
    """A button's or menu entry's text as drawn: "&&" is "&", a single "&" marks the next letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def assert_never_markup(widget, name: str) -> None:
    """No label under ``widget`` draws ``name`` as markup, no button eats its "&"."""
    for label in widget.findChildren(QLabel):
        if name in label.text():
            assert shown(label.text(), label.textFormat()) == label.text(), label.text()
    for button in widget.findChildren(QAbstractButton):
        if name.replace("&", "") in without_mnemonics(button.text()) and "&" in name:
            assert name in without_mnemonics(button.text()), button.text()


def tooltips(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [
        tip
        for row in range(model.rowCount(QModelIndex()))
        for column in range(model.columnCount(QModelIndex()))
        if isinstance(tip := model.index(row, column).data(Qt.ItemDataRole.ToolTipRole), str)
    ]


@pytest.fixture
def named(window: MainWindow) -> MainWindow:
    store = window._store
    with store.session() as session:
        actor = Actor("tester", store.device_id())
        for name in HOSTILE:
            values = {"country": "PER", "name": name, "kind": "technical_working_group", "status": "active"}
            create(session, actor, "committee", values)
    window.refresh_action.trigger()
    return window


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_name_shows_as_typed_in_the_editor_list_and_messages(
    qtbot, named: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    window = named
    window.show()
    page = window.record_pages["committee"]
    window.go_to(page)
    settle(qtbot, window)
    model = page.list.model
    rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == name]
    assert rows, "the list shows the name as typed"
    page.list.table.selectRow(rows[0])
    settle(qtbot, window)

    title = page.editor.title
    assert name in shown(title.text(), title.textFormat())
    assert_never_markup(window, name)

    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.editor.delete()
    settle(qtbot, window)
    assert name in shown(asked[-1])
    assert name in without_mnemonics(window.undo_action.text())

    window.go_to(window.trash)
    settle(qtbot, window)
    assert any(name in shown(tip) for tip in tooltips(window.trash.table))
    assert all(name not in tip or shown(tip) == tip or name in shown(tip) for tip in tooltips(window.trash.table))
    assert_never_markup(window, name)

    window.go_to(window.history)
    settle(qtbot, window)
    history_tips = tooltips(window.history.table)
    assert any(name in shown(tip) for tip in history_tips)
    assert_never_markup(window, name)
