"""Settings > Automatic backups, and the copy the window makes when it opens a database."""

from __future__ import annotations

from gui_helpers import settle
from PySide6.QtCore import QSettings

from db.store import Store
from desktop.backups import backups_of
from desktop.ui import backup_settings
from desktop.ui.main_window import MainWindow


def test_the_window_makes_the_days_copy_and_settings_say_how_many_days(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove(backup_settings.KEEP_DAYS)
    monkeypatch.setattr(backup_settings, "DELAY_MS", 0)
    window = MainWindow(store)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(backups_of(store.path)) == 1, timeout=20_000)
    settle(qtbot, window)
    days = window.settings.backups.days
    assert days.value() == 7
    days.setValue(0)
    assert backup_settings.kept_days() == 0
    assert days.text() == "none"
    days.setValue(3)
    assert backup_settings.kept_days() == 3
    assert str(backups_of(store.path)[0].parent) == window.settings.backups.folder_label.text()
    QSettings().remove(backup_settings.KEEP_DAYS)
