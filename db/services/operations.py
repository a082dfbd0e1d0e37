"""Changes as operations that travel between installations.

An operation is one row of the change log: a create (with the values the
record was created with), an update (``{field: [old, new]}``), a delete or a
restore, stamped with when, by whom and on which device, with the record's
version vector as its author knew it (``seen``). ``(device, at, record_id)``
names it everywhere. Reading them for an export, and checking those read from
a file, both live here; applying them is ``db.services.merge``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import Problem, ValidationError
from db.models import Change
from db.services.bulk import format_datetime, parse_datetime
from db.services.changelog import jsonable
from db.services.kinds import check_country, check_uuid, kind_specs, spec_for
from db.services.references import chunks
from db.services.rows import fetch_rows

ACTIONS = ("create", "update", "delete", "restore")
#: Changes dated later than this after now come from a clock gone wrong (or a forger).
FUTURE_SLACK = dt.timedelta(days=1)
#: Text form of a moment, as stored: sorts as time does.
STAMP_LENGTH = len("2026-01-01 00:00:00.000000")

#: What a peer holds: {country or "": {device: latest changed_at}}.
Holdings = dict[str, dict[str, str]]


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

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.device, self.at, self.record_id)

    @property
    def order(self) -> tuple[str, str]:
        """The same total order everywhere: time, then device."""
        return (self.at, self.device)

    def knows(self, other: Operation) -> bool:
        """Whether this operation's author had ``other`` when making it."""
        if self.seen is None:  # written before version vectors: knew all that came before
            return other.order < self.order
        return other.at <= self.seen.get(other.device, "")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "id": self.record_id, "action": self.action, "at": self.at,
            "device": self.device, "user": self.user, "country": self.country, "seen": self.seen,
            "trash_id": self.trash_id, "fields": self.fields,
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


def operations_for_export(
    session: Session, countries: Iterable[str] | None = None, known: Holdings | None = None
) -> Iterator[Operation]:
    """Every change of these countries (all if None) and of global records that a
    peer holding ``known`` may lack, in the order they were made here."""
    wanted = None if countries is None else set(countries)
    known = known or {}
    query = select(
        Change.changed_at, Change.user, Change.device, Change.kind, Change.record_id, Change.action,
        Change.fields, Change.trash_id, Change.country, Change.seen,
    ).order_by(Change.seq)
    rows = []
    for row in session.execute(query):
        country = row.country
        if wanted is not None and country is not None and country not in wanted:
            continue
        at = format_datetime(row.changed_at) or ""
        if at <= known.get(country or "", {}).get(row.device, ""):
            continue
        rows.append((row, at))
    creations = _creation_values(session, [(row.kind, row.record_id) for row, _at in rows if row.action == "create"])
    for row, at in rows:
        fields = creations.get(row.record_id, {}) if row.action == "create" else row.fields
        yield Operation(
            kind=row.kind, record_id=row.record_id, action=row.action, at=at, device=row.device,
            user=row.user, country=row.country, seen=row.seen, trash_id=row.trash_id, fields=fields,
        )


