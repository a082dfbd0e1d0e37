"""What the PDF country overview shows, as plain frozen data (gathered by ``db.services.overview``).

The report (``desktop.reports``) lays these out and nothing else, so it never
needs a session; the few rules that belong to the data (an indicator's state,
a budget's execution, whether a decision is closed) live here with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.codes import DecisionStatus
from db.services.progress import NO_DATA, track_state

DECISION_CLOSED = (DecisionStatus.DONE.value, DecisionStatus.DROPPED.value)


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    institution: str
    email: str


@dataclass(frozen=True)
class Programme:
    phase: str
    start_year: int | None
    end_year: int | None
    national_strategy: str
    md_priorities: str
    iom_focal_point: Person | None
    undp_focal_point: Person | None


@dataclass(frozen=True)
class Member:
    institution: str
    acronym: str
    sector: str | None
    role: str
    representative: str


@dataclass(frozen=True)
class DecisionInfo:
    text: str
    responsible: str
    due_on: date | None
    status: str
    follow_up: str

    @property
    def closed(self) -> bool:
        return self.status in DECISION_CLOSED


@dataclass(frozen=True)
class MeetingInfo:
    held_on: date
    place: str
    online: bool
    agenda: str
    minutes_summary: str
    present: tuple[str, ...]
    decisions: tuple[DecisionInfo, ...]


@dataclass(frozen=True)
class CommitteeInfo:
    name: str
    acronym: str
    kind: str
    status: str
    legal_basis: str
    established_on: date | None
    lead: str
    parent: str
    mandate: str
    members: tuple[Member, ...]
    meetings: tuple[MeetingInfo, ...]  # held in the period, oldest first


@dataclass(frozen=True)
class StatusStep:
    status: str
    changed_on: date
    note: str


@dataclass(frozen=True)
class PolicyInfo:
    title: str
    kind: str
    status: str
    lead: str
    legal_reference: str
    summary: str
    sectors: tuple[str, ...]
    themes: tuple[str, ...]
    sdg_targets: tuple[str, ...]
    gcm_objectives: tuple[int, ...]
    history: tuple[StatusStep, ...]  # oldest first


@dataclass(frozen=True)
class ActivityInfo:
    code: str
    title: str
    agency: str
    status: str
    progress: float | None
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None
    planned_budget: float | None
    expenditure: float | None
    currency: str  # upper case; "" when none was typed


@dataclass(frozen=True)
class PeriodValue:
    period_start: date
    period_end: date
    target: float | None
    actual: float | None
    by_sex: tuple[tuple[str, float | None, float | None], ...]  # (sex, target, actual)


@dataclass(frozen=True)
class IndicatorInfo:
    statement: str
    measure: str
    unit: str
    baseline_value: float | None
    baseline_year: int | None
    latest: PeriodValue | None  # the latest total period starting before the report ends
    periods: tuple[PeriodValue, ...] = ()  # every total period overlapping the report's span, in order
    judged: PeriodValue | None = None  # its latest actual (``progress.latest_actual``): what "on track" looks at

    @property
    def state(self) -> str:
        """on_track, off_track or no_data on its latest actual (the one "At a glance" counts)."""
        return self.state_of(self.judged)

    def state_of(self, p: PeriodValue | None) -> str:
        """on_track, off_track or no_data of one period, by ``progress.track_state``."""
        return track_state(self.baseline_value, p.target, p.actual) if p is not None else NO_DATA


@dataclass(frozen=True)
class ResultInfo:
    code: str
    kind: str
    statement: str
    activities: tuple[ActivityInfo, ...]
    indicators: tuple[IndicatorInfo, ...]


@dataclass(frozen=True)
class WorkPlanInfo:
    title: str
    start_year: int
    end_year: int
    status: str
    approved_on: date | None
    approved_by: str
    government_priorities: str
    results: tuple[ResultInfo, ...]


@dataclass(frozen=True)
class TrainingInfo:
    title: str
    kind: str
    start_on: date | None
    end_on: date | None
    place: str
    organisers: str
    female: int
    male: int
    other: int
    hours: float | None

    @property
    def total(self) -> int:
        return self.female + self.male + self.other


@dataclass(frozen=True)
class KnowledgeInfo:
    title: str
    kind: str
    status: str
    issued_on: date | None
    lead: str
    summary: str


@dataclass(frozen=True)
class PracticeInfo:
    title: str
    theme: str
    summary: str
    submitted_by: str
    submitted_on: date | None


@dataclass(frozen=True)
class Stakeholder:
    name: str
    acronym: str
    kind: str
    sector: str | None
    website: str


@dataclass(frozen=True)
class Budget:
    currency: str
    planned: float
    spent: float

    @property
    def execution(self) -> float | None:
        return self.spent / self.planned * 100 if self.planned else None


@dataclass(frozen=True)
class Glance:
    committees_active: int
    committees: int
    meetings: int
    decisions_open: int
    decisions_closed: int
    policies: dict[str, int]  # by status, in the order of the code list, only those present
    activities: int
    activities_by_status: dict[str, int]
    average_progress: float | None
    budgets: tuple[Budget, ...]  # most used currency first
    indicators: dict[str, int]  # on_track, off_track, no_data
    indicator_years: tuple[int, int] | None  # the years of the latest actuals judged (progress.years_of)
    trained_female: int
    trained_male: int
    trained_other: int
    trainings: int

    @property
    def trained(self) -> int:
        return self.trained_female + self.trained_male + self.trained_other


@dataclass(frozen=True)
class Overview:
    country: str
    start: date
    end: date
    issued_on: date
    data_version: str  # 12 hex digits of a digest of the country's live records
    records: int  # how many live records of the country the digest covers
    programme: Programme | None
    glance: Glance
    committees: tuple[CommitteeInfo, ...]
    policies: tuple[PolicyInfo, ...]
    work_plans: tuple[WorkPlanInfo, ...]
    trainings: tuple[TrainingInfo, ...]
    trained_by_institution: dict[str, tuple[int, int, int]]  # institution kind -> (female, male, other)
    knowledge: tuple[KnowledgeInfo, ...]
    practices: tuple[PracticeInfo, ...]
    stakeholders: tuple[Stakeholder, ...]
