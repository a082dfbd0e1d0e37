"""Trusting a partner for some countries on the Exchange page: offered the file's countries at the
first file, another country's records refused later, trust widened or withdrawn in the partners table."""

from __future__ import annotations

from pathlib import Path

from exchange_gui_helpers import dump_of, open_on_page
from gui_helpers import settle
from PySide6.QtWidgets import QDialogButtonBox

from db.services.authority import Authority
from db.services.partners import partners
from desktop.exchange.files import export_file
from desktop.session import current_actor
from desktop.ui.main_window import MainWindow
from desktop.ui.partner_trust import TrustDialog


def _export(window: MainWindow, path: Path, country: str) -> Path:
    store = window.runner.store
    export_file(store, current_actor(store), path, countries=[country])
    return path


def _import(qtbot, window: MainWindow) -> None:
    """Import the opened file; a refusal is told in the message line (no signal to wait for)."""
    window.exchange.receive.import_now()
    window.runner.wait()
    settle(qtbot, window)


def _trusted_for_cell(window: MainWindow) -> str:
    return window.exchange.partners_table.item(0, 2).text()


def test_a_sender_trusted_for_its_file_s_countries_is_refused_another_country_until_trusted_for_it(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    receive = bruno.exchange.receive
    offered: list[list[str]] = []

    def confirm(_sender, countries):  # the user's choice: the countries of the file
        offered.append(list(countries))
        return Authority.of(countries)

    receive.confirm_new_sender = confirm
    open_on_page(qtbot, bruno, _export(amal, tmp_path / "peru.mxf", "PER"))
    _import(qtbot, bruno)
    assert offered == [["PER"]]
    assert "Imported" in receive.message.text(), receive.message.text()
    assert _trusted_for_cell(bruno) == "PER"

    before = dump_of(bruno.runner.store)
    open_on_page(qtbot, bruno, _export(amal, tmp_path / "burundi.mxf", "BDI"))  # refused as soon as previewed
    assert receive.incoming is None
    message = receive.message.text()
    assert "of BDI, but its sender Amal Haddad is trusted here for PER only" in message, message
    assert dump_of(bruno.runner.store) == before

    page = bruno.exchange
    page.partners_table.selectRow(0)
    page.ask_trust = lambda _info: Authority.every_country()
    page.trust_button.click()
    settle(qtbot, bruno)
    assert _trusted_for_cell(bruno) == "every country"
    open_on_page(qtbot, bruno, tmp_path / "burundi.mxf")
    assert "Trusted here for: every country" in receive.sender_label.text()
    _import(qtbot, bruno)
    assert "Imported" in receive.message.text(), receive.message.text()
    assert dump_of(bruno.runner.store) != before


def test_a_distrusted_partner_s_next_file_is_refused_on_opening(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    amal, bruno = people
    receive = bruno.exchange.receive
    receive.confirm_new_sender = lambda _sender, countries: Authority.of(countries)
    open_on_page(qtbot, bruno, _export(amal, tmp_path / "peru.mxf", "PER"))
    _import(qtbot, bruno)
    page = bruno.exchange
    page.partners_table.selectRow(0)
    assert page.distrust_button.isEnabled()
    page.ask_distrust = lambda _info: True
    page.distrust_button.click()
    settle(qtbot, bruno)
    assert _trusted_for_cell(bruno).startswith("nobody: stopped on")
    assert not page.distrust_button.isEnabled()

    open_on_page(qtbot, bruno, _export(amal, tmp_path / "again.mxf", "PER"))
    assert receive.incoming is None
    assert "whom this installation stopped trusting on" in receive.message.text()


def test_the_trust_dialog_takes_every_country_or_codes_it_checks(qtbot, people: tuple[MainWindow, MainWindow]) -> None:
    _amal, bruno = people
    with bruno.runner.store.session() as session:
        assert partners(session) == []
    from datetime import datetime

    from db.services.partners import PartnerInfo

    info = PartnerInfo("d", "<b>Amal</b>", "AB", "00", {}, None, datetime(2026, 1, 1), Authority.of(["PER"]))
    dialog = TrustDialog(info)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.some.isChecked() and dialog.codes.text() == "PER" and ok.isEnabled()
    assert "<b>Amal</b>" in dialog.windowTitle()
    dialog.codes.setText("per, ecu")
    assert dialog.authority() == Authority.of(["PER", "ECU"])
    dialog.codes.setText("PER, Narnia")
    assert dialog.authority() is None and not ok.isEnabled()
    dialog.every.setChecked(True)
    assert dialog.authority() == Authority.every_country() and ok.isEnabled()


def test_the_preview_says_what_to_look_at_before_importing_a_large_delete(
    qtbot, people: tuple[MainWindow, MainWindow], tmp_path: Path
) -> None:
    from sqlalchemy import text

    from db.services import Actor, delete

    amal, bruno = people
    receive = bruno.exchange.receive
    receive.confirm_new_sender = lambda _sender, _countries: Authority.every_country()
    open_on_page(qtbot, bruno, _export(amal, tmp_path / "peru.mxf", "PER"))
    _import(qtbot, bruno)
    assert not receive.notices.isVisible()
    store = amal.runner.store
    with store.session() as session:
        actor = Actor("Mallory <b>HQ</b>", store.device_id())
        for kind in ("capacity_activity", "work_plan"):
            ids = session.execute(text(f"SELECT id FROM {kind} WHERE country = 'PER' AND deleted_at IS NULL"))
            for rid in list(ids.scalars()):
                delete(session, actor, kind, rid)
    open_on_page(qtbot, bruno, _export(amal, tmp_path / "deletes.mxf", "PER"))
    shown = receive.notices.text()
    assert receive.notices.isVisible() and "Look first: deletes" in shown, shown
    assert "claimed to be by Mallory <b>HQ</b> (" in shown  # plain text: the name as written
    receive.forget()
    assert not receive.notices.isVisible()
