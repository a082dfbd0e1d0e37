"""Applying another installation's operations: the merge.

The stored records are always a function of the operations held, whatever the
order they arrived in, so installations that hold the same operations hold the
same records:

- each field takes the value of the latest operation that set it among those
  no other was made knowing of (an edit made knowing another wins over it,
  whatever the clocks said; time, then device id, orders the rest the same
  way everywhere);
- operations on one field that did not know of each other (their version
  vectors tell) are a conflict when their values differ: the winner is in
  force, every other value is kept in ``conflict`` until someone settles it;
- a record is deleted when its latest delete or restore is a delete, unless
  some edit of it was made without knowledge of that delete: then the edit
  wins and the record stays (reported);
- a live record keeps alive whatever it refers to (references always hold).

Nothing here reads files or checks signatures: ``desktop.exchange`` hands over
operations already read and checked (``db.services.operations``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.errors import Problem, ValidationError
from db.models import AttachmentContent, Conflict
from db.services.changelog import clock, jsonable
from db.services.changes import noted
from db.services.checks import Problems, check_new_ids
from db.services.formats import format_datetime, parse_datetime, paused_gc
from db.services.kinds import META, KindSpec, spec_for
from db.services.merge_checks import check_results
from db.services.merge_fresh import log_rows, merge_fresh, store_contents
from db.services.merge_report import MergeReport, Move, live_records
from db.services.operations import Operation, held_keys, operations_of, refuse_unchecked
from db.services.references import chunks, referrers
from db.services.rows import fetch_rows
from db.services.sqlite import stored_ids
from db.services.writer import insert_rows, log_changes, update_rows

#: Stands for "the value stored now" (a logged create keeps no copy of its values).
_STORED = object()


@dataclass
class _State:
    """A record as the operations held make it."""

    kind: str
    values: dict[str, Any]
    stored: dict[str, Any] | None
    own_live: bool
    deleter: Operation | None
    created_at: str
    updated: Operation
    conflicts: dict[str, list[dict[str, Any]]]
    live: bool = False
    kept_by: str | None = None


def _unknown(session: Session, operations: Sequence[Operation]) -> list[Operation]:
    """The operations not yet in the log."""
    keys = {op.key for op in operations}
    held = held_keys(session, keys)
    if len(held) == len(keys) == len(operations):
        return []  # a file seen before
    new = [op for op in operations if op.key not in held]
    refuse_unchecked(new)
    return new


def _versions(spec: KindSpec, operations: Iterable[Operation], new: set[int]) -> dict[str, list[tuple[Operation, Any]]]:
    """Per field, every operation that set it with the value it set."""
    versions: dict[str, list[tuple[Operation, Any]]] = {}
    for op in operations:
        if op.action == "create":
            for name, fspec in spec.fields.items():
                if name != "id":
                    value = op.fields.get(name, fspec.default) if id(op) in new else _STORED
                    versions.setdefault(name, []).append((op, value))
        elif op.action == "update":
            for name, (_old, value) in op.fields.items():
                if name in spec.fields:
                    versions.setdefault(name, []).append((op, value))
    return versions


def _key(value: Any) -> bytes:
    return orjson.dumps(value, default=jsonable)


def _settle(spec: KindSpec, stored: dict[str, Any] | None, old: list[Operation], new: list[Operation]) -> _State:
    operations = old + new
    new_ids = {id(op) for op in new}
    if stored is None:
        if not any(op.action == "create" for op in new):
            raise ValidationError.single(
                spec.kind, new[0].record_id, None, "is changed by the file, which does not hold its creation"
            )
        values = spec.blank()
        values["id"] = new[0].record_id
    else:
        values = {name: stored[name] for name in spec.fields}
    before = dict(values)
    conflicts: dict[str, list[dict[str, Any]]] = {}
    for name, versions in _versions(spec, operations, new_ids).items():
        # Only a value no other change was made knowing of can win: an edit made knowing
        # another wins over it whatever the clocks said; the stamps order the rest.
        leaves = [(op, v) for op, v in versions if not any(o is not op and o.knows(op) for o, _ in versions)]
        leaves = leaves or versions  # (changes logged before version vectors can seem to know each other)
        winner, value = max(leaves, key=lambda version: version[0].order)
        if id(winner) in new_ids and value is not _STORED:
            values[name] = value
        if len(leaves) > 1:
            shown = [(op, before[name] if v is _STORED else v) for op, v in leaves]
            if len({_key(v) for _op, v in shown}) > 1:
                shown.sort(key=lambda version: (version[0] is not winner, tuple(reversed(version[0].order))))
                conflicts[name] = [
                    {"value": jsonable(v), "user": op.user, "device": op.device, "changed_at": op.at} for op, v in shown
                ]
    deletes = [op for op in operations if op.action in ("delete", "restore")]
    deletes = [op for op in deletes if not any(other is not op and other.knows(op) for other in deletes)] or deletes
    deleter = max(deletes, key=lambda op: op.order) if deletes else None
    if deleter is None or deleter.action == "restore":
        own_live, deleter = True, None
    else:
        own_live = any(op.action in ("create", "update") and not deleter.knows(op) for op in operations)
    creates = [op.at for op in operations if op.action == "create"]
    return _State(
        kind=spec.kind,
        values=values,
        stored=stored,
        own_live=own_live,
        deleter=deleter,
        created_at=min(creates) if creates else format_datetime((stored or {}).get("created_at")) or "",
        updated=max(operations, key=lambda op: op.order),
        conflicts=conflicts,
    )


def _targets(spec: KindSpec, values: Mapping[str, Any]) -> Iterable[tuple[str, str, str, bool]]:
    """(field, kind, id, is a foreign key) of every record this one refers to."""
    for ref in spec.refs:
        value = values[ref.name]
        if ref.many:
            for target in value or ():
                yield ref.name, ref.ref or "", target, False
        elif value is not None:
            yield ref.name, ref.ref or "", value, True
    if spec.kind == "attachment" and values.get("record_kind") and values.get("record_id"):
        yield "record_id", values["record_kind"], values["record_id"], False


class _Liveness:
    """Which records end up live: their own operations say so, or a live record
    refers to them (a reference must always hold, so the edit wins)."""

    def __init__(self, session: Session, states: dict[str, _State]) -> None:
        self.session = session
        self.states = states

    def settle(self) -> None:
        for state in self.states.values():
            state.live = state.own_live
        changed = True
        while changed:
            changed = self._keep_targets_of_live()
            changed = self._keep_the_still_used() or changed

    def _keep_targets_of_live(self) -> bool:
        """Bring back (or keep) whatever a live record refers to."""
        changed = False
        queue = [rid for rid, state in self.states.items() if state.live]
        while queue:
            missing: dict[str, dict[str, str]] = {}
            next_queue: list[str] = []
            for rid in queue:
                state = self.states[rid]
                for _name, kind, target, _fk in _targets(spec_for(state.kind), state.values):
                    other = self.states.get(target)
                    if other is None:
                        missing.setdefault(kind, {})[target] = rid
                    elif not other.live:
                        other.live, other.kept_by = True, rid
                        next_queue.append(target)
                        changed = True
            for kind, ids in missing.items():
                for target, row in fetch_rows(self.session, spec_for(kind), ids).items():
                    if row["deleted_at"] is None:
                        continue
                    self.states[target] = self._stored_state(kind, row, kept_by=ids[target])
                    next_queue.append(target)
                    changed = True
            queue = next_queue
        return changed

    def _stored_state(self, kind: str, row: dict[str, Any], kept_by: str | None) -> _State:
        rid = row["id"]
        ops = operations_of(self.session, [rid]).get(rid, [])
        state = _settle(spec_for(kind), row, ops, [])
        state.live, state.kept_by = True, kept_by
        return state

    def _keep_the_still_used(self) -> bool:
        """A record deleted here or there stays while a live record outside this
        merge still refers to it."""
        dead: dict[str, set[str]] = {}
        for rid, state in self.states.items():
            if not state.live:
                dead.setdefault(state.kind, set()).add(rid)
        if not dead:
            return False
        changed = False
        for user in referrers(self.session, dead):
            if user.record_id in self.states:
                continue  # its own state decides, above
            state = self.states[user.target]
            if not state.live:
                state.live, state.kept_by = True, user.record_id
                changed = True
        return changed


def merge(session: Session, operations: Sequence[Operation], contents: Mapping[str, bytes]) -> MergeReport:
    """Apply ``operations`` (checked already) in the caller's transaction.

    ``contents`` holds the bytes of attached files by SHA-256. Raises a
    ``ValidationError`` (and writes nothing) when the result would break a
    reference; the caller rolls back.
    """
    with paused_gc():  # hundreds of thousands of objects, none of them cyclic garbage
        return _merge(session, operations, contents)


def _merge(session: Session, operations: Sequence[Operation], contents: Mapping[str, bytes]) -> MergeReport:
    report = MergeReport(received=len(operations))
    new = _unknown(session, operations)
    report.already_held = len(operations) - len(new)
    if not new:
        return report
    new.sort(key=_order)
    _refuse_ids_of_other_kinds(session, new)
    _refuse_claims_of_changes_not_held(session, new)
    if merge_fresh(session, new, contents, report.created):
        clock(session).observe(parse_datetime(new[-1].at))
        return report
    by_record: dict[str, list[Operation]] = {}
    for op in new:
        by_record.setdefault(op.record_id, []).append(op)
    by_kind: dict[str, list[str]] = {}
    for rid, ops in by_record.items():
        kinds = {op.kind for op in ops}
        if len(kinds) > 1:
            raise ValidationError.single(sorted(kinds)[0], rid, None, "appears as two kinds of record")
        by_kind.setdefault(ops[0].kind, []).append(rid)
    states: dict[str, _State] = {}
    for kind, ids in by_kind.items():
        spec = spec_for(kind)
        stored = fetch_rows(session, spec, stored_ids(session, spec.table, ids))
        _add_created_at(session, spec, stored)
        old = operations_of(session, stored)
        for rid in ids:
            row = stored.get(rid)
            ops = by_record[rid]
            if row is None and len(ops) == 1 and ops[0].action == "create":
                states[rid] = _created(spec, ops[0])
            else:
                states[rid] = _settle(spec, row, old.get(rid, []), ops)
    liveness = _Liveness(session, states)
    liveness.settle()
    _check_references(session, states, contents)
    report.to_fix = check_results(session, states, by_record)
    _write(session, states, new, contents, report)
    if report.deleted:
        report.live_before = live_records(session) + sum(report.deleted.values()) - sum(report.restored.values())
        report.live_before -= sum(report.created.values())
    clock(session).observe(parse_datetime(new[-1].at))  # the latest: ``new`` is in order
    return report


def _refuse_ids_of_other_kinds(session: Session, new: Sequence[Operation]) -> None:
    """A create must not take the id of a record of another kind, here or in the same file."""
    creates: dict[str, list[str]] = {}
    for op in new:
        if op.action == "create":
            creates.setdefault(op.kind, []).append(op.record_id)
    problems = Problems()
    check_new_ids(session, creates, problems)
    if problems:
        raise ValidationError(list(problems))


def _refuse_claims_of_changes_not_held(session: Session, new: Sequence[Operation]) -> None:
    """A change's version vector names, per device, the latest change of the record its
    author had: each must be held here or come in the same file. A vector claiming more
    (a delete "knowing" edits not made yet, to beat them) is refused."""
    claimed: dict[tuple[str, str, str], Operation] = {}
    for op in new:
        if op.seen:
            for device, at in op.seen.items():
                claimed.setdefault((device, at, op.record_id), op)
    if not claimed:
        return  # a file of creates (the big case): no set of its keys to make
    in_file = {op.key for op in new}
    claimed = {key: op for key, op in claimed.items() if key not in in_file}
    held = held_keys(session, claimed)
    for key, op in claimed.items():
        if key not in held:
            device, at, _rid = key
            raise ValidationError.single(
                op.kind,
                op.record_id,
                "seen",
                f"claims its author had a change made on device {device} at {at[:19]} UTC, "
                "which neither this file nor this database holds",
            )


def _order(op: Operation) -> tuple[str, str]:
    return (op.at, op.device)


def _created(spec: KindSpec, op: Operation) -> _State:
    """The common case, quickly: a record this installation has never seen."""
    values = spec.blank()
    values.update(op.fields)
    values["id"] = op.record_id
    return _State(spec.kind, values, None, True, None, op.at, op, {})


def _add_created_at(session: Session, spec: KindSpec, stored: dict[str, dict[str, Any]]) -> None:
    table = spec.table
    for chunk in chunks(set(stored)):
        query = select(table.c.id, table.c.created_at).where(table.c.id.in_(chunk))
        for rid, created_at in session.execute(query):
            stored[rid]["created_at"] = created_at


def _check_references(session: Session, states: dict[str, _State], contents: Mapping[str, bytes]) -> None:
    """Every reference of the result names a record that exists (and is live, for a live record)."""
    problems: list[Problem] = []
    wanted: dict[str, set[str]] = {}
    for state in states.values():
        for _name, kind, target, fk in _targets(spec_for(state.kind), state.values):
            if target not in states and (fk or state.live):
                wanted.setdefault(kind, set()).add(target)
    found: dict[str, dict[str, Any]] = {}
    for kind, ids in wanted.items():
        found.update(fetch_rows(session, spec_for(kind), ids))
    for rid, state in states.items():
        for name, kind, target, fk in _targets(spec_for(state.kind), state.values):
            if target in states and states[target].kind != kind:
                problems.append(
                    Problem(
                        state.kind, rid, name, f"refers to {target}, which is a {states[target].kind}, not a {kind}"
                    )
                )
            if target in states or not (fk or state.live):
                continue
            row = found.get(target)
            if row is None:
                problems.append(Problem(state.kind, rid, name, f"refers to {kind} {target}, which does not exist"))
        if state.kind == "attachment" and state.stored is None:
            digest = state.values.get("sha256")
            if digest and digest not in contents and session.get(AttachmentContent, digest) is None:
                problems.append(Problem("attachment", rid, "sha256", "names a file the exchange file does not carry"))
        if len(problems) >= 50:
            break
    if problems:
        raise ValidationError(problems)


def _write(
    session: Session,
    states: dict[str, _State],
    new: Sequence[Operation],
    contents: Mapping[str, bytes],
    report: MergeReport,
) -> None:
    store_contents(session, contents)
    by_kind: dict[str, list[_State]] = {}
    for state in states.values():
        by_kind.setdefault(state.kind, []).append(state)
    for kind, kind_states in by_kind.items():
        _write_kind(session, spec_for(kind), kind_states, report)
    log_changes(session, log_rows(new))
    _write_conflicts(session, states, report)


def _meta(state: _State) -> list[Any]:
    """created_at, updated_at, changed_by_device, deleted_at and trash_id; moments as stored (text)."""
    deleter = state.deleter if not state.live else None
    return [
        state.created_at or state.updated.at,
        state.updated.at,
        state.updated.device,
        deleter.at if deleter else None,
        deleter.trash_id if deleter else None,
    ]


def _write_kind(session: Session, spec: KindSpec, states: list[_State], report: MergeReport) -> None:
    names = list(spec.fields)
    inserts: list[list[Any]] = []
    updates: list[list[Any]] = []
    kind = spec.kind
    for state in states:
        row = [*(state.values[n] for n in names), *_meta(state)]
        if state.stored is None:
            inserts.append(row)
            if state.live:
                report.created[kind] += 1
        else:
            was_live = state.stored["deleted_at"] is None
            values_changed = any(state.values[n] != state.stored[n] for n in names)
            if values_changed and state.live:
                report.changed[kind] += 1
            if was_live and not state.live:
                report.deleted[kind] += 1
                report.deleted_by[state.deleter.user if state.deleter else ""] += 1
            elif state.live and not was_live:
                report.restored[kind] += 1
            if "country" in names and state.values["country"] != state.stored["country"]:
                report.moved.append(
                    Move(kind, state.values["id"], state.stored["country"], state.values["country"], state.updated.user)
                )
            updates.append(row)
        if state.live and state.deleter is not None:
            why = f"kept because {state.kept_by} refers to it" if state.kept_by else "edited without knowledge of it"
            report.kept.append(f"{kind} {state.values['id']}: deleted by {state.deleter.user}, {why}")
    insert_rows(session, spec.table, [*names, *META], inserts)
    update_rows(session, spec.table, [*names, *META], updates)


def _write_conflicts(session: Session, states: dict[str, _State], report: MergeReport) -> None:
    ids = [rid for rid, state in states.items() if state.conflicts or state.stored is not None]
    if not ids:
        return
    before: dict[tuple[str, str], dt.datetime] = {}
    for chunk in chunks(set(ids)):
        for conflict in session.scalars(select(Conflict).where(Conflict.record_id.in_(chunk))):
            before[(conflict.record_id, conflict.field)] = conflict.detected_at
        session.execute(delete(Conflict).where(Conflict.record_id.in_(chunk)))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for rid, name in before:
        state = states[rid]
        if name not in state.conflicts:  # a conflict kept here that the file settles
            report.settled[state.kind] += 1
            report.settled_by[state.updated.user] += 1
    for rid in ids:
        state = states[rid]
        for name, versions in state.conflicts.items():
            detected = before.get((rid, name))
            if detected is None:
                report.conflicts[state.kind] += 1
            session.add(
                Conflict(kind=state.kind, record_id=rid, field=name, versions=versions, detected_at=detected or now)
            )
    if before or any(states[rid].conflicts for rid in ids):
        noted(session).conflicts = True
    session.flush()
