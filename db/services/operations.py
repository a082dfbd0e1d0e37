"""Changes as operations that travel between installations.

An operation is one row of the change log: a create (with the values the
record was created with), an update (``{field: [old, new]}``), a delete or a
restore, stamped with when, by whom and on which device, with the record's
version vector as its author knew it (``seen``). ``(device, at, record_id)``
names it everywhere. What the log holds is looked up here; an export's lines
are written by ``db.services.outgoing``, a file's read and checked by
``db.services.incoming``, and applying them is ``db.services.merge``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models import Change
from db.services import outgoing
from db.services.formats import format_datetime, parse_datetime
from db.services.kinds import CANONICAL_UUID, check_country
from db.services.outgoing import STAMP_LENGTH, stamp_as_sent
from db.services.references import chunks
from db.services.sqlite import Query, database_file, stored_rows

ACTIONS = ("create", "update", "delete", "restore")
#: What a peer holds: {country or "": {device: latest changed_at}}.
Holdings: TypeAlias = outgoing.Holdings


@dataclass(slots=True)
class Operation:
    kind: str
    record_id: str
    action: str
    at: str
    device: str
    user: str
    country: str | None
    seen: dict[str, str] | None
    trash_id: str | None
    #: create: {field: value}; update: {field: [old, new]}; delete/restore: {"deleted_at": [..]}.
    fields: dict[str, Any]
    #: False for an operation read from a file as held already: its fields were
    #: neither checked nor kept (the merge skips it, and refuses it if it is not held).
    checked: bool = True
    #: The SHA-256 of its content as its line gave it (``authorship.change_digest``), which its
    #: author signed; None for an operation not read from a file, or held already.
    digest: bytes | None = field(default=None, repr=False, compare=False)
    #: Its name everywhere: (device, at, record_id).
    key: tuple[str, str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.key = (self.device, self.at, self.record_id)

    @property
    def order(self) -> tuple[str, str]:
        """The same total order everywhere: time, then device."""
        return (self.at, self.device)

    def knows(self, other: Operation) -> bool:
        """Whether this operation's author had ``other`` when making it."""
        if self.seen is None:
            if self.action == "create":
                return False  # the record's first change: nothing of it came before
            return other.order < self.order  # written before version vectors: knew all that came before
        return other.at <= self.seen.get(other.device, "")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.record_id,
            "action": self.action,
            "at": self.at,
            "device": self.device,
            "user": self.user,
            "country": self.country,
            "seen": self.seen,
            "trash_id": self.trash_id,
            "fields": self.fields,
        }


# --- reading the log --------------------------------------------------------------------


def holdings(session: Session) -> Holdings:
    """The latest change of each device per country: what this installation holds.

    Every export sends all of a device's changes of a country up to some moment,
    so holding one change means holding all earlier ones of that device and country.
    """
    held: Holdings = {}
    query = select(Change.country, Change.device, func.max(Change.changed_at)).group_by(Change.country, Change.device)
    for country, device, latest in session.execute(query):
        held.setdefault(country or "", {})[device] = format_datetime(latest) or ""
    return held


#: At most this many countries, and devices per country, in what a partner says it holds.
MOST_COUNTRIES_HELD = 1_000
MOST_DEVICES_HELD = 10_000


def check_holdings(value: Any) -> Holdings:
    """What a partner says it holds, as ``holdings`` makes it ({country or "": {device: stamp}}),
    checked whole: it decides every later file for that partner, so a wrong shape must be
    refused when it arrives, not fail each export after it. Raises ValueError."""
    if type(value) is not dict or len(value) > MOST_COUNTRIES_HELD:
        raise ValueError("must be an object of countries")
    checked: Holdings = {}
    for country, devices in value.items():
        if country != "" and (type(country) is not str or check_country(country) != country):
            raise ValueError(f"names {str(country)[:20]!r}, which is not a country code")
        if type(devices) is not dict or len(devices) > MOST_DEVICES_HELD:
            raise ValueError(f"must give an object of devices for {country or 'global records'}")
        for device, stamp in devices.items():
            if type(device) is not str or not CANONICAL_UUID.fullmatch(device):
                raise ValueError(f"names {str(device)[:40]!r}, which is not an installation's id")
            if type(stamp) is not str or len(stamp) != STAMP_LENGTH:
                raise ValueError(f"gives {str(stamp)[:40]!r}, which is not a time stamp")
            parse_datetime(stamp)
        checked[country] = dict(devices)
    return checked


