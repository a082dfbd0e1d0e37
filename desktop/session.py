"""Opening the database and knowing who is at the keyboard."""

from __future__ import annotations

import getpass

from db.services import Actor
from db.services.settings import get_setting
from db.store import Store


def current_actor(store: Store) -> Actor:
    """The person making changes: the name set in Settings, else the login name."""
    with store.session() as session:
        name = get_setting(session, "user_name")
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = "unknown"
    return Actor(user=name, device=store.device_id())
