"""Policy coherence: national migration policies and frameworks."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Mapped

from db.codes import PolicyKind, PolicyStatus, Sector, Theme
from db.models.base import Record, code, codes, day, numbers, ref, tags, text


class Policy(Record):
    """A policy instrument; ``status`` is its current stage, ``PolicyStatusChange``
    rows keep the dated history of how it got there."""

    __tablename__ = "policy"

    title: Mapped[str] = text(required=True)
    kind: Mapped[str] = code(PolicyKind, required=True)
    status: Mapped[str] = code(PolicyStatus, required=True)
    lead_institution_id: Mapped[str | None] = ref("institution")
    legal_reference: Mapped[str | None] = text()
    summary: Mapped[str | None] = text(long=True)
    sectors: Mapped[list[str]] = codes(Sector)
    themes: Mapped[list[str]] = codes(Theme)
    sdg_targets: Mapped[list[str]] = tags(r"^\d{1,2}\.[0-9a-c]{1,2}$", description="an SDG target such as 10.7")
    gcm_objectives: Mapped[list[int]] = numbers(1, 23)


class PolicyStatusChange(Record):
    __tablename__ = "policy_status_change"

    policy_id: Mapped[str] = ref("policy", owner=True, required=True)
    status: Mapped[str] = code(PolicyStatus, required=True)
    changed_on: Mapped[date] = day(required=True)
    note: Mapped[str | None] = text(long=True)
