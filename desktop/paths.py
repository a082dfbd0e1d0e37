"""Where Mainstream keeps its files by default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop import APP_NAME


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    """``MAINSTREAM_DB`` if set, else ``mainstream.db`` in the user data folder."""
    override = os.environ.get("MAINSTREAM_DB")
    return Path(override) if override else data_dir() / "mainstream.db"
