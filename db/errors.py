"""Errors the data core raises on purpose.

``StoreError`` is about the environment (a foreign, newer, corrupt, locked or
full file): the user is told and nothing is changed. ``ValidationError`` is bad
input: it names the record, the field and the reason. Anything else is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass


class StoreError(Exception):
    """The database file cannot be used as it is; the message says why."""


class NotAMainstreamDatabase(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class DatabaseCorrupt(StoreError):
    pass


class DatabaseUnavailable(StoreError):
    """Locked by another program, read-only, or the disk is full."""


@dataclass(frozen=True)
class Problem:
    kind: str
    record_id: str | None
    field: str | None
    reason: str

    def __str__(self) -> str:
        where = self.kind if not self.record_id else f"{self.kind} {self.record_id}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.reason}"


class ValidationError(Exception):
    """One or more records break a rule; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0])
        more = len(problems) - 1
        super().__init__(first if not more else f"{first} (and {more} more problem{'s' * (more > 1)})")

    @classmethod
    def single(cls, kind: str, record_id: str | None, field: str | None, reason: str) -> ValidationError:
        return cls([Problem(kind, record_id, field, reason)])
