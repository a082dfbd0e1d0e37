"""Who made each change: the digest of its content that its author signs, and the signatures kept.

A file is signed by whoever sends it, and a sender relays other installations'
changes; so each change must also carry its author's word, or a partner could
alter a relayed change, or make one up in another installation's name (its
own, headquarters'). The unit an author signs is an **operation**: every
change it logged with one stamp (one edit, one delete with its members, one
import of a workbook). The signature covers the SHA-256 of each change's
content (``digests.change_digest``), so the identity of a change includes what it
says. A file cut by country may carry only some changes of an operation: it
then carries the digests of all of them, and the receiver keeps them, so the
operation can be checked again wherever it is relayed next.

The signing and checking are ``desktop.exchange.authors``; this module keeps
what they need in the database (``change_signature``, ``author_key``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.services.outgoing import stamp_as_sent
from db.services.references import chunks
from db.services.settings import get_setting, set_setting

DIGEST_SIZE = 32
#: The setting holding when this installation began to require authors' signatures: a change
#: without one (logged before) is accepted, vouched for by its sender, only if dated earlier.
SIGNING_SINCE = "signing_since"
#: An operation's key: (device, stamp as it travels).
OperationKey = tuple[str, str]
_MESSAGE = b"mainstream operation 1\n"


def operation_message(device: str, at: str, digests: bytes) -> bytes:
    """What an author signs for one operation: its device, its stamp and its changes' digests
    (``digests``: sorted, end to end)."""
    return b"".join((_MESSAGE, device.encode(), b"\n", at.encode(), b"\n", hashlib.sha256(digests).digest()))


def joined(digests: Iterable[bytes]) -> bytes:
    """Digests sorted and put end to end: the form signed and kept."""
    return b"".join(sorted(set(digests)))


def split(digests: bytes) -> list[bytes]:
    return [digests[at : at + DIGEST_SIZE] for at in range(0, len(digests), DIGEST_SIZE)]


@dataclass(frozen=True)
class Signed:
    """An operation's signature by its author, with the digests of all its changes."""

    device: str
    at: str
    signature: bytes
    #: Sorted, end to end (``joined``).
    digests: bytes

    @property
    def size(self) -> int:
        """How many changes the operation made."""
        return len(self.digests) // DIGEST_SIZE


def stored_signatures(session: Session, wanted: Collection[OperationKey]) -> dict[OperationKey, Signed]:
    """The signatures kept here of the operations ``wanted``."""
    found: dict[OperationKey, Signed] = {}
    if not wanted:
        return found
    devices = sorted({device for device, _at in wanted})
    for chunk in chunks(devices):
        marks = ", ".join(f":d{index}" for index in range(len(chunk)))
        rows = session.execute(
            text(f"SELECT device, changed_at, signature, digests FROM change_signature WHERE device IN ({marks})"),
            {f"d{index}": device for index, device in enumerate(chunk)},
        )
        for device, at, signature, digests in rows:
            if (device, at) in wanted:
                found[(device, at)] = Signed(device, at, bytes(signature), bytes(digests))
    return found


def signed_operations(session: Session, devices: Collection[str]) -> set[OperationKey]:
    """The operations of ``devices`` whose signature is kept here."""
    found: set[OperationKey] = set()
    for chunk in chunks(sorted(devices)):
        marks = ", ".join(f":d{index}" for index in range(len(chunk)))
        query = text(f"SELECT device, changed_at FROM change_signature WHERE device IN ({marks})")
        found.update((device, at) for device, at in session.execute(query, {f"d{i}": d for i, d in enumerate(chunk)}))
    return found


def keep_signatures(session: Session, signed: Iterable[Signed]) -> None:
    """Keep signatures of operations (one already kept stays as it is)."""
    rows = [{"d": s.device, "a": s.at, "s": s.signature, "g": s.digests} for s in signed]
    if rows:
        session.execute(
            text(
                "INSERT OR IGNORE INTO change_signature (device, changed_at, signature, digests) "
                "VALUES (:d, :a, :s, :g)"
            ),
            rows,
        )


def operation_sizes(session: Session, devices: Collection[str]) -> dict[OperationKey, int]:
    """How many changes each operation of ``devices`` logged here."""
    sizes: dict[OperationKey, int] = {}
    for chunk in chunks(sorted(devices)):
        marks = ", ".join(f":d{index}" for index in range(len(chunk)))
        rows = session.execute(
            text(
                f"SELECT device, changed_at, count(*) FROM change WHERE device IN ({marks}) GROUP BY device, changed_at"
            ),
            {f"d{index}": device for index, device in enumerate(chunk)},
        )
        for device, at, count in rows:
            key = (device, stamp_as_sent(at))
            sizes[key] = sizes.get(key, 0) + count
    return sizes


def author_keys(session: Session, devices: Collection[str]) -> dict[str, set[str]]:
    """The public keys (hex) known here for each of ``devices``: as learnt from files, and the
    partner's current key (a partner that made a new key signed its older changes with the old)."""
    keys: dict[str, set[str]] = {}
    for chunk in chunks(sorted(devices)):
        marks = ", ".join(f":d{index}" for index in range(len(chunk)))
        params = {f"d{index}": device for index, device in enumerate(chunk)}
        for table in ("author_key", "partner"):
            query = text(f"SELECT device, public_key FROM {table} WHERE device IN ({marks})")
            for device, key in session.execute(query, params):
                keys.setdefault(device, set()).add(key)
    return keys


def learn_author_keys(session: Session, keys: Mapping[str, str], told_by: str, *, replace: bool = False) -> None:
    """Keep the key each of these authors signs with (a key known already stays, unless ``replace``:
    the user accepted a partner's new key)."""
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = [{"d": device, "k": key, "t": told_by, "w": now} for device, key in keys.items()]
    if rows:
        session.execute(
            text(f"{verb} INTO author_key (device, public_key, told_by, learnt_at) VALUES (:d, :k, :t, :w)"), rows
        )


def signing_since(session: Session, *, keep: bool = False) -> str:
    """When this installation began to require signatures (the stamp form): for a database made
    since, the first import (``keep``: write it, inside that import's transaction)."""
    found = get_setting(session, SIGNING_SINCE)
    if found is None:
        found = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        if keep:
            set_setting(session, SIGNING_SINCE, found)
    return found
