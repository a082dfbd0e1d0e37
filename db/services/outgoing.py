"""The change log read for an exchange file, quickly.

The operations go out as the JSON lines a file carries (one operation per
line, the shape of ``Operation.to_json``). SQLAlchemy's type
processing of 200,000 change rows (JSON and date-times decoded, then encoded
again) took most of an export's time, so rows come from the driver's cursor as
stored text: stamps are already in the form that travels, and the JSON of the
log (fields, version vectors) and of list columns goes into the lines as it is.
Each created record's first values are encoded once and dropped as soon as
their line is written, so memory holds about one copy of the file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, DateTime
from sqlalchemy.orm import Session

from db.services.digests import change_digest
from db.services.formats import format_datetime, paused_gc
from db.services.kinds import kind_specs, spec_for
from db.services.references import chunks
from db.services.sqlite import Query, stored_rows

#: What a peer holds: {country or "": {device: latest changed_at}}.
Holdings = dict[str, dict[str, str]]
#: Text form of a moment, as stored: sorts as time does.
STAMP_LENGTH = len("2026-01-01 00:00:00.000000")
#: Lines per chunk of the file (about 1 MB).
LINES_PER_CHUNK = 2048
#: Up to this many wanted records of a kind are read by id; more, by reading the table through.
READ_BY_ID = 2000

_LOG = (
    'SELECT changed_at, "user", device, kind, record_id, action, fields, trash_id, country, seen '
    "FROM change ORDER BY seq"
)


class _Cut:
    """Which logged changes an export carries: those of the countries wanted (and of global
    records) that the partner may lack, and the whole history of every record moved into
    those countries since (its creation was logged under the country it left)."""

    def __init__(self, countries: Iterable[str] | None, known: Holdings | None) -> None:
        self.wanted = None if countries is None else frozenset(countries)
        self.known = known or {}
        self.moved_in: frozenset[str] = frozenset()

    def find_moved_in(self, read: Query) -> None:
        """The records now of a country wanted (or global) with changes logged under another."""
        if self.wanted is None:
            return
        marks = ", ".join("?" * len(self.wanted))
        moved: set[str] = set()
        for spec in kind_specs().values():
            if "country" not in spec.table.c:
                continue
            query = (
                f'SELECT DISTINCT change.record_id FROM change JOIN "{spec.table.name}" AS record '
                "ON record.id = change.record_id "
                f"WHERE (record.country IS NULL OR record.country IN ({marks})) "
                f"AND change.country IS NOT NULL AND change.country NOT IN ({marks})"
            )
            moved.update(rid for (rid,) in read(query, [*self.wanted, *self.wanted]))
        self.moved_in = frozenset(moved)

    def __call__(self, at: str, device: str, country: str | None, record_id: str) -> bool:
        if self.wanted is not None and country is not None and country not in self.wanted:
            # Sent whatever the partner's holdings say: they count changes by the country logged,
            # and a partner of these countries may never have had that one's.
            return record_id in self.moved_in
        return not at <= self.known.get(country or "", {}).get(device, "")


class _Operations:
    """Which logged changes go out: every change of the operations named (``(device, stamp)``)."""

    def __init__(self, wanted: Collection[tuple[str, str]]) -> None:
        self.wanted = wanted

    def find_moved_in(self, read: Query) -> None:
        pass

    def __call__(self, at: str, device: str, country: str | None, record_id: str) -> bool:
        return (device, at) in self.wanted


class Outgoing:
    """Every change of these countries (all if None) and of global records that a
    peer holding ``known`` may lack, in the order they were made here, as JSON
    lines read while they are written out (``chunks``).

    It also counts the changes of each operation (``per_operation``: an author's changes of one
    stamp) and, for the operations of ``digest_devices`` not among ``signed``, notes the digest of
    each line (``digests``): what their author, this installation, signs
    (``db.services.authorship``). ``operations``, given, sends the changes of those operations only.
    """

    def __init__(
        self,
        session: Session,
        countries: Iterable[str] | None = None,
        known: Holdings | None = None,
        *,
        digest_devices: Collection[str] = (),
        signed: Collection[tuple[str, str]] = (),
        operations: Collection[tuple[str, str]] | None = None,
    ) -> None:
        self._session = session
        self._cut: _Cut | _Operations = _Cut(countries, known) if operations is None else _Operations(operations)
        self._digest_devices = frozenset(digest_devices)
        self._signed = signed
        #: How many changes of each operation (device, stamp) go out.
        self.per_operation: Counter[tuple[str, str]] = Counter()
        #: The digests of the lines of each operation to be signed here.
        self.operation_digests: dict[tuple[str, str], list[bytes]] = {}
        #: How many operations go out, known once ``chunks`` has given its first chunk.
        self.total = 0
        #: Complete once ``chunks`` has been read through: how many operations so far, per kind,
        self.count = 0
        self.counts: Counter[str] = Counter()
        #: and the SHA-256 of every attached file they name.
        self.digests: set[str] = set()

    def chunks(self) -> Iterator[bytes]:
        """The lines (UTF-8, each ending in a newline), about 1 MB of whole lines at a time."""
        with paused_gc(), stored_rows(self._session) as read:
            self._cut.find_moved_in(read)
            first = _FirstValues(read, self._created(read))
            yield from self._chunks(read, first)

    def lines(self) -> Iterator[bytes]:
        for chunk in self.chunks():
            yield from chunk.splitlines()

    def _created(self, read: Query) -> dict[str, set[str]]:
        """The records, by kind, whose creation goes out (and how many operations go out in all)."""
        created: dict[str, set[str]] = {}
        cut = self._cut
        for at, device, country, kind, record_id, action in read(
            "SELECT changed_at, device, country, kind, record_id, action FROM change"
        ):
            if cut(stamp_as_sent(at), device, country, record_id):
                self.total += 1
                if action == "create":
                    created.setdefault(kind, set()).add(record_id)
        return created

    def _chunks(self, read: Query, first: _FirstValues) -> Iterator[bytes]:
        cut, counts, digests = self._cut, self.counts, self.digests
        per_operation, to_sign, signed = self.per_operation, self._digest_devices, self._signed
        lines: list[bytes] = []
        dumps = orjson.dumps
        for stored_at, user, device, kind, record_id, action, fields, trash_id, country, seen in read(_LOG):
            at = stamp_as_sent(stored_at)
            if not cut(at, device, country, record_id):
                continue
            if action == "create":
                given: Any = first.values(kind, record_id)
                if kind == "attachment":
                    _note_digest(given.get("sha256"), digests)
            else:
                given = _stored_json(fields)
                if kind == "attachment" and action == "update":
                    _note_digest(json.loads(fields).get("sha256"), digests, update=True)
            record = {
                "kind": kind,
                "id": record_id,
                "action": action,
                "at": at,
                "device": device,
                "user": user,
                "country": country,
                "seen": _stored_json(seen),
                "trash_id": trash_id,
                "fields": given,
            }
            line = dumps(record)
            lines.append(line)
            operation = (device, at)
            per_operation[operation] += 1
            if device in to_sign and operation not in signed:
                # Its digest as a receiver will work it out from the line: from the record itself
                # when it holds plain values only (they come back from the line the same), else
                # from the line read back (stored JSON goes into it as written).
                plain = action == "create" and record["seen"] is None and not _has_fragment(given)
                digest = change_digest(record if plain else orjson.loads(line))
                self.operation_digests.setdefault(operation, []).append(digest)
            counts[kind] += 1
            self.count += 1
            if len(lines) == LINES_PER_CHUNK:
                yield b"\n".join(lines) + b"\n"
                lines = []
        if lines:
            yield b"\n".join(lines) + b"\n"


def _has_fragment(values: dict[str, Any]) -> bool:
    """Whether a created record's values hold stored JSON (a list column) put in as it is."""
    return any(type(value) is orjson.Fragment for value in values.values())


