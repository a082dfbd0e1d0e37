"""The one check of a record's resulting state.

Whoever writes (the editor, ``load``, the demo, a spreadsheet, the merge of a
partner's file) hands the records as they would be once written, already
checked field by field (``kinds``), and these functions say what is wrong with
them: required fields, rules across fields (``rules``), the kind, liveness and
country of every record referred to, records that would change country while
others belong to them, and ids already used by a record of another kind.
Problems name the kind, the record, the field and the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import Problem
from db.models import AttachmentContent
from db.services.kinds import KindSpec, kind_specs, spec_for
from db.services.references import chunks, referrers
from db.services.rows import CHUNK
from db.services.rules import RULES, SEXES, participation_issues

#: Stop collecting after this many problems: the user fixes the first ones first.
MAX_PROBLEMS = 50
#: Per record of a batch: (id, its stored values or None if new, its new values).
Plan = list[tuple[str, dict[str, Any] | None, dict[str, Any]]]
#: What a reference check needs of a record: (country, is live).
Target = tuple[str | None, bool]


class Problems(list[Problem]):
    """Problems found, up to ``MAX_PROBLEMS``: the user fixes the first ones first."""

    def add(self, kind: str, record_id: str | None, name: str | None, reason: str) -> None:
        if len(self) < MAX_PROBLEMS:
            self.append(Problem(kind, record_id, name, reason))


def _lookup_targets(session: Session, kind: str, ids: set[str]) -> dict[str, Target]:
    table = spec_for(kind).table
    found: dict[str, Target] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), CHUNK):
        query = select(table.c.id, table.c.country, table.c.deleted_at).where(
            table.c.id.in_(wanted[start : start + CHUNK])
        )
        for rid, country, deleted_at in session.execute(query):
            found[rid] = (country, deleted_at is None)
    return found


def check_references(
    session: Session,
    spec: KindSpec,
    plan: Plan,
    known: dict[str, dict[str, Target]],
    problems: Problems,
    contents: Mapping[str, bytes],
    broken: set[str],
) -> dict[str, Target]:
    """Every reference must name a live record of the right kind, in the same
    country or a global one; owned records take their owner's country.
    Returns the batch's records of this kind as targets for later kinds."""
    kind = spec.kind
    mine: dict[str, Target] = {rid: (values["country"], True) for rid, _old, values in plan}
    refs = [(ref.name, ref.ref or "", ref.many) for ref in spec.refs]

    def targets_of(values: dict[str, Any]) -> Iterable[tuple[str, str, str]]:
        for name, target_kind, many in refs:
            value = values[name]
            if many:
                for target in value:
                    yield name, target_kind, target
            elif value is not None:
                yield name, target_kind, value
        if kind == "attachment" and values.get("record_kind") and values.get("record_id"):
            yield "record_id", values["record_kind"], values["record_id"]

    # One lookup table per kind referred to: this batch, earlier kinds of the batch, then the database.
    wanted: dict[str, set[str]] = {}
    kinds_referred: set[str] = set()
    if broken:
        plan = [entry for entry in plan if entry[0] not in broken]
    for _rid, _old, values in plan:
        for _name, target_kind, target in targets_of(values):
            kinds_referred.add(target_kind)
            if target not in mine and target not in known.get(target_kind, {}):
                wanted.setdefault(target_kind, set()).add(target)
    lookup: dict[str, dict[str, Target]] = {}
    for target_kind in kinds_referred:
        table = _lookup_targets(session, target_kind, wanted[target_kind]) if target_kind in wanted else {}
        table.update(known.get(target_kind, {}))
        lookup[target_kind] = table

    # Owners first, so an owned record's country is settled before its other references are checked.
    for rid, _old, values in plan:
        owner = owner_of(spec, values)
        if owner is not None:
            parent = lookup.get(owner[0], {}).get(owner[1])
            if parent is not None:
                values["country"] = parent[0]
                mine[rid] = (parent[0], True)
        elif not spec.global_allowed and values["country"] is None:
            problems.add(kind, rid, "country", "is required")
    lookup.setdefault(kind, {}).update(mine)
    for rid, _old, values in plan:
        country = values["country"]
        for name, target_kind, target in targets_of(values):
            hit = lookup.get(target_kind, {}).get(target)
            if hit is None:
                problems.add(kind, rid, name, f"refers to {target_kind} {target}, which does not exist")
            elif not hit[1]:
                problems.add(kind, rid, name, f"refers to {target_kind} {target}, which is in the trash")
            elif hit[0] is not None and hit[0] != country:
                problems.add(kind, rid, name, f"refers to {target_kind} {target} of another country ({hit[0]})")
        if kind == "attachment" and values.get("sha256"):
            digest = values["sha256"]
            if digest not in contents and session.get(AttachmentContent, digest) is None:
                problems.add(kind, rid, "sha256", "names file content that is not in the database")
    return mine


