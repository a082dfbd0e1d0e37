"""Bad input is refused with a message naming the kind, the record, the field
and the reason, and nothing at all is saved."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from db.errors import Problem, ValidationError
from db.services import Actor, attach, content, create, delete, get, load, parse_dump, update, write_records
from db.store import Store

MISSING = "3f8d4a57-2b0e-4c1a-9d6e-7a5b8c9d0e1f"  # a well-formed id no record has


@dataclass
class World:
    per_ministry: str
    bdi_ministry: str
    un_agency: str
    committee: str
    plan: str
    result: str
    training: str
    indicator: str


@pytest.fixture
def world(store: Store, actor: Actor) -> World:
    with store.session() as session:
        per = create(
            session,
            actor,
            "institution",
            {"country": "PER", "name": "Ministerio del Interior", "kind": "ministry", "sector": "interior"},
        )
        bdi = create(
            session, actor, "institution", {"country": "BDI", "name": "Ministère de l'Intérieur", "kind": "ministry"}
        )
        un = create(session, actor, "institution", {"name": "IOM", "kind": "un_agency"})
        committee = create(
            session,
            actor,
            "committee",
            {"country": "PER", "name": "MTIGM", "kind": "inter_ministerial", "status": "active"},
        )
        plan = create(
            session,
            actor,
            "work_plan",
            {"country": "PER", "title": "Plan", "start_year": 2025, "end_year": 2027, "status": "draft"},
        )
        result = create(
            session, actor, "result", {"work_plan_id": plan, "kind": "output", "code": "1.1", "statement": "Output"}
        )
        training = create(
            session, actor, "capacity_activity", {"country": "PER", "title": "Taller", "kind": "workshop"}
        )
        indicator = create(
            session, actor, "indicator", {"result_id": result, "statement": "Share", "measure": "number"}
        )
    return World(per, bdi, un, committee, plan, result, training, indicator)


LONG = "x" * 501

# (kind, values built from the world, field named in the problem, words of the reason)
CASES: list[tuple[str, Callable[[World], dict[str, Any]], str, str]] = [
    # dates and periods out of order
    (
        "membership",
        lambda w: {
            "committee_id": w.committee,
            "institution_id": w.per_ministry,
            "role": "member",
            "start_on": "2025-05-01",
            "end_on": "2025-01-31",
        },
        "end_on",
        "before it starts",
    ),
    (
        "activity",
        lambda w: {
            "result_id": w.result,
            "title": "A",
            "responsible_agency": "iom",
            "status": "planned",
            "planned_start": "2026-01-01",
            "planned_end": "2025-12-31",
        },
        "planned_end",
        "before",
    ),
    (
        "activity",
        lambda w: {
            "result_id": w.result,
            "title": "A",
            "responsible_agency": "iom",
            "status": "ongoing",
            "actual_start": "2026-01-01",
            "actual_end": "2025-01-01",
        },
        "actual_end",
        "before",
    ),
    (
        "capacity_activity",
        lambda w: {
            "country": "PER",
            "title": "T",
            "kind": "training",
            "start_on": "2025-06-12",
            "end_on": "2025-06-10",
        },
        "end_on",
        "before",
    ),
    (
        "work_plan",
        lambda w: {"country": "PER", "title": "P", "start_year": 2027, "end_year": 2025, "status": "draft"},
        "end_year",
        "before",
    ),
    (
        "indicator_period",
        lambda w: {"indicator_id": w.indicator, "period_start": "2026-01-01", "period_end": "2025-12-31"},
        "period_end",
        "before",
    ),
    ("country_programme", lambda w: {"country": "PER", "start_year": 2027, "end_year": 2025}, "end_year", "before"),
    # percentages over 100
    (
        "activity",
        lambda w: {
            "result_id": w.result,
            "title": "A",
            "responsible_agency": "iom",
            "status": "ongoing",
            "progress": 100.5,
        },
        "progress",
        "at most 100",
    ),
    (
        "capacity_activity",
        lambda w: {"country": "PER", "title": "T", "kind": "training", "post_test_score": 101},
        "post_test_score",
        "at most 100",
    ),
    (
        "capacity_activity",
        lambda w: {"country": "PER", "title": "T", "kind": "training", "satisfaction": -1},
        "satisfaction",
        "negative",
    ),
    (
        "indicator",
        lambda w: {"result_id": w.result, "statement": "S", "measure": "percentage", "baseline_value": 140},
        "baseline_value",
        "between 0 and 100",
    ),
    # negative counts and amounts
    (
        "capacity_activity",
        lambda w: {"country": "PER", "title": "T", "kind": "training", "participants_female": -3},
        "participants_female",
        "negative",
    ),
    (
        "capacity_participation",
        lambda w: {
            "capacity_activity_id": w.training,
            "institution_id": w.per_ministry,
            "female": 2,
            "male": -1,
            "other": 0,
        },
        "male",
        "negative",
    ),
    (
        "activity",
        lambda w: {
            "result_id": w.result,
            "title": "A",
            "responsible_agency": "iom",
            "status": "ongoing",
            "planned_budget": -5000,
            "currency": "USD",
        },
        "planned_budget",
        "negative",
    ),
    (
        "capacity_activity",
        lambda w: {"country": "PER", "title": "T", "kind": "training", "participants_female": 2.5},
        "participants_female",
        "whole number",
    ),
    # participants by sex exceeding the total
    (
        "capacity_activity",
        lambda w: {
            "country": "PER",
            "title": "T",
            "kind": "training",
            "participants_female": 10,
            "participants_male": 8,
            "participants_other": 1,
            "participants_total": 18,
        },
        "participants_total",
        "more than the total of 18",
    ),
    # missing required fields
    ("committee", lambda w: {"country": "PER", "kind": "steering", "status": "active"}, "name", "required"),
    (
        "committee",
        lambda w: {"country": "PER", "name": "  \n ", "kind": "steering", "status": "active"},
        "name",
        "required",
    ),
    ("meeting", lambda w: {"committee_id": w.committee}, "held_on", "required"),
    (
        "work_plan",
        lambda w: {"country": "PER", "title": "P", "end_year": 2027, "status": "draft"},
        "start_year",
        "required",
    ),
    ("committee", lambda w: {"name": "No country", "kind": "steering", "status": "active"}, "country", "required"),
    (
        "work_plan",
        lambda w: {"country": "PER", "title": "P", "start_year": 2025, "end_year": 2026, "status": "approved"},
        "approved_on",
        "date it was approved",
    ),
    (
        "activity",
        lambda w: {
            "result_id": w.result,
            "title": "A",
            "responsible_agency": "iom",
            "status": "ongoing",
            "planned_budget": 1000,
        },
        "currency",
        "currency",
    ),
    # unknown field names
    (
        "institution",
        lambda w: {"country": "PER", "nmae": "Typo", "name": "N", "kind": "ministry"},
        "nmae",
        "not a field",
    ),
    (
        "institution",
        lambda w: {"country": "PER", "name": "N", "kind": "ministry", "deleted_at": None},
        "deleted_at",
        "not a field",
    ),
    # bad codes
    ("institution", lambda w: {"country": "PER", "name": "N", "kind": "ministery"}, "kind", "not one of"),
    (
        "policy",
        lambda w: {"country": "PER", "title": "P", "kind": "law", "status": "adopted", "themes": ["weather"]},
        "themes",
        "not one of",
    ),
    (
        "policy",
        lambda w: {"country": "PER", "title": "P", "kind": "law", "status": "adopted", "sdg_targets": ["SDG 10"]},
        "sdg_targets",
        "SDG target",
    ),
    (
        "policy",
        lambda w: {"country": "PER", "title": "P", "kind": "law", "status": "adopted", "gcm_objectives": [24]},
        "gcm_objectives",
        "at most 23",
    ),
    (
        "activity",
        lambda w: {
            "result_id": w.result,
            "title": "A",
            "responsible_agency": "iom",
            "status": "ongoing",
            "planned_budget": 10,
            "currency": "DOLLARS",
        },
        "currency",
        "ISO 4217",
    ),
    (
        "meeting",
        lambda w: {"committee_id": w.committee, "held_on": "2025-01-01", "online": "yes"},
        "online",
        "true or false",
    ),
    # bad country codes
    ("institution", lambda w: {"country": "XYZ", "name": "N", "kind": "ministry"}, "country", "ISO 3166-1"),
    ("institution", lambda w: {"country": "PE", "name": "N", "kind": "ministry"}, "country", "ISO 3166-1"),
    # bad date strings
    ("meeting", lambda w: {"committee_id": w.committee, "held_on": "2025-13-01"}, "held_on", "YYYY-MM-DD"),
    ("meeting", lambda w: {"committee_id": w.committee, "held_on": "2025-02-30"}, "held_on", "YYYY-MM-DD"),
    ("meeting", lambda w: {"committee_id": w.committee, "held_on": "12/03/2025"}, "held_on", "YYYY-MM-DD"),
    ("meeting", lambda w: {"committee_id": w.committee, "held_on": "2025-3-12"}, "held_on", "YYYY-MM-DD"),
    ("meeting", lambda w: {"committee_id": w.committee, "held_on": "2025-03-12T10:00"}, "held_on", "YYYY-MM-DD"),
    ("meeting", lambda w: {"committee_id": w.committee, "held_on": 20250312}, "held_on", "date"),
    # references to records that do not exist, or are not ids
    (
        "committee",
        lambda w: {
            "country": "PER",
            "name": "C",
            "kind": "steering",
            "status": "active",
            "lead_institution_id": MISSING,
        },
        "lead_institution_id",
        "does not exist",
    ),
    (
        "membership",
        lambda w: {"committee_id": MISSING, "institution_id": w.per_ministry, "role": "member"},
        "committee_id",
        "does not exist",
    ),
    (
        "committee",
        lambda w: {
            "country": "PER",
            "name": "C",
            "kind": "steering",
            "status": "active",
            "lead_institution_id": "Ministerio del Interior",
        },
        "lead_institution_id",
        "UUID",
    ),
    (
        "activity",
        lambda w: {
            "result_id": w.result,
            "title": "A",
            "responsible_agency": "iom",
            "status": "ongoing",
            "implementing_partners": [w.per_ministry, MISSING],
        },
        "implementing_partners",
        "does not exist",
    ),
    # references across countries
    (
        "committee",
        lambda w: {
            "country": "PER",
            "name": "C",
            "kind": "steering",
            "status": "active",
            "lead_institution_id": w.bdi_ministry,
        },
        "lead_institution_id",
        "another country (BDI)",
    ),
    (
        "membership",
        lambda w: {"committee_id": w.committee, "institution_id": w.bdi_ministry, "role": "member"},
        "institution_id",
        "another country (BDI)",
    ),
    (
        "activity",
        lambda w: {
            "result_id": w.result,
            "title": "A",
            "responsible_agency": "iom",
            "status": "ongoing",
            "implementing_partners": [w.un_agency, w.bdi_ministry],
        },
        "implementing_partners",
        "another country",
    ),
    (
        "work_plan",
        lambda w: {
            "country": "BDI",
            "title": "P",
            "start_year": 2025,
            "end_year": 2026,
            "status": "approved",
            "approved_on": "2025-01-01",
            "approved_by_id": w.committee,
        },
        "approved_by_id",
        "another country (PER)",
    ),
    # over-long strings, wrong types, NUL
    ("institution", lambda w: {"country": "PER", "name": LONG, "kind": "ministry"}, "name", "at most 500"),
    (
        "committee",
        lambda w: {"country": "PER", "name": "C", "kind": "steering", "status": "active", "mandate": "m" * 100_001},
        "mandate",
        "at most 100,000",
    ),
    ("institution", lambda w: {"country": "PER", "name": 42, "kind": "ministry"}, "name", "must be text"),
    ("institution", lambda w: {"country": "PER", "name": "Nul\x00byte", "kind": "ministry"}, "name", "NUL"),
    ("contact", lambda w: {"country": "PER", "name": "Ana", "email": "ana at example.org"}, "email", "e-mail"),
    (
        "work_plan",
        lambda w: {"country": "PER", "title": "P", "start_year": 1850, "end_year": 2026, "status": "draft"},
        "start_year",
        "at least 1900",
    ),
    (
        "work_plan",
        lambda w: {"country": "PER", "title": "P", "start_year": 1990, "end_year": 2026, "status": "draft"},
        "end_year",
        "not plausible",
    ),
    (
        "indicator",
        lambda w: {"result_id": w.result, "statement": "S", "measure": "number", "baseline_value": float("nan")},
        "baseline_value",
        "finite",
    ),
]


def _case_id(case: tuple[str, Any, str, str]) -> str:
    return f"{case[0]}.{case[2]}:{case[3]}"


def assert_problem(error: ValidationError, kind: str, field: str, words: str) -> Problem:
    matching = [p for p in error.problems if p.kind == kind and p.field == field]
    assert matching, f"no problem with {kind}.{field} in {error.problems}"
    problem = matching[0]
    assert problem.record_id, "the problem must name the record"
    assert words in problem.reason
    message = str(error)
    assert kind in message and field in message and problem.record_id in message
    return problem


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_bad_values_are_refused_and_nothing_is_saved(
    store: Store,
    actor: Actor,
    world: World,
    snapshot: Callable[[Store], tuple[str, int]],
    case: tuple[str, Callable[[World], dict[str, Any]], str, str],
) -> None:
    kind, build, field, words = case
    before = snapshot(store)
    record_id = str(uuid.uuid4())
    with pytest.raises(ValidationError) as caught, store.session() as session:
        create(session, actor, kind, {"id": record_id, **build(world)})
    problem = assert_problem(caught.value, kind, field, words)
    assert problem.record_id == record_id
    assert snapshot(store) == before
    with store.session() as session:
        assert get(session, kind, record_id) is None


def test_a_record_cannot_be_its_own_parent(store: Store, actor: Actor, world: World) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        update(session, actor, "committee", world.committee, {"parent_id": world.committee})
    assert_problem(caught.value, "committee", "parent_id", "its own parent")


def test_a_reference_to_a_record_in_the_trash_is_refused(store: Store, actor: Actor, world: World) -> None:
    with store.session() as session:
        delete(session, actor, "institution", world.per_ministry)
    with pytest.raises(ValidationError) as caught, store.session() as session:
        create(
            session,
            actor,
            "committee",
            {
                "country": "PER",
                "name": "C",
                "kind": "steering",
                "status": "active",
                "lead_institution_id": world.per_ministry,
            },
        )
    assert_problem(caught.value, "committee", "lead_institution_id", "in the trash")


def test_an_update_is_checked_against_the_stored_values(store: Store, actor: Actor, world: World) -> None:
    with store.session() as session:
        update(
            session,
            actor,
            "capacity_activity",
            world.training,
            {"participants_total": 10, "participants_female": 6, "participants_male": 4},
        )
    with pytest.raises(ValidationError) as caught, store.session() as session:
        update(session, actor, "capacity_activity", world.training, {"participants_other": 1})
    assert_problem(caught.value, "capacity_activity", "participants_total", "add up to 11")
    with store.session() as session:
        assert get(session, "capacity_activity", world.training)["participants_other"] is None


def test_update_of_a_record_that_does_not_exist_is_refused(store: Store, actor: Actor) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        update(session, actor, "institution", MISSING, {"name": "Ghost"})
    assert caught.value.problems[0].record_id == MISSING
    assert "does not exist" in caught.value.problems[0].reason


def test_unknown_kind_is_refused(store: Store, actor: Actor) -> None:
    with pytest.raises(ValidationError, match="not a kind of record"), store.session() as session:
        create(session, actor, "ministry", {"name": "X"})


def test_every_problem_of_a_batch_is_reported_and_nothing_of_it_saved(
    store: Store, actor: Actor, world: World, snapshot: Callable[[Store], tuple[str, int]]
) -> None:
    before = snapshot(store)
    good = str(uuid.uuid4())
    bad_one, bad_two = str(uuid.uuid4()), str(uuid.uuid4())
    batch = {
        "institution": [
            {"id": good, "country": "PER", "name": "Fine institution", "kind": "ministry"},
            {"id": bad_one, "country": "PER", "name": "Bad kind", "kind": "ministery"},
        ],
        "committee": [
            {
                "id": bad_two,
                "country": "PER",
                "name": "Bad date",
                "kind": "steering",
                "status": "active",
                "established_on": "2020-13-45",
            }
        ],
    }
    with pytest.raises(ValidationError) as caught, store.session() as session:
        load(session, actor, batch)
    named = {(p.kind, p.record_id, p.field) for p in caught.value.problems}
    assert ("institution", bad_one, "kind") in named
    assert ("committee", bad_two, "established_on") in named
    assert "more problem" in str(caught.value)
    assert snapshot(store) == before


def test_a_refused_attachment_leaves_no_file_content_behind(store: Store, actor: Actor) -> None:
    data = "Acta de la sesión — ilustrativa".encode()
    digest = hashlib.sha256(data).hexdigest()
    # The session goes on and commits after the refusal: the refused attachment must not ride along.
    with store.session() as session, pytest.raises(ValidationError) as caught:
        attach(session, actor, "meeting", MISSING, "acta.txt", data)
    assert_problem(caught.value, "attachment", "record_id", "does not exist")
    with store.session() as session:
        assert content(session, digest) is None


def test_an_attachment_to_a_record_of_another_kind_name_is_refused(store: Store, actor: Actor, world: World) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        attach(session, actor, "committee", world.per_ministry, "x.txt", b"x")  # an institution, not a committee
    assert_problem(caught.value, "attachment", "record_id", "does not exist")


def test_demo_style_insert_missing_never_overwrites(store: Store, actor: Actor, world: World) -> None:
    with store.session() as session:
        summary = write_records(
            session,
            actor,
            {"institution": [{"id": world.per_ministry, "country": "PER", "name": "Overwritten?", "kind": "agency"}]},
            mode="insert_missing",
        )
        assert summary.unchanged["institution"] == 1
        assert get(session, "institution", world.per_ministry)["name"] == "Ministerio del Interior"


# --- regressions: bugs these tests found, fixed in commit 7439220 ----------------------------


@pytest.mark.parametrize(
    ("kind", "values", "field"),
    [
        ("institution", {"country": "PER", "name": "N", "kind": ["ministry"]}, "kind"),
        ("institution", {"country": "PER", "name": "N", "kind": "ministry", "sector": {"x": 1}}, "sector"),
        (
            "policy",
            {"country": "PER", "title": "P", "kind": "law", "status": "adopted", "themes": [["sgbv"]]},
            "themes",
        ),
        (
            "attachment",
            {"record_kind": ["institution"], "record_id": MISSING, "filename": "f", "sha256": "0" * 64},
            "record_kind",
        ),
    ],
)
def test_a_list_or_object_for_a_code_is_a_validation_error(
    store: Store, actor: Actor, kind: str, values: dict[str, Any], field: str
) -> None:
    # Was: TypeError (unhashable type) escaping the services.
    with pytest.raises(ValidationError) as caught, store.session() as session:
        create(session, actor, kind, values)
    assert caught.value.problems[0].field == field


@pytest.mark.parametrize("spelling", [str.upper, lambda rid: rid.replace("-", "")], ids=["upper", "no-dashes"])
def test_an_existing_id_spelled_differently_is_the_same_record(
    store: Store, actor: Actor, world: World, spelling: Callable[[str], str], dump_of: Callable[..., str]
) -> None:
    # Was: taken for a new record, then sqlite3.IntegrityError on insert.
    record = {"id": spelling(world.un_agency), "name": "International Organization for Migration", "kind": "un_agency"}
    try:
        with store.session() as session:
            summary = load(session, actor, {"institution": [record]})
    except ValidationError:
        return  # refusing it cleanly is acceptable too
    assert summary.updated["institution"] == 1
    assert sum(summary.created.values()) == 0
    with store.session() as session:
        assert get(session, "institution", world.un_agency)["name"] == "International Organization for Migration"
    assert dump_of(store).count('"kind":"un_agency"') == 1, "still one IOM, not two"


def test_one_bad_field_gives_one_problem(store: Store, actor: Actor) -> None:
    # Was: the fields after the bad one were dropped and reported as "is required".
    values = {"country": "PER", "established_on": "2020-13-45", "name": "MTIGM", "kind": "steering", "status": "active"}
    with pytest.raises(ValidationError) as caught, store.session() as session:
        create(session, actor, "committee", values)
    assert [p.field for p in caught.value.problems] == ["established_on"]
    assert "more problem" not in str(caught.value)


def test_a_week_date_is_not_a_date(store: Store, actor: Actor, world: World) -> None:
    # Was: '2025-W01-1' silently stored as 2024-12-30.
    with pytest.raises(ValidationError) as caught, store.session() as session:
        create(session, actor, "meeting", {"committee_id": world.committee, "held_on": "2025-W01-1"})
    assert_problem(caught.value, "meeting", "held_on", "YYYY-MM-DD")


# --- moving a record to another country ---------------------------------------------------------
# References never cross countries, and owned records share their owner's country. Whatever a
# move does, the database must stay loadable from its own dump.


def assert_consistent(
    store: Store, dump_of: Callable[..., str], open_store: Callable[[str], Store], actor: Actor
) -> None:
    """The whole dump loads into an empty database and dumps back the same, and so does each
    country's dump."""
    text = dump_of(store)
    target = open_store(f"copy-{uuid.uuid4().hex[:8]}.db")
    with target.session() as session:
        load(session, actor, parse_dump(text))
    assert dump_of(target) == text
    countries = {r["country"] for rows in parse_dump(text).values() for r in rows} - {None}
    for country in countries:
        part = dump_of(store, country=country)
        target = open_store(f"copy-{country}-{uuid.uuid4().hex[:8]}.db")
        with target.session() as session:
            load(session, actor, parse_dump(part))


