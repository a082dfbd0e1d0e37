"""Errors of background work in the window: a full disk said in the user's words
with the database as it was; anything unexpected logged with its traceback, in
a file the message names; Help > About with the version and the log."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import settle
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from db.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    DiskFull,
    NotAMainstreamDatabase,
    StoreError,
)
from db.services import Actor
from desktop import APP_NAME, version
from desktop.demo import load_demo
from desktop.logs import setup_logging, stop_logging
from desktop.ui.application import start
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import describe_error, describe_open_error
from desktop.ui.translations import (
    install_translators,
    installed_language,
    qm_file,
    remove_translators,
    save_language,
)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging("tests", path=tmp_path / "data" / "mainstream.log")
    assert path is not None
    yield path
    stop_logging()


def boom_in_the_background(_session: Any, _progress: Any) -> None:
    raise RuntimeError("a bug in background work")


def test_an_unexpected_error_is_logged_with_its_traceback_and_the_message_names_the_log(
    qtbot, window: MainWindow, log: Path
) -> None:
    window.runner.write(boom_in_the_background, label="Saving")
    settle(qtbot, window)
    assert len(window.warnings) == 1
    message = window.warnings[0]
    assert "did not expect (RuntimeError: a bug in background work)" in message
    assert str(log) in message
    text = log.read_text(encoding="utf-8")
    assert f"{APP_NAME} {version()} (tests)" in text
    assert "Unexpected RuntimeError while Saving: a bug in background work" in text
    assert "Traceback (most recent call last)" in text and "in boom_in_the_background" in text
    assert text.count("Traceback") == 1  # logged once, though both the runner and the message saw it


def test_an_unexpected_error_a_page_handles_itself_is_logged_too(qtbot, window: MainWindow, log: Path) -> None:
    seen: list[BaseException] = []
    window.runner.read(boom_in_the_background, on_error=seen.append)
    settle(qtbot, window)
    assert len(seen) == 1 and window.warnings == []
    assert "in boom_in_the_background" in log.read_text(encoding="utf-8")


def test_a_full_disk_during_a_background_write_says_so_and_changes_nothing(
    qtbot, window: MainWindow, log: Path, dump_of
) -> None:
    store = window.runner.store
    before = dump_of(store)
    with store.engine.connect() as conn:
        limit = conn.exec_driver_sql("PRAGMA page_count").scalar() + 2

    def limited(connection: sqlite3.Connection, _record: Any) -> None:
        connection.execute(f"PRAGMA max_page_count={limit}")

    window.runner.wait()
    store.engine.dispose()
    event.listen(store.engine, "connect", limited)
    actor = Actor("tester", store.device_id())
    try:
        window.runner.write(lambda session, _p: load_demo(session, actor, size=2000), label="Loading the demo data")
        settle(qtbot, window)
    finally:
        window.runner.wait()
        event.remove(store.engine, "connect", limited)
        store.engine.dispose()
    assert len(window.warnings) == 1
    assert window.warnings[0] == (
        f"There is no room left to write {store.path}: free some space and try again. Nothing was changed."
    )
    assert dump_of(store) == before
    text = log.read_text(encoding="utf-8")
    assert "Loading the demo data: " in text and "Traceback" not in text  # the user's to mend, not a bug


def test_the_stores_errors_are_said_in_the_users_words(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    assert describe_error(DiskFull("x", path=path, folder=tmp_path)) == (
        f"The disk holding {tmp_path} is full: free some space on it and try again. Nothing was changed."
    )
    assert describe_error(DatabaseLocked("x", path=path)).startswith(f"{path} is being written by another program")
    assert describe_error(DatabaseCorrupt("x", path=path)).startswith(f"{path} is damaged")
    assert describe_error(StoreError("as the store says it")) == "as the store says it"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_disk_full_message_is_translated(qapp, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(qm_file(language)))
    source = "The disk holding {folder} is full: free some space on it and try again. Nothing was changed."
    translated = translator.translate("TaskRunner", source)
    assert translated and translated != source and "{folder}" in translated


def test_why_a_database_cannot_be_opened_is_said_in_the_users_words(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    said = {
        DatabaseTooNew(f"{path} was made by a newer version of Mainstream (schema x)"): (
            f"{path} was made by a newer version of Mainstream: install that version to open it."
        ),
        NotAMainstreamDatabase(f"{path} is not a Mainstream database (it is not an SQLite file)"): (
            f"{path} is not a Mainstream database: it is a folder, another program's file, or not there."
        ),
        DatabaseCorrupt(f"{path} is damaged: the file is cut short"): (
            f"{path} is damaged: Mainstream cannot use it as it is. A backup beside it (its name ends in .bak), "
            "if there is one, holds an earlier copy."
        ),
        DatabaseLocked("database is locked"): (
            f"{path} is being written by another program (a mainstream import on the command line?). Nothing was "
            "changed: try again when that is done."
        ),
        DatabaseUnavailable(f"{path} cannot be read: Permission denied", path=path): (
            f"Mainstream cannot open {path}.\n{path} cannot be read: Permission denied"
        ),
    }
    for error, words in said.items():
        assert describe_open_error(error, path) == words
    Path(f"{path}-journal").write_bytes(b"")  # a write cut short, on a medium that cannot be written
    assert describe_open_error(DatabaseReadOnly("x", path=path), path).startswith(
        f"{path} was being written when Mainstream stopped, and only the file m.db-journal beside it"
    )


def test_a_database_that_cannot_be_opened_at_start_is_said_in_the_users_language(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    names = qapp.applicationName(), qapp.applicationDisplayName(), qapp.organizationName()
    language = installed_language()
    path = tmp_path / "Ministère.db"
    error = DatabaseTooNew(f"{path} was made by a newer version of Mainstream (schema abc); install the newer version")
    try:
        qapp.setOrganizationName(APP_NAME)  # the settings of the application, as it names itself at start
        qapp.setApplicationName(APP_NAME)
        save_language("fr")  # the language the user chose, which the start installs
        assert start(error, path) == 2
    finally:
        remove_translators(qapp)
        if language is not None:
            install_translators(qapp, language)
        qapp.setApplicationName(names[0])
        qapp.setApplicationDisplayName(names[1])
        qapp.setOrganizationName(names[2])
    [box] = shown
    assert box.windowTitle() == "Impossible d'ouvrir la base de données"
    assert box.text() == (
        f"{path} a été créé par une version plus récente de Mainstream\xa0: installez cette version pour l'ouvrir."
    )
    assert box.detailedText() == str(error)  # the store's own words, for whoever supports the user


def test_another_database_that_cannot_be_opened_is_said_in_the_users_words(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_text("not a database")
    window.open_database(other)
    assert window.warnings == [
        f"{other} is not a Mainstream database: it is a folder, another program's file, or not there."
    ]


def test_about_shows_the_name_the_version_and_the_log_file(
    window: MainWindow, log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.about_action.trigger()
    assert len(shown) == 1
    assert f"<b>{APP_NAME}</b> version {version()}" in shown[0]
    assert str(log) in shown[0] and str(window.runner.store.path) in shown[0]
    assert QCoreApplication.translate("MainWindow", "version {version}") == "version {version}"
