"""Every change signed by its author: the file's ``authors.jsonl`` part, written and checked.

A file carries, for each operation it holds changes of (an author's changes of one stamp,
``db.services.authorship``), one line: the author's signature of the digests of all the
operation's changes, with those digests when the file carries only some of the changes (a
file cut by country); or, for an operation logged before authors signed (database revision
0006), ``"vouched": true``: its sender vouches for it. The manifest's ``authors`` gives the
public key of each author, as the sender knows it.

On arrival, each change not held here must be covered by its author's signature, checked with
the key known here for that installation (its own file's key, or the key first learnt for it);
an installation never seen is taken with the key the sender gives. So a partner relaying a
file cannot alter another's change, nor make one up in another's name (this installation's
own, or headquarters'): such a file is refused with one line. A vouched change is accepted
only if dated before this installation began to require signatures, and never in this
installation's own name.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy.orm import Session

from db.services.authorship import (
    DIGEST_SIZE,
    OperationKey,
    Signed,
    author_keys,
    joined,
    operation_message,
    operation_sizes,
    signing_since,
    split,
    stored_signatures,
)
from db.services.kinds import CANONICAL_UUID
from db.services.operations import Operation
from db.services.outgoing import STAMP_LENGTH, Outgoing
from db.services.partners import partner
from desktop.exchange.keys import KEY_SIZE, SIGNATURE_SIZE, is_weak, sign, verify

AUTHORS = "authors.jsonl"
_HEX = frozenset("0123456789abcdef")


@dataclass
class Written:
    """What an export adds for the authors: the part's bytes, the manifest's keys, and the
    signatures made now of this installation's operations (kept, so they are made once)."""

    part: bytes
    keys: dict[str, str]
    made: list[Signed] = field(default_factory=list)


def write_authors(
    session: Session, changes: Outgoing, own_ids: Collection[str], private_key: bytes, public_key: bytes
) -> Written:
    """The authors part of a file whose changes ``changes`` wrote (read through already)."""
    wanted = set(changes.per_operation)
    stored = stored_signatures(session, wanted)
    made = _sign_own(session, changes, own_ids, stored, private_key)
    lines: list[bytes] = []
    for (device, at), count in sorted(changes.per_operation.items(), key=lambda item: (item[0][1], item[0][0])):
        signed = stored.get((device, at)) or made.get((device, at))
        if signed is None:
            lines.append(orjson.dumps({"device": device, "at": at, "vouched": True}))
            continue
        line: dict[str, Any] = {"device": device, "at": at, "signature": signed.signature.hex()}
        if signed.size > count:  # the file holds only some of its changes: the rest are named
            line["digests"] = [digest.hex() for digest in split(signed.digests)]
        lines.append(orjson.dumps(line))
    authors = {device for device, _at in wanted}
    keys = {device: public_key.hex() for device in authors & set(own_ids)}
    for device, known in author_keys(session, authors - set(own_ids)).items():
        keys[device] = sorted(known)[0] if len(known) == 1 else _partner_key(session, device, known)
    return Written(b"\n".join(lines) + b"\n" if lines else b"", keys, list(made.values()))


def _partner_key(session: Session, device: str, known: set[str]) -> str:
    """Of several keys known for an author, the partner's current one."""
    info = partner(session, device)
    return info.public_key if info is not None and info.public_key in known else sorted(known)[0]


def _sign_own(
    session: Session,
    changes: Outgoing,
    own_ids: Collection[str],
    stored: Mapping[OperationKey, Signed],
    private_key: bytes,
) -> dict[OperationKey, Signed]:
    """Sign this installation's operations in the file that are not signed yet (those logged
    since its last export, or before authors signed). An operation the file carries only part of
    is read whole once more, for the digests of the rest."""
    unsigned = {key for key in changes.per_operation if key[0] in own_ids and key not in stored}
    if not unsigned:
        return {}
    sizes = operation_sizes(session, {device for device, _at in unsigned})
    digests = {key: changes.operation_digests.get(key, []) for key in unsigned}
    partial = {key for key in unsigned if sizes.get(key, 0) > len(digests[key])}
    if partial:
        whole = Outgoing(session, digest_devices=own_ids, operations=partial)
        for _chunk in whole.chunks():
            pass
        digests.update({key: whole.operation_digests.get(key, []) for key in partial})
    made: dict[OperationKey, Signed] = {}
    for device, at in unsigned:
        together = joined(digests[(device, at)])
        signature = sign(private_key, operation_message(device, at, together))
        made[(device, at)] = Signed(device, at, signature, together)
    return made


