"""Demo data: the illustrative countries, plus synthetic scale data on request."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.services import Actor, WriteSummary, write_records
from desktop.demo import illustrative, synthetic
from desktop.demo.builder import DemoBuilder
from desktop.demo.illustrative import ILLUSTRATIVE_NOTE


def load_demo(session: Session, actor: Actor, size: int = 0) -> WriteSummary:
    """Add the demo records that are not in the database yet (never overwrites)."""
    builder = illustrative.build(DemoBuilder())
    if size:
        synthetic.build(size, builder)
    return write_records(session, actor, builder.records, mode="insert_missing", contents=builder.contents)


__all__ = ["ILLUSTRATIVE_NOTE", "load_demo"]
