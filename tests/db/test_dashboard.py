"""The dashboard's figures on small, exactly known data, seen on a fixed date."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Activity, Decision, Indicator, IndicatorPeriod
from db.services import Actor, create, delete
from db.services.dashboard import Dashboard, Money, Reason, dashboard
from db.store import Store

TODAY = dt.date(2026, 6, 15)


@dataclass
class Ids:
    by_name: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        return self.by_name[name]


class Builder:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.session, self.actor, self.ids = session, actor, Ids()

    def add(self, key: str, kind: str, /, **values: Any) -> str:
        record_id = create(self.session, self.actor, kind, values)
        self.ids.by_name[key] = record_id
        return record_id

    def gone(self, key: str, kind: str, /, **values: Any) -> None:
        """A record that exists only in the trash."""
        delete(self.session, self.actor, kind, self.add(key, kind, **values))


def _peru(b: Builder) -> None:
    mtigm = b.add(
        "mtigm",
        "committee",
        country="PER",
        name="Mesa de Trabajo",
        acronym="MTIGM",
        kind="inter_ministerial",
        status="active",
    )
    b.add("ccsc", "committee", country="PER", name="Comisión", kind="coordination_commission", status="dormant")
    b.gone("old", "committee", country="PER", name="Borrada", kind="task_force", status="active")
    meetings = {}
    for name, held in (
        ("m1", "2026-05-01"),
        ("year_ago", "2025-06-15"),
        ("m2", "2025-06-16"),
        ("m_old", "2024-01-01"),
        ("m_next", "2026-07-01"),
    ):
        meetings[name] = b.add(name, "meeting", committee_id=mtigm, held_on=held)
    b.gone("m_gone", "meeting", committee_id=mtigm, held_on="2026-06-01")
    m1 = meetings["m1"]
    for name, due, status in (
        ("d_overdue", "2026-06-14", "open"),
        ("d_progress", "2026-01-31", "in_progress"),
        ("d_today", "2026-06-15", "open"),
        ("d_done", "2026-01-01", "done"),
        ("d_dropped", "2025-01-01", "dropped"),
        ("d_undated", None, "open"),
    ):
        b.add(name, "decision", meeting_id=m1, text=f"Decision {name}\nsecond line", due_on=due, status=status)
    b.gone("d_gone", "decision", meeting_id=m1, text="Deleted", due_on="2025-01-01", status="open")
    for name, status in (("p1", "draft"), ("p2", "adopted"), ("p3", "adopted")):
        b.add(name, "policy", country="PER", title=name, kind="policy", status=status)
    b.gone("p_gone", "policy", country="PER", title="gone", kind="law", status="adopted")
    plan = b.add(
        "plan",
        "work_plan",
        country="PER",
        title="Plan conjunto",
        start_year=2025,
        end_year=2027,
        status="approved",
        approved_on="2025-03-12",
    )
    b.gone("plan_gone", "work_plan", country="PER", title="Gone", start_year=2025, end_year=2027, status="draft")
    result = b.add("result", "result", work_plan_id=plan, kind="output", code="1.1", statement="Output")

    def activity(name: str, status: str, end: str, progress: float | None, **money: Any) -> None:
        b.add(
            name,
            "activity",
            result_id=result,
            code=name.upper(),
            title=f"Activity {name}",
            responsible_agency="joint",
            status=status,
            planned_end=end,
            progress=progress,
            **money,
        )

    activity("a1", "ongoing", "2026-12-31", 50, planned_budget=1000, expenditure=400, currency="USD")
    activity("a2", "delayed", "2027-01-01", 20, planned_budget=500, expenditure=100, currency="USD")
    activity("a3", "ongoing", "2026-03-31", 30, planned_budget=2000, expenditure=2500, currency="EUR")
    activity("a4", "completed", "2026-01-31", 100, planned_budget=500, expenditure=500, currency="usd")
    activity("a5", "cancelled", "2025-12-31", None)
    b.gone(
        "a_gone",
        "activity",
        result_id=result,
        title="Gone",
        responsible_agency="iom",
        status="ongoing",
        planned_end="2025-01-01",
        progress=0,
        planned_budget=9e6,
        currency="USD",
    )

    def indicator(name: str, baseline: float | None, *periods: tuple[str, str, float | None, float | None]) -> str:
        record_id = b.add(
            name,
            "indicator",
            result_id=result,
            statement=f"Indicator {name}",
            measure="number",
            baseline_value=baseline,
        )
        for start, end, target, actual in periods:
            b.add(
                f"{name}/{end}",
                "indicator_period",
                indicator_id=record_id,
                period_start=start,
                period_end=end,
                target=target,
                actual=actual,
            )
        return record_id

    year_2025, year_2026, q1_2026 = (
        ("2025-01-01", "2025-12-31"),
        ("2026-01-01", "2026-12-31"),
        ("2026-01-01", "2026-03-31"),
    )
    # up, on track: the latest period with an actual (2025) beats its target; 2026 has none yet
    indicator("up_on", 10, (*year_2025, 20, 25), (*year_2026, 30, None))
    # down (target below baseline), on track: the actual is at or below the target
    indicator("down_on", 50, (*year_2025, 40, 35))
    # down, off track; its last ended period (Q1 2026) has no actual: needs attention
    indicator("down_off", 50, (*year_2025, 40, 45), (*q1_2026, 38, None))
    # up (no baseline), off track; a women-only row reaching the target does not count
    up_off = indicator("up_off", None, (*year_2025, 100, 80))
    b.add(
        "up_off/female",
        "indicator_period",
        indicator_id=up_off,
        period_start=q1_2026[0],
        period_end=q1_2026[1],
        sex="female",
        target=50,
        actual=120,
    )
    # no actual ever; 2025 has ended: needs attention
    indicator("no_actual", 0, (*year_2025, 10, None))
    # an actual without a target cannot be judged
    indicator("no_target", 0, (*year_2025, None, 5))
    gone = indicator("gone", 0, (*year_2025, 10, 1))
    delete(b.session, b.actor, "indicator", gone)
    b.add(
        "t1",
        "capacity_activity",
        country="PER",
        title="Taller",
        kind="workshop",
        participants_female=10,
        participants_male=5,
        participants_other=1,
    )
    b.add("t2", "capacity_activity", country="PER", title="Curso", kind="training", participants_female=3)
    b.gone(
        "t_gone",
        "capacity_activity",
        country="PER",
        title="Gone",
        kind="training",
        participants_female=100,
        participants_male=100,
        participants_other=100,
    )


def _burundi(b: Builder) -> None:
    cim = b.add(
        "cim", "committee", country="BDI", name="Comité interministériel", kind="inter_ministerial", status="active"
    )
    meeting = b.add("bdi_meeting", "meeting", committee_id=cim, held_on="2026-02-01")
    b.add(
        "bdi_decision",
        "decision",
        meeting_id=meeting,
        text="Organiser un forum",
        due_on="2026-03-31",
        status="in_progress",
    )
    b.add("bdi_policy", "policy", country="BDI", title="Politique", kind="policy", status="validated")
    plan = b.add("bdi_plan", "work_plan", country="BDI", title="Plan", start_year=2025, end_year=2026, status="draft")
    result = b.add("bdi_result", "result", work_plan_id=plan, kind="output", code="1", statement="Output")
    b.add(
        "bdi_activity",
        "activity",
        result_id=result,
        title="Forum",
        responsible_agency="iom",
        status="planned",
        progress=0,
        planned_budget=1_000_000,
        expenditure=0,
        currency="BIF",
    )
    b.add(
        "bdi_training",
        "capacity_activity",
        country="BDI",
        title="Formation",
        kind="training",
        participants_female=7,
        participants_male=8,
        participants_other=0,
    )


@pytest.fixture
def data(store: Store, actor: Actor) -> tuple[Store, Ids]:
    with store.session() as session:
        builder = Builder(session, actor)
        _peru(builder)
        _burundi(builder)
    return store, builder.ids


def _board(store: Store, country: str | None, today: dt.date = TODAY) -> Dashboard:
    with store.session() as session:
        return dashboard(session, country, today)


def test_counts_for_one_country_leave_deleted_records_out(data: tuple[Store, Ids]) -> None:
    board = _board(data[0], "PER")
    assert board.country == "PER"
    assert board.committees == {"proposed": 0, "active": 1, "dormant": 1, "dissolved": 0}
    assert board.active_committees == 1
    # a year ago to the day is outside "the last 12 months"; next month's meeting is not held yet
    assert (board.meetings_total, board.meetings_last_12_months) == (5, 2)
    assert board.decisions == {"open": 3, "in_progress": 1, "done": 1, "dropped": 1}
    assert board.open_decisions == 4
    assert board.policies == {
        "in_drafting": 0,
        "draft": 1,
        "validated": 0,
        "adopted": 2,
        "under_implementation": 0,
        "under_review": 0,
        "superseded": 0,
    }
    assert board.work_plans == 1
    assert board.activities == {
        "planned": 0,
        "ongoing": 2,
        "delayed": 1,
        "completed": 1,
        "cancelled": 1,
        "suspended": 0,
    }
    assert board.average_progress == pytest.approx((50 + 20 + 30 + 100) / 4)
    assert (board.trained.female, board.trained.male, board.trained.other) == (13, 5, 1)
    assert board.trained.total == 19
    assert board.trained.activities == 2
    assert board.trained.women_share == pytest.approx(13 / 19 * 100)


def test_currencies_are_never_added_together(data: tuple[Store, Ids]) -> None:
    peru = _board(data[0], "PER").budgets
    # "usd" and "USD" are one currency; the most used currency comes first
    assert peru == (Money("USD", 2000.0, 1000.0, 3), Money("EUR", 2000.0, 2500.0, 1))
    assert [m.execution for m in peru] == [pytest.approx(50.0), pytest.approx(125.0)]
    everywhere = _board(data[0], None).budgets
    assert {m.currency: (m.planned, m.spent) for m in everywhere} == {
        "USD": (2000.0, 1000.0),
        "EUR": (2000.0, 2500.0),
        "BIF": (1_000_000.0, 0.0),
    }


def test_overdue_means_due_before_today_and_still_to_do(data: tuple[Store, Ids]) -> None:
    store, ids = data
    board = _board(store, "PER")
    assert board.decisions_overdue == 2
    overdue = [item for item in board.attention if item.kind == "decision"]
    assert [item.id for item in overdue] == [ids["d_progress"], ids["d_overdue"]]  # oldest due date first
    first = overdue[0]
    assert (first.reason, first.date, first.status) == (Reason.OVERDUE, dt.date(2026, 1, 31), "in_progress")
    assert first.label == "Decision d_progress"  # its first line
    assert first.context == "MTIGM"
    # a day later the decision due today is overdue too; early in the year none is
    assert _board(store, "PER", dt.date(2026, 6, 16)).decisions_overdue == 3
    assert _board(store, "PER", dt.date(2026, 1, 1)).decisions_overdue == 0


def test_delayed_activities_are_marked_or_past_their_planned_end(data: tuple[Store, Ids]) -> None:
    store, ids = data
    board = _board(store, "PER")
    late = {item.id: item for item in board.attention if item.kind == "activity"}
    assert set(late) == {ids["a2"], ids["a3"]}  # a4 is completed, a5 cancelled, a_gone deleted
    assert late[ids["a2"]].reason == Reason.DELAYED
    assert late[ids["a3"]].reason == Reason.PAST_END
    assert late[ids["a3"]].date == dt.date(2026, 3, 31)
    assert late[ids["a3"]].label == "A3 Activity a3"
    assert late[ids["a3"]].context == "Plan conjunto"
    assert board.attention_counts[Reason.DELAYED] == 1
    assert board.attention_counts[Reason.PAST_END] == 1


def test_indicators_on_and_off_track_in_both_directions(data: tuple[Store, Ids]) -> None:
    progress = _board(data[0], "PER").indicators
    # on: up_on (25 >= 20), down_on (35 <= 40); off: down_off (45 > 40), up_off (80 < 100);
    # no data: no_actual, no_target; the deleted indicator is not counted
    assert (progress.on_track, progress.off_track, progress.no_data) == (2, 2, 2)
    assert progress.total == 6


def test_indicators_whose_last_ended_period_has_no_actual(data: tuple[Store, Ids]) -> None:
    store, ids = data
    board = _board(store, "PER")
    missing = [item for item in board.attention if item.kind == "indicator"]
    assert [(item.id, item.date) for item in missing] == [
        (ids["no_actual"], dt.date(2025, 12, 31)),
        (ids["down_off"], dt.date(2026, 3, 31)),
    ]
    assert {item.reason for item in missing} == {Reason.NO_ACTUAL}
    assert missing[0].context == "Plan conjunto"
    # before Q1 2026 ended, down_off's last ended period was 2025, which has an actual
    assert _board(store, "PER", dt.date(2026, 3, 31)).attention_counts[Reason.NO_ACTUAL] == 1


def test_attention_list_is_ordered_by_date_and_capped(data: tuple[Store, Ids]) -> None:
    store, _ids = data
    board = _board(store, "PER")
    dates = [item.date for item in board.attention]
    assert dates == sorted(d for d in dates if d is not None)
    assert len(board.attention) == board.attention_total == 6
    with store.session() as session:
        capped = dashboard(session, "PER", TODAY, limit=1)
    assert [item.kind for item in capped.attention] == ["indicator", "decision", "activity"]
    assert capped.attention_total == 6  # the counts stay complete


def test_country_filter_and_all_countries(data: tuple[Store, Ids]) -> None:
    store, ids = data
    burundi = _board(store, "BDI")
    assert burundi.active_committees == 1
    assert burundi.decisions_overdue == 1
    assert burundi.policies["validated"] == 1 and burundi.policies["adopted"] == 0
    assert burundi.activities["planned"] == 1
    assert burundi.average_progress == 0
    assert burundi.budgets == (Money("BIF", 1_000_000.0, 0.0, 1),)
    assert (burundi.trained.female, burundi.trained.male) == (7, 8)
    assert burundi.indicators.total == 0
    assert {item.id for item in burundi.attention} == {ids["bdi_decision"]}
    assert burundi.attention[0].country == "BDI"

    everywhere = _board(store, None)
    assert everywhere.country is None
    assert everywhere.active_committees == 2
    assert everywhere.decisions_overdue == 3
    assert everywhere.work_plans == 2
    assert everywhere.trained.total == 19 + 15
    assert everywhere.indicators.total == 6
    assert {item.country for item in everywhere.attention} == {"PER", "BDI"}
    assert _board(store, "LKA").active_committees == 0


def test_an_empty_database_gives_zeros_not_errors(store: Store) -> None:
    board = _board(store, None)
    assert board.active_committees == 0
    assert board.meetings_total == 0
    assert board.average_progress is None
    assert board.budgets == ()
    assert board.trained.women_share is None
    assert board.indicators.total == 0
    assert board.attention == ()
    assert board.attention_total == 0


def test_leap_day_looks_back_to_the_28th(store: Store, actor: Actor) -> None:
    with store.session() as session:
        committee = create(
            session,
            actor,
            "committee",
            {
                "country": "PER",
                "name": "C",
                "kind": "steering",
                "status": "active",
            },
        )
        for held in ("2027-02-28", "2027-03-01", "2028-02-29"):
            create(session, actor, "meeting", {"committee_id": committee, "held_on": held})
    board = _board(store, "PER", dt.date(2028, 2, 29))
    assert (board.meetings_total, board.meetings_last_12_months) == (3, 2)


def _random_records(store: Store, actor: Actor, seed: int) -> None:
    """A few hundred records with random statuses, dates, amounts and periods, some deleted."""
    rng = random.Random(seed)

    def day() -> str:
        return (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 700))).isoformat()

    with store.session() as session:
        for country in ("PER", "BDI"):
            committee = create(
                session,
                actor,
                "committee",
                {
                    "country": country,
                    "name": "C",
                    "kind": "steering",
                    "status": rng.choice(["active", "dormant"]),
                },
            )
            meeting = create(session, actor, "meeting", {"committee_id": committee, "held_on": day()})
            for _ in range(20):
                decision = create(
                    session,
                    actor,
                    "decision",
                    {
                        "meeting_id": meeting,
                        "text": "D",
                        "due_on": rng.choice([None, day()]),
                        "status": rng.choice(["open", "in_progress", "done", "dropped"]),
                    },
                )
                if rng.random() < 0.1:
                    delete(session, actor, "decision", decision)
            plan = create(
                session,
                actor,
                "work_plan",
                {
                    "country": country,
                    "title": "P",
                    "start_year": 2025,
                    "end_year": 2027,
                    "status": "draft",
                },
            )
            result = create(
                session,
                actor,
                "result",
                {
                    "work_plan_id": plan,
                    "kind": "output",
                    "code": "1",
                    "statement": "R",
                },
            )
            for n in range(60):
                budget = rng.choice([None, float(rng.randint(0, 9) * 100)])
                activity = create(
                    session,
                    actor,
                    "activity",
                    {
                        "result_id": result,
                        "title": f"A{n}",
                        "responsible_agency": "joint",
                        "status": rng.choice(["planned", "ongoing", "delayed", "completed", "cancelled", "suspended"]),
                        "planned_end": rng.choice([None, day()]),
                        "progress": rng.choice([None, rng.randint(0, 100)]),
                        "planned_budget": budget,
                        "expenditure": None if budget is None else budget * rng.random(),
                        "currency": None if budget is None else rng.choice(["USD", "usd", "EUR"]),
                    },
                )
                if rng.random() < 0.1:
                    delete(session, actor, "activity", activity)
            for n in range(25):
                indicator = create(
                    session,
                    actor,
                    "indicator",
                    {
                        "result_id": result,
                        "statement": f"I{n}",
                        "measure": "number",
                        "baseline_value": rng.choice([None, 10, 50]),
                    },
                )
                for year in rng.sample([2024, 2025, 2026, 2027], rng.randint(0, 4)):
                    create(
                        session,
                        actor,
                        "indicator_period",
                        {
                            "indicator_id": indicator,
                            "period_start": f"{year}-01-01",
                            "period_end": f"{year}-12-31",
                            "target": rng.choice([None, 5, 20, 60]),
                            "actual": rng.choice([None, None, 0, 15, 40, 70]),
                            "sex": rng.choice([None, None, "female"]),
                        },
                    )
                if rng.random() < 0.1:
                    delete(session, actor, "indicator", indicator)


def _by_hand(session: Session, country: str, today: dt.date) -> dict[str, Any]:
    """The same figures the slow, obvious way: every live row into Python."""

    def live(model: Any) -> list[Any]:
        return [row for row in session.scalars(select(model).where(model.country == country)) if row.deleted_at is None]

    activities = live(Activity)
    progress = [a.progress for a in activities if a.progress is not None]
    money: dict[str, list[float]] = {}
    for a in activities:
        if a.planned_budget is not None or a.expenditure is not None:
            entry = money.setdefault((a.currency or "").upper(), [0.0, 0.0])
            entry[0] += a.planned_budget or 0
            entry[1] += a.expenditure or 0
    periods: dict[str, list[Any]] = {}
    for p in live(IndicatorPeriod):
        if p.sex is None:
            periods.setdefault(p.indicator_id, []).append(p)
    states = {"on": 0, "off": 0}
    missing = 0
    for indicator in live(Indicator):
        own = periods.get(indicator.id, [])
        measured = [p for p in own if p.actual is not None]
        if measured:
            last = max(measured, key=lambda p: p.period_end)
            if last.target is not None:
                base = indicator.baseline_value
                down = base is not None and last.target < base
                ok = last.actual <= last.target if down else last.actual >= last.target
                states["on" if ok else "off"] += 1
        ended = [p for p in own if p.period_end < today]
        if ended and max(ended, key=lambda p: p.period_end).actual is None:
            missing += 1
    return {
        "overdue": sum(
            1 for d in live(Decision) if d.due_on and d.due_on < today and d.status not in ("done", "dropped")
        ),
        "average": sum(progress) / len(progress) if progress else None,
        "money": money,
        "late": sum(
            1
            for a in activities
            if a.status == "delayed"
            or (a.planned_end and a.planned_end < today and a.status not in ("completed", "cancelled"))
        ),
        "on": states["on"],
        "off": states["off"],
        "missing": missing,
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_figures_match_a_plain_python_count(store: Store, actor: Actor, seed: int) -> None:
    _random_records(store, actor, seed)
    for today in (dt.date(2026, 3, 1), dt.date(2027, 6, 1)):
        with store.session() as session:
            expected = _by_hand(session, "PER", today)
            board = dashboard(session, "PER", today)
        assert board.decisions_overdue == expected["overdue"]
        assert board.average_progress == pytest.approx(expected["average"])
        assert {m.currency for m in board.budgets} == set(expected["money"])
        for money in board.budgets:
            assert [money.planned, money.spent] == pytest.approx(expected["money"][money.currency])
        counts = board.attention_counts
        assert counts[Reason.DELAYED] + counts[Reason.PAST_END] == expected["late"]
        assert (board.indicators.on_track, board.indicators.off_track) == (expected["on"], expected["off"])
        assert counts[Reason.NO_ACTUAL] == expected["missing"]
