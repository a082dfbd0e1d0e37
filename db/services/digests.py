"""The digest of a change's content, the same whoever writes the change's line.

Authors sign these digests (``db.services.authorship``), so a change is known by
what it says as well as by its (device, time, record).
"""

from __future__ import annotations

from collections.abc import Mapping
from hashlib import sha256
from typing import Any

from orjson import OPT_SORT_KEYS, dumps


def change_digest(line: Mapping[str, Any]) -> bytes:
    """The SHA-256 of a change's content as a file's line gives it (parsed JSON, before any check).

    The same whoever writes the line: keys sorted; a create's empty fields left out (a database
    of a later revision holds more columns); in an update, whole numbers written as integers (an
    update's values went through the editor's check, whose number may be 1000 or 1000.0). A
    create's values are read from the record's table, where every installation stores a number
    in the same type, so they are taken as they are (the costly part of a digest otherwise).
    """
    get = line.get
    fields = get("fields")
    if type(fields) is dict:
        action = get("action")
        if action == "create":
            if None in fields.values():
                fields = {name: value for name, value in fields.items() if value is not None}
        elif action in ("delete", "restore"):
            fields = {"deleted_at": _plain(fields.get("deleted_at"))}
        else:
            fields = _plain(fields)
    body = (
        get("kind"),
        get("id"),
        get("action"),
        get("at"),
        get("device"),
        get("user"),
        get("country"),
        get("seen"),
        get("trash_id"),
        fields,
    )
    return sha256(dumps(body, option=OPT_SORT_KEYS)).digest()


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind is float:
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if kind is list:
        return [_plain(item) for item in value]
    if kind is dict:
        return {name: _plain(item) for name, item in value.items()}
    return value
