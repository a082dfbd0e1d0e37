"""Who refers to whom: the live records that use a set of records.

Deleting a record, and moving it to another country, both need to know which
live records point at it (through a reference or a list of references).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.services.kinds import describe, kind_specs, spec_for
from db.services.rows import CHUNK, fetch_rows
from db.services.sqlite import list_holds

#: Record ids by kind.
Group = dict[str, set[str]]


class Referrer(NamedTuple):
    kind: str
    record_id: str
    field: str
    country: str | None
    target: str

    def label(self, session: Session) -> str:
        row = fetch_rows(session, spec_for(self.kind), [self.record_id])[self.record_id]
        return f"{self.kind} '{describe(self.kind, row)}' ({self.field})"


def chunks(ids: Collection[str]) -> list[list[str]]:
    """``ids`` sorted, in lists short enough for one ``IN (...)`` each."""
    items = sorted(ids)
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def referrers(session: Session, targets: Group) -> Iterator[Referrer]:
    """Live records that refer to any record in ``targets``."""
    for spec in kind_specs().values():
        table = spec.table
        for ref in spec.refs:
            wanted = targets.get(ref.ref or "")
            if not wanted:
                continue
            for chunk in chunks(wanted):
                if ref.many:
                    query = list_holds(table, ref.name, chunk)
                else:
                    query = select(table.c.id, table.c.country, table.c[ref.name]).where(
                        table.c[ref.name].in_(chunk), table.c.deleted_at.is_(None)
                    )
                for record_id, country, target in session.execute(query):
                    yield Referrer(spec.kind, record_id, ref.name, country, target)