def operations_of(session: Session, record_ids: Iterable[str]) -> dict[str, list[Operation]]:
    """The logged operations of these records (create values left out: the merge
    takes a create's values from the stored record)."""
    found: dict[str, list[Operation]] = {}
    for chunk in chunks(set(record_ids)):
        query = select(
            Change.changed_at,
            Change.user,
            Change.device,
            Change.kind,
            Change.record_id,
            Change.action,
            Change.fields,
            Change.trash_id,
            Change.country,
            Change.seen,
        ).where(Change.record_id.in_(chunk))
        for row in session.execute(query):
            found.setdefault(row.record_id, []).append(
                Operation(
                    kind=row.kind,
                    record_id=row.record_id,
                    action=row.action,
                    at=format_datetime(row.changed_at) or "",
                    device=row.device,
                    user=row.user,
                    country=row.country,
                    seen=row.seen,
                    trash_id=row.trash_id,
                    fields=row.fields,
                )
            )
    return found


#: An operation's name everywhere: (device, at, record_id).
Key = tuple[str, str, str]
#: Up to this many operations are looked up by record; more, by reading the log's index through.
LOOK_UP_BY_RECORD = 20_000


class Held:
    """Which operations the log holds already (read in the caller's session).

    ``latest`` is each device's latest change here: nothing is held that is
    later, so most operations of a file of new changes need no look-up at all.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        query = "SELECT device, max(changed_at) FROM change GROUP BY device"
        with stored_rows(session) as read:
            self.latest = {device: stamp_as_sent(at) for device, at in read(query).fetchall()}

    def of(self, keys: Collection[Key]) -> set[Key]:
        """Those of ``keys`` the log holds."""
        if not self.latest:
            return set()  # an empty log: a new installation's first file
        with stored_rows(self.session) as read:
            if len(keys) > LOOK_UP_BY_RECORD:
                return self._of_many(read, keys)
            latest = self.latest
            wanted = {key for key in keys if key[1] <= latest.get(key[0], "")}
            query = "SELECT device, changed_at, record_id FROM change WHERE record_id IN ({})"
            rows = [
                (device, stamp_as_sent(at), record_id)
                for chunk in chunks({record_id for _device, _at, record_id in wanted})
                for device, at, record_id in read(query.format(", ".join("?" * len(chunk))), chunk)
            ]
            return wanted.intersection(rows)

    def _of_many(self, read: Query, keys: Collection[Key]) -> set[Key]:
        """By reading the whole log's index, unless the same question was answered
        for this very log a moment ago (reading a file, then merging it)."""
        (last_seq, *last_key) = read(
            "SELECT seq, device, changed_at, record_id FROM change ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        database = database_file(read)
        # The log only grows: the same last row means the same log.
        state = (database, last_seq, *last_key)
        answer = _LAST_ANSWER.pop() if _LAST_ANSWER else None
        if answer is not None and answer[0] == state and answer[1].issuperset(keys):
            return set(answer[2].intersection(keys))
        # Stamps are stored as they travel, so the rows compare as they are (in C)...
        rows = set(read("SELECT device, changed_at, record_id FROM change"))
        # ... but for any stored in another form (Mainstream never writes one).
        query = f"SELECT device, changed_at, record_id FROM change WHERE length(changed_at) <> {STAMP_LENGTH}"
        rows.update((device, stamp_as_sent(at), rid) for device, at, rid in read(query))
        found = set(filter(rows.__contains__, keys))  # the caller's own keys, not the rows' copies
        del rows
        _LAST_ANSWER[:] = [(state, frozenset(keys), frozenset(found))]
        return found


#: The last answer of ``Held._of_many`` (the log's state, keys asked about, keys held), used once at most.
_LAST_ANSWER: list[tuple[tuple[Any, ...], frozenset[Key], frozenset[Key]]] = []


def held_keys(session: Session, keys: Collection[Key]) -> set[Key]:
    """Which of these operations the log holds already."""
    return Held(session).of(keys)


# --- operations read from a file (read and checked by ``incoming.read_operations``) ---------------


def refuse_unchecked(operations: Iterable[Operation]) -> None:
    """Raise a ``ValidationError`` if one of ``operations`` was not checked (read
    as held already, see ``incoming.read_operations``): the file was read against another database."""
    for op in operations:
        if not op.checked:
            raise ValidationError.single(
                "file",
                op.record_id,
                None,
                "was read as if this database held some of its changes, which it does not: read it again",
            )
