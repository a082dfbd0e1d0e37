"""Collects demo records with ids derived from stable keys.

The ids are UUID version 5 of a readable key ("PER/committee/mtigm"), so loading
the demo twice names the same records twice and creates nothing new.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import defaultdict
from typing import Any

NAMESPACE = uuid.UUID("6f1c1d2e-3b7a-4c55-9d0e-4d61a1f0b8a1")


def demo_id(key: str) -> str:
    """``str(uuid.uuid5(NAMESPACE, key))``, computed without building UUID objects
    (the scale demo makes hundreds of thousands)."""
    digest = bytearray(hashlib.sha1(NAMESPACE.bytes + key.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class DemoBuilder:
    def __init__(self) -> None:
        self.records: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.contents: dict[str, bytes] = {}

    def add(self, record_kind: str, key: str, /, **values: Any) -> str:
        record_id = demo_id(f"{record_kind}/{key}")
        self.records[record_kind].append({"id": record_id, **values})
        return record_id

    def count(self) -> int:
        return sum(len(rows) for rows in self.records.values())
