"""The change log: who changed what, when, on which device, and each field's
old and new value."""

from __future__ import annotations

import datetime as dt

import pytest

from db.errors import ValidationError
from db.services import Actor, create, delete, get, history, restore, update
from db.services.history import creation_values
from db.store import Store

ORIGINAL = {
    "country": "BDI", "title": "Politique nationale de migration", "kind": "policy", "status": "in_drafting",
    "summary": "Lancement de l'élaboration.", "sectors": ["foreign_affairs"], "themes": ["labour_migration"],
    "sdg_targets": ["10.7"], "gcm_objectives": [1, 2],
}  # fmt: skip


@pytest.fixture
def policy(store: Store, actor: Actor) -> str:
    with store.session() as session:
        return create(session, actor, "policy", ORIGINAL)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def test_create_update_delete_restore_each_leave_a_row(store: Store, actor: Actor) -> None:
    started = _utc_now() - dt.timedelta(seconds=1)
    other = Actor("Éric Niyonzima", "b7a1c3e2-0000-4000-8000-000000000002")
    with store.session() as session:
        record = create(session, actor, "good_practice", {"title": "Forum de la diaspora", "theme": "diaspora"})
    with store.session() as session:
        update(session, other, "good_practice", record, {"title": "Forum de la diaspora à Gitega"})
    with store.session() as session:
        trash_id = delete(session, actor, "good_practice", record)
    with store.session() as session:
        restore(session, other, trash_id)
    finished = _utc_now() + dt.timedelta(seconds=1)

    with store.session() as session:
        rows = history(session, record_id=record)
    assert [row.action for row in rows] == ["restore", "delete", "update", "create"]  # newest first
    assert [row.user for row in rows] == ["Éric Niyonzima", "Lucía Quispe", "Éric Niyonzima", "Lucía Quispe"]
    assert [row.device for row in rows] == [other.device, actor.device, other.device, actor.device]
    for row in rows:
        assert row.kind == "good_practice"
        assert started <= row.changed_at <= finished
    assert [r.changed_at for r in rows] == sorted((r.changed_at for r in rows), reverse=True)
    assert rows[0].trash_id == rows[1].trash_id == trash_id


def test_an_update_records_old_and_new_value_of_each_changed_field_only(
    store: Store, actor: Actor, policy: str
) -> None:
    with store.session() as session:
        changed = update(
            session,
            actor,
            "policy",
            policy,
            {
                "status": "draft",
                "themes": ["labour_migration", "diaspora"],
                "summary": ORIGINAL["summary"],
                "title": ORIGINAL["title"] + "  ",  # only whitespace around: no change
            },
        )
    assert changed is True
    with store.session() as session:
        last = history(session, record_id=policy, limit=1)[0]
    assert last.action == "update"
    assert last.fields == {
        "status": ["in_drafting", "draft"],
        "themes": [["labour_migration"], ["labour_migration", "diaspora"]],
    }


def test_a_changed_date_is_logged_as_iso_text(store: Store, actor: Actor) -> None:
    with store.session() as session:
        record = create(session, actor, "good_practice", {"title": "T", "theme": "sgbv", "submitted_on": "2025-01-02"})
        update(session, actor, "good_practice", record, {"submitted_on": dt.date(2025, 2, 3)})
    with store.session() as session:
        assert history(session, record_id=record, limit=1)[0].fields == {"submitted_on": ["2025-01-02", "2025-02-03"]}


def test_an_update_that_changes_nothing_records_nothing(store: Store, actor: Actor, policy: str) -> None:
    with store.session() as session:
        before = len(history(session, record_id=policy))
        stored = get(session, "policy", policy)
    with store.session() as session:
        assert update(session, actor, "policy", policy, {"status": "in_drafting", "gcm_objectives": [1, 2]}) is False
        assert update(session, actor, "policy", policy, stored) is False
        assert update(session, actor, "policy", policy, {"title": " Politique nationale de migration\n"}) is False
    with store.session() as session:
        assert len(history(session, record_id=policy)) == before == 1
        assert get(session, "policy", policy) == stored


def test_a_refused_update_records_nothing(store: Store, actor: Actor, policy: str) -> None:
    with pytest.raises(ValidationError), store.session() as session:
        update(session, actor, "policy", policy, {"status": "forgotten"})
    with store.session() as session:
        assert [row.action for row in history(session, record_id=policy)] == ["create"]


def test_creation_values_rebuild_the_original_after_several_updates(store: Store, actor: Actor, policy: str) -> None:
    edits = [
        {"status": "draft", "summary": "Projet soumis au comité."},
        {"status": "adopted", "gcm_objectives": [1, 2, 21], "summary": None},
        {"title": "Politique nationale de migration (2021)", "themes": [], "sdg_targets": ["10.7", "10.c"]},
        {"summary": "Adoptée le 30 juin 2021.", "sectors": ["foreign_affairs", "interior", "labour"]},
    ]
    for values in edits:
        with store.session() as session:
            assert update(session, actor, "policy", policy, values)
    with store.session() as session:
        current = get(session, "policy", policy)
        rebuilt = creation_values(session, "policy", policy)
        assert len(history(session, record_id=policy)) == 1 + len(edits)
    assert current["summary"] == "Adoptée le 30 juin 2021."
    expected = {
        **{name: None for name in current},
        **ORIGINAL,
        "id": policy,
        "lead_institution_id": None,
        "legal_reference": None,
    }
    assert rebuilt == expected


def test_creation_values_keep_dates_as_iso_text(store: Store, actor: Actor) -> None:
    with store.session() as session:
        record = create(
            session,
            actor,
            "meeting",
            {
                "committee_id": create(
                    session,
                    actor,
                    "committee",
                    {"country": "KGZ", "name": "МРГ", "kind": "task_force", "status": "active"},
                ),
                "held_on": "2026-03-05",
                "place": "Бишкек",
            },
        )
        update(session, actor, "meeting", record, {"held_on": "2026-03-06", "place": "Ош"})
        update(session, actor, "meeting", record, {"online": True})
    with store.session() as session:
        rebuilt = creation_values(session, "meeting", record)
    assert rebuilt["held_on"] == "2026-03-05"
    assert rebuilt["place"] == "Бишкек"
    assert rebuilt["online"] is False
    assert rebuilt["country"] == "KGZ"


def test_history_filters_by_kind_user_and_time(store: Store, actor: Actor) -> None:
    other = Actor("Aline Ndayishimiye", actor.device)
    with store.session() as session:
        first = create(session, actor, "institution", {"country": "BDI", "name": "ISTEEBU", "kind": "agency"})
    middle = _utc_now()
    with store.session() as session:
        second = create(session, other, "good_practice", {"country": "BDI", "title": "T", "theme": "diaspora"})
        update(session, other, "institution", first, {"acronym": "ISTEEBU"})
    with store.session() as session:
        assert {r.record_id for r in history(session, user="Aline Ndayishimiye")} == {first, second}
        assert [r.action for r in history(session, kind="institution")] == ["update", "create"]
        assert {r.record_id for r in history(session, since=middle)} == {first, second}
        assert [r.record_id for r in history(session, until=middle)] == [first]
        assert len(history(session, limit=2)) == 2
        assert history(session, user="nobody") == []
