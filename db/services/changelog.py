"""The change log's rows for changes made here (``db.services.writer`` writes them).

Every change made through the services logs one row per record: who, when,
which device, and each touched field's old and new value. Stamps order changes
across machines: they sort as text, and never repeat or go backwards here.
An edit logged here settles the conflicts on the fields it sets
(``settle_conflicts``: its author saw every competing value). Reading the log
back is ``db.services.history``.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import CursorResult, delete, func, select, tuple_
from sqlalchemy.orm import Session

from db.models import Change, Conflict
from db.services.changes import noted
from db.services.formats import encode_json, format_datetime
from db.services.references import chunks
from db.services.writer import log_changes


@dataclass(frozen=True)
class Actor:
    """Who is making a change, and on which installation."""

    user: str
    device: str


def wall_clock() -> dt.datetime:
    """This computer's idea of the time (UTC, naive): the one place it is asked."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class HybridClock:
    """A hybrid logical clock: wall time in microseconds that never repeats, never runs
    backwards, and is never earlier than a change already seen here.

    A change made knowing another is therefore stamped after it, whatever the wall
    clocks of the two machines say, so the stamps order what was seen correctly and an
    incremental export never leaves out a change made after a partner's last file.
    """

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            micros = int(wall_clock().replace(tzinfo=dt.UTC).timestamp() * 1_000_000)
            self._last = max(micros, self._last + 1)
            return dt.datetime.fromtimestamp(self._last / 1_000_000, dt.UTC).replace(tzinfo=None)

    def observe(self, moment: dt.datetime) -> None:
        """Never stamp a change earlier than ``moment`` (a change seen, from another
        machine or from this one before a restart)."""
        micros = round(moment.replace(tzinfo=dt.UTC).timestamp() * 1_000_000)
        with self._lock:
            self._last = max(self._last, micros)


_CLOCKS: dict[str, HybridClock] = {}
_CLOCKS_LOCK = threading.Lock()


def clock(session: Session) -> HybridClock:
    """The clock of the session's database, seeded from its log when first asked in this
    process: the clock is carried across restarts by the changes themselves."""
    bind = session.get_bind()
    key = str(bind.engine.url)
    with _CLOCKS_LOCK:
        found = _CLOCKS.get(key)
    if found is not None:
        return found
    made = HybridClock()
    latest = session.scalar(select(func.max(Change.changed_at)))
    if latest is not None:
        made.observe(latest)
    with _CLOCKS_LOCK:
        return _CLOCKS.setdefault(key, made)


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
    #: The record's country (exchange files are cut by country).
    country: str | None = None
    #: The record's version vector before this change ({device: changed_at text}); None for a create.
    seen: Mapping[str, str] | None = None


def record_changes(session: Session, actor: Actor, moment: dt.datetime, rows: Iterable[ChangeRow]) -> int:
    """Append ``rows`` to the change log, all stamped ``moment``."""
    when = format_datetime(moment)
    payload = [
        (
            when,
            actor.user,
            actor.device,
            str(row.kind),  # the driver binds a str subclass (SQLAlchemy's quoted_name) several times slower
            row.record_id,
            row.action,
            row.fields if isinstance(row.fields, str) else encode_json(row.fields),
            row.trash_id,
            row.country,
            None if row.seen is None else encode_json(row.seen),
        )
        for row in rows
    ]
    return log_changes(session, payload)


def version_vectors(session: Session, record_ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """Per record, the latest change of each device: what a change made now knows."""
    vectors: dict[str, dict[str, str]] = {}
    for chunk in chunks(set(record_ids)):
        query = (
            select(Change.record_id, Change.device, func.max(Change.changed_at))
            .where(Change.record_id.in_(chunk))
            .group_by(Change.record_id, Change.device)
        )
        for record_id, device, latest in session.execute(query):
            vectors.setdefault(record_id, {})[device] = format_datetime(latest) or ""
    return vectors


def settle_conflicts(session: Session, edits: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Forget the conflicts on fields just edited here: the editor saw every value."""
    if not edits or session.scalar(select(Conflict.record_id).limit(1)) is None:
        return
    pairs = [(record_id, field) for record_id, fields in edits for field in fields]
    for start in range(0, len(pairs), 400):
        chunk = pairs[start : start + 400]
        result = session.execute(delete(Conflict).where(tuple_(Conflict.record_id, Conflict.field).in_(chunk)))
        if cast("CursorResult[Any]", result).rowcount:
            noted(session).conflicts = True