def check_country_moves(session: Session, spec: KindSpec, plan: Plan, problems: Problems, broken: set[str]) -> None:
    """A record may change country only if nothing belongs to it and no record of
    another country refers to it: references never cross countries."""
    moved = {
        rid: values["country"]
        for rid, old, values in plan
        if old is not None and old["country"] != values["country"] and rid not in broken
    }
    if not moved:
        return
    for child_kind, owner_field in spec.children:
        owner = spec_for(child_kind).table.c[owner_field]
        deleted_at = spec_for(child_kind).table.c.deleted_at
        for chunk in chunks(set(moved)):
            query = select(owner, func.count()).where(owner.in_(chunk), deleted_at.is_(None)).group_by(owner)
            for owner_id, number in session.execute(query):
                problems.add(
                    spec.kind,
                    owner_id,
                    "country",
                    f"cannot change while {number} {child_kind} record(s) belong to it; move or delete them first",
                )
    attachments = spec_for("attachment").table
    for chunk in chunks(set(moved)):
        query = (
            select(attachments.c.record_id, func.count())
            .where(
                attachments.c.record_kind == spec.kind,
                attachments.c.record_id.in_(chunk),
                attachments.c.deleted_at.is_(None),
            )
            .group_by(attachments.c.record_id)
        )
        for owner_id, number in session.execute(query):
            problems.add(
                spec.kind,
                owner_id,
                "country",
                f"cannot change while {number} attached file(s) belong to it; delete them first",
            )
    for user in referrers(session, {spec.kind: set(moved)}):
        new_country = moved[user.target]
        if new_country is not None and user.country is not None and user.country != new_country:
            problems.add(
                spec.kind,
                user.target,
                "country",
                f"cannot become {new_country}: {user.label(session)}, of {user.country}, refers to it",
            )


def owner_of(spec: KindSpec, values: dict[str, Any]) -> tuple[str, str] | None:
    """(kind, id) of the record this one belongs to, whose country it shares."""
    if spec.owner is not None and values[spec.owner.name] is not None:
        return spec.owner.ref or "", values[spec.owner.name]
    if spec.kind == "attachment" and values.get("record_kind") and values.get("record_id"):
        return values["record_kind"], values["record_id"]
    return None


def check_state(kind: str, record_id: str, values: dict[str, Any], problems: Problems) -> None:
    """Required fields and the rules across fields of one record's resulting values
    (a partner's create is checked by it too: a create is a whole record)."""
    state_check(kind)(record_id, values, problems)


StateCheck = Callable[[str, dict[str, Any], Problems], None]


@cache
def state_check(kind: str) -> StateCheck:
    """``check_state`` for one kind, made once: a file's hundreds of thousands of creates go through it,
    so the usual case (every required field given, each rule silent) is asked in as few steps as can be."""
    required = tuple(name for name in spec_for(kind).required if name != "id")
    rules = tuple(RULES.get(kind, ()))
    present: Callable[[dict[str, Any]], tuple[Any, ...]]
    if len(required) == 1:
        (only,) = required
        present = lambda values: (values[only],)  # noqa: E731  (itemgetter of one name gives no tuple)
    else:
        present = itemgetter(*required) if required else (lambda values: ())

    def check(record_id: str, values: dict[str, Any], problems: Problems) -> None:
        try:
            given = present(values)
        except KeyError:
            given = (None,)
        if None in given:
            get = values.get
            for name in required:
                if get(name) is None:
                    problems.add(kind, record_id, name, "is required")
        for rule in rules:
            issues = rule(values)
            if issues:
                for name, reason in issues:
                    problems.add(kind, record_id, name, reason)

    return check


