"""What a merge did (or, in a dry run, would do): counts per kind, and what needs a look.

Besides the counts, the report names what a partner could do to harm the
records here, so that the preview shows it before anything is applied: a
delete of a large share of the records here, records moved to another
country, and conflicts kept here that the file settles, each with the names
the changes claim to be made by.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.errors import Problem
from db.services.kinds import kind_specs

#: A file deleting at least this many records, and more than this share of the live records here,
#: is a large delete, told as such in the preview.
LARGE_DELETE_AT_LEAST = 10
LARGE_DELETE_SHARE = 0.1


@dataclass(frozen=True)
class Move:
    """A record the merge puts in another country."""

    kind: str
    record_id: str
    before: str | None
    after: str | None
    #: Who the change that moves it claims to be by.
    user: str


@dataclass
class MergeReport:
    """What a merge did (or, in a dry run, would do), per kind of record."""

    received: int = 0
    already_held: int = 0
    created: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    restored: Counter[str] = field(default_factory=Counter)
    conflicts: Counter[str] = field(default_factory=Counter)
    #: Records a delete did not remove: "kind 'label': why".
    kept: list[str] = field(default_factory=list)
    #: Records that break a rule only because edits made apart met (the start moved on one
    #: machine, the end on the other): kept as merged, for someone to put right.
    to_fix: list[Problem] = field(default_factory=list)
    #: Records deleted, by the name the deletes claim: {user: records}.
    deleted_by: Counter[str] = field(default_factory=Counter)
    #: Records put in another country.
    moved: list[Move] = field(default_factory=list)
    #: Conflicts kept here that the file settles, per kind, and in whose name: {user: conflicts}.
    settled: Counter[str] = field(default_factory=Counter)
    settled_by: Counter[str] = field(default_factory=Counter)
    #: Live records here before the merge (counted only when it deletes some).
    live_before: int = 0
    #: The sender holds changes of this installation up to this stamp that it lacks (restored from a
    #: backup, or copied): see ``db.services.forks``. ``new_id``: the id it took on importing.
    lost_since: str | None = None
    new_id: str | None = None

    @property
    def nothing_to_do(self) -> bool:
        return self.received == self.already_held

    @property
    def large_delete(self) -> bool:
        total = sum(self.deleted.values())
        return total >= LARGE_DELETE_AT_LEAST and total > LARGE_DELETE_SHARE * self.live_before

    def kinds(self) -> list[str]:
        counters = (self.created, self.changed, self.deleted, self.restored, self.conflicts)
        return sorted({kind for counter in counters for kind in counter})


def live_records(session: Session) -> int:
    """How many records are live in the database, every kind."""
    total = 0
    for spec in kind_specs().values():
        table = spec.table
        total += session.scalar(select(func.count()).select_from(table).where(table.c.deleted_at.is_(None))) or 0
    return total
