"""Creating and changing records: the one write path everybody uses.

The GUI's single edits, ``load`` and the demo data all go through
``write_records``: every record is checked field by field, then rule by rule,
then reference by reference, and only when the whole batch is clean is anything
written (in bulk, with one change-log row per record). The caller owns the
transaction: a ``ValidationError`` leaves the session as it found it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models import AttachmentContent
from db.models.base import new_id
from db.services.changelog import Actor, ChangeRow, clock, record_changes, settle_conflicts, version_vectors
from db.services.checks import (
    Plan,
    Problems,
    Target,
    check_country_moves,
    check_new_ids,
    check_participation,
    check_references,
    check_state,
)
from db.services.kinds import META, KindSpec, check_uuid, kind_names, kind_specs, spec_for
from db.services.rows import CHUNK, fetch_rows
from db.services.rules import check_rules
from db.services.writer import defer_references, insert_rows, update_rows

Mode = Literal["upsert", "create", "update", "insert_missing"]


@dataclass
class WriteSummary:
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    ids: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


def write_records(
    session: Session,
    actor: Actor,
    batch: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    mode: Mode = "upsert",
    contents: Mapping[str, bytes] | None = None,
) -> WriteSummary:
    """Validate and write ``batch`` ({kind: [values, ...]}), all or nothing.

    ``upsert`` creates new ids and updates known ones; ``create`` and ``update``
    insist on one or the other; ``insert_missing`` leaves known ids alone (the
    demo data uses it so re-running never overwrites a user's edits).
    ``contents`` holds attachment bytes by SHA-256 for attachments in the batch.
    """
    specs = kind_specs()
    problems = Problems()
    for kind in batch:
        if kind not in specs:
            problems.add(kind, None, None, "is not a kind of record")
    known: dict[str, dict[str, Target]] = {}
    plans: dict[str, Plan] = {}
    summary = WriteSummary()
    counted: dict[str, tuple[str, dict[str, Any] | None]] = {}  # trainings and participations, for their sums
    for kind in kind_names():
        rows = batch.get(kind)
        if not rows:
            continue
        spec = specs[kind]
        plan, broken = _prepare(session, spec, rows, mode, problems, summary)
        known[kind] = check_references(session, spec, plan, known, problems, contents or {}, broken)
        check_country_moves(session, spec, plan, problems, broken)
        plans[kind] = plan
        if kind in ("capacity_activity", "capacity_participation"):
            counted.update((rid, (kind, values)) for rid, _old, values in plan if rid not in broken)
    if counted:
        for problem in check_participation(session, counted):
            problems.add(*problem)
    check_new_ids(
        session, {kind: [rid for rid, old, _values in plan if old is None] for kind, plan in plans.items()}, problems
    )
    if problems:
        raise ValidationError(list(problems))
    moment = clock(session).now()
    defer_references(session)
    if contents:
        store_contents(session, contents)
    changes: list[ChangeRow] = []
    for kind, plan in plans.items():
        changes.extend(_write(session, specs[kind], plan, actor, moment, summary))
    record_changes(session, actor, moment, changes)
    return summary


def _prepare(
    session: Session,
    spec: KindSpec,
    rows: Sequence[Mapping[str, Any]],
    mode: Mode,
    problems: Problems,
    summary: WriteSummary,
) -> tuple[Plan, set[str]]:
    """Field and rule checks; returns the plan, (id, stored values or None, new
    values) per record, and the ids of records with a bad field."""
    kind = spec.kind
    given_ids: list[str] = []
    for raw in rows:
        if _is_mapping(raw) and isinstance(raw.get("id"), str):
            with suppress(ValueError):  # a bad id is reported below
                given_ids.append(check_uuid(raw["id"]) or "")
    # Loading into an empty table (a restore, a first load) needs no lookup; a few records (an
    # editor's save) are looked up at once, without first asking whether the table is empty.
    few = len(given_ids) <= CHUNK
    empty = not few and session.execute(select(spec.table.c.id).limit(1)).first() is None
    existing = fetch_rows(session, spec, given_ids) if given_ids and not empty else {}
    seen: set[str] = set()
    broken: set[str] = set()
    checks = spec.checks
    plan: Plan = []
    for position, raw in enumerate(rows, start=1):
        if not _is_mapping(raw):
            problems.add(kind, f"#{position}", None, "is not an object of fields")
            continue
        raw_id = raw.get("id")
        if raw_id is None and mode == "create":
            raw_id = new_id()
        try:
            rid = check_uuid(raw_id)
        except ValueError as exc:
            problems.add(kind, f"#{position}", "id", str(exc))
            continue
        if rid is None:
            problems.add(kind, f"#{position}", "id", "is required")
            continue
        if rid in seen:
            problems.add(kind, rid, "id", "appears twice")
            continue
        seen.add(rid)
        old = existing.get(rid)
        if old is not None:
            if mode == "create":
                problems.add(kind, rid, "id", "already exists")
                continue
            if mode == "insert_missing":
                summary.unchanged[kind] += 1
                summary.ids.append(rid)
                continue
            if old["deleted_at"] is not None:
                problems.add(kind, rid, None, "is in the trash; restore it before changing it")
                continue
            values = {name: old[name] for name in spec.fields}
        elif mode == "update":
            problems.add(kind, rid, None, "does not exist")
            continue
        else:
            values = spec.blank()
        try:
            for name, value in raw.items():
                values[name] = checks[name](value)
        except (KeyError, ValueError):
            _check_each_field(kind, rid, raw, checks, values, problems)
            broken.add(rid)
        values["id"] = rid
        if rid not in broken:
            check_state(kind, rid, values, problems)
        else:  # rules see the good fields only, so a date out of order is named beside a bad number
            for name in spec.required:
                if values[name] is None:
                    problems.add(kind, rid, name, "is required")
            bad = {name for name, value in values.items() if value is _GIVEN_BUT_BAD}
            good = {name: None if name in bad else value for name, value in values.items()}
            for name, reason in check_rules(kind, good):
                if name not in bad:
                    problems.add(kind, rid, name, reason)
        plan.append((rid, old, values))
    return plan, broken


def _is_mapping(value: object) -> bool:
    return type(value) is dict or isinstance(value, Mapping)  # the ABC check is slow; most are dicts


def _check_each_field(
    kind: str,
    rid: str,
    raw: Mapping[str, Any],
    checks: Mapping[str, Any],
    values: dict[str, Any],
    problems: Problems,
) -> None:
    """The slow path of ``_prepare`` for a record with a bad field: every field
    is checked on its own, so each bad one is named and the good ones kept."""
    for name, value in raw.items():
        check = checks.get(name)
        if check is None:
            problems.add(kind, rid, name, "is not a field of this kind of record")
            continue
        try:
            values[name] = check(value)
        except ValueError as exc:
            problems.add(kind, rid, name, str(exc))
            values[name] = _GIVEN_BUT_BAD


#: Stands in for a value that was given but refused, so it is not also "required".
_GIVEN_BUT_BAD = object()


def _write(
    session: Session,
    spec: KindSpec,
    plan: Plan,
    actor: Actor,
    moment: dt.datetime,
    summary: WriteSummary,
) -> list[ChangeRow]:
    kind = spec.kind
    names = list(spec.fields)
    meta = [moment, moment, actor.device, None, None]
    stored = itemgetter(*names)
    inserts: list[list[Any]] = []
    updates: list[list[Any]] = []
    changes: list[ChangeRow] = []
    for rid, old, values in plan:
        summary.ids.append(rid)
        if old is None:
            # A create's values are the record's first version: ``creation_values``
            # rebuilds them from the record and later changes, so they are not copied.
            changes.append(ChangeRow(kind, rid, "create", "{}", country=values["country"]))
            inserts.append([*stored(values), *meta])
            summary.created[kind] += 1
            continue
        changed = {n: [old[n], v] for n, v in values.items() if old[n] != v}
        if not changed:
            summary.unchanged[kind] += 1
            continue
        updates.append([*stored(values), moment, actor.device])
        changes.append(ChangeRow(kind, rid, "update", changed, country=values["country"]))
        summary.updated[kind] += 1
    if updates:
        changes = _with_versions(session, changes)
    insert_rows(session, spec.table, [*names, *META], inserts)
    update_rows(session, spec.table, [*names, "updated_at", "changed_by_device"], updates)
    return changes


def _with_versions(session: Session, changes: list[ChangeRow]) -> list[ChangeRow]:
    """Updates carry what their author knew of the record; an edit settles any
    conflict on the fields it sets (the user saw every competing value)."""
    updated = [change for change in changes if change.action == "update"]
    vectors = version_vectors(session, [change.record_id for change in updated])
    settle_conflicts(session, [(change.record_id, list(change.fields)) for change in updated])
    return [
        change._replace(seen=vectors.get(change.record_id, {})) if change.action == "update" else change
        for change in changes
    ]


def store_contents(session: Session, contents: Mapping[str, bytes]) -> None:
    """The attached files' bytes (by SHA-256) not held yet, stored once each."""
    for digest, data in contents.items():
        if session.get(AttachmentContent, digest) is None:
            session.add(AttachmentContent(sha256=digest, size=len(data), data=data))
    session.flush()


# --- single records, for the GUI and scripts ----------------------------------------


def create(session: Session, actor: Actor, kind: str, values: Mapping[str, Any]) -> str:
    """Create one record; returns its new id."""
    summary = write_records(session, actor, {kind: [dict(values)]}, mode="create")
    return summary.ids[0]


def update(session: Session, actor: Actor, kind: str, record_id: str, values: Mapping[str, Any]) -> bool:
    """Change some fields of one live record; returns whether anything changed."""
    summary = write_records(session, actor, {kind: [{**values, "id": record_id}]}, mode="update")
    return summary.changed > 0


def get(session: Session, kind: str, record_id: str) -> dict[str, Any] | None:
    """The data fields of a live record, or None."""
    row = fetch_rows(session, spec_for(kind), [record_id]).get(record_id)
    if row is None or row.pop("deleted_at") is not None:
        return None
    return row
