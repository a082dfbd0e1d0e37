"""The live records a record owns, for nested editing.

Each row also carries ``<field>:label`` for its references (the institution's
name rather than its id) and ``_label``, the record's own short label.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.services.kinds import describe, spec_for
from db.services.rows import fetch_rows

#: Ordering that reads naturally for each kind of owned record.
ORDER = {
    "meeting": "held_on",
    "policy_status_change": "changed_on",
    "result": "code",
    "activity": "code",
    "indicator_period": "period_start",
}


def owned_records(session: Session, kind: str, owner_field: str, owner_id: str) -> list[dict[str, Any]]:
    """Every live ``kind`` record whose ``owner_field`` is ``owner_id``, with a
    ``_label`` for display, in a natural order."""
    table = spec_for(kind).table
    order = table.c[ORDER[kind]] if kind in ORDER else table.c.created_at
    query = (
        select(*(table.c[name] for name in spec_for(kind).fields))
        .where(table.c[owner_field] == owner_id, table.c.deleted_at.is_(None))
        .order_by(order, table.c.created_at)
    )
    rows = [dict(row) for row in session.execute(query).mappings()]
    spec = spec_for(kind)
    for ref in spec.refs:
        if ref.many or ref.owner:
            continue
        wanted = {row[ref.name] for row in rows if row[ref.name]}
        target = spec_for(ref.ref or "")
        labels = {rid: describe(target.kind, values) for rid, values in fetch_rows(session, target, wanted).items()}
        for row in rows:
            row[f"{ref.name}:label"] = labels.get(row[ref.name], "")
    for row in rows:
        row["_label"] = describe(kind, row)
    return rows