def test_moving_a_used_institution_to_another_country_is_refused(
    store: Store, actor: Actor, world: World, open_store: Callable[[str], Store], dump_of: Callable[..., str]
) -> None:
    # Was: allowed, leaving a PER committee led by a BDI institution; the dump could not be loaded.
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
                "lead_institution_id": world.per_ministry,
            },
        )
    with pytest.raises(ValidationError) as caught, store.session() as session:
        update(session, actor, "institution", world.per_ministry, {"country": "BDI"})
    problem = assert_problem(caught.value, "institution", "country", "cannot become BDI")
    assert problem.record_id == world.per_ministry
    assert "committee 'C'" in problem.reason
    with store.session() as session:
        assert get(session, "institution", world.per_ministry)["country"] == "PER"
        assert get(session, "committee", committee)["lead_institution_id"] == world.per_ministry
    assert_consistent(store, dump_of, open_store, actor)


def test_a_committee_with_members_cannot_move_alone(
    store: Store, actor: Actor, world: World, open_store: Callable[[str], Store], dump_of: Callable[..., str]
) -> None:
    # Was: allowed, leaving the memberships in the old country.
    with store.session() as session:
        membership = create(
            session,
            actor,
            "membership",
            {"committee_id": world.committee, "institution_id": world.un_agency, "role": "observer"},
        )
    try:
        with store.session() as session:
            update(session, actor, "committee", world.committee, {"country": "BDI"})
    except ValidationError as error:
        assert_problem(error, "committee", "country", "belong to it")
    with store.session() as session:
        assert (
            get(session, "membership", membership)["country"] == get(session, "committee", world.committee)["country"]
        )
    assert_consistent(store, dump_of, open_store, actor)


