"""The change log: writing it, and reading it back for people.

Every change made through the services writes one row per record: who, when,
which device, and each touched field's old and new value. Stamps order changes
across machines: they sort as text, and never repeat or go backwards here.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Change
from db.services.bulk import TableWriter, encode_json, format_datetime


@dataclass(frozen=True)
class Actor:
    """Who is making a change, and on which installation."""

    user: str
    device: str


class _Clock:
    """Wall-clock time in microseconds that never repeats or runs backwards."""

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            micros = int(dt.datetime.now(dt.UTC).timestamp() * 1_000_000)
            self._last = max(micros, self._last + 1)
            return dt.datetime.fromtimestamp(self._last / 1_000_000, dt.UTC).replace(tzinfo=None)


CLOCK = _Clock()


def stamp(moment: dt.datetime, device: str) -> str:
    return f"{moment:%Y-%m-%dT%H:%M:%S.%fZ}@{device}"


def jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class ChangeRow(NamedTuple):
    kind: str
    record_id: str
    action: str
    #: {field: [old, new]} (dates may stay dates), or that already encoded as JSON.
    fields: Mapping[str, list[Any]] | str
    trash_id: str | None = None


def record_changes(session: Session, actor: Actor, moment: dt.datetime, rows: Iterable[ChangeRow]) -> int:
    """Append ``rows`` to the change log, all stamped ``moment``."""
    writer = _change_writer()
    base = stamp(moment, actor.device)
    when = format_datetime(moment)
    payload = [
        (
            base,
            when,
            actor.user,
            actor.device,
            row.kind,
            row.record_id,
            row.action,
            row.fields if isinstance(row.fields, str) else encode_json(row.fields),
            row.trash_id,
        )
        for row in rows
    ]
    writer.insert(session.connection(), payload)
    return len(payload)


@cache
def _change_writer() -> TableWriter:
    names = ("stamp", "changed_at", "user", "device", "kind", "record_id", "action", "fields", "trash_id")
    return TableWriter(Change.__table__, names)  # type: ignore[arg-type]


def history(
    session: Session,
    *,
    kind: str | None = None,
    record_id: str | None = None,
    user: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int = 1000,
) -> list[Change]:
    """Changes, newest first, filtered by record, person and time."""
    query = select(Change).order_by(Change.seq.desc()).limit(limit)
    if kind is not None:
        query = query.where(Change.kind == kind)
    if record_id is not None:
        query = query.where(Change.record_id == record_id)
    if user is not None:
        query = query.where(Change.user == user)
    if since is not None:
        query = query.where(Change.changed_at >= since)
    if until is not None:
        query = query.where(Change.changed_at < until)
    return list(session.scalars(query))


def creation_values(session: Session, kind: str, record_id: str) -> dict[str, Any]:
    """The values a record was created with, as JSON-ready data.

    Create rows in the log carry no copy of the values: the record as stored,
    with every later update's old value put back, newest first, is exactly
    what was created.
    """
    from db.services.kinds import spec_for
    from db.services.records import fetch_rows

    spec = spec_for(kind)
    row = fetch_rows(session, spec, [record_id]).get(record_id)
    if row is None:
        return {}
    values = {name: jsonable(row[name]) for name in spec.fields}
    updates = session.scalars(
        select(Change)
        .where(Change.kind == kind, Change.record_id == record_id, Change.action == "update")
        .order_by(Change.seq.desc())
    )
    for change in updates:
        for name, (old, _new) in change.fields.items():
            if name in values:
                values[name] = old
    return values
