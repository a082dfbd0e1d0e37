"""The merge: two or three installations exchanging operations end with the
same records, lose nobody's work, and show every clash."""

from __future__ import annotations

from merge_helpers import Machine

from db.services import create, delete, get, update
from db.services.conflicts import list_conflicts, resolve_conflict


def _policy(machine: Machine, title: str = "Politique nationale de migration") -> str:
    with machine.session() as session:
        values = {"country": "MAR", "title": title, "status": "draft", "kind": "policy"}
        return create(session, machine.actor, "policy", values)


def _both_retitle(a: Machine, b: Machine) -> str:
    """A policy both hold, then retitled on each without knowing of the other: a clash."""
    policy = _policy(a)
    b.receive(a.package())
    with a.session() as session:
        update(session, a.actor, "policy", policy, {"title": "Version d'Amal"})
    with b.session() as session:
        update(session, b.actor, "policy", policy, {"title": "Versión de Bruno"})
    return policy


def test_a_new_installation_receives_everything_and_dumps_the_same(pair) -> None:
    a, b = pair
    policy = _policy(a, "سياسة الهجرة 🌍")
    report = b.receive(a.package())
    assert report.created["policy"] == 1
    assert b.dump() == a.dump()
    with b.session() as session:
        assert get(session, "policy", policy)["title"] == "سياسة الهجرة 🌍"


def test_the_same_file_twice_changes_nothing_and_says_so(pair) -> None:
    a, b = pair
    _policy(a)
    lines = a.package()
    b.receive(lines)
    before = b.dump()
    again = b.receive(lines)
    assert again.nothing_to_do and again.already_held == again.received > 0
    assert b.dump() == before


def test_edits_of_different_fields_both_survive_without_conflict(pair) -> None:
    a, b = pair
    policy = _policy(a)
    b.receive(a.package())
    with a.session() as session:
        update(session, a.actor, "policy", policy, {"title": "Stratégie nationale"})
    with b.session() as session:
        update(session, b.actor, "policy", policy, {"status": "adopted"})
    b_report = b.receive(a.package())
    a.receive(b.package())
    assert not b_report.conflicts
    assert a.dump() == b.dump()
    with a.session() as session:
        record = get(session, "policy", policy)
        assert (record["title"], record["status"]) == ("Stratégie nationale", "adopted")
        assert list_conflicts(session) == []


def test_edits_of_the_same_field_are_a_conflict_with_one_winner_and_the_other_value_kept(pair) -> None:
    a, b = pair
    policy = _both_retitle(a, b)
    report = b.receive(a.package())
    a.receive(b.package())
    assert report.conflicts["policy"] == 1
    assert a.dump() == b.dump()
    for machine in (a, b):
        with machine.session() as session:
            (conflict,) = list_conflicts(session)
            values = [version.value for version in conflict.versions]
            assert sorted(values) == ["Version d'Amal", "Versión de Bruno"]
            assert get(session, "policy", policy)["title"] == values[0]  # the winner is in force
            assert {version.user for version in conflict.versions} == {"Amal", "Bruno"}


def test_a_resolution_travels_and_settles_the_conflict_everywhere(pair) -> None:
    a, b = pair
    policy = _both_retitle(a, b)
    b.receive(a.package())
    a.receive(b.package())
    with a.session() as session:
        (conflict,) = list_conflicts(session)
        loser = conflict.versions[1].value
        resolve_conflict(session, a.actor, "policy", policy, "title", loser)
        assert list_conflicts(session) == []
    b.receive(a.package())
    with b.session() as session:
        assert list_conflicts(session) == []
        assert get(session, "policy", policy)["title"] == loser
    assert a.dump() == b.dump()


def test_keeping_the_value_in_force_also_settles_the_conflict_everywhere(pair) -> None:
    a, b = pair
    policy = _both_retitle(a, b)
    b.receive(a.package())
    a.receive(b.package())
    with b.session() as session:
        (conflict,) = list_conflicts(session)
        resolve_conflict(session, b.actor, "policy", policy, "title", conflict.versions[0].value)
    a.receive(b.package())
    with a.session() as session:
        assert list_conflicts(session) == []
    assert a.dump() == b.dump()


def test_an_edit_made_without_knowledge_of_a_delete_brings_the_record_back(pair) -> None:
    a, b = pair
    policy = _policy(a)
    b.receive(a.package())
    with a.session() as session:
        delete(session, a.actor, "policy", policy)
    with b.session() as session:
        update(session, b.actor, "policy", policy, {"status": "adopted"})
    report = b.receive(a.package())
    a.receive(b.package())
    assert report.kept and "deleted by Amal" in report.kept[0]
    assert a.dump() == b.dump()
    with a.session() as session:
        assert get(session, "policy", policy)["status"] == "adopted"