def stamp_as_sent(stored: str) -> str:
    """A stored moment as it travels (the same text, unless written in some other form)."""
    if len(stored) == STAMP_LENGTH:
        return stored
    return format_datetime(dt.datetime.fromisoformat(stored)) or ""


def _stored_json(text: str | None) -> Any:
    """Stored JSON text, to be written into a line as it is."""
    if text is None:
        return None
    if "\n" in text or "\r" in text:  # never written so, but a line must stay one line
        return json.loads(text)
    return orjson.Fragment(text)


def _note_digest(value: Any, digests: set[str], *, update: bool = False) -> None:
    if update and isinstance(value, list) and len(value) == 2:
        value = value[1]
    if isinstance(value, str):
        digests.add(value)


# --- the values each created record was created with ----------------------------------------


class _FirstValues:
    """The values records were created with: as stored, with the old value of
    every later update put back (the log keeps no copy of them; see
    ``history.creation_values``).

    Rows are kept as the driver gives them (a tuple each) and made into values
    only when their line is written: a dict, or an encoded object, per record
    would take several times the memory.
    """

    def __init__(self, read: Query, created: dict[str, set[str]]) -> None:
        self.rows: dict[str, tuple[Any, ...]] = {}
        self.shapes: dict[str, tuple[list[str], list[tuple[str, Callable[[Any], Any]]]]] = {}
        for kind, wanted in created.items():
            spec = spec_for(kind)
            names = ["id", *(name for name in spec.fields if name != "id")]
            self.shapes[kind] = (names, _converters(spec.table, names))
            for row in _rows(read, spec.table.name, names, wanted):
                self.rows[row[0]] = row
        self.older = _put_back(read, set(self.rows))

    def values(self, kind: str, record_id: str) -> dict[str, Any]:
        row = self.rows.get(record_id)
        if row is None:
            return {}
        names, converters = self.shapes[kind]
        values = dict(zip(names, row, strict=True))
        del values["id"]
        for name, convert in converters:
            values[name] = convert(values[name])
        older = self.older.get(record_id)
        if older:
            values.update((name, old) for name, old in older.items() if name in values)
        return values


