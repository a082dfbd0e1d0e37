"""Opening the database and knowing who is at the keyboard."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import platformdirs

from db.services import Actor
from db.services.settings import get_setting
from db.store import Store
from desktop import APP_NAME


def current_actor(store: Store) -> Actor:
    """The person making changes: the name set in Settings for this database, else the one last set
    in Settings on this computer (for any database), else the login name."""
    with store.session() as session:
        name = get_setting(session, "user_name")
    if not name:
        name = machine_profile().get("user_name")
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = "unknown"
    return Actor(user=name, device=store.device_id())


def _profile_file() -> Path:
    """Beside the default database, in the user data folder (``desktop.paths.data_dir``, which this
    layer may not import: the same folder, spelled out)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "profile.json"


def machine_profile() -> dict[str, str]:
    """The user's name and agency as last saved in Settings on this computer, whichever database was
    open then ({} if never): a new database starts signed by its user, not by the login name."""
    try:
        data = json.loads(_profile_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if key in ("user_name", "agency") and isinstance(value, str)}


def remember_profile(user_name: str, agency: str) -> None:
    """Keep the name and agency for every database on this computer; silently skipped if impossible."""
    target = _profile_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps({"user_name": user_name, "agency": agency}), encoding="utf-8")
        temporary.replace(target)
    except OSError:
        pass  # each database still keeps its own
