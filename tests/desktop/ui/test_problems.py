"""No English in the French and Spanish interface: the services' reasons, the
exchange's refusals, Qt's file dialog and the editor's heading, each in the
interface language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_gui_helpers import person_store
from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from db.errors import ValidationError
from db.services import Actor, create
from db.store import Store
from desktop.demo import load_demo
from desktop.exchange import package
from desktop.exchange.files import ExchangeError, export_file, open_file
from desktop.session import current_actor
from desktop.ui.main_window import MainWindow
from desktop.ui.problems import error_text, reason_text
from desktop.ui.translations import install_translators, installed_language, remove_translators

#: Records the services refuse, each for one or more reasons a person can meet in the editor.
REFUSED = [
    ("committee", {"country": "PER", "kind": "nope", "status": "active"}),  # name required, code not listed
    ("committee", {"country": "PER", "name": "x" * 600, "kind": "other", "status": "active"}),
    ("committee", {"country": "PER", "name": "C", "kind": "other", "status": "active", "established_on": "20/11"}),
    ("contact", {"country": "PER", "name": "Ana", "email": "not an address"}),
    ("activity", {"title": "A", "result_id": "6f1c7a52-2a3e-4b39-9a53-2f6f0c1b2f10", "responsible_agency": "iom",
                  "status": "planned", "progress": 150, "expenditure": -1, "planned_budget": "lots"}),
    ("activity", {"title": "A", "responsible_agency": "iom", "status": "planned", "expenditure": 5,
                  "planned_start": dt.date(2026, 5, 1), "planned_end": dt.date(2026, 1, 1)}),
    ("policy", {"country": "PER", "title": "P", "sdg_targets": ["ten"], "gcm_objectives": [99]}),
]  # fmt: skip


@pytest.fixture(params=["fr", "es"])
def language(request, qapp) -> Iterator[str]:
    before = installed_language()
    assert install_translators(qapp, request.param) == request.param
    try:
        yield request.param
    finally:
        remove_translators(qapp)
        if before is not None:
            install_translators(qapp, before)


def refusals(tmp_path: Path) -> list[str]:
    store = Store.open(tmp_path / "refused.db")
    reasons = []
    for kind, values in REFUSED:
        with store.session() as session:
            try:
                create(session, Actor("tester", store.device_id()), kind, values)
            except ValidationError as error:
                reasons += [problem.reason for problem in error.problems]
            else:
                pytest.fail(f"{kind} {values} was accepted")
    return reasons


def test_every_reason_the_services_give_is_said_in_the_interface_language(language: str, tmp_path: Path) -> None:
    reasons = refusals(tmp_path)
    assert len(set(reasons)) >= 10
    untranslated = [reason for reason in reasons if reason_text(reason) == reason]
    assert not untranslated


def test_a_reason_with_values_keeps_them(language: str) -> None:
    said = reason_text("'lots' is not one of: government, iom")
    assert "lots" in said and "government, iom" in said and "not one of" not in said
    nested = reason_text("entry 99: must be at most 23")
    assert "99" in nested and "23" in nested and "must be" not in nested


def test_an_unknown_reason_is_shown_as_it_came(language: str) -> None:
    assert reason_text("is something new") == "is something new"


def test_an_encrypted_file_opened_without_its_passphrase_is_refused_in_french(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "SCRYPT_N", 2**14)
    amal = person_store(tmp_path / "amal.db", "Amal Haddad", demo=True)
    bruno = person_store(tmp_path / "bruno.db", "Bruno Díaz", demo=False)
    path = tmp_path / "a-2-peru.mxf"
    export_file(amal, current_actor(amal), path, passphrase=b"secret words")
    with pytest.raises(ExchangeError) as refused:
        open_file(bruno, path)
    before = installed_language()
    install_translators(qapp, "fr")
    try:
        assert error_text(refused.value) == "a-2-peru.mxf est chiffré\u00a0: indiquez sa phrase secrète"
        assert error_text(ExchangeError("my file 2.mxf is not signed (it has no signature.json)")).startswith(
            "my file 2.mxf n’est pas signé"
        )
    finally:
        remove_translators(qapp)
        if before is not None:
            install_translators(qapp, before)


def test_qts_file_dialog_speaks_the_interface_language(language: str) -> None:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Look in:" not in texts and "Files of &type:" not in texts
    assert {"fr": "&Regarder dans\u00a0:", "es": "&Buscar en:"}[language] in texts
    dialog.deleteLater()


@pytest.fixture
def french_window(qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    before = installed_language()
    install_translators(qapp, "fr")
    store = Store.open(tmp_path / "demo.db")
    with store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(store)
    qtbot.addWidget(window)
    settle(qtbot, window)
    window.country_box.setCurrentIndex(window.country_box.findData("PER"))
    settle(qtbot, window)
    try:
        yield window
    finally:
        window.runner.wait()
        remove_translators(qapp)
        if before is not None:
            install_translators(qapp, before)


def test_a_refused_save_and_the_heading_are_in_french(qtbot, french_window: MainWindow) -> None:
    page = french_window.record_pages["committee"]
    french_window.go_to(page)
    settle(qtbot, french_window)
    page.list.table.selectRow(0)
    settle(qtbot, french_window)
    assert "\u00a0: " in page.editor.title.text()  # "Comité : …", the French colon
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, french_window)
    page.editor.save()
    settle(qtbot, french_window)
    error = page.editor.form.errors["name"]
    assert not error.isHidden() and error.text() == "est obligatoire"


def test_an_export_refused_is_said_in_the_interface_language(language: str) -> None:
    said = error_text(ExchangeError("no file from Bruno Díaz was ever imported here; export everything instead"))
    assert "Bruno Díaz" in said and "was ever imported" not in said


def test_a_refused_workbook_is_listed_in_french(qtbot, french_window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import openpyxl
    from PySide6.QtWidgets import QDialog

    from desktop.ui import workbooks

    target = tmp_path / "perou.xlsx"
    monkeypatch.setattr(workbooks.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    french_window.export_excel_action.trigger()
    settle(qtbot, french_window)
    edited = openpyxl.load_workbook(target)
    sheet = edited["Activité"]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index("Début prévu") + 1).value = "un jour"
    partners = headers.index("Partenaires de mise en œuvre") + 1
    sheet.cell(2, partners).value = "Institut inconnu"
    sheet.cell(2, partners + 1).value = None
    edited.save(target)
    shown: list[workbooks.PreviewDialog] = []
    monkeypatch.setattr(workbooks.PreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    french_window.import_excel_action.trigger()
    settle(qtbot, french_window)
    lines = shown[0].details.toPlainText().splitlines()
    assert "Feuille Activité, ligne 2, colonne Début prévu : « un jour » n'est pas une date (AAAA-MM-JJ)" in lines
    assert (
        "Feuille Activité, ligne 2, colonne Partenaires de mise en œuvre : aucune fiche « Institution » ne "
        "s'appelle « Institut inconnu » dans ce pays ni parmi les fiches globales"
    ) in lines
