"""Reading the change log back for people: what changed, and what was first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, String, and_, false, or_, select, type_coerce
from sqlalchemy.orm import Session

from db.models import Change
from db.services.changelog import jsonable
from db.services.kinds import LABEL_FIELDS, describe, kind_names, spec_for
from db.services.rows import CHUNK, fetch_rows


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


# --- the History page: a filtered list of any length, a page at a time ----------------


@dataclass(frozen=True)
class ChangeFilter:
    """Which changes to list; ``None`` means "any". Times are UTC, ``until`` excluded."""

    kind: str | None = None
    record_id: str | None = None
    user: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    #: Only changes to records of this country (global records have none).
    country: str | None = None
    #: Text somewhere in the record's label fields (title, name, code, ...).
    label_text: str | None = None


@dataclass(frozen=True)
class ChangeLine:
    """One change as the list shows it: plain data, safe to hand between threads."""

    seq: int
    changed_at: dt.datetime
    user: str
    device: str
    kind: str
    record_id: str
    action: str
    fields: dict[str, Any]
    trash_id: str | None
    label: str


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _label_columns(kind: str) -> list[ColumnElement[Any]]:
    table = spec_for(kind).table
    return [table.c[name] for name in LABEL_FIELDS if name in table.c]


def _records_where(where: ChangeFilter) -> ColumnElement[bool] | None:
    """Change rows whose record matches the country and label filters.

    One uncorrelated ``IN (SELECT id ...)`` per kind: SQLite builds each list
    once, so a 200,000-change log is filtered in tens of milliseconds without
    an index on ``change.kind``.
    """
    if where.country is None and not where.label_text:
        return None
    pattern = f"%{_escape_like(where.label_text)}%" if where.label_text else None
    kinds = [where.kind] if where.kind else list(kind_names())
    per_kind: list[ColumnElement[bool]] = []
    for kind in kinds:
        table = spec_for(kind).table
        records = select(table.c.id)
        if where.country is not None:
            records = records.where(table.c.country == where.country)
        if pattern is not None:
            columns = _label_columns(kind)
            if not columns:
                continue
            # Dates are stored as ISO text: "2025-03" finds the March meetings.
            records = records.where(or_(*(type_coerce(c, String).like(pattern, escape="\\") for c in columns)))
        per_kind.append(and_(Change.kind == kind, Change.record_id.in_(records)))
    return or_(*per_kind) if per_kind else false()


def change_seqs(session: Session, where: ChangeFilter) -> list[int]:
    """Sequence numbers of the matching changes, newest first: all that a list
    of any length needs up front (its rows are read a page at a time)."""
    query = select(Change.seq).order_by(Change.seq.desc())
    if where.kind is not None:
        query = query.where(Change.kind == where.kind)
    if where.record_id is not None:
        query = query.where(Change.record_id == where.record_id)
    if where.user is not None:
        query = query.where(Change.user == where.user)
    if where.since is not None:
        query = query.where(Change.changed_at >= where.since)
    if where.until is not None:
        query = query.where(Change.changed_at < where.until)
    records = _records_where(where)
    if records is not None:
        query = query.where(records)
    return list(session.scalars(query))


#: Tried, in order, for kinds that have none of ``LABEL_FIELDS``: "Phase III · LKA".
_FALLBACK_FIELDS = ("phase",)


def record_labels(session: Session, kind: str, ids: Iterable[str], *, depth: int = 1) -> dict[str, str]:
    """``describe`` of each record, live or in the trash, reading only its label columns.

    A kind with nothing to describe it by (an attendance, a membership) is named
    after the records it links instead: "2025-03-12 · Ministry of Labour".
    """
    spec = spec_for(kind)
    table = spec.table
    own = _label_columns(kind)
    fallback = [] if own else [table.c[name] for name in _FALLBACK_FIELDS if name in table.c]
    if fallback:
        fallback.append(table.c.country)
    links = [] if own or fallback or depth <= 0 else [ref for ref in spec.refs if not ref.many and ref.ref]
    columns = [table.c.id, *own, *fallback, *(table.c[ref.name] for ref in links)]
    rows: list[dict[str, Any]] = []
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), CHUNK):
        query = select(*columns).where(table.c.id.in_(wanted[start : start + CHUNK]))
        rows.extend(dict(row) for row in session.execute(query).mappings())
    linked = {
        ref.name: record_labels(session, ref.ref or "", {r[ref.name] for r in rows if r[ref.name]}, depth=depth - 1)
        for ref in links
    }
    labels: dict[str, str] = {}
    for row in rows:
        parts = [str(row[column.key]) for column in fallback if row[column.key]]
        parts += [linked[ref.name].get(row[ref.name], "") for ref in links if row[ref.name]]
        labels[row["id"]] = " · ".join(part for part in parts if part) or describe(kind, row)
    return labels


def change_lines(session: Session, seqs: Sequence[int]) -> dict[int, ChangeLine]:
    """The changes with these numbers, each with its record's current label."""
    changes = session.execute(select(Change).where(Change.seq.in_(list(seqs)))).scalars().all()
    by_kind: dict[str, set[str]] = {}
    for change in changes:
        by_kind.setdefault(change.kind, set()).add(change.record_id)
    labels = {kind: record_labels(session, kind, ids) for kind, ids in by_kind.items()}
    return {
        change.seq: ChangeLine(
            seq=change.seq,
            changed_at=change.changed_at,
            user=change.user,
            device=change.device,
            kind=change.kind,
            record_id=change.record_id,
            action=change.action,
            fields=dict(change.fields or {}),
            trash_id=change.trash_id,
            label=labels[change.kind].get(change.record_id, change.record_id),
        )
        for change in changes
    }


