"""Evidence and good practices."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Mapped

from db.codes import KnowledgeKind, KnowledgeStatus, Theme
from db.models.base import Record, code, day, ref, text


class KnowledgeProduct(Record):
    """A migration profile, study, assessment, survey or data system."""

    __tablename__ = "knowledge_product"
    __table_args__ = {"info": {"global_allowed": True}}

    title: Mapped[str] = text(required=True)
    kind: Mapped[str] = code(KnowledgeKind, required=True)
    status: Mapped[str] = code(KnowledgeStatus, required=True)
    issued_on: Mapped[date | None] = day()
    lead_institution_id: Mapped[str | None] = ref("institution")
    summary: Mapped[str | None] = text(long=True)


class GoodPractice(Record):
    __tablename__ = "good_practice"
    __table_args__ = {"info": {"global_allowed": True}}

    title: Mapped[str] = text(required=True)
    theme: Mapped[str] = code(Theme, required=True)
    summary: Mapped[str | None] = text(long=True)
    submitted_by: Mapped[str | None] = text()
    submitted_on: Mapped[date | None] = day()
