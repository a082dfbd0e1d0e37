"""Reading stored rows by id, in chunks SQLite's parameter limit allows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.services.kinds import KindSpec

#: Ids per IN (...) query.
CHUNK = 500


def fetch_rows(session: Session, spec: KindSpec, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Stored data fields (plus ``deleted_at``) of the records with these ids."""
    table = spec.table
    names = [*spec.fields, "deleted_at"]
    columns = [table.c[name] for name in names]
    found: dict[str, dict[str, Any]] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        # Rows as tuples fetched at once, zipped with the names: a fifth faster than mappings.
        for row in session.execute(select(*columns).where(table.c.id.in_(chunk))).all():
            values = dict(zip(names, row, strict=True))
            found[values["id"]] = values
    return found
