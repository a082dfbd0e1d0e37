"""Each unit of work notes what it changed, so the pages that show it can read it again."""

from __future__ import annotations

from db.services import create, delete, restore, update
from db.services.changes import take
from db.services.conflicts import resolve_conflict


def _policy(machine, title: str = "Politique nationale de migration") -> str:
    with machine.session() as session:
        return create(
            session, machine.actor, "policy", {"country": "MAR", "title": title, "status": "draft", "kind": "policy"}
        )


def test_an_edit_notes_its_kind_its_record_and_the_history(pair) -> None:
    a, _b = pair
    policy = _policy(a)
    with a.session() as session:
        update(session, a.actor, "policy", policy, {"title": "سياسة الهجرة"})
        changes = take(session)
    assert changes.kinds == {"policy"} and changes.records == {policy}
    assert changes.history and not changes.trash and not changes.conflicts
    assert changes.touches(["policy", "committee"]) and not changes.touches(["committee"])


def test_a_delete_and_a_restore_note_the_trash_and_everything_they_took(pair) -> None:
    a, _b = pair
    with a.session() as session:
        committee = create(
            session,
            a.actor,
            "committee",
            {"country": "MAR", "name": "Comité de pilotage", "kind": "steering", "status": "active"},
        )
        meeting = create(session, a.actor, "meeting", {"committee_id": committee, "held_on": "2026-01-12"})
    with a.session() as session:
        trash_id = delete(session, a.actor, "committee", committee)
        deleted = take(session)
    with a.session() as session:
        restore(session, a.actor, trash_id)
        restored = take(session)
    for changes in (deleted, restored):
        assert changes.trash and changes.kinds == {"committee", "meeting"}
        assert changes.records == {committee, meeting}


def test_a_merge_notes_what_it_brought_and_the_conflicts_it_kept(pair) -> None:
    a, b = pair
    policy = _policy(a)
    b.receive(a.package())
    with a.session() as session:
        update(session, a.actor, "policy", policy, {"title": "Version d'Amal"})
    with b.session() as session:
        update(session, b.actor, "policy", policy, {"title": "Versión de Bruno"})
    with b.session() as session:
        from db.services.incoming import read_operations
        from db.services.merge import merge

        merge(session, read_operations(a.package()), {})
        merged = take(session)
    assert merged.kinds == {"policy"} and merged.conflicts
    with b.session() as session:
        resolve_conflict(session, b.actor, "policy", policy, "title", "Versión de Bruno")
        settled = take(session)
    assert settled.conflicts and settled.kinds == {"policy"}


def test_a_read_notes_nothing(pair) -> None:
    a, _b = pair
    _policy(a)
    with a.session() as session:
        import io

        from db.services import dump

        dump(session, io.StringIO())
        assert not take(session)