# --- on arrival --------------------------------------------------------------------------------


class AuthorsError(Exception):
    """The authors part is malformed, or a change is not its author's: one line, for the user."""


@dataclass
class Checked:
    """What a file's authors part proved: signatures to keep, and keys learnt for new authors."""

    signatures: list[Signed] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)
    #: Operations made in this installation's name by a copy of it (its file, under this id, signed
    #: with the copy's key): this installation, whose key its partners know for the id, signs them
    #: on import, so that they can be relayed to partners who never saw the copy's key.
    adopted: list[Signed] = field(default_factory=list)


def check_authors(
    session: Session,
    part: bytes | None,
    manifest_keys: Any,
    operations: list[Operation],
    *,
    own_ids: Collection[str],
    own_key: bytes,
    sender: str,
    sender_key: str,
    twins: Collection[str] = (),
    forked: bool = False,
    sender_key_for_all: bool = False,
) -> Checked:
    """Check that every change of the file not held here is its author's; raises AuthorsError.

    ``twins``: ids of this installation's that the sender says it used too (this database was
    copied to the sender's computer, each going on under the one id): changes in those names that
    this installation does not hold are the sender's own, signed with its key. The import gives
    this installation a new id and says so to the user. ``forked``: the file shows that the sender
    holds changes in this installation's name that it lacks (it was restored from a backup, or
    copied): those it holds are its own, those it lacks were made by a copy of it, whose key the
    sender gives. ``sender_key_for_all``: the user, having compared the sender's fingerprint with
    the owner of the installations its changes claim, accepts the sender's key for them (a copy of
    a database whose original is gone: its changes under the id it shared were signed with its key).
    """
    entries = _entries(part)
    given_keys = _manifest_keys(manifest_keys)
    new: dict[OperationKey, list[Operation]] = {}
    held: set[OperationKey] = set()
    for op in operations:
        if op.checked:
            new.setdefault((op.device, op.at), []).append(op)
        else:
            held.add((op.device, op.at))
    checked = Checked()
    if not new:
        return checked
    since = signing_since(session)
    authors = {device for device, _at in new}
    known = author_keys(session, authors - set(own_ids))
    stored = stored_signatures(session, set(new) & held)
    for key, ops in new.items():
        device, at = key
        first = ops[0]
        what = f"{first.kind} {first.record_id} by installation {device} ({at[:19]} UTC)"
        entry = entries.get(key)
        if entry is None:
            if part is not None or at >= since or device in own_ids:
                raise AuthorsError(f"holds a change of {what} that its author did not sign: refused")
            continue  # a file of an older Mainstream, from before authors signed: vouched
        if isinstance(entry, str):  # "vouched"
            if at >= since or device in own_ids:
                raise AuthorsError(f"holds a change of {what} that its author did not sign: refused")
            continue
        signature, listed = entry
        digests = listed if listed is not None else _digests_of(key, ops, key in held, stored)
        if digests is None:
            if at >= since:
                raise AuthorsError(f"holds a change of {what} whose operation cannot be checked: refused")
            continue
        inside = set(split(digests))
        altered = next((op for op in ops if op.digest not in inside), None)
        if altered is not None:
            what = f"{altered.kind} {altered.record_id} by installation {device} ({at[:19]} UTC)"
            raise AuthorsError(f"holds a change of {what} that is not the one its author signed: refused")
        candidates = _candidate_keys(device, own_ids, own_key, known, given_keys, sender, sender_key)
        if device in twins or sender_key_for_all:
            candidates.add(sender_key)
        if forked and device in own_ids and device in given_keys:
            candidates.add(given_keys[device])
        message = operation_message(device, at, digests)
        if not any(verify(bytes.fromhex(candidate), signature, message) for candidate in candidates):
            raise AuthorsError(
                f"holds a change of {what} that is not signed by that installation's key "
                "(altered, or made in its name by someone else): refused"
            )
        signed = Signed(device, at, signature, digests)
        by_a_copy = device in own_ids and device == sender and sender_key != own_key.hex()
        if by_a_copy and not verify(own_key, signature, message):
            checked.adopted.append(signed)
        else:
            checked.signatures.append(signed)
        if device not in known and device not in own_ids and device in given_keys:
            checked.keys[device] = given_keys[device]
    if sender not in own_ids:
        checked.keys.setdefault(sender, sender_key)
    return checked