def test_a_delete_made_knowing_every_edit_removes_the_record_everywhere(pair) -> None:
    a, b = pair
    policy = _policy(a)
    b.receive(a.package())
    with b.session() as session:
        delete(session, b.actor, "policy", policy)
    report = a.receive(b.package())
    assert report.deleted["policy"] == 1
    with a.session() as session:
        assert get(session, "policy", policy) is None
    assert a.dump() == b.dump()


def test_a_record_added_under_a_parent_deleted_elsewhere_keeps_the_parent(pair) -> None:
    a, b = pair
    with a.session() as session:
        values = {"country": "MAR", "name": "Comité de pilotage", "kind": "steering", "status": "active"}
        committee = create(session, a.actor, "committee", values)
    b.receive(a.package())
    with a.session() as session:
        delete(session, a.actor, "committee", committee)
    with b.session() as session:
        meeting = create(session, b.actor, "meeting", {"committee_id": committee, "held_on": "2026-03-02"})
    a.receive(b.package())
    b.receive(a.package())
    assert a.dump() == b.dump()
    with a.session() as session:
        assert get(session, "committee", committee) is not None
        assert get(session, "meeting", meeting) is not None
    assert a.store.check() == [] and b.store.check() == []


def test_two_valid_edits_that_break_a_rule_together_are_kept_and_shown_to_fix(pair) -> None:
    a, b = pair
    with a.session() as session:
        values = {
            "country": "MAR",
            "title": "Plan de travail 2025–2027",
            "start_year": 2025,
            "end_year": 2027,
            "status": "draft",
        }
        plan = create(session, a.actor, "work_plan", values)
    b.receive(a.package())
    with a.session() as session:
        update(session, a.actor, "work_plan", plan, {"start_year": 2027})
    with b.session() as session:
        update(session, b.actor, "work_plan", plan, {"end_year": 2025})
    report = b.receive(a.package())  # not refused: that would block the exchange with A for ever
    a.receive(b.package())
    assert [(p.kind, p.record_id, p.field) for p in report.to_fix] == [("work_plan", plan, "end_year")]
    assert a.dump() == b.dump()
    with b.session() as session:
        assert (get(session, "work_plan", plan)["start_year"], get(session, "work_plan", plan)["end_year"]) == (
            2027,
            2025,
        )
        update(session, b.actor, "work_plan", plan, {"end_year": 2028})  # put right like any record


def test_a_record_moved_while_another_added_under_it_elsewhere_is_kept_and_shown_to_fix(pair) -> None:
    a, b = pair
    with a.session() as session:
        values = {"country": "MAR", "name": "Comité de pilotage", "kind": "steering", "status": "active"}
        committee = create(session, a.actor, "committee", values)
    b.receive(a.package())
    with a.session() as session:
        update(session, a.actor, "committee", committee, {"country": "TUN"})
    with b.session() as session:
        meeting = create(session, b.actor, "meeting", {"committee_id": committee, "held_on": "2026-03-02"})
    report = b.receive(a.package())  # A did not know of the meeting: not wrong in itself
    assert [(p.kind, p.record_id, p.field) for p in report.to_fix] == [("meeting", meeting, "country")]
    with b.session() as session:
        assert get(session, "committee", committee)["country"] == "TUN"


def test_participation_counted_beyond_the_headline_by_two_edits_is_kept_and_shown_to_fix(pair) -> None:
    """A raises a training's participation by one institution while B lowers its headline: each edit
    passed the editor's check alone; together they count more people than the headline."""
    a, b = pair
    with a.session() as session:
        training = create(
            session,
            a.actor,
            "capacity_activity",
            {
                "country": "PER",
                "title": "Taller de gobernanza migratoria",
                "kind": "training",
                "participants_female": 10,
                "participants_male": 10,
            },
        )
        institution = create(
            session, a.actor, "institution", {"name": "Cancillería", "country": "PER", "kind": "ministry"}
        )
        part = create(
            session,
            a.actor,
            "capacity_participation",
            {"capacity_activity_id": training, "institution_id": institution, "female": 5, "male": 5, "other": 0},
        )
    b.receive(a.package())
    with a.session() as session:
        update(session, a.actor, "capacity_participation", part, {"female": 9})
    with b.session() as session:
        update(session, b.actor, "capacity_activity", training, {"participants_female": 6})
    report = b.receive(a.package())
    a.receive(b.package())
    assert a.dump() == b.dump()
    assert ("capacity_participation", part) in {(p.kind, p.record_id) for p in report.to_fix}, report.to_fix
