"""Everything the PDF country overview shows, gathered as plain data.

The report is laid out elsewhere (``desktop.reports``) from the frozen
dataclasses of ``db.services.overview_data`` alone, so it can run in a worker
thread or a process without a session, and tests can check the figures
without reading a PDF. The key
figures are computed here from the same rows the sections print, so the
"At a glance" page always agrees with the pages after it.

What belongs to the period: meetings held in it (with their decisions),
capacity-building activities that start in it, work plans whose years overlap
it and, for indicators, the latest total period that starts before the report
ends (and, to say whether it is on track, the latest with an actual:
``db.services.progress``). Committees, policies, knowledge products, good practices and
stakeholders are shown as they stand.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.codes import ActivityStatus, CommitteeStatus, PolicyStatus
from db.models import (
    RECORD_MODELS,
    Activity,
    Attendance,
    CapacityActivity,
    CapacityParticipation,
    Committee,
    Contact,
    CountryProgramme,
    Decision,
    GoodPractice,
    Indicator,
    IndicatorPeriod,
    Institution,
    KnowledgeProduct,
    Meeting,
    Membership,
    Policy,
    PolicyStatusChange,
    Record,
    Result,
    WorkPlan,
)
from db.services.overview_data import (
    ActivityInfo,
    Budget,
    CommitteeInfo,
    DecisionInfo,
    Glance,
    IndicatorInfo,
    KnowledgeInfo,
    MeetingInfo,
    Member,
    Overview,
    PeriodValue,
    Person,
    PolicyInfo,
    PracticeInfo,
    Programme,
    ResultInfo,
    Stakeholder,
    StatusStep,
    TrainingInfo,
    WorkPlanInfo,
)
from db.services.progress import NO_DATA, STATES, latest_actual, years_of

R = TypeVar("R", bound=Record)


def overview(session: Session, country: str, start: date, end: date, *, today: date) -> Overview:
    """The data of one country's overview for the period ``start``..``end`` (both included)."""
    institutions = _institutions(session, country)
    names = {i.id: i.name for i in institutions}
    contacts = {c.id: c for c in _live(session, Contact, Contact.country == country, Contact.country.is_(None))}
    committees = _committees(session, country, start, end, institutions, contacts)
    policies = _policies(session, country, names)
    plans = _work_plans(session, country, start, end, names=_names(session, Committee, country))
    trainings, by_institution = _trainings(session, country, start, end, {i.id: i.kind for i in institutions})
    version, records = data_version(session, country)
    return Overview(
        country=country,
        start=start,
        end=end,
        issued_on=today,
        data_version=version,
        records=records,
        programme=_programme(session, country, contacts, names),
        glance=_glance(committees, policies, plans, trainings),
        committees=committees,
        policies=policies,
        work_plans=plans,
        trainings=trainings,
        trained_by_institution=by_institution,
        knowledge=tuple(
            KnowledgeInfo(
                k.title, k.kind, k.status, k.issued_on, names.get(k.lead_institution_id or "", ""), k.summary or ""
            )
            for k in _live(session, KnowledgeProduct, KnowledgeProduct.country == country)
        ),
        practices=tuple(
            PracticeInfo(p.title, p.theme, p.summary or "", p.submitted_by or "", p.submitted_on)
            for p in _live(session, GoodPractice, GoodPractice.country == country)
        ),
        stakeholders=tuple(
            Stakeholder(i.name, i.acronym or "", i.kind, i.sector, i.website or "")
            for i in sorted(institutions, key=lambda i: i.name.casefold())
            if i.country == country
        ),
    )


def data_version(session: Session, country: str) -> tuple[str, int]:
    """A digest of every live record of ``country`` (id and last change), and how many there are.

    Two copies of a database that hold the same records give the same version,
    so two readers can tell whether their reports were made from the same data.
    """
    digest = hashlib.sha256()
    records = 0
    for model in RECORD_MODELS:
        query = (
            select(model.id, model.updated_at)
            .where(model.country == country, model.deleted_at.is_(None))
            .order_by(model.id)
        )
        for record_id, updated_at in session.execute(query):
            digest.update(f"{model.__tablename__}|{record_id}|{updated_at.isoformat()}\n".encode())
            records += 1
    return digest.hexdigest()[:12], records


# --- helpers ------------------------------------------------------------------


def _live(session: Session, model: type[R], *country_filters: Any) -> list[R]:
    query = select(model).where(model.deleted_at.is_(None))
    if country_filters:
        query = query.where(or_(*country_filters))
    return list(session.scalars(query.order_by(model.id)))