def _creation_values(session: Session, records: list[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """The values each record was created with: as stored, with the old value of
    every later update put back (the log keeps no copy; see history.creation_values)."""
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in records:
        by_kind.setdefault(kind, []).append(record_id)
    values: dict[str, dict[str, Any]] = {}
    for kind, ids in by_kind.items():
        spec = spec_for(kind)
        for rid, row in fetch_rows(session, spec, ids).items():
            values[rid] = {name: jsonable(row[name]) for name in spec.fields if name != "id"}
    if not values:
        return values
    updates = select(Change.record_id, Change.fields).where(Change.action == "update").order_by(Change.seq.desc())
    for record_id, fields in session.execute(updates):
        record = values.get(record_id)
        if record is not None:
            for name, (old, _new) in fields.items():
                if name in record:
                    record[name] = old
    return values


def operations_of(session: Session, record_ids: Iterable[str]) -> dict[str, list[Operation]]:
    """The logged operations of these records (create values left out: the merge
    takes a create's values from the stored record)."""
    found: dict[str, list[Operation]] = {}
    for chunk in chunks(set(record_ids)):
        query = select(
            Change.changed_at, Change.user, Change.device, Change.kind, Change.record_id, Change.action,
            Change.fields, Change.trash_id, Change.country, Change.seen,
        ).where(Change.record_id.in_(chunk))
        for row in session.execute(query):
            found.setdefault(row.record_id, []).append(
                Operation(
                    kind=row.kind, record_id=row.record_id, action=row.action,
                    at=format_datetime(row.changed_at) or "", device=row.device, user=row.user,
                    country=row.country, seen=row.seen, trash_id=row.trash_id, fields=row.fields,
                )
            )
    return found


# --- checking operations read from a file --------------------------------------------------


class _Checker:
    def __init__(self, now: dt.datetime) -> None:
        self.problems: list[Problem] = []
        self.latest = format_datetime(now + FUTURE_SLACK) or ""
        self.specs = kind_specs()

    def bad(self, where: str, record_id: str | None, field: str | None, reason: str) -> None:
        if len(self.problems) < 50:
            self.problems.append(Problem(where, record_id, field, reason))

    def stamp(self, value: Any, where: str, rid: str | None, field: str) -> str | None:
        if type(value) is not str or len(value) != STAMP_LENGTH:
            self.bad(where, rid, field, f"is not a time stamp: {str(value)[:40]!r}")
            return None
        try:
            parse_datetime(value)
        except ValueError:
            self.bad(where, rid, field, f"is not a time stamp: {value!r}")
            return None
        if value > self.latest:
            self.bad(where, rid, field, f"is dated {value[:16]} UTC, in the future: check the sending computer's clock")
            return None
        return value

    def uuid(self, value: Any, where: str, rid: str | None, field: str, *, required: bool = True) -> str | None:
        try:
            checked = check_uuid(value)
        except ValueError as exc:
            self.bad(where, rid, field, str(exc))
            return None
        if checked is None and required:
            self.bad(where, rid, field, "is required")
        return checked

    def operation(self, raw: Any, line: int) -> Operation | None:
        where = f"change #{line}"
        if type(raw) is not dict:
            self.bad(where, None, None, "is not an object")
            return None
        given_kind = raw.get("kind")
        spec = self.specs.get(given_kind) if isinstance(given_kind, str) else None
        if spec is None:
            self.bad(where, None, "kind", f"{str(given_kind)[:40]!r} is not a kind of record")
            return None
        kind = spec.kind
        rid = self.uuid(raw.get("id"), kind, None, "id")
        action = raw.get("action")
        if action not in ACTIONS:
            self.bad(kind, rid, "action", f"{str(action)[:20]!r} is not one of {', '.join(ACTIONS)}")
            return None
        at = self.stamp(raw.get("at"), kind, rid, "at")
        device = self.uuid(raw.get("device"), kind, rid, "device")
        user = raw.get("user")
        if type(user) is not str or len(user) > 200:
            self.bad(kind, rid, "user", "must be a name of at most 200 characters")
        try:
            country = check_country(raw.get("country"))
        except ValueError as exc:
            self.bad(kind, rid, "country", str(exc))
            country = None
        seen = self.seen(raw.get("seen"), kind, rid)
        trash_id = self.uuid(raw.get("trash_id"), kind, rid, "trash_id", required=False)
        fields = self.fields(spec.checks, action, raw.get("fields"), kind, rid)
        if rid is None or at is None or device is None or fields is None or type(user) is not str:
            return None
        if action == "delete" and trash_id is None:
            self.bad(kind, rid, "trash_id", "is required for a delete")
        return Operation(kind, rid, action, at, device, user, country, seen, trash_id, fields)

    def seen(self, value: Any, kind: str, rid: str | None) -> dict[str, str] | None:
        if value is None:
            return None
        if type(value) is not dict or len(value) > 10_000:
            self.bad(kind, rid, "seen", "must be an object of devices and time stamps")
            return None
        for device, stamp in value.items():
            self.uuid(device, kind, rid, "seen")
            self.stamp(stamp, kind, rid, "seen")
        return value

    def fields(
        self, checks: Mapping[str, Any], action: str, value: Any, kind: str, rid: str | None
    ) -> dict[str, Any] | None:
        if type(value) is not dict:
            self.bad(kind, rid, "fields", "must be an object")
            return None
        if action in ("delete", "restore"):
            return {"deleted_at": value.get("deleted_at")}
        checked: dict[str, Any] = {}
        for name, given in value.items():
            check = checks.get(name)
            if check is None or name == "id":
                self.bad(kind, rid, str(name)[:60], "is not a field of this kind of record")
                continue
            try:
                if action == "create":
                    checked[name] = check(given)
                else:
                    if type(given) is not list or len(given) != 2:
                        raise ValueError("must be [old value, new value]")
                    checked[name] = [jsonable(check(given[0])), check(given[1])]
            except ValueError as exc:
                self.bad(kind, rid, name, str(exc))
        return checked


def parse_operations(lines: bytes, now: dt.datetime | None = None) -> list[Operation]:
    """Operations from JSON lines, each checked field by field; raises a
    ``ValidationError`` naming every problem (up to 50), so nothing bad is merged."""
    checker = _Checker(now or dt.datetime.now(dt.UTC).replace(tzinfo=None))
    operations: list[Operation] = []
    seen_keys: set[tuple[str, str, str]] = set()
    for number, line in enumerate(lines.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise ValidationError.single("file", None, None, f"change #{number} is not valid JSON ({exc})") from None
        operation = checker.operation(raw, number)
        if operation is None:
            continue
        if operation.key in seen_keys:
            checker.bad(operation.kind, operation.record_id, None, f"change #{number} appears twice")
            continue
        seen_keys.add(operation.key)
        operations.append(operation)
    if checker.problems:
        raise ValidationError(checker.problems)
    return operations


def encode_operations(operations: Iterable[Operation]) -> bytes:
    """JSON lines, UTF-8 text unescaped."""
    return b"".join(orjson.dumps(op.to_json(), default=jsonable) + b"\n" for op in operations)
