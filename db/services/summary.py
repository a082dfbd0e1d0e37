"""Counts of live records, for the overview."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.services.kinds import kind_names, spec_for

#: Record counts by kind, then by country (None for global records).
Counts = dict[str, dict[str | None, int]]


def record_counts(session: Session) -> Counts:
    counts: Counts = {}
    for kind in kind_names():
        table = spec_for(kind).table
        query = select(table.c.country, func.count()).where(table.c.deleted_at.is_(None)).group_by(table.c.country)
        counts[kind] = {country: number for country, number in session.execute(query)}
    return counts