def _children(session: Session, model: type[R], column: Any, parents: Iterable[str]) -> dict[str, list[R]]:
    """Live children of many parents in one query each 500 parents, grouped by parent id."""
    grouped: dict[str, list[R]] = defaultdict(list)
    ids = list(parents)
    for at in range(0, len(ids), 500):
        query = select(model).where(model.deleted_at.is_(None), column.in_(ids[at : at + 500])).order_by(model.id)
        for row in session.scalars(query):
            grouped[getattr(row, column.key)].append(row)
    return grouped


def _names(session: Session, model: type[Committee], country: str) -> dict[str, str]:
    query = select(model.id, model.name).where(model.deleted_at.is_(None), model.country == country)
    return {record_id: name for record_id, name in session.execute(query)}


def _institutions(session: Session, country: str) -> list[Institution]:
    return _live(session, Institution, Institution.country == country, Institution.country.is_(None))


def _person(contact: Contact | None, names: dict[str, str]) -> Person | None:
    if contact is None:
        return None
    return Person(contact.name, contact.title or "", names.get(contact.institution_id or "", ""), contact.email or "")


def _programme(session: Session, country: str, contacts: dict[str, Contact], names: dict[str, str]) -> Programme | None:
    found = _live(session, CountryProgramme, CountryProgramme.country == country)
    if not found:
        return None
    p = found[0]
    return Programme(
        phase=p.phase or "",
        start_year=p.start_year,
        end_year=p.end_year,
        national_strategy=p.national_strategy or "",
        md_priorities=p.md_priorities or "",
        iom_focal_point=_person(contacts.get(p.iom_focal_point_id or ""), names),
        undp_focal_point=_person(contacts.get(p.undp_focal_point_id or ""), names),
    )


# --- coordination -------------------------------------------------------------


def _committees(
    session: Session,
    country: str,
    start: date,
    end: date,
    institutions: list[Institution],
    contacts: dict[str, Contact],
) -> tuple[CommitteeInfo, ...]:
    committees = _live(session, Committee, Committee.country == country)
    ids = [c.id for c in committees]
    memberships = _children(session, Membership, Membership.committee_id, ids)
    meetings: dict[str, list[Meeting]] = defaultdict(list)
    query = select(Meeting).where(
        Meeting.deleted_at.is_(None), Meeting.country == country, Meeting.held_on >= start, Meeting.held_on <= end
    )
    for meeting in session.scalars(query.order_by(Meeting.held_on, Meeting.id)):
        meetings[meeting.committee_id].append(meeting)
    meeting_ids = [m.id for group in meetings.values() for m in group]
    decisions = _children(session, Decision, Decision.meeting_id, meeting_ids)
    present = _children(session, Attendance, Attendance.meeting_id, meeting_ids)
    committee_names = {c.id: c.name for c in committees}
    institution = {i.id: i for i in institutions}
    names = {i.id: i.name for i in institutions}

    def member(m: Membership) -> Member:
        seat = institution.get(m.institution_id)
        person = contacts.get(m.representative_id or "")
        return Member(
            institution=seat.name if seat else "",
            acronym=(seat.acronym or "") if seat else "",
            sector=seat.sector if seat else None,
            role=m.role,
            representative=person.name if person else "",
        )

    def meeting_info(m: Meeting) -> MeetingInfo:
        return MeetingInfo(
            held_on=m.held_on,
            place=m.place or "",
            online=bool(m.online),
            agenda=m.agenda or "",
            minutes_summary=m.minutes_summary or "",
            present=tuple(sorted((names.get(a.institution_id, "") for a in present.get(m.id, [])), key=str.casefold)),
            decisions=tuple(
                DecisionInfo(
                    d.text, names.get(d.responsible_institution_id or "", ""), d.due_on, d.status, d.follow_up or ""
                )
                for d in sorted(decisions.get(m.id, []), key=lambda d: (d.due_on or date.max, d.id))
            ),
        )

    order = {s.value: n for n, s in enumerate(CommitteeStatus)}
    return tuple(
        CommitteeInfo(
            name=c.name,
            acronym=c.acronym or "",
            kind=c.kind,
            status=c.status,
            legal_basis=c.legal_basis or "",
            established_on=c.established_on,
            lead=names.get(c.lead_institution_id or "", ""),
            parent=committee_names.get(c.parent_id or "", ""),
            mandate=c.mandate or "",
            members=tuple(member(m) for m in memberships.get(c.id, [])),
            meetings=tuple(meeting_info(m) for m in meetings.get(c.id, [])),
        )
        for c in sorted(committees, key=lambda c: (order.get(c.status, 9), c.name.casefold()))
    )


# --- policies -----------------------------------------------------------------


