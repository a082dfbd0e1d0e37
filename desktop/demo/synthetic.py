"""Synthetic work-plan data for scale tests (``mainstream demo --size N``).

N activities are spread over twenty programme countries, with results,
indicators, capacity-building activities, meetings and decisions in proportion
(per 5,000 activities: 1,000 results and indicators, 500 trainings, 200
meetings). Everything is generated from fixed seeds, so the same N always gives
the same records, and running it twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from desktop.demo.builder import DemoBuilder

COUNTRIES = (
    "PER", "BDI", "LKA", "MAR", "KGZ", "ECU", "JAM", "MDA", "SRB", "TUN",
    "BGD", "NPL", "PHL", "SEN", "GHA", "MLI", "NGA", "ETH", "MEX", "COL",
)  # fmt: skip
ACTIVITIES_PER_RESULT = 5
ACTIVITIES_PER_TRAINING = 10
ACTIVITIES_PER_MEETING = 25

VERBS = ("Train", "Support", "Assess", "Map", "Draft", "Validate", "Pilot", "Review", "Publish", "Convene")
OBJECTS = (
    "labour migration officers",
    "diaspora associations",
    "migration data systems",
    "border health posts",
    "local development plans",
    "return and reintegration services",
    "remittance channels",
    "SGBV referral pathways",
    "migrant resource centres",
    "the national migration policy",
)
PLACES = ("in the capital", "in northern districts", "in border provinces", "in coastal regions", "nationwide")
STATUSES = ("planned", "ongoing", "ongoing", "delayed", "completed", "cancelled", "suspended")
AGENCIES = ("iom", "undp", "joint", "government")


def build(size: int, builder: DemoBuilder | None = None) -> DemoBuilder:
    b = builder or DemoBuilder()
    share, extra = divmod(size, len(COUNTRIES))
    first_index = 0
    for position, iso in enumerate(COUNTRIES):
        count = share + (1 if position < extra else 0)
        if count:
            _country(b, iso, count, first_index)
        first_index += count
    return b


def _country(b: DemoBuilder, iso: str, count: int, first_index: int) -> None:
    rng = random.Random(f"mainstream-synthetic-{iso}")
    key = f"synthetic/{iso}"
    ministry = b.add(
        "institution",
        f"{key}/ministry",
        country=iso,
        name=f"Scale-test Ministry of Labour ({iso})",
        kind="ministry",
        sector="labour",
    )
    committee = b.add(
        "committee",
        f"{key}/committee",
        country=iso,
        name=f"Scale-test steering committee ({iso})",
        kind="steering",
        status="active",
        lead_institution_id=ministry,
    )
    b.add("membership", f"{key}/membership", committee_id=committee, institution_id=ministry, role="chair")
    plan = b.add(
        "work_plan",
        f"{key}/plan",
        country=iso,
        title=f"Scale-test work plan ({iso})",
        start_year=2024,
        end_year=2027,
        status="draft",
    )
    results = -(-count // ACTIVITIES_PER_RESULT)
    result_ids = []
    for r in range(results):
        result_id = b.add(
            "result",
            f"{key}/result/{r}",
            work_plan_id=plan,
            kind="output",
            code=f"S.{r + 1}",
            statement=f"Output S.{r + 1}: {rng.choice(OBJECTS)} strengthened {rng.choice(PLACES)}",
        )
        result_ids.append(result_id)
        indicator = b.add(
            "indicator",
            f"{key}/indicator/{r}",
            result_id=result_id,
            measure="number",
            statement=f"Number of {rng.choice(OBJECTS)} supported (S.{r + 1})",
            baseline_value=0,
            baseline_year=2024,
        )
        for year in (2025, 2026):
            target = rng.randint(5, 50)
            b.add(
                "indicator_period",
                f"{key}/period/{r}/{year}",
                indicator_id=indicator,
                period_start=f"{year}-01-01",
                period_end=f"{year}-12-31",
                target=target,
                actual=rng.randint(0, target + 10) if year == 2025 else None,
            )
    for n in range(count):
        index = first_index + n
        b.add("activity", f"{key}/activity/{n}", **_activity(rng, index, result_ids[n // ACTIVITIES_PER_RESULT], n))
        if n % ACTIVITIES_PER_TRAINING == 0:
            b.add("capacity_activity", f"{key}/training/{n}", country=iso, **_training(rng, index, n))
        if n % ACTIVITIES_PER_MEETING == 0:
            held = dt.date(2024, 1, 1) + dt.timedelta(days=(n // ACTIVITIES_PER_MEETING * 7) % 1400)
            meeting = b.add(
                "meeting",
                f"{key}/meeting/{n}",
                committee_id=committee,
                held_on=held.isoformat(),
                place="Scale-test venue",
                agenda=f"Review of activities around #{index:06d}",
            )
            for d in (1, 2):
                b.add(
                    "decision",
                    f"{key}/decision/{n}/{d}",
                    meeting_id=meeting,
                    responsible_institution_id=ministry,
                    text=f"Follow up {rng.choice(OBJECTS)} (meeting of {held.isoformat()}, point {d})",
                    due_on=(held + dt.timedelta(days=90)).isoformat(),
                    status=rng.choice(("open", "in_progress", "done", "dropped")),
                )


def _activity(rng: random.Random, index: int, result_id: str, n: int) -> dict[str, Any]:
    start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
    end = start + dt.timedelta(days=rng.randint(30, 540))
    status = rng.choice(STATUSES)
    budget = float(rng.randint(5, 500) * 1000)
    progress = 100.0 if status == "completed" else (0.0 if status == "planned" else float(rng.randint(5, 95)))
    return {
        "result_id": result_id,
        "code": f"A-{index:06d}",
        "title": f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} #{index:06d}",
        "responsible_agency": rng.choice(AGENCIES),
        "planned_start": start.isoformat(),
        "planned_end": end.isoformat(),
        "actual_start": start.isoformat() if status != "planned" else None,
        "status": status,
        "progress": progress,
        "planned_budget": budget,
        "expenditure": round(budget * progress / 100 * rng.uniform(0.8, 1.1), 2),
        "currency": "USD",
        "funding_source": "Scale-test fund",
    }


def _training(rng: random.Random, index: int, n: int) -> dict[str, Any]:
    start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 1000))
    female, male, other = rng.randint(0, 40), rng.randint(0, 40), rng.randint(0, 2)
    return {
        "title": f"Training on {rng.choice(OBJECTS)} #{index:06d}",
        "kind": rng.choice(("training", "workshop", "seminar", "e_learning")),
        "topics": ["capacity_building"],
        "start_on": start.isoformat(),
        "end_on": (start + dt.timedelta(days=rng.randint(0, 4))).isoformat(),
        "audience": ["government"],
        "participants_female": female,
        "participants_male": male,
        "participants_other": other,
        "participants_total": female + male + other,
        "hours": float(rng.randint(4, 40)),
    }