def check_required(kind: str, record_id: str, values: Mapping[str, Any], problems: Problems) -> None:
    """Every required field has a value (the id is checked on its own, and a change carries it apart)."""
    for name in spec_for(kind).required:
        if name != "id" and values.get(name) is None:
            problems.add(kind, record_id, name, "is required")


def check_new_ids(session: Session, new: Mapping[str, Iterable[str]], problems: Problems) -> None:
    """Ids of new records (by kind) must not be those of a record of another kind, stored or new."""
    owner: dict[str, str] = {}
    for kind, ids in new.items():
        for rid in ids:
            other = owner.setdefault(rid, kind)
            if other != kind:
                problems.add(kind, rid, "id", f"is also the id of a new {other} record")
    if not owner:
        return
    for other_kind, spec in kind_specs().items():
        table = spec.table
        if session.execute(select(table.c.id).limit(1)).first() is None:
            continue  # an empty table (a first load, a new installation) holds no id
        wanted = {rid for rid, kind in owner.items() if kind != other_kind}
        if not wanted:
            continue
        # Many ids against a smaller table: read the table's ids through rather than look each up.
        if len(wanted) > CHUNK and (session.scalar(select(func.count()).select_from(table)) or 0) < len(wanted):
            taken = wanted.intersection(session.scalars(select(table.c.id)))
        else:
            taken = set()
            for chunk in chunks(wanted):
                taken.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
        for rid in sorted(taken):
            problems.add(owner[rid], rid, "id", f"is already the id of a {other_kind} record")


#: What a check of records across kinds is handed: per record id, (kind, its resulting values, or None once deleted).
Changed = Mapping[str, tuple[str, dict[str, Any] | None]]
TRAINING, PARTICIPATION = "capacity_activity", "capacity_participation"


def check_participation(session: Session, changed: Changed) -> list[tuple[str, str, str | None, str]]:
    """(kind, id, field, reason) where a training's participation by institution, as these changes
    leave it, counts more people than its headline counts (``rules.participation_issues``).

    The problem is put on the training when its counts are among the changes (they were just
    typed), else on the participation that tipped it over, so each editor names its own field."""
    trainings: dict[str, dict[str, Any] | None] = {}
    typed: dict[str, list[str]] = {}  # training id -> the participations among the changes
    for rid, (kind, values) in changed.items():
        if kind == TRAINING:
            trainings[rid] = values
        elif kind == PARTICIPATION and values is not None and values.get("capacity_activity_id"):
            owner = values["capacity_activity_id"]
            trainings.setdefault(owner, None)
            typed.setdefault(owner, []).append(rid)
    if not trainings:
        return []
    headlines = {rid: values for rid, values in trainings.items() if values is not None}
    table = spec_for(TRAINING).table
    wanted = [rid for rid in trainings if rid not in headlines and rid not in changed]
    for chunk in chunks(set(wanted)):
        query = select(table.c.id, *(table.c[name] for name, _part in SEXES), table.c.participants_total).where(
            table.c.id.in_(chunk), table.c.deleted_at.is_(None)
        )
        for row in session.execute(query).mappings():
            headlines[row["id"]] = dict(row)
    rows: dict[str, list[dict[str, Any]]] = {rid: [] for rid in headlines}
    parts = spec_for(PARTICIPATION).table
    owner_column = parts.c.capacity_activity_id
    if session.execute(select(parts.c.id).limit(1)).first() is not None:
        for chunk in chunks(set(headlines)):
            query = select(parts.c.id, owner_column, parts.c.female, parts.c.male, parts.c.other).where(
                owner_column.in_(chunk), parts.c.deleted_at.is_(None)
            )
            for row in session.execute(query).mappings():
                if row["id"] not in changed:
                    rows[row["capacity_activity_id"]].append(dict(row))
    for kind, values in changed.values():
        if kind == PARTICIPATION and values is not None and values.get("capacity_activity_id") in rows:
            rows[values["capacity_activity_id"]].append(values)
    found: list[tuple[str, str, str | None, str]] = []
    for training, headline in headlines.items():
        for part, reason in participation_issues(headline, rows[training]):
            if changed.get(training, ("", None))[1] is not None:
                found.append((TRAINING, training, f"participants_{part}", reason))
            elif typed.get(training):
                found.append((PARTICIPATION, typed[training][0], None if part == "total" else part, reason))
    return found
