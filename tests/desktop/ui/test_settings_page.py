"""Settings: the user's name, agency and default country; opening another database."""

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from db.services import update
from db.services.history import history
from db.services.settings import Profile, get_profile
from db.store import Store
from desktop import paths
from desktop.ui import main_window as main_window_module
from desktop.ui.main_window import MainWindow


def show_settings(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.settings_action.trigger()
    assert window.stack.currentWidget() is window.settings
    settle(qtbot, window)


def replacement(window: MainWindow) -> MainWindow:
    return main_window_module._OPEN_WINDOWS[-1]


@pytest.fixture(autouse=True)
def close_replacements():
    yield
    for other in list(main_window_module._OPEN_WINDOWS):
        other.close()


def test_name_agency_and_country_are_saved_and_used(qtbot, window: MainWindow) -> None:
    show_settings(qtbot, window)
    page = window.settings
    page.name_edit.setFocus()
    page.name_edit.clear()
    page.name_edit.insert("Fatima Zahra El Idrissi فاطمة")
    page.name_edit.textEdited.emit(page.name_edit.text())
    page.agency_box.setCurrentIndex(page.agency_box.findData("undp"))
    page.country.set_value("MAR")
    page.country.changed.emit()
    assert page.save_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.saved_label.text() != "")
    settle(qtbot, window)
    assert not main_window_module._OPEN_WINDOWS  # the same window goes on, pages and undo history too
    store = window.runner.store
    with store.session() as session:
        assert get_profile(session) == Profile("Fatima Zahra El Idrissi فاطمة", "undp", "MAR")
    assert window.actor.user == "Fatima Zahra El Idrissi فاطمة"
    assert "Fatima" in window.statusBar().currentMessage()
    # A change made now carries the new name.
    with store.session() as session:
        institution_id = session.execute(
            text("SELECT id FROM institution WHERE deleted_at IS NULL LIMIT 1")
        ).scalar_one()
        update(session, window.actor, "institution", institution_id, {"acronym": "NEW"})
    with store.session() as session:
        assert history(session, record_id=institution_id)[0].user == "Fatima Zahra El Idrissi فاطمة"


def test_a_refused_setting_is_explained_and_nothing_is_saved(qtbot, window: MainWindow) -> None:
    show_settings(qtbot, window)
    page = window.settings
    page.name_edit.setText("x" * 300)
    page.name_edit.textEdited.emit(page.name_edit.text())
    page.save()
    qtbot.waitUntil(page.problem_label.isVisible)
    assert "200 characters" in page.problem_label.text()
    with window.runner.store.session() as session:
        assert get_profile(session).user_name == ""
    page.revert()
    assert page.name_edit.text() == "" and not page.save_button.isEnabled()


def test_the_default_country_is_shown_at_start(qtbot, window: MainWindow) -> None:
    show_settings(qtbot, window)
    page = window.settings
    page.country.set_value("BDI")
    page.country.changed.emit()
    page.save()
    qtbot.waitUntil(lambda: page.saved_label.text() != "")
    store = window.runner.store
    window.close()
    again = MainWindow(store)
    qtbot.addWidget(again)
    settle(qtbot, again)
    assert again.current_country() == "BDI"


