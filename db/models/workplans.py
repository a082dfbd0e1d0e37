"""Multi-annual work plans: results, activities, indicators and their periods."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Mapped

from db.codes import ActivityStatus, Agency, Measure, ResultKind, Sex, WorkPlanStatus
from db.models.base import Record, amount, day, flag, percent, ref, refs, text, year
from db.models.base import code as choice


class WorkPlan(Record):
    __tablename__ = "work_plan"

    title: Mapped[str] = text(required=True)
    start_year: Mapped[int] = year(required=True)
    end_year: Mapped[int] = year(required=True)
    government_priorities: Mapped[str | None] = text(long=True)
    status: Mapped[str] = choice(WorkPlanStatus, required=True)
    approved_on: Mapped[date | None] = day()
    approved_by_id: Mapped[str | None] = ref("committee")


class Result(Record):
    """An outcome or output of a work plan (IATI result types 1–3)."""

    __tablename__ = "result"

    work_plan_id: Mapped[str] = ref("work_plan", owner=True, required=True)
    parent_id: Mapped[str | None] = ref("result")
    kind: Mapped[str] = choice(ResultKind, required=True)
    code: Mapped[str] = text(required=True)
    statement: Mapped[str] = text(required=True, long=True)


class Activity(Record):
    __tablename__ = "activity"

    result_id: Mapped[str] = ref("result", owner=True, required=True)
    code: Mapped[str | None] = text()
    title: Mapped[str] = text(required=True)
    responsible_agency: Mapped[str] = choice(Agency, required=True)
    implementing_partners: Mapped[list[str]] = refs("institution")
    planned_start: Mapped[date | None] = day()
    planned_end: Mapped[date | None] = day()
    actual_start: Mapped[date | None] = day()
    actual_end: Mapped[date | None] = day()
    status: Mapped[str] = choice(ActivityStatus, required=True)
    progress: Mapped[float | None] = percent()
    planned_budget: Mapped[float | None] = amount()
    expenditure: Mapped[float | None] = amount()
    currency: Mapped[str | None] = text()
    funding_source: Mapped[str | None] = text()


class Indicator(Record):
    """An indicator of a result, with its baseline; targets and actuals live in
    ``IndicatorPeriod`` rows, one per period (and per sex when disaggregated)."""

    __tablename__ = "indicator"

    result_id: Mapped[str] = ref("result", owner=True, required=True)
    statement: Mapped[str] = text(required=True, long=True)
    measure: Mapped[str] = choice(Measure, required=True)
    unit: Mapped[str | None] = text()
    baseline_value: Mapped[float | None] = amount(minimum=None)
    baseline_year: Mapped[int | None] = year()
    baseline_note: Mapped[str | None] = text()
    by_sex: Mapped[bool] = flag()
    means_of_verification: Mapped[str | None] = text(long=True)


class IndicatorPeriod(Record):
    """Target and actual of an indicator for one period; ``sex`` empty is the total."""

    __tablename__ = "indicator_period"

    indicator_id: Mapped[str] = ref("indicator", owner=True, required=True)
    period_start: Mapped[date] = day(required=True)
    period_end: Mapped[date] = day(required=True)
    sex: Mapped[str | None] = choice(Sex)
    target: Mapped[float | None] = amount(minimum=None)
    actual: Mapped[float | None] = amount(minimum=None)
    target_note: Mapped[str | None] = text()
    actual_note: Mapped[str | None] = text()


__all__ = ["Activity", "Indicator", "IndicatorPeriod", "Result", "WorkPlan", "flag"]
