"""Operations read from an exchange file's lines, each checked before anything is merged.

Every field of every operation goes through the same checks as the editor's
(``kinds``), plus the envelope's own: a known kind and action, UUIDs, time
stamps not in the future, a user name of sensible length. Problems are
collected (up to 50) into one ``ValidationError``.

Reading 200,000 operations is mostly Python's per-object work, so the lines
are cut without copying them, repeated strings (devices, users, stamps,
countries) are kept once, checked values replace the given ones in place, and
the cyclic garbage collector waits until the end (``formats.paused_gc``). An
operation the database holds already (``operations.Held``) is neither checked
nor kept beyond its key: importing a file a second time only reads it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, cast

import orjson

from db.errors import ValidationError
from db.services.changelog import jsonable
from db.services.checks import Problems, state_check
from db.services.digests import change_digest
from db.services.formats import format_datetime, parse_datetime, paused_gc
from db.services.kinds import CANONICAL_UUID, check_country, check_uuid, kind_specs
from db.services.operations import ACTIONS, Held, Key, Operation
from db.services.outgoing import STAMP_LENGTH

#: Changes dated later than this after now come from a clock gone wrong (or a forger).
FUTURE_SLACK = dt.timedelta(days=1)
_IS_UUID = CANONICAL_UUID.fullmatch
#: The longest line a change may take: far more than any record (the longest text field with
#: every character in four bytes of UTF-8 and escaped), far less than memory.
MAX_LINE_BYTES = 16 * 1024**2
#: The most changes one file may hold: 25 times the 100,000-activity database's 202,392.
MAX_CHANGES = 5_000_000
#: Texts remembered per field with what their check made of them (titles and names fill it soon and stop).
MEMO_SIZE = 4096
_UNSEEN = object()


def read_operations(
    lines: bytes | Iterable[bytes], now: dt.datetime | None = None, *, held: Held | None = None
) -> list[Operation]:
    """Operations from JSON lines, each checked field by field; raises a
    ``ValidationError`` naming every problem (up to 50), so nothing bad is merged.

    ``lines`` is the file's part, whole or as chunks cut anywhere (read while
    it is unpacked). With ``held`` (what the database holds), an operation held
    already is not checked, and only its key is kept: the merge skips it (and
    refuses the file, should it find it is not held after all).
    """
    checker = _Checker(now or dt.datetime.now(dt.UTC).replace(tzinfo=None))
    operations: list[Operation] = []
    numbers: list[int] = []  # each operation's line
    #: where the line of each operation read as perhaps held is (operation's index → segment, start, end)
    places: dict[int, tuple[bytes, int, int]] = {}
    loads, held_op = orjson.loads, _held
    latest = held.latest if held is not None else {}
    # Devices and stamps repeat: kept once each (the held operations are kept for a while).
    unchecked: dict[str, str] = {}  # not to be mixed with the checker's: these were not checked
    same = unchecked.setdefault
    number = 0
    with paused_gc():
        for segment, size in [(lines, len(lines))] if isinstance(lines, bytes) else _whole_lines(lines):
            view = memoryview(segment)
            for start, end in _line_spans(segment, size):
                number += 1
                if end - start > MAX_LINE_BYTES or number > MAX_CHANGES:
                    raise _over_a_limit(number, end - start)
                try:
                    raw = loads(view[start:end])
                except orjson.JSONDecodeError as exc:
                    if not segment[start:end].strip():
                        continue
                    reason = f"change #{number} is not valid JSON ({exc})"
                    raise ValidationError.single("file", None, None, reason) from None
                if latest and type(raw) is dict:
                    device, at, record_id = raw.get("device"), raw.get("at"), raw.get("id")
                    # Perhaps held (its device's latest change here is no earlier): looked up below.
                    if (
                        type(at) is str
                        and type(device) is str
                        and type(record_id) is str
                        and at <= latest.get(device, "")
                    ):
                        places[len(operations)] = (segment, start, end)
                        operations.append(held_op(same(device, device), same(at, at), record_id))
                        numbers.append(number)
                        continue
                operation = checker.operation(raw, number)
                if operation is not None:
                    operations.append(operation)
                    numbers.append(number)
        if held is not None and places:
            _check_the_not_held(operations, numbers, held, checker, places)
        del places
        operations = _without_repeats(operations, numbers, checker)
    if checker.problems:
        raise ValidationError(checker.problems)
    return operations


def _over_a_limit(number: int, length: int) -> ValidationError:
    if number > MAX_CHANGES:
        reason = f"holds more than {MAX_CHANGES:,} changes, more than Mainstream reads from one file"
    else:
        which = f"change #{number}" if number else "a change"
        reason = f"{which} is over {MAX_LINE_BYTES // 1024**2} MB long ({length:,} bytes or more): no record is"
    return ValidationError.single("file", None, None, reason)


def _whole_lines(chunks: Iterable[bytes]) -> Iterator[tuple[bytes, int]]:
    """``chunks`` cut again after their last newline, as (bytes, how many of them to read):
    lines whole in one piece, numbered as in the whole; the rest goes with the next chunk.

    Linear in the size of the whole: each byte is searched once and a line's pieces are joined
    once (a line running over many chunks is not copied again at each); one growing beyond
    ``MAX_LINE_BYTES`` is refused before more of it is read."""
    pending: list[bytes] = []  # the start of a line not yet ended, in pieces
    waiting = 0  # their size
    for chunk in chunks:
        cut = chunk.rfind(b"\n") + 1
        if cut == 0:
            pending.append(chunk)
            waiting += len(chunk)
            if waiting > MAX_LINE_BYTES:
                raise _over_a_limit(0, waiting)
            continue
        if pending:
            pending.append(chunk)
            data, cut = b"".join(pending), waiting + cut
        else:
            data = chunk
        yield data, cut
        rest = data[cut:]
        pending, waiting = ([rest], len(rest)) if rest else ([], 0)
    if pending:
        data = b"".join(pending)
        yield data, len(data)


#: The fields of every operation held already (none kept; never changed).
_NO_FIELDS: dict[str, Any] = {}


def _held(device: str, at: str, record_id: str) -> Operation:
    """An operation held already: only its key is kept (the merge skips it)."""
    return Operation("", record_id, "", at, device, "", None, None, None, _NO_FIELDS, checked=False)


def _check_the_not_held(
    operations: list[Operation],
    numbers: list[int],
    held: Held,
    checker: _Checker,
    places: dict[int, tuple[bytes, int, int]],
) -> None:
    """Look up the operations read as perhaps held; check in full those that are not."""
    maybe = {operations[index].key for index in places}
    found = held.of(maybe)
    if len(found) == len(maybe):
        return
    for index, (segment, start, end) in places.items():
        if operations[index].key not in found:
            checked = checker.operation(orjson.loads(memoryview(segment)[start:end]), numbers[index])
            if checked is not None:
                operations[index] = checked


def _without_repeats(operations: list[Operation], numbers: list[int], checker: _Checker) -> list[Operation]:
    if len({op.key for op in operations}) == len(operations):
        return operations
    seen: set[Key] = set()
    kept: list[Operation] = []
    for op, number in zip(operations, numbers, strict=True):
        if op.key in seen:
            checker.bad(op.kind, op.record_id, None, f"change #{number} appears twice")
            continue
        seen.add(op.key)
        kept.append(op)
    return kept


def _line_spans(data: bytes, size: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``data[:size]``, cut as ``bytes.splitlines`` cuts them
    (at \\n, \\r\\n or \\r), without copying them."""
    size = len(data) if size is None else size
    start = 0
    if data.find(b"\r", 0, size) < 0:  # the usual case, quickly
        while start < size:
            end = data.find(b"\n", start, size)
            if end < 0:
                end = size
            yield start, end
            start = end + 1
        return
    while start < size:
        end = data.find(b"\n", start, size)
        if end < 0:
            end = size
        closed = False
        while (cr := data.find(b"\r", start, end)) >= 0:
            yield start, cr
            start = cr + 1
            if cr == end - 1 and end < size:  # \r\n: one break
                closed = True
                break
        if not closed and (start < end or end < size):
            yield start, end
        start = end + 1


