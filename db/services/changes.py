"""What a unit of work changed, noted by the writers as they write.

Every write path (records, trash, restore, settling a conflict, the merge)
ends in the one change-log writer, which notes here the kinds and records it
logged; the trash and the conflicts note themselves. The application reads
the note once the unit of work has committed (``take``) and tells every page
that shows one of those things, instead of each page wiring itself to the
others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

_KEY = "mainstream.changes"
#: Past this many records a note keeps only the kinds (a big import): pages reload whole anyway.
MANY_RECORDS = 10_000


@dataclass
class Changes:
    """Kinds and records written, and whether the trash, the conflicts or the history changed."""

    kinds: set[str] = field(default_factory=set)
    #: The records written, by id; None when there were too many to list (see ``MANY_RECORDS``).
    records: set[str] | None = field(default_factory=set)
    trash: bool = False
    conflicts: bool = False
    history: bool = False

    def __bool__(self) -> bool:
        return bool(self.kinds or self.trash or self.conflicts or self.history)

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether a page showing records of ``kinds`` needs to read them again."""
        return not self.kinds.isdisjoint(kinds)

    def add_records(self, kind: str, record_ids: Iterable[str]) -> None:
        self.kinds.add(kind)
        self.history = True
        if self.records is None:
            return
        self.records.update(record_ids)
        if len(self.records) > MANY_RECORDS:
            self.records = None

    def update(self, other: Changes) -> None:
        """Add what ``other`` noted (two units of work shown as one)."""
        self.kinds |= other.kinds
        self.records = None if self.records is None or other.records is None else self.records | other.records
        self.trash = self.trash or other.trash
        self.conflicts = self.conflicts or other.conflicts
        self.history = self.history or other.history


def noted(session: Session) -> Changes:
    """The note of ``session``'s unit of work so far (made on first use)."""
    changes = session.info.get(_KEY)
    if changes is None:
        changes = session.info[_KEY] = Changes()
    assert isinstance(changes, Changes)
    return changes


def take(session: Session) -> Changes:
    """The note of ``session``'s unit of work, removed from it: read after the commit."""
    changes = session.info.pop(_KEY, None)
    return changes if isinstance(changes, Changes) else Changes()
