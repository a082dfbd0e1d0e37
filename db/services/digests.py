"""The digest of a change's content, the same whoever writes the change's line.

Authors sign these digests (``db.services.authorship``), so a change is known by
what it says as well as by its (device, time, record).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import orjson

_ENVELOPE = ("kind", "id", "action", "at", "device", "user", "country", "seen", "trash_id")


def change_digest(line: Mapping[str, Any]) -> bytes:
    """The SHA-256 of a change's content as a file's line gives it (parsed JSON, before any check).

    The same whoever writes the line: keys sorted, numbers that are whole written as integers
    (one database stores 1000, another 1000.0), and a create's empty fields left out (a database
    of a later revision holds more columns)."""
    fields = line.get("fields")
    if type(fields) is dict:
        action = line.get("action")
        if action == "create":
            fields = {name: value for name, value in fields.items() if value is not None}
            if any(type(value) in _NESTED_OR_FLOAT for value in fields.values()):
                fields = {name: _plain(value) for name, value in fields.items()}
        elif action in ("delete", "restore"):
            fields = {"deleted_at": _plain(fields.get("deleted_at"))}
        else:
            fields = _plain(fields)
    get = line.get
    body = [get(name) for name in _ENVELOPE]
    body.append(fields)
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).digest()


_NESTED_OR_FLOAT = (float, list, dict)


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind is float:
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if kind is list:
        return [_plain(item) for item in value]
    if kind is dict:
        return {name: _plain(item) for name, item in value.items()}
    return value