def _put_back(read: Query, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Per record, each updated field's value before its first update."""
    older: dict[str, dict[str, Any]] = {}
    if not ids:
        return older
    if len(ids) <= READ_BY_ID:
        rows: Iterable[tuple[str, str]] = (
            row
            for chunk in chunks(ids)
            for row in read(
                "SELECT record_id, fields FROM change WHERE action = 'update' AND record_id IN "
                f"({', '.join('?' * len(chunk))}) ORDER BY seq DESC",
                chunk,
            ).fetchall()
        )
    else:
        rows = read("SELECT record_id, fields FROM change WHERE action = 'update' ORDER BY seq DESC")
    for record_id, fields in rows:
        if record_id in ids:
            values = older.setdefault(record_id, {})
            for name, (old, _new) in json.loads(fields).items():
                values[name] = old
    return older


def _rows(read: Query, table: str, columns: list[str], ids: Collection[str]) -> Iterator[tuple[Any, ...]]:
    """The stored rows of these records, values as the driver gives them."""
    selected = ", ".join(f'"{name}"' for name in columns)
    if len(ids) <= READ_BY_ID:
        for chunk in chunks(ids):
            marks = ", ".join("?" * len(chunk))
            yield from read(f'SELECT {selected} FROM "{table}" WHERE id IN ({marks})', chunk).fetchall()
        return
    for row in read(f'SELECT {selected} FROM "{table}"'):
        if row[0] in ids:
            yield row


def _flag(value: Any) -> Any:
    return None if value is None else bool(value)


def _moment(value: Any) -> Any:
    return None if value is None else dt.datetime.fromisoformat(value).isoformat()


def _converters(table: Any, names: list[str]) -> list[tuple[str, Callable[[Any], Any]]]:
    """The columns whose stored value is not already its value as JSON (what
    ``jsonable`` makes of what SQLAlchemy reads), each with its conversion:
    0/1 → false/true, JSON text kept as it is. Text, dates (stored as
    YYYY-MM-DD) and numbers are right as stored."""
    converters: list[tuple[str, Callable[[Any], Any]]] = []
    for name in names:
        kind = table.c[name].type
        if isinstance(kind, Boolean):
            converters.append((name, _flag))
        elif isinstance(kind, JSON):
            converters.append((name, _stored_json))
        elif isinstance(kind, DateTime):
            converters.append((name, _moment))
    return converters
