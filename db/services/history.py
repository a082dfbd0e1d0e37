"""Reading the change log back for people: what changed, and what was first."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Change
from db.services.changelog import jsonable
from db.services.kinds import spec_for
from db.services.rows import fetch_rows


def history(
    session: Session,
    *,
    kind: str | None = None,
    record_id: str | None = None,
    user: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int = 1000,
) -> list[Change]:
    """Changes, newest first, filtered by record, person and time."""
    query = select(Change).order_by(Change.seq.desc()).limit(limit)
    if kind is not None:
        query = query.where(Change.kind == kind)
    if record_id is not None:
        query = query.where(Change.record_id == record_id)
    if user is not None:
        query = query.where(Change.user == user)
    if since is not None:
        query = query.where(Change.changed_at >= since)
    if until is not None:
        query = query.where(Change.changed_at < until)
    return list(session.scalars(query))


def creation_values(session: Session, kind: str, record_id: str) -> dict[str, Any]:
    """The values a record was created with, as JSON-ready data.

    Create rows in the log carry no copy of the values: the record as stored,
    with every later update's old value put back, newest first, is exactly
    what was created.
    """
    spec = spec_for(kind)
    row = fetch_rows(session, spec, [record_id]).get(record_id)
    if row is None:
        return {}
    values = {name: jsonable(row[name]) for name in spec.fields}
    updates = session.scalars(
        select(Change)
        .where(Change.kind == kind, Change.record_id == record_id, Change.action == "update")
        .order_by(Change.seq.desc())
    )
    for change in updates:
        for name, (old, _new) in change.fields.items():
            if name in values:
                values[name] = old
    return values
