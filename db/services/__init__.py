"""The only way records are created, changed, deleted and restored.

Validation lives here once; the GUI, the command line, ``load`` and (later) the
exchange importer all call these functions inside a unit of work
(``Store.session()``), which commits or rolls back as a whole.
"""

from db.services.attachments import attach, content
from db.services.changelog import Actor
from db.services.history import creation_values, history
from db.services.records import WriteSummary, create, get, update, write_records
from db.services.transfer import dump, live_records, load, parse_dump
from db.services.trash import TrashEntry, delete, restore, trash_entries

__all__ = [
    "Actor",
    "TrashEntry",
    "WriteSummary",
    "attach",
    "content",
    "create",
    "creation_values",
    "delete",
    "dump",
    "get",
    "history",
    "live_records",
    "load",
    "parse_dump",
    "restore",
    "trash_entries",
    "update",
    "write_records",
]