def change_users(session: Session) -> list[str]:
    """Everyone who appears in the change log, for a "person" filter."""
    return sorted(session.scalars(select(Change.user).distinct()))


def trash_group(session: Session, trash_id: str, action: str) -> list[tuple[str, str, str]]:
    """(kind, record id, label) of every record one delete or restore moved, in log order."""
    rows = session.execute(
        select(Change.kind, Change.record_id)
        .where(Change.trash_id == trash_id, Change.action == action)
        .order_by(Change.seq)
    ).all()
    by_kind: dict[str, set[str]] = {}
    for kind, record_id in rows:
        by_kind.setdefault(kind, set()).add(record_id)
    labels = {kind: record_labels(session, kind, ids) for kind, ids in by_kind.items()}
    return [(kind, record_id, labels[kind].get(record_id, record_id)) for kind, record_id in rows]


def reference_labels(session: Session, kind: str, values: Iterable[tuple[str, Any]]) -> dict[str, str]:
    """Labels of the records that (field, value) pairs of a ``kind`` record refer to,
    by id, so a history can name "Ministry of Labour" rather than a UUID."""
    spec = spec_for(kind)
    wanted: dict[str, set[str]] = {}
    for name, value in values:
        field_spec = spec.fields.get(name)
        if field_spec is None or not field_spec.ref:
            continue
        for target in value if isinstance(value, list) else [value]:
            if isinstance(target, str):
                wanted.setdefault(field_spec.ref, set()).add(target)
    labels: dict[str, str] = {}
    for target_kind, ids in wanted.items():
        labels.update(record_labels(session, target_kind, ids))
    return labels


@dataclass
class ChangeDetails:
    """What a change did, beyond its own row: read in the background for the History page."""

    #: For a create: the values the record was created with.
    values: dict[str, Any] = field(default_factory=dict)
    #: Labels of the records the change's values refer to, by id.
    labels: dict[str, str] = field(default_factory=dict)
    #: For a delete or restore: (kind, record id, label) of every record it moved.
    group: list[tuple[str, str, str]] = field(default_factory=list)


def change_details(session: Session, line: ChangeLine) -> ChangeDetails:
    """Everything needed to show one change: references named, creations rebuilt, trash groups listed."""
    if line.action == "update":
        pairs = [(name, value) for name, both in line.fields.items() for value in both]
        return ChangeDetails(labels=reference_labels(session, line.kind, pairs))
    if line.action == "create":
        values = creation_values(session, line.kind, line.record_id)
        return ChangeDetails(values=values, labels=reference_labels(session, line.kind, values.items()))
    group = trash_group(session, line.trash_id, line.action) if line.trash_id else []
    return ChangeDetails(group=group)
