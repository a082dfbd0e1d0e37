"""Opening the database and knowing who is at the keyboard."""

from __future__ import annotations

import getpass

from db.services import Actor
from db.services.settings import get_setting
from db.store import Store
from desktop.paths import machine_profile


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
