"""The one check (``checks``) applied to what a merge would make.

Each change of a partner's file was checked in itself when the file was read
(``incoming``): a create is a whole record, so it has its required fields and
keeps the rules across fields. What is left to see is the result of changes
made apart meeting here. Two kinds of trouble are told apart:

- a change that is wrong in itself refuses the file (a required field emptied;
  a record moved to another country while records its author knew of belong
  to it, which the editor forbids);
- a rule broken only because two valid edits met (the start moved on one
  machine, the end on the other; a record moved on one while a record was
  added under it on another) is kept as merged and reported as something to
  fix, never refused: a refusal would block exchange with that partner for ever.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import Problem, ValidationError
from db.models import Change
from db.services.checks import PARTICIPATION, TRAINING, Changed, Problems, check_participation, check_required
from db.services.formats import format_datetime
from db.services.kinds import spec_for
from db.services.operations import Operation
from db.services.references import chunks
from db.services.rules import check_rules


class State(Protocol):
    """What the merge makes of one record (``merge._State``)."""

    kind: str
    values: dict[str, Any]
    stored: dict[str, Any] | None
    live: bool


def check_results(
    session: Session, states: Mapping[str, State], new: Mapping[str, Sequence[Operation]]
) -> list[Problem]:
    """Refuse (``ValidationError``) what is wrong in itself; return the problems to fix."""
    refused, to_fix = Problems(), Problems()
    for rid, state in states.items():
        if not state.live or rid not in new:
            continue
        stored = state.stored
        if stored is not None and all(state.values[name] == stored[name] for name in state.values):
            continue
        check_required(state.kind, rid, state.values, refused)
        for name, reason in check_rules(state.kind, state.values):
            to_fix.add(state.kind, rid, name, reason)
    _check_moves(session, states, new, refused, to_fix)
    if refused:
        raise ValidationError(list(refused))
    # Participation counted beyond a training's headline (two edits meeting, as a cross-field rule
    # can): accepted, as received, and listed to fix like the rules above.
    counted: Changed = {
        rid: (state.kind, state.values if state.live else None)
        for rid, state in states.items()
        if rid in new and state.kind in (TRAINING, PARTICIPATION)
    }
    for kind, record_id, field, why in check_participation(session, counted) if counted else ():
        to_fix.add(kind, record_id, field, why)
    return list(to_fix)


def _check_moves(
    session: Session,
    states: Mapping[str, State],
    new: Mapping[str, Sequence[Operation]],
    refused: Problems,
    to_fix: Problems,
) -> None:
    """A record moved to another country while live records belong to it."""
    for rid, state in states.items():
        mover = _mover(new.get(rid, ())) if state.live else None
        if mover is None or mover.fields["country"][1] != state.values["country"]:
            continue  # not moved by this file, or another move won
        country = state.values["country"]
        children = _live_children(session, state.kind, rid, states)
        created = _creations(session, new, children)
        known = 0
        for child_kind, child_id, child_country in children:
            if child_country == country:
                continue
            made = created.get(child_id)
            if made is not None and _knew(mover, *made):
                known += 1
            else:
                to_fix.add(
                    child_kind,
                    child_id,
                    "country",
                    f"belongs to {state.kind} {rid}, which {mover.user} moved to {country}: move or delete it",
                )
        if known:
            refused.add(
                state.kind,
                rid,
                "country",
                f"cannot change while {known} record(s) belong to it; move or delete them first",
            )


def _mover(operations: Sequence[Operation]) -> Operation | None:
    """The latest change of the file that set the record's country."""
    moves = [op for op in operations if op.action == "update" and "country" in op.fields]
    return max(moves, key=lambda op: op.order) if moves else None


def _knew(mover: Operation, device: str, at: str) -> bool:
    """Whether the mover held the creation made on ``device`` at ``at`` (its own, or one it had seen)."""
    if device == mover.device:
        return at < mover.at
    return mover.seen is not None and at <= mover.seen.get(device, "")


def _live_children(
    session: Session, kind: str, rid: str, states: Mapping[str, State]
) -> list[tuple[str, str, str | None]]:
    """(kind, id, country) of the live records that belong to ``rid``, as the merge leaves them."""
    found: dict[str, tuple[str, str, str | None]] = {}
    for child_kind, owner_field in spec_for(kind).children:
        table = spec_for(child_kind).table
        query = select(table.c.id, table.c.country).where(table.c[owner_field] == rid, table.c.deleted_at.is_(None))
        for child_id, country in session.execute(query):
            found[child_id] = (child_kind, child_id, country)
        for child_id, state in states.items():
            if state.kind == child_kind and state.values.get(owner_field) == rid:
                if state.live:
                    found[child_id] = (child_kind, child_id, state.values["country"])
                else:
                    found.pop(child_id, None)
    return sorted(found.values())


def _creations(
    session: Session, new: Mapping[str, Sequence[Operation]], children: Sequence[tuple[str, str, str | None]]
) -> dict[str, tuple[str, str]]:
    """(device, stamp) of each child's creation: from the file, or from the log here."""
    made: dict[str, tuple[str, str]] = {}
    wanted: set[str] = set()
    for _kind, child_id, _country in children:
        create = next((op for op in new.get(child_id, ()) if op.action == "create"), None)
        if create is not None:
            made[child_id] = (create.device, create.at)
        else:
            wanted.add(child_id)
    for chunk in chunks(wanted):
        query = select(Change.record_id, Change.device, Change.changed_at).where(
            Change.record_id.in_(chunk), Change.action == "create"
        )
        for child_id, device, at in session.execute(query):
            made[child_id] = (device, format_datetime(at) or "")
    return made
