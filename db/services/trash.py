"""Deleting to the trash and restoring from it.

A delete never removes a row: it stamps ``deleted_at`` (the tombstone that
exchange files carry) on the record and on everything it owns (a committee's
meetings, a meeting's decisions, ...), all under one ``trash_id`` so they come
back together. A record still used by a live record outside that group is not
deleted: the message names who uses it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import Problem, ValidationError
from db.models import Change
from db.models.base import new_id
from db.services.changelog import Actor, ChangeRow, clock, record_changes, version_vectors
from db.services.checks import PARTICIPATION, TRAINING, check_participation
from db.services.kinds import describe, kind_names, kind_specs, spec_for
from db.services.references import Group, chunks, referrers
from db.services.rows import fetch_rows
from db.services.writer import set_columns


def _owned_group(session: Session, kind: str, record_id: str) -> Group:
    """The record and, recursively, every live record it owns, plus attachments."""
    specs = kind_specs()
    group: Group = {kind: {record_id}}
    frontier: Group = {kind: {record_id}}
    while frontier:
        found: Group = {}
        for parent_kind, parent_ids in frontier.items():
            for child_kind, owner_field in specs[parent_kind].children:
                table = specs[child_kind].table
                for chunk in chunks(parent_ids):
                    query = select(table.c.id).where(table.c[owner_field].in_(chunk), table.c.deleted_at.is_(None))
                    found.setdefault(child_kind, set()).update(session.scalars(query))
        frontier = {}
        for child_kind, ids in found.items():
            new = ids - group.get(child_kind, set())
            if new:
                group.setdefault(child_kind, set()).update(new)
                frontier[child_kind] = new
    attachments = specs["attachment"].table
    for group_kind, ids in list(group.items()):
        for chunk in chunks(ids):
            query = select(attachments.c.id).where(
                attachments.c.record_kind == group_kind,
                attachments.c.record_id.in_(chunk),
                attachments.c.deleted_at.is_(None),
            )
            group.setdefault("attachment", set()).update(session.scalars(query))
    return {k: v for k, v in group.items() if v}


def _users_outside(session: Session, group: Group) -> list[str]:
    """Live records outside ``group`` that refer to a record inside it."""
    return [
        user.label(session) for user in referrers(session, group) if user.record_id not in group.get(user.kind, set())
    ]


def delete(session: Session, actor: Actor, kind: str, record_id: str) -> str:
    """Send a record and what it owns to the trash; returns the trash id."""
    spec = spec_for(kind)
    row = fetch_rows(session, spec, [record_id]).get(record_id)
    if row is None or row["deleted_at"] is not None:
        raise ValidationError.single(kind, record_id, None, "does not exist or is already in the trash")
    group = _owned_group(session, kind, record_id)
    users = _users_outside(session, group)
    if users:
        shown = "; ".join(users[:5]) + (f"; and {len(users) - 5} more" if len(users) > 5 else "")
        raise ValidationError.single(kind, record_id, None, f"is still used by {shown}")
    trash_id = new_id()
    moment = clock(session).now()
    _mark(session, group, moment, actor, deleted_at=moment, trash_id=trash_id)
    ordered = [(kind, record_id)] + [
        (k, rid) for k in kind_names() for rid in sorted(group.get(k, ())) if (k, rid) != (kind, record_id)
    ]
    vectors = version_vectors(session, [rid for _k, rid in ordered])
    countries = _countries(session, group)
    record_changes(
        session,
        actor,
        moment,
        [
            ChangeRow(
                k,
                rid,
                "delete",
                {"deleted_at": [None, moment]},
                trash_id,
                country=countries.get(rid),
                seen=vectors.get(rid, {}),
            )
            for k, rid in ordered
        ],
    )
    return trash_id


def _countries(session: Session, group: Group) -> dict[str, str | None]:
    return {
        rid: row["country"]
        for kind, ids in group.items()
        for rid, row in fetch_rows(session, spec_for(kind), ids).items()
    }


def _mark(
    session: Session,
    group: Group,
    moment: dt.datetime,
    actor: Actor,
    *,
    deleted_at: dt.datetime | None,
    trash_id: str | None,
) -> None:
    values = {"deleted_at": deleted_at, "trash_id": trash_id, "updated_at": moment, "changed_by_device": actor.device}
    for group_kind, ids in group.items():
        set_columns(session, spec_for(group_kind).table, ids, values)


def _trashed_group(session: Session, trash_id: str) -> Group:
    group: Group = {}
    for spec in kind_specs().values():
        ids = set(session.scalars(select(spec.table.c.id).where(spec.table.c.trash_id == trash_id)))
        if ids:
            group[spec.kind] = ids
    return group


def restore(session: Session, actor: Actor, trash_id: str) -> int:
    """Bring back everything deleted under ``trash_id``; returns how many records."""
    group = _trashed_group(session, trash_id)
    if not group:
        raise ValidationError.single("trash", trash_id, None, "is not in the trash (already restored?)")
    countries = _check_restorable(session, group)
    moment = clock(session).now()
    vectors = version_vectors(session, [rid for ids in group.values() for rid in ids])
    _mark(session, group, moment, actor, deleted_at=None, trash_id=None)
    count = sum(len(ids) for ids in group.values())
    record_changes(
        session,
        actor,
        moment,
        [
            ChangeRow(
                k,
                rid,
                "restore",
                {"deleted_at": ["deleted", None]},
                trash_id,
                country=countries.get(rid),
                seen=vectors.get(rid, {}),
            )
            for k in kind_names()
            for rid in sorted(group.get(k, ()))
        ],
    )
    return count


def _check_restorable(session: Session, group: Group) -> dict[str, str | None]:
    """What a restored record refers to must be live, and of its country (things
    may have moved while it was in the trash); an owned record must still share
    its owner's country. Returns each record's country."""
    countries = _countries(session, group)
    attachments = fetch_rows(session, spec_for("attachment"), group.get("attachment", set()))
    for attachment in attachments.values():
        owner_kind, owner_id = attachment["record_kind"], attachment["record_id"]
        if owner_id in group.get(owner_kind, set()):
            continue
        owner = fetch_rows(session, spec_for(owner_kind), [owner_id]).get(owner_id)
        if owner is None or owner["deleted_at"] is not None:
            raise ValidationError.single(
                "attachment",
                attachment["id"],
                "record_id",
                f"belongs to {owner_kind} '{describe(owner_kind, owner or {})}', which is in the trash: "
                "restore that first",
            )
    for group_kind, ids in group.items():
        spec = spec_for(group_kind)
        rows = fetch_rows(session, spec, ids)
        for ref in spec.refs:
            target_spec = spec_for(ref.ref or "")
            users: dict[str, list[str]] = {}
            for rid, row in rows.items():
                for target in row[ref.name] if ref.many else [row[ref.name]]:
                    if target and target not in group.get(target_spec.kind, set()):
                        users.setdefault(target, []).append(rid)
            for target_id, target in fetch_rows(session, target_spec, users).items():
                label = f"{target_spec.kind} '{describe(target_spec.kind, target)}'"
                if target["deleted_at"] is not None:
                    raise ValidationError.single(
                        group_kind, None, ref.name, f"refers to {label}, which is in the trash too: restore that first"
                    )
                for rid in users[target_id]:
                    country = countries[rid]
                    if target["country"] is not None and target["country"] != country:
                        raise ValidationError.single(
                            group_kind,
                            rid,
                            ref.name,
                            f"refers to {label}, which has moved to {target['country']} since this {country} record "
                            "was deleted; it cannot come back as it was",
                        )
    counted: dict[str, tuple[str, dict[str, Any] | None]] = {}
    for kind in (TRAINING, PARTICIPATION):  # an institution's participants back beyond the headline
        counted.update(
            (rid, (kind, row)) for rid, row in fetch_rows(session, spec_for(kind), group.get(kind, ())).items()
        )
    if counted and (found := check_participation(session, counted)):
        raise ValidationError([Problem(*problem) for problem in found])
    return countries


@dataclass(frozen=True)
class TrashEntry:
    trash_id: str
    kind: str
    record_id: str
    label: str
    deleted_at: dt.datetime
    deleted_by: str
    records: int
    #: The record the user deleted is live again (a partner's edit kept it):
    #: ``records`` counts only what it owned that is still in the trash.
    kept: bool = False


def trash_entries(session: Session) -> list[TrashEntry]:
    """What is in the trash now, one entry per delete, newest first.

    The first change row of each delete names the record the user deleted; the
    entry stays while any record still carries the delete's trash id, and
    counts those. The named record may be live again while some of what it
    owned is not (a partner's edit of one membership, made without knowledge
    of the delete, keeps that membership and its committee): the entry then
    holds the rest, under the committee's name, and restoring it brings the
    rest back, so nothing the merge left deleted is out of reach.
    """
    left = _still_in_trash(session)
    if not left:
        return []
    first = (
        select(Change.trash_id, func.min(Change.seq).label("seq"))
        .where(Change.action == "delete", Change.trash_id.is_not(None))
        .group_by(Change.trash_id)
        .subquery()
    )
    rows = session.scalars(select(Change).join(first, Change.seq == first.c.seq).order_by(Change.seq.desc())).all()
    entries: list[TrashEntry] = []
    for change in rows:
        records = left.get(change.trash_id or "", 0)
        if not records:
            continue  # restored since
        record = fetch_rows(session, spec_for(change.kind), [change.record_id])[change.record_id]
        entries.append(
            TrashEntry(
                trash_id=change.trash_id or "",
                kind=change.kind,
                record_id=change.record_id,
                label=describe(change.kind, record),
                deleted_at=change.changed_at,
                deleted_by=change.user,
                records=records,
                kept=record["deleted_at"] is None,
            )
        )
    return entries


def _still_in_trash(session: Session) -> dict[str, int]:
    """How many records carry each trash id now."""
    left: dict[str, int] = {}
    for spec in kind_specs().values():
        table = spec.table
        query = select(table.c.trash_id, func.count()).where(table.c.trash_id.is_not(None)).group_by(table.c.trash_id)
        for trash_id, count in session.execute(query):
            left[trash_id] = left.get(trash_id, 0) + count
    return left
