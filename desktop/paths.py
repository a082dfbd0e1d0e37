"""Where Mainstream keeps its files by default (the database, the log), and which database it opens.

The database last opened in the application is remembered in a small text
file beside the default database (not in Qt's settings), so that the command
line, which never imports Qt, opens the same file as the window.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from desktop import APP_NAME


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    """Where unexpected errors are logged with their traceback (``desktop.logs``); older logs
    beside it as ``mainstream.log.1``, ``.2``, ``.3``."""
    return data_dir() / "mainstream.log"


def _remembered_file() -> Path:
    return data_dir() / "last-database.txt"


def remembered_database() -> Path | None:
    """The database last opened in the application, if it still exists."""
    try:
        text = _remembered_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    path = Path(text) if text else None
    return path if path is not None and path.is_file() else None


def remember_database(path: Path) -> None:
    """Open ``path`` by default from now on; written atomically, silently skipped if impossible."""
    target = _remembered_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(str(Path(path).resolve()), encoding="utf-8")
        temporary.replace(target)
    except OSError:
        pass  # only a convenience: the next start opens the default database instead


def default_database() -> Path:
    """``MAINSTREAM_DB`` if set, else the database last opened in the
    application, else ``mainstream.db`` in the user data folder."""
    override = os.environ.get("MAINSTREAM_DB")
    if override:
        return Path(override)
    return remembered_database() or data_dir() / "mainstream.db"


def _temporary_of(name: Path, path: Path) -> bool:
    """Whether ``name`` is one of the hidden files a whole-or-nothing write of ``path`` goes through
    (``.<name>.*.partial`` for exchange files, ``.<name>.*.part`` for reports)."""
    return (
        name.parent == path.parent
        and name.name.startswith(f".{path.name}.")
        and name.name.endswith((".partial", ".part"))
    )


@contextmanager
def named_as(path: Path) -> Iterator[None]:
    """An error writing ``path`` names ``path``, the file the user chose, not the hidden temporary
    file beside it the write went through (``.x.mxf.eltkv79j.partial`` means nothing to anyone)."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None or not _temporary_of(Path(exc.filename), Path(path)):
            raise
        raise type(exc)(exc.errno, exc.strerror, str(path)) from exc
