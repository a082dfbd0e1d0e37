"""A copy of the database made each day it is opened, the last few days kept.

A focal point's records live in one file; a broken disk, a wrong import or a
deleted file should cost at most a day. So the first time the window opens a
database on a day, it copies it (SQLite's online backup, safe while the window
works: ``Store.backup``) into ``backups/`` in the user data folder, which is
this computer's and not the stick's the database may be on, and removes that
database's copies older than the number of days set in Settings (0: none made).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from db.store import Store
from desktop.paths import data_dir

#: How many days of copies are kept unless the user says otherwise.
DEFAULT_DAYS = 7
MAX_DAYS = 365
_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})\.db")


def backup_folder() -> Path:
    return data_dir() / "backups"


def _prefix(database: Path) -> str:
    """The start of the names of ``database``'s copies: its name, and a hash of its full path, so
    that two databases of the same name elsewhere keep copies of their own."""
    where = hashlib.sha256(str(Path(database).resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{Path(database).stem}-{where}-"


def backups_of(database: Path) -> list[Path]:
    """The copies kept of ``database``, oldest first."""
    prefix = _prefix(database)
    folder = backup_folder()
    if not folder.is_dir():
        return []
    found = [
        path for path in folder.iterdir() if path.name.startswith(prefix) and _DAY.fullmatch(path.name[len(prefix) :])
    ]
    return sorted(found)


def daily_backup(store: Store, days: int, today: dt.date | None = None) -> Path | None:
    """Today's copy of the store's database (made if there is none yet), the copies older than
    ``days`` days removed; None when ``days`` is 0 (no copies)."""
    today = today or dt.date.today()
    if days <= 0:
        return None
    folder = backup_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{_prefix(store.path)}{today.isoformat()}.db"
    if not target.exists():
        store.backup(target)
    oldest = (today - dt.timedelta(days=min(days, MAX_DAYS) - 1)).isoformat()
    prefix = _prefix(store.path)
    for path in backups_of(store.path):
        if path.name[len(prefix) : len(prefix) + 10] < oldest:
            path.unlink(missing_ok=True)
    return target