class _Checker:
    def __init__(self, now: dt.datetime) -> None:
        self.problems = Problems()
        self.latest = format_datetime(now + FUTURE_SLACK) or ""
        #: By kind's name: the name as a plain ``str`` (the table's is SQLAlchemy's ``quoted_name``, which the
        #: driver binds several times slower) and the kind's field checks, "id" left out (a file never sets it).
        #: Each field's check with what it made of text values seen before (see ``fields``).
        self.kinds: dict[str, tuple[str, dict[str, tuple[Any, dict[str, Any]]]]] = {
            str(name): (str(name), {field: (check, {}) for field, check in spec.checks.items() if field != "id"})
            for name, spec in kind_specs().items()
        }
        #: Values checked already, each kept once: devices, stamps, users, countries.
        self.devices: dict[str, str] = {}
        self.stamps: dict[str, str] = {}
        self.users: dict[str, str] = {}
        self.countries: dict[Any, str | None] = {None: None}
        self.actions = {action: action for action in ACTIONS}
        self.required = {str(name): spec.required for name, spec in kind_specs().items()}
        self.state_checks = {str(name): state_check(str(name)) for name in kind_specs()}

    def bad(self, where: str, record_id: str | None, field: str | None, reason: str) -> None:
        self.problems.add(where, record_id, field, reason)

    def stamp(self, value: Any, where: str, rid: str | None, field: str) -> str | None:
        if type(value) is str and (known := self.stamps.get(value)) is not None:
            return known
        if type(value) is not str or len(value) != STAMP_LENGTH:
            self.bad(where, rid, field, f"is not a time stamp: {str(value)[:40]!r}")
            return None
        try:
            parse_datetime(value)
        except ValueError:
            self.bad(where, rid, field, f"is not a time stamp: {value!r}")
            return None
        if value > self.latest:
            self.bad(
                where,
                rid,
                field,
                f"is dated {value[:16]} UTC, more than a day after this computer's clock says it is now: "
                "the date and time of this computer or of the sender's is wrong",
            )
            return None
        self.stamps[value] = value
        return value

    def uuid(self, value: Any, where: str, rid: str | None, field: str, *, required: bool = True) -> str | None:
        if type(value) is str and _IS_UUID(value):
            return value  # the common case
        try:
            checked = check_uuid(value)
        except ValueError as exc:
            self.bad(where, rid, field, str(exc))
            return None
        if checked is None and required:
            self.bad(where, rid, field, "is required")
        return checked

    def device(self, value: Any, kind: str, rid: str | None) -> str | None:
        if type(value) is str and (known := self.devices.get(value)) is not None:
            return known
        checked = self.uuid(value, kind, rid, "device")
        if checked is not None:
            self.devices[value] = checked
        return checked

    def user(self, value: Any, kind: str, rid: str | None) -> str | None:
        if type(value) is str and len(value) <= 200:
            return self.users.setdefault(value, value)
        self.bad(kind, rid, "user", "must be a name of at most 200 characters")
        return None

    def country(self, value: Any, kind: str, rid: str | None) -> str | None:
        try:
            return self.countries[value]
        except (KeyError, TypeError):  # not seen yet, or not even hashable
            pass
        try:
            checked = check_country(value)
        except ValueError as exc:
            self.bad(kind, rid, "country", str(exc))
            return None
        self.countries[value] = checked
        return checked

    def operation(self, raw: Any, line: int) -> Operation | None:
        """The operation of one line, checked; None (its problems noted) if it cannot be accepted.

        The usual values (a canonical UUID, a stamp, device, user or country seen
        before, no version vector or trash id) are taken on the spot; anything
        else goes through the full check below.
        """
        if type(raw) is not dict:
            self.bad(f"change #{line}", None, None, "is not an object")
            return None
        get = raw.get
        given_kind = get("kind")
        known = self.kinds.get(given_kind) if type(given_kind) is str else None
        if known is None:
            self.bad(f"change #{line}", None, "kind", f"{str(given_kind)[:40]!r} is not a kind of record")
            return None
        kind, checks = known
        digest = change_digest(raw)  # before the checks below replace values in place
        rid = get("id")
        if type(rid) is not str or not _IS_UUID(rid):
            rid = self.uuid(rid, kind, None, "id")
        given_action = get("action")
        action = self.actions.get(given_action) if type(given_action) is str else None
        if action is None:
            self.bad(kind, rid, "action", f"{str(given_action)[:20]!r} is not one of {', '.join(ACTIONS)}")
            return None
        given = get("at")
        at = self.stamps.get(given) if type(given) is str else None
        if at is None:
            at = self.stamp(given, kind, rid, "at")
        given = get("device")
        device = self.devices.get(given) if type(given) is str else None
        if device is None:
            device = self.device(given, kind, rid)
        given = get("user")
        user = self.users.get(given) if type(given) is str else None
        if user is None:
            user = self.user(given, kind, rid)
        given = get("country")
        found = self.countries.get(given, _UNSEEN) if type(given) is str or given is None else _UNSEEN
        country = self.country(given, kind, rid) if found is _UNSEEN else cast("str | None", found)
        given = get("seen")
        seen = None if given is None else self.seen(given, kind, rid)
        given = get("trash_id")
        trash_id = None if given is None else self.uuid(given, kind, rid, "trash_id", required=False)
        fields = self.fields(checks, action, get("fields"), kind, rid)
        if rid is None or at is None or device is None or fields is None or user is None:
            return None
        if action == "delete" and trash_id is None:
            self.bad(kind, rid, "trash_id", "is required for a delete")
        elif action == "create":
            self.state_checks[kind](rid, fields, self.problems)  # a create is a whole record, as the editor makes it
        elif action == "update":
            for name in self.required[kind]:
                if name in fields and fields[name][1] is None:
                    self.bad(kind, rid, name, "is required: a change cannot empty it")
        return Operation(kind, rid, action, at, device, user, country, seen, trash_id, fields, digest=digest)

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
        self, checks: Mapping[str, tuple[Any, dict[str, Any]]], action: str, value: Any, kind: str, rid: str | None
    ) -> dict[str, Any] | None:
        """The fields, checked: the given object itself, each value replaced by its checked form."""
        if type(value) is not dict:
            self.bad(kind, rid, "fields", "must be an object")
            return None
        if action in ("delete", "restore"):
            return {"deleted_at": value.get("deleted_at")}
        create = action == "create"
        get = checks.get
        for name, given in value.items():  # only values change: iterating stays safe
            known = get(name)
            if known is None:
                self.bad(kind, rid, str(name)[:60], "is not a field of this kind of record")
                continue
            check, seen = known
            try:
                if create:
                    if type(given) is str:
                        # Codes, dates, countries repeat: each text checked once per field, and the
                        # result (text or a date: never changed later) shared.
                        checked = seen.get(given, _UNSEEN)
                        if checked is _UNSEEN:
                            checked = check(given)
                            if len(seen) < MEMO_SIZE:
                                seen[given] = checked
                        value[name] = checked
                    else:
                        value[name] = check(given)
                else:
                    if type(given) is not list or len(given) != 2:
                        raise ValueError("must be [old value, new value]")
                    value[name] = [jsonable(check(given[0])), check(given[1])]
            except ValueError as exc:
                self.bad(kind, rid, name, str(exc))
        return value