def test_an_unused_record_can_move(store: Store, actor: Actor, world: World) -> None:
    with store.session() as session:
        assert update(session, actor, "institution", world.bdi_ministry, {"country": "RWA"}) is True
        assert get(session, "institution", world.bdi_ministry)["country"] == "RWA"


def test_attachments_do_not_end_up_in_another_country_than_their_record(
    store: Store, actor: Actor, world: World, open_store: Callable[[str], Store], dump_of: Callable[..., str]
) -> None:
    with store.session() as session:
        attachment = attach(session, actor, "institution", world.per_ministry, "organigrama.pdf", b"%PDF")
    try:
        with store.session() as session:
            update(session, actor, "institution", world.per_ministry, {"country": "BDI"})
    except ValidationError:
        pass
    with store.session() as session:
        assert (
            get(session, "attachment", attachment)["country"]
            == get(session, "institution", world.per_ministry)["country"]
        )
    assert_consistent(store, dump_of, open_store, actor)


def test_a_rule_is_named_beside_a_bad_field_of_the_same_record(store: Store, actor: Actor) -> None:
    # Was: the dates out of order were reported only once the bad number was fixed.
    values = {
        "country": "PER",
        "title": "Taller regional",
        "start_on": "2025-05-10",
        "end_on": "2025-05-01",
        "participants_female": "many",
    }
    with pytest.raises(ValidationError) as caught, store.session() as session:
        create(session, actor, "capacity_activity", values)
    fields = {p.field: p.reason for p in caught.value.problems}
    assert set(fields) >= {"participants_female", "end_on"}
    assert "before it starts" in fields["end_on"]
    assert "participants_total" not in fields, "a rule over a bad value is not guessed at"


def test_an_id_already_used_by_another_kind_of_record_is_refused(
    store: Store, actor: Actor, world: World, dump_of: Callable[..., str]
) -> None:
    before = dump_of(store)
    policy = {"id": world.committee, "country": "PER", "title": "Política", "kind": "policy", "status": "draft"}
    with pytest.raises(ValidationError) as refused, store.session() as session:
        write_records(session, actor, {"policy": [policy]})
    assert refused.value.problems[0] == Problem(
        "policy", world.committee, "id", "is already the id of a committee record"
    )
    assert dump_of(store) == before


def test_one_id_for_two_kinds_in_one_batch_is_refused(store: Store, actor: Actor) -> None:
    rid = str(uuid.uuid4())
    batch = {
        "institution": [{"id": rid, "country": "PER", "name": "Cancillería", "kind": "ministry"}],
        "policy": [{"id": rid, "country": "PER", "title": "Política", "kind": "policy", "status": "draft"}],
    }
    with pytest.raises(ValidationError, match="is also the id of a new institution record"), store.session() as session:
        write_records(session, actor, batch)
