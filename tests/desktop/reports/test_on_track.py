"""One "on track": the Overview page and the report count the same indicators, and say on which actuals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.models import Result, WorkPlan
from db.services import Actor, create
from db.services.dashboard import dashboard
from db.services.overview import overview
from db.services.progress import latest_actual, track_state
from db.store import Store

TODAY = date(2026, 11, 23)


def _indicator(store: Store, baseline: float | None, *periods: tuple[int, float | None, float | None]) -> None:
    """An indicator on one of Peru's results, with a total period per (year, target, actual)."""
    actor = Actor(user="test", device="test")
    with store.session() as session:
        result_id = session.scalars(
            select(Result.id)
            .join(WorkPlan, WorkPlan.id == Result.work_plan_id)
            .where(WorkPlan.country == "PER", Result.deleted_at.is_(None))
        ).first()
        indicator = create(
            session,
            actor,
            "indicator",
            {
                "result_id": result_id,
                "statement": "Consular staff trained",
                "measure": "number",
                "baseline_value": baseline,
            },
        )
        for year, target, actual in periods:
            create(
                session,
                actor,
                "indicator_period",
                {
                    "indicator_id": indicator,
                    "period_start": date(year, 1, 1),
                    "period_end": date(year, 12, 31),
                    "target": target,
                    "actual": actual,
                },
            )


def test_the_overview_page_and_the_report_count_the_same_indicators_on_track(demo_store: Store) -> None:
    # Met in 2025; 2026's target set but not measured yet: judged on 2025's actual in both places.
    _indicator(demo_store, 0, (2025, 10, 12), (2026, 20, None))
    # A falling target met from above in 2025, missed in 2026.
    _indicator(demo_store, 50, (2025, 40, 35), (2026, 30, 33))
    with demo_store.session() as session:
        page = dashboard(session, "PER", TODAY).indicators
        report = overview(session, "PER", date(2025, 1, 1), date(2026, 12, 31), today=TODAY).glance
    assert (page.on_track, page.off_track, page.no_data) == (
        report.indicators["on_track"],
        report.indicators["off_track"],
        report.indicators["no_data"],
    )
    assert page.years == report.indicator_years == (2025, 2026)


def test_the_report_says_which_actuals_it_judged(demo_store: Store, make_pdf) -> None:
    _indicator(demo_store, 0, (2025, 10, 12), (2026, 20, None))
    text = make_pdf(demo_store, "PER", language="fr").text
    assert "en bonne voie (dernière valeur réelle, 2025–2026)" in text.replace("\n", " ")


def test_a_falling_target_is_met_from_above_and_a_period_without_actual_is_skipped() -> None:
    assert track_state(50, 40, 35) == "on_track"
    assert track_state(50, 40, 45) == "off_track"
    assert track_state(None, 40, 45) == "on_track"
    assert track_state(10, None, 45) == "no_data"
    from db.services.overview_data import PeriodValue

    periods = [
        PeriodValue(date(2025, 1, 1), date(2025, 12, 31), 10, 12, ()),
        PeriodValue(date(2026, 1, 1), date(2026, 12, 31), 20, None, ()),
        PeriodValue(date(2027, 1, 1), date(2027, 12, 31), 30, 31, ()),
    ]
    assert latest_actual(periods) == periods[2]
    assert latest_actual(periods, date(2026, 12, 31)) == periods[0]