def _policies(session: Session, country: str, names: dict[str, str]) -> tuple[PolicyInfo, ...]:
    policies = _live(session, Policy, Policy.country == country)
    steps = _children(session, PolicyStatusChange, PolicyStatusChange.policy_id, [p.id for p in policies])
    order = {s.value: n for n, s in enumerate(PolicyStatus)}
    return tuple(
        PolicyInfo(
            title=p.title,
            kind=p.kind,
            status=p.status,
            lead=names.get(p.lead_institution_id or "", ""),
            legal_reference=p.legal_reference or "",
            summary=p.summary or "",
            sectors=tuple(p.sectors or ()),
            themes=tuple(p.themes or ()),
            sdg_targets=tuple(p.sdg_targets or ()),
            gcm_objectives=tuple(p.gcm_objectives or ()),
            history=tuple(
                StatusStep(s.status, s.changed_on, s.note or "")
                for s in sorted(steps.get(p.id, []), key=lambda s: (s.changed_on, order.get(s.status, 99)))
            ),
        )
        for p in sorted(policies, key=lambda p: (order.get(p.status, 99), p.title.casefold()))
    )


# --- work plans and results ---------------------------------------------------


def _code_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """'1.10' after '1.9': numeric parts compare as numbers."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in code.split("."))


def _work_plans(
    session: Session, country: str, start: date, end: date, *, names: dict[str, str]
) -> tuple[WorkPlanInfo, ...]:
    query = select(WorkPlan).where(
        WorkPlan.deleted_at.is_(None),
        WorkPlan.country == country,
        WorkPlan.start_year <= end.year,
        WorkPlan.end_year >= start.year,
    )
    plans = list(session.scalars(query.order_by(WorkPlan.start_year, WorkPlan.id)))
    results = _children(session, Result, Result.work_plan_id, [p.id for p in plans])
    result_ids = [r.id for group in results.values() for r in group]
    activities = _children(session, Activity, Activity.result_id, result_ids)
    indicators = _children(session, Indicator, Indicator.result_id, result_ids)
    periods = _children(
        session, IndicatorPeriod, IndicatorPeriod.indicator_id, [i.id for g in indicators.values() for i in g]
    )

    def activity(a: Activity) -> ActivityInfo:
        return ActivityInfo(
            code=a.code or "",
            title=a.title,
            agency=a.responsible_agency,
            status=a.status,
            progress=a.progress,
            planned_start=a.planned_start,
            planned_end=a.planned_end,
            actual_start=a.actual_start,
            actual_end=a.actual_end,
            planned_budget=a.planned_budget,
            expenditure=a.expenditure,
            currency=(a.currency or "").strip().upper(),
        )

    def indicator(i: Indicator) -> IndicatorInfo:
        return IndicatorInfo(
            statement=i.statement,
            measure=i.measure,
            unit=i.unit or "",
            baseline_value=i.baseline_value,
            baseline_year=i.baseline_year,
            latest=_latest_period(periods.get(i.id, []), end),
            periods=_periods_in(periods.get(i.id, []), start, end),
            judged=_judged_period(periods.get(i.id, []), end),
        )

    return tuple(
        WorkPlanInfo(
            title=p.title,
            start_year=p.start_year,
            end_year=p.end_year,
            status=p.status,
            approved_on=p.approved_on,
            approved_by=names.get(p.approved_by_id or "", ""),
            government_priorities=p.government_priorities or "",
            results=tuple(
                ResultInfo(
                    code=r.code,
                    kind=r.kind,
                    statement=r.statement,
                    activities=tuple(
                        activity(a)
                        for a in sorted(activities.get(r.id, []), key=lambda a: (_code_key(a.code or ""), a.title))
                    ),
                    indicators=tuple(indicator(i) for i in indicators.get(r.id, [])),
                )
                for r in sorted(results.get(p.id, []), key=lambda r: _code_key(r.code))
            ),
        )
        for p in plans
    )


def _latest_period(rows: list[IndicatorPeriod], end: date) -> PeriodValue | None:
    totals = [p for p in rows if p.sex is None and p.period_start <= end]
    if not totals:
        return None
    latest = max(totals, key=lambda p: (p.period_end, p.period_start))
    by_sex = tuple(
        (p.sex or "", p.target, p.actual)
        for p in sorted(rows, key=lambda p: p.sex or "")
        if p.sex is not None and p.period_start == latest.period_start and p.period_end == latest.period_end
    )
    return PeriodValue(latest.period_start, latest.period_end, latest.target, latest.actual, by_sex)


def _judged_period(rows: list[IndicatorPeriod], end: date) -> PeriodValue | None:
    """The total period "on track" looks at for a report ending on ``end`` (``progress.latest_actual``)."""
    found = latest_actual([p for p in rows if p.sex is None], end)
    if found is None:
        return None
    return PeriodValue(found.period_start, found.period_end, found.target, found.actual, ())


def _periods_in(rows: list[IndicatorPeriod], start: date, end: date) -> tuple[PeriodValue, ...]:
    """Every total period overlapping ``start``–``end``, with its targets and actuals by sex."""
    totals = sorted(
        (p for p in rows if p.sex is None and p.period_start <= end and p.period_end >= start),
        key=lambda p: (p.period_start, p.period_end),
    )
    return tuple(
        PeriodValue(
            total.period_start,
            total.period_end,
            total.target,
            total.actual,
            tuple(
                (p.sex or "", p.target, p.actual)
                for p in sorted(rows, key=lambda p: p.sex or "")
                if p.sex is not None and p.period_start == total.period_start and p.period_end == total.period_end
            ),
        )
        for total in totals
    )


# --- capacity building --------------------------------------------------------


def _trainings(
    session: Session, country: str, start: date, end: date, kinds: dict[str, str]
) -> tuple[tuple[TrainingInfo, ...], dict[str, tuple[int, int, int]]]:
    query = select(CapacityActivity).where(
        CapacityActivity.deleted_at.is_(None),
        CapacityActivity.country == country,
        CapacityActivity.start_on >= start,
        CapacityActivity.start_on <= end,
    )
    found = list(session.scalars(query.order_by(CapacityActivity.start_on, CapacityActivity.id)))
    trainings = tuple(
        TrainingInfo(
            title=c.title,
            kind=c.kind,
            start_on=c.start_on,
            end_on=c.end_on,
            place=c.place or "",
            organisers=c.organisers or "",
            female=c.participants_female or 0,
            male=c.participants_male or 0,
            other=c.participants_other or 0,
            hours=c.hours,
        )
        for c in found
    )
    by_kind: dict[str, list[int]] = {}
    participation = _children(
        session, CapacityParticipation, CapacityParticipation.capacity_activity_id, [c.id for c in found]
    )
    for rows in participation.values():
        for row in rows:
            entry = by_kind.setdefault(kinds.get(row.institution_id, "other"), [0, 0, 0])
            entry[0] += row.female
            entry[1] += row.male
            entry[2] += row.other
    ordered = sorted(by_kind.items(), key=lambda item: (-sum(item[1]), item[0]))
    return trainings, {kind: (f, m, o) for kind, (f, m, o) in ordered}


# --- key figures --------------------------------------------------------------


def _glance(
    committees: tuple[CommitteeInfo, ...],
    policies: tuple[PolicyInfo, ...],
    plans: tuple[WorkPlanInfo, ...],
    trainings: tuple[TrainingInfo, ...],
) -> Glance:
    decisions = [d for c in committees for m in c.meetings for d in m.decisions]
    activities = [a for p in plans for r in p.results for a in r.activities]
    indicators = [i for p in plans for r in p.results for i in r.indicators]
    progress = [a.progress for a in activities if a.progress is not None]
    money: dict[str, list[float]] = {}
    for a in activities:
        if a.planned_budget is None and a.expenditure is None:
            continue
        entry = money.setdefault(a.currency, [0.0, 0.0, 0.0])
        entry[0] += a.planned_budget or 0.0
        entry[1] += a.expenditure or 0.0
        entry[2] += 1
    by_status: dict[str, int] = {}
    for a in activities:
        by_status[a.status] = by_status.get(a.status, 0) + 1
    policy_counts: dict[str, int] = {}
    for p in policies:
        policy_counts[p.status] = policy_counts.get(p.status, 0) + 1
    states = dict.fromkeys(STATES, 0)
    for i in indicators:
        states[i.state] += 1
    judged_years = years_of(i.judged.period_end for i in indicators if i.judged and i.state != NO_DATA)
    return Glance(
        committees_active=sum(1 for c in committees if c.status == CommitteeStatus.ACTIVE),
        committees=len(committees),
        meetings=sum(len(c.meetings) for c in committees),
        decisions_open=sum(1 for d in decisions if not d.closed),
        decisions_closed=sum(1 for d in decisions if d.closed),
        policies={s.value: policy_counts[s.value] for s in PolicyStatus if s.value in policy_counts},
        activities=len(activities),
        activities_by_status={s.value: by_status[s.value] for s in ActivityStatus if s.value in by_status},
        average_progress=sum(progress) / len(progress) if progress else None,
        budgets=tuple(
            Budget(code, planned, spent)
            for code, (planned, spent, _n) in sorted(money.items(), key=lambda item: (-item[1][2], item[0]))
        ),
        indicators=states,
        indicator_years=judged_years,
        trained_female=sum(t.female for t in trainings),
        trained_male=sum(t.male for t in trainings),
        trained_other=sum(t.other for t in trainings),
        trainings=len(trainings),
    )