def test_another_database_opens_in_place_and_is_remembered(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "Ministère — copie.db"
    Store.open(other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_action.trigger()
    new = replacement(window)
    settle(qtbot, new)
    assert new.runner.store.path == other
    assert str(other) in new.statusBar().currentMessage() or str(other) in new.settings.path_label.text()
    assert not window.isVisible()
    monkeypatch.delenv("MAINSTREAM_DB")
    assert paths.default_database() == other.resolve()


def test_a_file_that_is_not_a_database_is_refused(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("minutes of the meeting", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    window.settings.choose_database()
    assert window.warnings and "notes.db is not a Mainstream database" in window.warnings[-1]
    assert not main_window_module._OPEN_WINDOWS
    assert bogus.read_text(encoding="utf-8") == "minutes of the meeting"
    monkeypatch.delenv("MAINSTREAM_DB")
    assert paths.remembered_database() is None


def test_the_interface_language_is_kept_for_the_next_start(qtbot, window: MainWindow) -> None:
    from desktop.ui.translations import saved_language

    show_settings(qtbot, window)
    box = window.settings.language_box
    box.setCurrentIndex(box.findData("fr"))
    box.activated.emit(box.currentIndex())
    assert saved_language() == "fr"
    assert "next start" in window.settings.language_note.text()


def test_the_name_saved_applies_to_every_database_on_this_computer(
    qtbot, window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Saved with one database open, the name signs the changes made in a new one too (the window's
    and the command line's), until that database is given a name of its own."""
    from desktop.cli import main
    from desktop.session import current_actor

    show_settings(qtbot, window)
    page = window.settings
    page.name_edit.setText("Amal Haddad")
    page.name_edit.textEdited.emit(page.name_edit.text())
    page.agency_box.setCurrentIndex(page.agency_box.findData("iom"))
    page.save()
    qtbot.waitUntil(lambda: page.saved_label.text() != "")
    settle(qtbot, window)
    fresh = tmp_path / "new.db"
    assert main(["--db", str(fresh), "demo"]) == 0
    with Store.open(fresh) as store:
        assert current_actor(store).user == "Amal Haddad"
        with store.session() as session:
            assert {line.user for line in history(session)} == {"Amal Haddad"}
    window.open_database(fresh)
    settle(qtbot, window)
    assert window.settings.name_edit.text() == "Amal Haddad"
    assert window.settings.agency_box.currentData() == "iom"
    assert not window.settings.dirty  # offered, not an unsaved change to nag about


def test_file_back_up_database_makes_a_whole_copy_where_chosen(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "stick" / "mainstream-backup.db"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.backup_action.trigger()
    settle(qtbot, window)
    assert dt.date.today().isoformat() in asked[0]  # today's date in the name offered
    assert "backed up" in window.statusBar().currentMessage()
    with Store.open(target, create=False) as copy, copy.session() as session:
        copied = session.execute(text("SELECT count(*) FROM committee WHERE deleted_at IS NULL")).scalar_one()
    store = window.runner.store
    with store.session() as session:
        assert copied == session.execute(text("SELECT count(*) FROM committee WHERE deleted_at IS NULL")).scalar_one()
    assert not window.warnings


def test_a_backup_over_the_database_itself_is_refused(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = window.runner.store
    before = store.path.stat().st_mtime_ns
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(store.path), ""))
    window.backup_action.trigger()
    settle(qtbot, window)
    assert "cannot replace" in window.settings.problem_label.text()
    assert store.path.stat().st_mtime_ns == before


def _logo(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (300, 100), (0, 90, 160)).save(path)
    return path


def test_a_logo_chosen_for_the_report_cover_is_saved(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logo = _logo(tmp_path / "ministère.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    show_settings(qtbot, window)
    page = window.settings
    qtbot.mouseClick(page.logo_button, Qt.MouseButton.LeftButton)
    assert page.logo_edit.text() == str(logo) and page.logo_save_button.isEnabled()
    qtbot.mouseClick(page.logo_save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved_label.text() != "")
    with window.runner.store.session() as session:
        assert get_profile(session).report_logo == str(logo)
    qtbot.mouseClick(page.logo_clear_button, Qt.MouseButton.LeftButton)
    page.save()
    qtbot.waitUntil(lambda: page.saved_label.text() != "")
    with window.runner.store.session() as session:
        assert get_profile(session).report_logo == ""


def test_a_file_that_is_no_image_is_refused_as_the_logo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("not an image")
    show_settings(qtbot, window)
    page = window.settings
    page.logo_edit.setText(str(notes))
    page.logo_edit.textEdited.emit(page.logo_edit.text())
    page.save()
    assert page.logo_problem_label.isVisible()
    assert page.logo_problem_label.text() == (
        "Not saved: the logo “notes.png” is not a PNG or JPEG image of at most 5 MB."
    )
    with window.runner.store.session() as session:
        assert get_profile(session).report_logo == ""
