"""Two people, each with a main window on their own database, exchanging files
through the Exchange page (tests of the Exchange page and the Conflicts tab)."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from gui_helpers import settle
from PySide6.QtCore import Qt
from sqlalchemy import text

from db.services import Actor, dump
from db.services.authority import Authority
from db.services.settings import get_profile, save_profile
from db.store import Store
from desktop.demo import load_demo
from desktop.exchange.files import export_file, import_file, open_file
from desktop.session import current_actor
from desktop.ui.main_window import MainWindow

COMMITTEE = "select id from committee where country = 'PER' order by name limit 1"


def person_store(path: Path, user: str, *, demo: bool) -> Store:
    store = Store.open(path)
    device = store.device_id()
    with store.session() as session:
        save_profile(session, dataclasses.replace(get_profile(session), user_name=user, default_country="PER"))
        if demo:
            load_demo(session, Actor(user, device))
    return store


def exchange_window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    exchange = window._container_of(window.exchange)
    window.sidebar.setCurrentRow(window.stack.indexOf(exchange))
    settle(qtbot, window)
    return window


def dump_of(store: Store) -> str:
    out = io.StringIO()
    with store.session() as session:
        dump(session, out)
    return out.getvalue()


def export_on_page(qtbot, window: MainWindow, path: Path, *, partner: str | None = None, passphrase: str = "") -> None:
    send = window.exchange.send
    send.partner_box.setCurrentIndex(send.partner_box.findText(partner, Qt.MatchFlag.MatchStartsWith) if partner else 0)
    send.passphrase.setText(passphrase)
    send.passphrase_again.setText(passphrase)
    with qtbot.waitSignal(send.exported, timeout=20_000):
        send.export_to(path)
    settle(qtbot, window)


def open_on_page(qtbot, window: MainWindow, path: Path, passphrase: str = "") -> None:
    receive = window.exchange.receive
    receive.passphrase.setText(passphrase)
    receive.open_path(path)
    settle(qtbot, window)


def import_on_page(qtbot, window: MainWindow, path: Path, *, accept_sender: bool = True) -> None:
    open_on_page(qtbot, window, path)
    receive = window.exchange.receive
    assert receive.incoming is not None, receive.message.text()
    receive.confirm_new_sender = lambda _sender, _countries: Authority.every_country() if accept_sender else None
    with qtbot.waitSignal(receive.imported, timeout=20_000):
        receive.import_now()
    settle(qtbot, window)


def share_everything(qtbot, sender: MainWindow, receiver: MainWindow, folder: Path) -> None:
    """Everything ``sender`` holds, exported and imported on the pages: the two start alike."""
    export_on_page(qtbot, sender, folder / "all.mxf")
    import_on_page(qtbot, receiver, folder / "all.mxf")


def preview_rows(window: MainWindow) -> dict[str, list[str]]:
    table = window.exchange.receive.preview_table
    return {
        table.item(row, 0).text(): [table.item(row, column).text() for column in range(1, table.columnCount())]
        for row in range(table.rowCount())
    }


def one_value(store: Store, sql: str) -> str:
    with store.session() as session:
        return str(session.execute(text(sql)).scalar_one())


def sync(source: Store, target: Store, path: Path) -> None:
    """Everything from ``source`` into ``target``, as the command line would (when the pages are not under test)."""
    export_file(source, current_actor(source), path)
    import_file(target, open_file(target, path), trust=Authority.every_country())
