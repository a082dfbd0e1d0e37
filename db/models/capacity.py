"""Capacity building: trainings, workshops, study visits and who took part."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Mapped

from db.codes import Audience, CapacityKind, Sex, Theme
from db.models.base import Record, amount, code, codes, count, day, percent, ref, text


class CapacityActivity(Record):
    __tablename__ = "capacity_activity"

    title: Mapped[str] = text(required=True)
    kind: Mapped[str] = code(CapacityKind, required=True)
    topics: Mapped[list[str]] = codes(Theme)
    start_on: Mapped[date | None] = day()
    end_on: Mapped[date | None] = day()
    place: Mapped[str | None] = text()
    organisers: Mapped[str | None] = text()
    activity_id: Mapped[str | None] = ref("activity")
    audience: Mapped[list[str]] = codes(Audience)
    participants_female: Mapped[int | None] = count()
    participants_male: Mapped[int | None] = count()
    participants_other: Mapped[int | None] = count()
    participants_total: Mapped[int | None] = count()
    hours: Mapped[float | None] = amount()
    pre_test_score: Mapped[float | None] = percent()
    post_test_score: Mapped[float | None] = percent()
    satisfaction: Mapped[float | None] = percent()


class CapacityParticipation(Record):
    """How many people one institution sent to a capacity-building activity."""

    __tablename__ = "capacity_participation"

    capacity_activity_id: Mapped[str] = ref("capacity_activity", owner=True, required=True)
    institution_id: Mapped[str] = ref("institution", required=True)
    female: Mapped[int] = count(required=True)
    male: Mapped[int] = count(required=True)
    other: Mapped[int] = count(required=True)


class Participant(Record):
    """One named participant, for activities that keep a list."""

    __tablename__ = "participant"

    capacity_activity_id: Mapped[str] = ref("capacity_activity", owner=True, required=True)
    name: Mapped[str] = text(required=True)
    sex: Mapped[str | None] = code(Sex)
    institution_id: Mapped[str | None] = ref("institution")
    contact_id: Mapped[str | None] = ref("contact")