def _digests_of(
    key: OperationKey, ops: list[Operation], partly_held: bool, stored: Mapping[OperationKey, Signed]
) -> bytes | None:
    """The digests an operation's signature covers, when the file does not list them: it carries
    every change of the operation; some of them held here already, whose signature is kept."""
    if not partly_held:
        return joined(op.digest for op in ops if op.digest is not None)
    kept = stored.get(key)
    return kept.digests if kept is not None else None


def _candidate_keys(
    device: str,
    own_ids: Collection[str],
    own_key: bytes,
    known: Mapping[str, set[str]],
    given: Mapping[str, str],
    sender: str,
    sender_key: str,
) -> set[str]:
    """The keys a change of ``device`` may be signed with: this installation's own, for its ids; the
    keys known here for that installation; the file's own key for the sender's changes; and, for an
    installation never seen here, the key the sender gives for it."""
    candidates: set[str] = set()
    if device in own_ids:
        candidates.add(own_key.hex())
    candidates.update(known.get(device, ()))
    if device == sender:
        candidates.add(sender_key)
    if not candidates and device in given:
        candidates.add(given[device])
    return candidates


def _entries(part: bytes | None) -> dict[OperationKey, tuple[bytes, bytes | None] | str]:
    """The authors part's lines by operation: (signature, digests or None) or "vouched"."""
    entries: dict[OperationKey, tuple[bytes, bytes | None] | str] = {}
    if part is None:
        return entries
    for number, line in enumerate(part.splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise AuthorsError(f"is damaged: line {number} of its authors' signatures is not JSON") from None
        key, entry = _entry(raw)
        if key is None or entry is None:
            raise AuthorsError(f"is damaged: line {number} of its authors' signatures is not one")
        if key in entries:
            raise AuthorsError(f"is inconsistent: its authors' signatures name one operation twice (line {number})")
        entries[key] = entry
    return entries


def _entry(raw: Any) -> tuple[OperationKey | None, tuple[bytes, bytes | None] | str | None]:
    if type(raw) is not dict:
        return None, None
    device, at = raw.get("device"), raw.get("at")
    if type(device) is not str or not CANONICAL_UUID.fullmatch(device):
        return None, None
    if type(at) is not str or len(at) != STAMP_LENGTH:
        return None, None
    if raw.get("vouched") is True and set(raw) == {"device", "at", "vouched"}:
        return (device, at), "vouched"
    signature = _hex_bytes(raw.get("signature"), SIGNATURE_SIZE)
    if signature is None or not set(raw) <= {"device", "at", "signature", "digests"}:
        return None, None
    listed = raw.get("digests")
    if listed is None:
        return (device, at), (signature, None)
    if type(listed) is not list or not listed:
        return None, None
    digests = [_hex_bytes(item, DIGEST_SIZE) for item in listed]
    if any(digest is None for digest in digests):
        return None, None
    return (device, at), (signature, joined(d for d in digests if d is not None))


def _hex_bytes(value: Any, size: int) -> bytes | None:
    if type(value) is not str or len(value) != 2 * size or not set(value) <= _HEX:
        return None
    return bytes.fromhex(value)


def _manifest_keys(value: Any) -> dict[str, str]:
    """The manifest's ``authors`` ({installation id: public key hex}), well formed; weak keys left out."""
    if value is None:
        return {}
    if type(value) is not dict or len(value) > 100_000:
        raise AuthorsError("is inconsistent: its manifest's authors are not a list of installations and keys")
    keys: dict[str, str] = {}
    for device, key in value.items():
        raw = _hex_bytes(key, KEY_SIZE)
        if not CANONICAL_UUID.fullmatch(device) or raw is None:
            raise AuthorsError("is inconsistent: its manifest's authors are not a list of installations and keys")
        if not is_weak(raw):
            keys[device] = key
    return keys
