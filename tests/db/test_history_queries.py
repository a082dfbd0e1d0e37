"""The queries behind the History page: change numbers by filter, a page of
changes with their records' labels, people, trash groups and named references."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import update as sql_update

from db.models import Change
from db.services import Actor, create, delete, restore, update
from db.services.history import (
    ChangeFilter,
    change_details,
    change_lines,
    change_seqs,
    change_users,
    record_labels,
    reference_labels,
    trash_group,
)
from db.store import Store

OTHER = Actor("Éric Niyonzima", "b7a1c3e2-0000-4000-8000-000000000002")


@dataclass
class Log:
    ministry: str  # BDI institution
    unesco: str  # a global institution
    policy: str  # BDI, created by actor, updated by OTHER
    committee: str  # PER, deleted with its meeting by OTHER, then restored by actor
    meeting: str
    attendance: str
    trash_id: str


@pytest.fixture
def log(store: Store, actor: Actor) -> Log:
    with store.session() as session:
        ministry = create(
            session,
            actor,
            "institution",
            {
                "country": "BDI",
                "name": "Ministère des Affaires étrangères",
                "kind": "ministry",
            },
        )
        unesco = create(session, actor, "institution", {"name": "UNESCO", "kind": "un_agency"})
        policy = create(
            session,
            actor,
            "policy",
            {
                "country": "BDI",
                "title": "Politique nationale de migration",
                "kind": "policy",
                "status": "draft",
            },
        )
        committee = create(
            session,
            actor,
            "committee",
            {
                "country": "PER",
                "name": "Mesa de Trabajo Intersectorial",
                "kind": "technical_working_group",
                "status": "active",
            },
        )
        meeting = create(session, actor, "meeting", {"committee_id": committee, "held_on": "2025-03-12"})
        lead = create(session, actor, "institution", {"country": "PER", "name": "Cancillería", "kind": "ministry"})
        attendance = create(session, actor, "attendance", {"meeting_id": meeting, "institution_id": lead})
    with store.session() as session:
        update(session, OTHER, "policy", policy, {"status": "adopted", "lead_institution_id": ministry})
    with store.session() as session:
        trash_id = delete(session, OTHER, "committee", committee)
    with store.session() as session:
        restore(session, actor, trash_id)
    return Log(ministry, unesco, policy, committee, meeting, attendance, trash_id)


def _lines(store: Store, where: ChangeFilter) -> list[tuple[str, str, str]]:
    with store.session() as session:
        seqs = change_seqs(session, where)
        lines = change_lines(session, seqs)
    return [(lines[s].action, lines[s].kind, lines[s].label) for s in seqs]


def test_changes_come_newest_first_with_their_records_labels(store: Store, log: Log) -> None:
    lines = _lines(store, ChangeFilter())
    assert len(lines) == 7 + 1 + 3 + 3  # creates, the update, a delete and a restore of three records each
    assert lines[0][0] == "restore"
    assert ("update", "policy", "Politique nationale de migration") in lines
    assert lines[-1] == ("create", "institution", "Ministère des Affaires étrangères")


def test_a_record_without_a_label_of_its_own_is_named_after_what_it_links(store: Store, log: Log) -> None:
    with store.session() as session:
        labels = record_labels(session, "attendance", [log.attendance])
    assert labels == {log.attendance: "2025-03-12 · Cancillería"}


def test_filters_by_kind_record_person_and_time(store: Store, actor: Actor, log: Log) -> None:
    assert [a for a, _k, _l in _lines(store, ChangeFilter(kind="policy"))] == ["update", "create"]
    assert [a for a, _k, _l in _lines(store, ChangeFilter(record_id=log.committee))] == [
        "restore", "delete", "create",
    ]  # fmt: skip
    assert {a for a, _k, _l in _lines(store, ChangeFilter(user=OTHER.user))} == {"update", "delete"}
    with store.session() as session:
        session.execute(sql_update(Change).where(Change.action == "create").values(changed_at=dt.datetime(2024, 5, 1)))
    assert {a for a, _k, _l in _lines(store, ChangeFilter(until=dt.datetime(2024, 5, 2)))} == {"create"}
    assert "create" not in {a for a, _k, _l in _lines(store, ChangeFilter(since=dt.datetime(2024, 5, 2)))}
    assert _lines(store, ChangeFilter(user="nobody")) == []


def test_country_keeps_the_changes_of_that_countrys_records_even_deleted_ones(store: Store, log: Log) -> None:
    per = _lines(store, ChangeFilter(country="PER"))
    assert {kind for _a, kind, _l in per} == {"committee", "meeting", "attendance", "institution"}
    assert {action for action, _k, _l in per} == {"create", "delete", "restore"}
    bdi = _lines(store, ChangeFilter(country="BDI"))
    assert {label for _a, _k, label in bdi} == {"Politique nationale de migration", "Ministère des Affaires étrangères"}
    assert "UNESCO" not in {label for _a, _k, label in _lines(store, ChangeFilter(country="BDI"))}  # global
    assert _lines(store, ChangeFilter(country="BDI", kind="committee")) == []


def test_label_text_finds_records_by_title_name_or_code_literally(store: Store, log: Log) -> None:
    found = _lines(store, ChangeFilter(label_text="politique"))
    assert [a for a, _k, _l in found] == ["update", "create"]
    assert _lines(store, ChangeFilter(label_text="%")) == []
    assert _lines(store, ChangeFilter(label_text="Mesa", country="BDI")) == []


def test_people_in_the_log_are_listed_once_in_order(store: Store, actor: Actor, log: Log) -> None:
    with store.session() as session:
        assert change_users(session) == sorted({actor.user, OTHER.user})


def test_a_trash_group_lists_what_one_delete_or_restore_moved(store: Store, log: Log) -> None:
    with store.session() as session:
        deleted = trash_group(session, log.trash_id, "delete")
        restored = trash_group(session, log.trash_id, "restore")
    assert deleted[0] == ("committee", log.committee, "Mesa de Trabajo Intersectorial")  # what the user deleted
    assert {(kind, rid) for kind, rid, _label in deleted} == {(kind, rid) for kind, rid, _label in restored}
    assert len(deleted) == 3


def test_references_are_named_by_their_records_labels(store: Store, log: Log) -> None:
    with store.session() as session:
        labels = reference_labels(session, "activity", [("implementing_partners", [log.ministry, log.unesco])])
        assert labels == {log.ministry: "Ministère des Affaires étrangères", log.unesco: "UNESCO"}
        assert reference_labels(session, "policy", [("title", log.ministry), ("lead_institution_id", None)]) == {}


def test_details_of_each_action(store: Store, log: Log) -> None:
    with store.session() as session:
        seqs = change_seqs(session, ChangeFilter(record_id=log.policy))
        lines = change_lines(session, seqs)
        changed, created = (lines[s] for s in seqs)
        details = change_details(session, changed)
        assert changed.fields == {"status": ["draft", "adopted"], "lead_institution_id": [None, log.ministry]}
        assert details.labels == {log.ministry: "Ministère des Affaires étrangères"}
        first = change_details(session, created).values
        assert first["status"] == "draft"
        assert first["lead_institution_id"] is None
        deleted = next(
            line
            for line in change_lines(session, change_seqs(session, ChangeFilter(kind="committee"))).values()
            if line.action == "delete"
        )
        assert len(change_details(session, deleted).group) == 3


def test_a_country_programme_is_named_by_its_phase_and_country(store: Store, actor: Actor) -> None:
    with store.session() as session:
        programme = create(session, actor, "country_programme", {"country": "LKA", "phase": "Phase III"})
        assert record_labels(session, "country_programme", [programme]) == {programme: "Phase III · LKA"}


def test_a_record_in_the_trash_keeps_its_label_in_the_log(store: Store, actor: Actor) -> None:
    with store.session() as session:
        practice = create(session, actor, "good_practice", {"title": "Forum de la diaspora", "theme": "diaspora"})
    with store.session() as session:
        delete(session, actor, "good_practice", practice)
    assert _lines(store, ChangeFilter(record_id=practice)) == [
        ("delete", "good_practice", "Forum de la diaspora"),
        ("create", "good_practice", "Forum de la diaspora"),
    ]
