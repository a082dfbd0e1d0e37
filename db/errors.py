"""Errors the data core raises on purpose.

``StoreError`` is about the environment (a foreign, newer, corrupt, locked or
full file, one changed behind the program's back, a keyring that refuses): the
user is told and nothing is changed. ``ValidationError`` is bad
input: it names the record, the field and the reason. Anything else is a bug.

``db.store`` turns SQLite's own environment errors (disk full, read-only, I/O
error, locked, damaged) into these at its boundary (sessions, backup, check,
opening; worded by ``db.sqlite_errors``), so every write, bulk ones included, raises one
of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class StoreError(Exception):
    """The database file cannot be used as it is; the message says why.

    ``path`` is the file concerned when known (the database, or the backup being
    made), so that an interface can say it in its own words and language.
    """

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class NotAMainstreamDatabase(StoreError):
    """Not ours: another program's file, not SQLite at all, a folder, or nothing there."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseCorrupt(StoreError):
    """The file is damaged (SQLite: "database disk image is malformed")."""


class DatabaseUnavailable(StoreError):
    """The file cannot be used here and now: locked, read-only, the disk full or failing."""


class DiskFull(DatabaseUnavailable):
    """No room left on the disk holding the file (or on SQLite's temporary folder).

    ``folder`` is the folder whose disk is full, when free space says which."""

    def __init__(self, message: str, *, path: Path | None = None, folder: Path | None = None) -> None:
        super().__init__(message, path=path)
        self.folder = folder


class DatabaseReadOnly(DatabaseUnavailable):
    """The file, its folder or its medium cannot be written."""


class DatabaseLocked(DatabaseUnavailable):
    """Another program is writing the file and did not let go in time."""


class DiskError(DatabaseUnavailable):
    """SQLite's "disk I/O error" with room on the disk: a removed stick, a failing disk, a lost share."""


class SecretsUnavailable(DatabaseUnavailable):
    """This installation's signing key, kept outside the database (``db.secrets``), cannot be read
    or kept: the system keyring is locked or refused, the key file beside it cannot be written."""


class DatabaseTampered(StoreError):
    """The file is one of ours but holds what Mainstream never makes, or SQLite would apply to it a
    write that is not its own: refused, the file left exactly as it was."""


class UnexpectedSchema(DatabaseTampered):
    """A trigger, a view, a table or an index Mainstream does not make, or one of its own changed."""


class ForeignJournal(DatabaseTampered):
    """A ``-wal`` or ``-journal`` file beside the database that does not belong to it (another
    database's, or not a journal SQLite would finish cleanly)."""


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
