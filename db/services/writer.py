"""The one writer of records and of the change log.

Every change, typed or received, ends here once it has passed the one check
(``db.services.checks``): local edits (``records``), the trash and restore
(``trash``), a settled conflict (``conflicts``) and the merge (``merge``, and
``merge_fresh`` in the bulk mode below). Each says which rows to insert or
set and which change-log rows to append; the writer converts the values to
their stored form, writes them through the engine's module
(``db.services.sqlite``), and notes what changed for the pages
(``db.services.changes``). The caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from db.models import Change
from db.services.changes import noted
from db.services.sqlite import BulkInserts, TableWriter, defer_references, table_writer

#: The change log's columns, in the order of a log row.
LOG = ("changed_at", "user", "device", "kind", "record_id", "action", "fields", "trash_id", "country", "seen")
_KIND, _RECORD_ID, _ACTION = LOG.index("kind"), LOG.index("record_id"), LOG.index("action")

__all__ = [
    "LOG",
    "BulkWriter",
    "LogRow",
    "defer_references",
    "insert_rows",
    "log_changes",
    "note_logged",
    "set_columns",
    "update_rows",
]

#: A change-log row in its stored form: values in the order of ``LOG``, moments and JSON as text.
LogRow = tuple[Any, ...]


def _log_table() -> Table:
    return Change.__table__  # type: ignore[return-value]


def insert_rows(session: Session, table: Table, names: Sequence[str], rows: Iterable[list[Any]]) -> None:
    """New rows of ``table``, each a list of values in the order of ``names``."""
    writer = table_writer(table, tuple(names))
    writer.insert(session, [writer.row(values) for values in rows])


def update_rows(session: Session, table: Table, names: Sequence[str], rows: Iterable[list[Any]]) -> None:
    """Set the named columns of stored rows, each a list of values in the order of
    ``names``, which include the ``id`` that finds the row."""
    writer = table_writer(table, tuple(names))
    writer.update(session, [writer.row(values) for values in rows])


def set_columns(session: Session, table: Table, ids: Collection[str], values: Mapping[str, Any]) -> None:
    """Set the same ``values`` on every row of ``ids`` (a delete's tombstone, a restore, a touch)."""
    names = ("id", *values)
    given = list(values.values())
    update_rows(session, table, names, ([rid, *given] for rid in sorted(ids)))


def log_changes(session: Session, rows: Sequence[LogRow]) -> int:
    """Append ``rows`` to the change log; returns how many."""
    table_writer(_log_table(), LOG).insert(session, rows)
    note_logged(session, ((row[_KIND], row[_RECORD_ID], row[_ACTION]) for row in rows))
    return len(rows)


def note_logged(session: Session, logged: Iterable[tuple[str, str, str]]) -> None:
    """Note (kind, record id, action) of each change logged, for the pages that show them."""
    changes = noted(session)
    by_kind: dict[str, list[str]] = {}
    for kind, record_id, action in logged:
        by_kind.setdefault(kind, []).append(record_id)
        if action in ("delete", "restore"):
            changes.trash = True
    for kind, ids in by_kind.items():
        changes.add_records(kind, ids)


class BulkWriter:
    """The writer's bulk mode, for many records never seen here (a first file):
    rows already in their stored form go in many at a time on a second thread
    (``sqlite.BulkInserts``) while the caller makes the next ones. The caller must
    not use the session between the first ``insert`` and ``finish``."""

    def __init__(self, session: Session, expected: Mapping[str, int]) -> None:
        """``expected``: how many rows each table (by name) will get in all."""
        self._session = session
        self._inserts = BulkInserts(session, dict(expected))
        self._logged: list[tuple[str, str, str]] = []

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._inserts.__exit__(*exc_info)

    @staticmethod
    def table(table: Table, names: Sequence[str]) -> TableWriter:
        """The converter of rows for ``table``: the caller converts what is not stored yet."""
        return table_writer(table, tuple(names))

    def insert(self, writer: TableWriter, rows: Sequence[tuple[Any, ...]]) -> None:
        """Queue rows in their stored form (``writer.row``, or as much of it as they need)."""
        self._inserts.insert(writer, rows)

    def log(self, rows: Sequence[LogRow]) -> None:
        """Queue change-log rows."""
        self._inserts.insert(table_writer(_log_table(), LOG), rows)
        self._logged.extend((row[_KIND], row[_RECORD_ID], row[_ACTION]) for row in rows)

    def finish(self) -> None:
        """Wait until every row is in; raise what went wrong."""
        self._inserts.finish()
        note_logged(self._session, self._logged)
