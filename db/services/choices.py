"""What a reference may point to: the records offered in a picker."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.services.kinds import LABEL_FIELDS, describe, spec_for


def record_choices(session: Session, kind: str, country: str | None) -> list[tuple[str, str]]:
    """(id, label) of the live records of ``kind`` a record of ``country`` may
    refer to (the same country or global ones), sorted by label."""
    spec = spec_for(kind)
    table = spec.table
    label_names = [name for name in LABEL_FIELDS if name in table.c]
    columns = [table.c.id, *(table.c[name] for name in label_names)]
    query = select(*columns).where(table.c.deleted_at.is_(None))
    if country is not None:
        query = query.where(or_(table.c.country == country, table.c.country.is_(None)))
    choices = [(row["id"], describe(kind, dict(row))) for row in session.execute(query).mappings()]
    if "acronym" in table.c:
        acronyms = dict(session.execute(select(table.c.id, table.c.acronym).where(table.c.acronym.is_not(None))).all())
        choices = [(rid, f"{label} ({acronyms[rid]})" if rid in acronyms else label) for rid, label in choices]
    return sorted(choices, key=lambda choice: choice[1].casefold())
