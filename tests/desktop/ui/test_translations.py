"""The interface in French and Spanish: every text translated, the compiled files
current, placeholders kept, and a window built under the French translator
speaking French (plurals included). Translators are taken out after each test,
so the other tests see the English source."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file
from pathlib import Path
from xml.etree import ElementTree

import pytest
from gui_helpers import exchange_page_accelerators, settle
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QMenu, QMessageBox

from db.services import Actor
from db.store import Store
from desktop.demo import load_demo
from desktop.ui import translations
from desktop.ui.dashboard_page import AttentionModel, country_label
from desktop.ui.labels import kind_label
from desktop.ui.main_window import MainWindow
from desktop.ui.translations import (
    available_languages,
    install_translators,
    installed_language,
    remove_translators,
    restart_note,
    save_language,
    saved_language,
)

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "resources" / "translations"
TS_FILES = sorted(FOLDER.glob("mainstream_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")
ACCELERATOR = re.compile(r"&(?!&|amp;|nbsp;|lt;|gt;)(\w)")
#: Contexts whose "&" is text ("M&D priorities"), not a keyboard accelerator.
LITERAL_AMPERSANDS = {"fields", "codes", "kinds", "lists"}


def messages(ts: Path) -> Iterator[tuple[str, ElementTree.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def translated_forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def load_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def translated(qapp, language: str) -> Iterator[str]:
    """The interface in ``language`` for a while; then as it was (the other tests expect English)."""
    before = installed_language()
    try:
        yield install_translators(qapp, language)
    finally:
        remove_translators(qapp)
        if before is not None:
            install_translators(qapp, before)


@pytest.fixture
def french(qapp) -> Iterator[None]:
    with translated(qapp, "fr") as code:
        assert code == "fr"
        yield


@pytest.fixture
def english(qapp) -> Iterator[None]:
    with translated(qapp, "en") as code:
        assert code == "en"
        yield


# --- the files ---------------------------------------------------------------------------


def test_french_spanish_and_english_plurals_ship() -> None:
    assert {ts.stem for ts in TS_FILES} >= {"mainstream_en", "mainstream_fr", "mainstream_es"}
    for ts in TS_FILES:
        assert ts.with_suffix(".qm").is_file(), f"{ts.name} is not compiled"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda ts: ts.stem)
def test_every_text_is_translated(ts: Path) -> None:
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source")
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
        elif not all(form.strip() for form in translated_forms(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_every_text_has_its_context() -> None:
    """lupdate gives a call of a module-level ``tr("...")`` helper the empty context, whatever context the
    helper passes at run time: such texts would be translated in the .ts and never on screen."""
    lost = [message.findtext("source") for context, message in messages(FOLDER / "mainstream_fr.ts") if not context]
    assert not lost, "use QCoreApplication.translate(context, ...) or QT_TRANSLATE_NOOP for: " + repr(lost)


def test_english_holds_only_plural_forms() -> None:
    assert all(message.get("numerus") == "yes" for _context, message in messages(FOLDER / "mainstream_en.ts"))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda ts: ts.stem)
def test_placeholders_and_accelerators_are_kept(ts: Path) -> None:
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in translated_forms(message):
            found = sorted(PLACEHOLDER.findall(form))
            # A singular may leave out the number ("la plus ancienne"), never put in another one.
            if found != wanted and not (message.get("numerus") == "yes" and set(found) < set(wanted)):
                problems.append(f"{context}: {source!r} -> {form!r}: {found} instead of {wanted}")
            if context not in LITERAL_AMPERSANDS and len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r}: the & accelerator is lost or doubled")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda ts: ts.stem)
def test_the_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    tool = lrelease()
    if tool is not None:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run scripts/update_translations.py"
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        if message.get("numerus") == "yes":
            continue  # the plural forms are checked through the interface below
        expected = translated_forms(message)[0]
        assert translator.translate(context, source, comment) == expected, f"{context}: {source!r}"


def test_the_marked_texts_of_the_data_model_are_up_to_date() -> None:
    script = load_script()
    assert script.DERIVED.read_text(encoding="utf-8") == script.derived_source(), "run scripts/update_translations.py"


# --- choosing the language --------------------------------------------------------------------


def test_the_choices_are_the_system_language_and_the_shipped_ones() -> None:
    assert available_languages() == [("", "System default"), ("en", "English"), ("fr", "Français"), ("es", "Español")]


def test_the_choice_is_kept_in_the_settings() -> None:
    assert saved_language() == ""
    save_language("es")
    assert QSettings().value("ui/language") == "es"
    assert saved_language() == "es"
    save_language("xx")  # no longer shipped, or typed by hand: the system's language
    assert saved_language() == ""


def test_a_language_that_does_not_ship_falls_back_to_english(qapp) -> None:
    with translated(qapp, "de") as code:
        assert code == "en"
        assert QCoreApplication.translate("ListPage", "%Ln record(s)", "", 2) == "2 records"


def test_installing_again_replaces_the_translators(qapp) -> None:
    with translated(qapp, "fr"):
        install_translators(qapp, "es")
        assert QCoreApplication.translate("MainWindow", "Committees") == "Comités"
        assert QCoreApplication.translate("MainWindow", "Stakeholders") == "Partes interesadas"
        assert translations.current_language() == "es"
    assert QCoreApplication.translate("MainWindow", "Stakeholders") == "Stakeholders"


def test_english_reads_one_decision_and_two_decisions(english: None) -> None:
    assert QCoreApplication.translate("DashboardPage", "%Ln decision(s) in all", "", 1) == "1 decision in all"
    assert QCoreApplication.translate("DashboardPage", "%Ln decision(s) in all", "", 2) == "2 decisions in all"


# --- the window in French ----------------------------------------------------------------------


@pytest.fixture
def french_window(qtbot, french: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """As the ``window`` fixture, but built after the French translator is installed."""
    store = Store.open(tmp_path / "demo.db")
    with store.session() as session:
        load_demo(session, Actor("tester", store.device_id()))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow(store)
    qtbot.addWidget(window)
    settle(qtbot, window)
    window.country_box.setCurrentIndex(window.country_box.findData("PER"))
    settle(qtbot, window)
    yield window
    window.runner.wait()


def test_the_sidebar_and_menus_are_in_french(french_window: MainWindow) -> None:
    sidebar = [french_window.sidebar.item(row).text() for row in range(french_window.sidebar.count())]
    assert sidebar[:7] == [
        "Vue d'ensemble",
        "Comités",
        "Politiques",
        "Plans de travail",
        "Renforcement des capacités",
        "Connaissances et pratiques",
        "Parties prenantes",
    ]
    assert {"Historique", "Corbeille"} <= set(sidebar)
    titles = [action.text() for action in french_window.menuBar().actions()]
    assert titles[:2] == ["&Fichier", "É&dition"]
    assert "Aid&e" in titles


def test_accelerators_are_unique_in_each_french_menu(french_window: MainWindow) -> None:
    bar = french_window.menuBar()
    menus = [("menu bar", [action.text() for action in bar.actions()])]
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus.append((action.text(), [item.text() for item in menu.actions() if not item.isSeparator()]))
    for name, texts in menus:
        keys = [match.group(1).lower() for text in texts if (match := ACCELERATOR.search(text))]
        assert len(keys) == len(set(keys)), f"{name}: {texts}"


def test_accelerators_are_unique_on_the_french_exchange_page(french_window: MainWindow) -> None:
    keys = exchange_page_accelerators(french_window)
    assert len(keys) >= 12 and len(keys) == len(set(keys)), " ".join(sorted(keys))


def test_the_dashboard_speaks_french_with_plurals(french_window: MainWindow) -> None:
    page = french_window.dashboard
    assert page.title_label.text() == "Vue d'ensemble — Pérou"
    assert page.cards["decisions"].title_label.text() == "Décisions ouvertes"
    assert "décisions en tout" in page.cards["decisions"].detail_label.text()
    model: AttentionModel = page.model
    assert model.headerData(AttentionModel.WHY, Qt.Orientation.Horizontal) == "Pourquoi"
    tr = QCoreApplication.translate
    assert tr("DashboardPage", "%Ln decision(s) in all", "", 1) == "1 décision en tout"
    assert tr("DashboardPage", "%Ln decision(s) in all", "", 2) == "2 décisions en tout"
    assert tr("AttentionModel", "Overdue by %Ln day(s)", "", 1) == "En retard de 1 jour"
    assert tr("AttentionModel", "Overdue by %Ln day(s)", "", 3) == "En retard de 3 jours"


def test_codes_fields_kinds_and_countries_are_in_french(french_window: MainWindow) -> None:
    page = french_window.activities
    headers = [page.list.model.headerData(column, Qt.Orientation.Horizontal) for column in range(3)]
    assert headers == ["Code", "Titre", "Statut"]
    status = page.editor.form.editors["status"]
    assert [status.box.itemText(i) for i in range(1, status.box.count())][:3] == ["Prévu", "En cours", "En retard"]
    assert kind_label("capacity_activity") == "Activité de renforcement des capacités"
    assert country_label("PER") == "Pérou"
    assert restart_note() == "La nouvelle langue s'appliquera au prochain démarrage de Mainstream."


def test_the_shipped_files_are_found_as_resources() -> None:
    with as_file(translations.qm_file("fr")) as path:
        assert Path(path).is_file()
