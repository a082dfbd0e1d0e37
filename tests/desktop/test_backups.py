"""The daily copy of the database (issue 17: "automatic rotating backups in the data folder, the
last N days, named in Settings")."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from db.services import Actor, create
from db.store import Store
from desktop.backups import backup_folder, backups_of, daily_backup

DAY = dt.date(2026, 12, 4)


def _practice(store: Store, title: str) -> None:
    with store.session() as session:
        create(
            session,
            Actor("Amal", store.device_id()),
            "good_practice",
            {"country": "MAR", "title": title, "theme": "policy_coherence"},
        )


def test_a_copy_is_made_once_a_day_and_holds_what_was_saved(store: Store) -> None:
    _practice(store, "Guichet unique pour les migrants de retour")
    first = daily_backup(store, 7, DAY)
    assert first is not None and first.parent == backup_folder()
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    _practice(store, "Plus tard le même jour")
    assert daily_backup(store, 7, DAY) == first  # the day's copy stays as it was
    with Store.open(first) as copy, copy.session() as session:
        from sqlalchemy import text

        titles = set(session.execute(text("SELECT title FROM good_practice")).scalars())
    assert titles == {"Guichet unique pour les migrants de retour"}
    assert backups_of(store.path) == [first]


def test_copies_older_than_the_days_kept_go_and_other_databases_keep_theirs(store: Store, tmp_path: Path) -> None:
    for back in range(10):
        daily_backup(store, 30, DAY - dt.timedelta(days=back))
    other = Store.open(tmp_path / "elsewhere" / store.path.name)  # the same name, another folder
    daily_backup(other, 30, DAY)
    assert len(backups_of(store.path)) == 10
    daily_backup(store, 3, DAY)
    kept = [path.name[-13:-3] for path in backups_of(store.path)]
    assert kept == ["2026-12-02", "2026-12-03", "2026-12-04"]
    assert len(backups_of(other.path)) == 1
    other.close()


def test_no_copy_when_none_are_to_be_kept(store: Store) -> None:
    assert daily_backup(store, 0, DAY) is None
    assert backups_of(store.path) == []
