"""Conflicts: fields two people changed without knowing of each other's change.

The merge decides a winner the same way everywhere (the later change; the
device id breaks a tie) and keeps every competing value here. A later edit of
the field by someone who has seen them all settles the conflict: that edit is
an ordinary change, so it travels to the others and settles it there too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models import Conflict
from db.services.changelog import Actor, ChangeRow, clock, record_changes, settle_conflicts, version_vectors
from db.services.kinds import describe, spec_for
from db.services.records import write_records
from db.services.rows import fetch_rows
from db.services.writer import set_columns


@dataclass(frozen=True)
class Version:
    """One competing value: what it was, who set it, where and when (UTC text)."""

    value: Any
    user: str
    device: str
    changed_at: str


@dataclass(frozen=True)
class ConflictLine:
    kind: str
    record_id: str
    label: str
    field: str
    #: The value in force first, then the others, newest first.
    versions: tuple[Version, ...]
    detected_at: dt.datetime


def list_conflicts(session: Session, *, kind: str | None = None) -> list[ConflictLine]:
    """Open conflicts, oldest first, each with the record's label."""
    query = select(Conflict).order_by(Conflict.detected_at, Conflict.kind, Conflict.record_id, Conflict.field)
    if kind is not None:
        query = query.where(Conflict.kind == kind)
    conflicts = list(session.scalars(query))
    labels: dict[str, str] = {}
    by_kind: dict[str, set[str]] = {}
    for conflict in conflicts:
        by_kind.setdefault(conflict.kind, set()).add(conflict.record_id)
    for record_kind, ids in by_kind.items():
        for rid, row in fetch_rows(session, spec_for(record_kind), ids).items():
            labels[rid] = describe(record_kind, row)
    return [
        ConflictLine(
            kind=c.kind,
            record_id=c.record_id,
            label=labels.get(c.record_id, c.record_id),
            field=c.field,
            versions=tuple(Version(**version) for version in c.versions),
            detected_at=c.detected_at,
        )
        for c in conflicts
    ]


def resolve_conflict(session: Session, actor: Actor, kind: str, record_id: str, field: str, value: Any) -> None:
    """Settle a conflict with ``value`` (one of the competing values or a new one).

    The choice is written as a change even when it keeps the value in force, so
    that it reaches the other machines and settles the conflict there as well.
    """
    conflict = session.get(Conflict, (record_id, field))
    if conflict is None or conflict.kind != kind:
        raise ValidationError.single(kind, record_id, field, "has no open conflict (settled already?)")
    spec = spec_for(kind)
    row = fetch_rows(session, spec, [record_id]).get(record_id)
    if row is None or row["deleted_at"] is not None:
        raise ValidationError.single(kind, record_id, None, "is in the trash; restore it to settle its conflicts")
    # Validate through the one write path first (bounds, rules, references) ...
    summary = write_records(session, actor, {kind: [{"id": record_id, field: value}]}, mode="update")
    if summary.changed:
        return  # the edit settled the conflict and is logged
    # ... and when the chosen value is the one in force, log the choice itself.
    current = row[field]
    moment = clock(session).now()
    vectors = version_vectors(session, [record_id])
    settle_conflicts(session, [(record_id, [field])])
    record_changes(
        session,
        actor,
        moment,
        [
            ChangeRow(
                kind,
                record_id,
                "update",
                {field: [current, current]},
                country=row["country"],
                seen=vectors.get(record_id, {}),
            )
        ],
    )
    set_columns(session, spec.table, [record_id], {"updated_at": moment, "changed_by_device": actor.device})
