"""The merge's quick way for the common big case: records never seen here.

A first file into a new installation, or a partner's new records, is nothing
but creates of records this database does not hold. Then the general merge's
work per record (a state, versions, conflicts, liveness) decides nothing: each
record is its create's values, live, and the only question is whether its
references hold. This module answers it for the whole batch and writes the
records and the log in bulk; whenever anything is less simple (a record held
here in any state, an update, a reference to a record missing or in the trash,
an attached file missing) it writes nothing and the general merge decides, so
the result is always the general merge's (tests/db/test_merge_fresh.py
compares them). It writes through the writer's bulk mode
(``writer.BulkWriter``), the same writer and log as every other change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from db.models import AttachmentContent
from db.services.formats import encode_json
from db.services.kinds import META, KindSpec, kind_names, spec_for
from db.services.operations import Operation
from db.services.records import store_contents as store_new_contents
from db.services.sqlite import TableWriter, stored_ids
from db.services.writer import BulkWriter, LogRow, defer_references

#: Rows made and queued at a time.
ROWS_AT_A_TIME = 5000


def merge_fresh(
    session: Session, new: Sequence[Operation], contents: Mapping[str, bytes], created: Counter[str]
) -> bool:
    """Write ``new`` (checked, in order) if each creates a record not stored here whose
    references all hold as they are; count them in ``created`` (per kind).

    Returns False, having written nothing, when the general merge must decide.
    """
    if any(op.action != "create" for op in new) or len({op.record_id for op in new}) != len(new):
        return False
    by_kind: dict[str, list[Operation]] = {kind: [] for kind in kind_names()}  # parents before children
    for op in new:
        by_kind[op.kind].append(op)
    by_kind = {kind: ops for kind, ops in by_kind.items() if ops}
    if any(stored_ids(session, spec_for(kind).table, [op.record_id for op in ops]) for kind, ops in by_kind.items()):
        return False
    if not _references_hold(session, by_kind, {op.record_id: op.kind for op in new}, contents):
        return False
    store_contents(session, contents)
    expected = {str(spec_for(kind).table.name): len(ops) for kind, ops in by_kind.items()} | {"change": len(new)}
    with BulkWriter(session, expected) as bulk:
        # Rows are made a few thousand at a time, while the ones before go in: never all held at once.
        for kind, ops in by_kind.items():
            spec = spec_for(kind)
            writer = bulk.table(spec.table, [*spec.fields, *META])
            for start in range(0, len(ops), ROWS_AT_A_TIME):
                bulk.insert(writer, _rows(spec, writer, ops[start : start + ROWS_AT_A_TIME]))
            created[kind] += len(ops)
        for start in range(0, len(new), ROWS_AT_A_TIME):
            bulk.log(log_rows(new[start : start + ROWS_AT_A_TIME]))
        bulk.finish()
    return True


def _rows(spec: KindSpec, writer: TableWriter, ops: Sequence[Operation]) -> list[tuple[Any, ...]]:
    """The records' rows, as the general merge writes them (``merge._created``, ``merge._meta``, ``writer.row``):
    the stamps are text already, so only the fields' dates, lists and flags need converting."""
    width = len(spec.fields)
    conversions = [(index, convert) for index, convert in writer.conversions if index < width]
    blank = spec.blank
    rows = []
    for op in ops:
        values = blank()
        values.update(op.fields)
        values["id"] = op.record_id
        row = [*values.values(), op.at, op.at, op.device, None, None]
        for index, convert in conversions:
            row[index] = convert(row[index])
        rows.append(tuple(row))
    return rows


def _references_hold(
    session: Session, by_kind: dict[str, list[Operation]], new_ids: dict[str, str], contents: Mapping[str, bytes]
) -> bool:
    """Every record referred to is among the new ones (of the kind referred to), or stored here and live;
    every attached file is here. ``new_ids``: the kind of each new record."""
    wanted: dict[str, set[str]] = {}
    digests: set[str] = set()
    for kind, ops in by_kind.items():
        spec = spec_for(kind)
        refs = [(ref.name, ref.ref or "", ref.many) for ref in spec.refs]
        for op in ops:
            fields = op.fields
            for name, target_kind, many in refs:
                value = fields.get(name)
                for target in (value or ()) if many else (() if value is None else (value,)):
                    if new_ids.get(target) != target_kind:
                        wanted.setdefault(target_kind, set()).add(target)
            if kind == "attachment":
                record_kind, record_id = fields.get("record_kind"), fields.get("record_id")
                if record_kind and record_id and new_ids.get(record_id) != record_kind:
                    wanted.setdefault(record_kind, set()).add(record_id)
                digest = fields.get("sha256")
                if digest and digest not in contents:
                    digests.add(digest)
    for kind, ids in wanted.items():
        if len(stored_ids(session, spec_for(kind).table, ids, live=True)) != len(ids):
            return False
    return all(session.get(AttachmentContent, digest) is not None for digest in digests)


# --- shared with the general merge ----------------------------------------------------------


def store_contents(session: Session, contents: Mapping[str, bytes]) -> None:
    """References are checked at the end of the transaction; attached files not held yet are stored."""
    defer_references(session)
    store_new_contents(session, contents)


def log_rows(new: Sequence[Operation]) -> list[LogRow]:
    """Every operation received, in order, as the log stores it (stamps are text already;
    a create keeps no copy of its values, see docs/architecture.md)."""
    return [
        (
            op.at,
            op.user,
            op.device,
            op.kind,
            op.record_id,
            op.action,
            "{}" if op.action == "create" else encode_json(op.fields),
            op.trash_id,
            op.country,
            None if op.seen is None else encode_json(op.seen),
        )
        for op in new
    ]
