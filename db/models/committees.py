"""Coordination: committees, their members, meetings and decisions."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Mapped

from db.codes import CommitteeKind, CommitteeStatus, DecisionStatus, MemberRole
from db.models.base import Record, code, day, flag, ref
from db.models.base import text as text_field


class Committee(Record):
    """An inter-ministerial or steering committee, working group, commission, ... ."""

    __tablename__ = "committee"

    name: Mapped[str] = text_field(required=True)
    acronym: Mapped[str | None] = text_field()
    kind: Mapped[str] = code(CommitteeKind, required=True)
    legal_basis: Mapped[str | None] = text_field()
    established_on: Mapped[date | None] = day()
    lead_institution_id: Mapped[str | None] = ref("institution")
    mandate: Mapped[str | None] = text_field(long=True)
    status: Mapped[str] = code(CommitteeStatus, required=True)
    parent_id: Mapped[str | None] = ref("committee")


class Membership(Record):
    """An institution's seat on a committee, with its role and representative."""

    __tablename__ = "membership"

    committee_id: Mapped[str] = ref("committee", owner=True, required=True)
    institution_id: Mapped[str] = ref("institution", required=True)
    role: Mapped[str] = code(MemberRole, required=True)
    representative_id: Mapped[str | None] = ref("contact")
    start_on: Mapped[date | None] = day()
    end_on: Mapped[date | None] = day()


class Meeting(Record):
    __tablename__ = "meeting"

    committee_id: Mapped[str] = ref("committee", owner=True, required=True)
    held_on: Mapped[date] = day(required=True)
    place: Mapped[str | None] = text_field()
    online: Mapped[bool] = flag()
    agenda: Mapped[str | None] = text_field(long=True)
    minutes_summary: Mapped[str | None] = text_field(long=True)


class Attendance(Record):
    """An institution present at a meeting."""

    __tablename__ = "attendance"

    meeting_id: Mapped[str] = ref("meeting", owner=True, required=True)
    institution_id: Mapped[str] = ref("institution", required=True)


class Decision(Record):
    """A decision or action point of a meeting, followed up until done."""

    __tablename__ = "decision"

    meeting_id: Mapped[str] = ref("meeting", owner=True, required=True)
    text: Mapped[str] = text_field(required=True, long=True)
    responsible_institution_id: Mapped[str | None] = ref("institution")
    due_on: Mapped[date | None] = day()
    status: Mapped[str] = code(DecisionStatus, required=True)
    follow_up: Mapped[str | None] = text_field(long=True)
