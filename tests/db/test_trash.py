"""Deleting sends a record and everything it owns to the trash, as one entry;
restoring brings all of it back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from db.errors import ValidationError
from db.services import (
    Actor,
    attach,
    content,
    create,
    delete,
    get,
    history,
    load,
    parse_dump,
    restore,
    trash_entries,
    update,
)
from db.store import Store


@dataclass
class CommitteeWithEverything:
    committee: str
    ministry: str
    un_agency: str
    owned: dict[str, list[str]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return 1 + sum(len(ids) for ids in self.owned.values())


@pytest.fixture
def mtigm(store: Store, actor: Actor) -> CommitteeWithEverything:
    with store.session() as session:
        rree = create(
            session,
            actor,
            "institution",
            {"country": "PER", "name": "Ministerio de Relaciones Exteriores", "acronym": "RREE", "kind": "ministry"},
        )
        iom = create(session, actor, "institution", {"name": "IOM", "kind": "un_agency"})
        committee = create(
            session,
            actor,
            "committee",
            {
                "country": "PER",
                "name": "Mesa de Trabajo Intersectorial para la Gestión Migratoria",
                "acronym": "MTIGM",
                "kind": "inter_ministerial",
                "status": "active",
                "lead_institution_id": rree,
            },
        )
        c = CommitteeWithEverything(committee, rree, iom)
        c.owned["membership"] = [
            create(session, actor, "membership", {"committee_id": committee, "institution_id": who, "role": role})
            for who, role in ((rree, "chair"), (iom, "observer"))
        ]
        c.owned["meeting"] = [
            create(session, actor, "meeting", {"committee_id": committee, "held_on": on, "place": "Lima"})
            for on in ("2025-03-12", "2025-10-08")
        ]
        c.owned["attendance"] = [
            create(session, actor, "attendance", {"meeting_id": meeting, "institution_id": who})
            for meeting in c.owned["meeting"]
            for who in (rree, iom)
        ]
        c.owned["decision"] = [
            create(
                session,
                actor,
                "decision",
                {
                    "meeting_id": c.owned["meeting"][0],
                    "text": text,
                    "status": "open",
                    "responsible_institution_id": rree,
                },
            )
            for text in ("Aprobar el plan de trabajo conjunto.", "Conformar un grupo técnico de datos.")
        ]
        c.owned["attachment"] = [
            attach(session, actor, "meeting", c.owned["meeting"][0], "acta.txt", b"Acta de la sesion"),
            attach(session, actor, "committee", committee, "decreto.txt", b"Supreme Decree No. 067-2011-PCM"),
            attach(session, actor, "decision", c.owned["decision"][1], "nota.txt", b"Nota"),
        ]
    return c


def _all_ids(c: CommitteeWithEverything) -> list[tuple[str, str]]:
    return [("committee", c.committee)] + [(kind, rid) for kind, ids in c.owned.items() for rid in ids]


def test_deleting_a_committee_sends_everything_it_owns_to_the_trash(
    store: Store, actor: Actor, mtigm: CommitteeWithEverything, dump_of: Callable[..., str]
) -> None:
    with store.session() as session:
        trash_id = delete(session, actor, "committee", mtigm.committee)

    with store.session() as session:
        for kind, record_id in _all_ids(mtigm):
            assert get(session, kind, record_id) is None, f"{kind} should be in the trash"
        # What the committee used stays.
        assert get(session, "institution", mtigm.ministry) is not None
        assert get(session, "institution", mtigm.un_agency) is not None
        entries = trash_entries(session)
    text = dump_of(store)
    assert mtigm.committee not in text and "MTIGM" not in text

    assert len(entries) == 1
    entry = entries[0]
    assert entry.trash_id == trash_id
    assert (entry.kind, entry.record_id) == ("committee", mtigm.committee)
    assert entry.label == "Mesa de Trabajo Intersectorial para la Gestión Migratoria"
    assert entry.deleted_by == actor.user
    assert entry.records == mtigm.count == 14


def test_restore_brings_everything_back_as_it_was(
    store: Store, actor: Actor, mtigm: CommitteeWithEverything, dump_of: Callable[..., str]
) -> None:
    before = dump_of(store)
    with store.session() as session:
        trash_id = delete(session, actor, "committee", mtigm.committee)
    with store.session() as session:
        assert restore(session, actor, trash_id) == mtigm.count
    with store.session() as session:
        for kind, record_id in _all_ids(mtigm):
            assert get(session, kind, record_id) is not None, kind
        assert trash_entries(session) == []
        assert content(session, get(session, "attachment", mtigm.owned["attachment"][0])["sha256"]) == (
            b"Acta de la sesion"
        )
    assert dump_of(store) == before
    assert store.check() == []


def test_restoring_twice_is_refused(store: Store, actor: Actor, mtigm: CommitteeWithEverything) -> None:
    with store.session() as session:
        trash_id = delete(session, actor, "committee", mtigm.committee)
        restore(session, actor, trash_id)
    with pytest.raises(ValidationError, match="not in the trash"), store.session() as session:
        restore(session, actor, trash_id)


def test_deleting_a_used_institution_is_refused_naming_who_uses_it(
    store: Store, actor: Actor, mtigm: CommitteeWithEverything, dump_of: Callable[..., str]
) -> None:
    before = dump_of(store)
    with pytest.raises(ValidationError) as caught, store.session() as session:
        delete(session, actor, "institution", mtigm.ministry)
    message = str(caught.value)
    assert mtigm.ministry in message
    assert "still used by" in message
    assert "committee 'Mesa de Trabajo Intersectorial para la Gestión Migratoria' (lead_institution_id)" in message
    assert "membership" in message and "decision" in message
    assert dump_of(store) == before
    with store.session() as session:
        assert trash_entries(session) == []


def test_an_institution_becomes_deletable_once_its_users_are_gone(
    store: Store, actor: Actor, mtigm: CommitteeWithEverything
) -> None:
    with store.session() as session:
        delete(session, actor, "committee", mtigm.committee)
    with store.session() as session:
        delete(session, actor, "institution", mtigm.ministry)
        assert get(session, "institution", mtigm.ministry) is None


def test_a_list_reference_also_keeps_an_institution_from_the_trash(store: Store, actor: Actor) -> None:
    with store.session() as session:
        partner = create(
            session,
            actor,
            "institution",
            {"country": "MAR", "name": "مجلس الجالية المغربية بالخارج", "kind": "diaspora"},
        )
        plan = create(
            session,
            actor,
            "work_plan",
            {"country": "MAR", "title": "Plan", "start_year": 2025, "end_year": 2027, "status": "draft"},
        )
        result = create(
            session, actor, "result", {"work_plan_id": plan, "kind": "outcome", "code": "1", "statement": "S"}
        )
        create(
            session,
            actor,
            "activity",
            {
                "result_id": result,
                "title": "Plateforme de la diaspora",
                "responsible_agency": "undp",
                "status": "ongoing",
                "implementing_partners": [partner],
            },
        )
    with (
        pytest.raises(ValidationError, match=r"activity 'Plateforme de la diaspora' \(implementing_partners\)"),
        store.session() as session,
    ):
        delete(session, actor, "institution", partner)


def test_a_record_in_the_trash_cannot_be_updated(store: Store, actor: Actor, mtigm: CommitteeWithEverything) -> None:
    with store.session() as session:
        delete(session, actor, "committee", mtigm.committee)
    for kind, record_id, values in (
        ("committee", mtigm.committee, {"status": "dormant"}),
        ("meeting", mtigm.owned["meeting"][0], {"place": "Cusco"}),
    ):
        with pytest.raises(ValidationError) as caught, store.session() as session:
            update(session, actor, kind, record_id, values)
        problem = caught.value.problems[0]
        assert (problem.kind, problem.record_id) == (kind, record_id)
        assert "in the trash" in problem.reason


def test_deleting_twice_is_refused(store: Store, actor: Actor, mtigm: CommitteeWithEverything) -> None:
    with store.session() as session:
        delete(session, actor, "committee", mtigm.committee)
    with pytest.raises(ValidationError, match="already in the trash"), store.session() as session:
        delete(session, actor, "committee", mtigm.committee)


def test_a_meeting_cannot_come_back_while_its_committee_is_in_the_trash(
    store: Store, actor: Actor, mtigm: CommitteeWithEverything
) -> None:
    meeting = mtigm.owned["meeting"][1]
    with store.session() as session:
        meeting_trash = delete(session, actor, "meeting", meeting)
        committee_trash = delete(session, actor, "committee", mtigm.committee)
        entries = trash_entries(session)
    assert [(e.kind, e.records) for e in entries] == [("committee", 11), ("meeting", 3)]  # newest first
    with pytest.raises(ValidationError, match="restore that first"), store.session() as session:
        restore(session, actor, meeting_trash)
    with store.session() as session:
        restore(session, actor, committee_trash)
        restore(session, actor, meeting_trash)
        assert get(session, "meeting", meeting) is not None


def test_delete_and_restore_are_logged_for_every_record_under_one_trash_id(
    store: Store, actor: Actor, mtigm: CommitteeWithEverything
) -> None:
    with store.session() as session:
        trash_id = delete(session, actor, "committee", mtigm.committee)
        restore(session, actor, trash_id)
    with store.session() as session:
        deletes = [r for r in history(session) if r.action == "delete"]
        restores = [r for r in history(session) if r.action == "restore"]
    assert {(r.kind, r.record_id) for r in deletes} == set(_all_ids(mtigm))
    assert {(r.kind, r.record_id) for r in restores} == set(_all_ids(mtigm))
    assert {r.trash_id for r in deletes + restores} == {trash_id}


# --- restoring after the world moved on ----------------------------------------------------------


def _assert_dump_loads(
    store: Store, actor: Actor, open_store: Callable[[str], Store], dump_of: Callable[..., str]
) -> None:
    text = dump_of(store)
    target = open_store("copy.db")
    with target.session() as session:
        load(session, actor, parse_dump(text))
    assert dump_of(target) == text


def test_a_restored_meeting_shares_its_committees_new_country(
    store: Store, actor: Actor, open_store: Callable[[str], Store], dump_of: Callable[..., str]
) -> None:
    with store.session() as session:
        kept = create(
            session,
            actor,
            "committee",
            {"country": "PER", "name": "Comisión", "kind": "task_force", "status": "active"},
        )
        meeting = create(session, actor, "meeting", {"committee_id": kept, "held_on": "2026-05-14"})
        meeting_trash = delete(session, actor, "meeting", meeting)
    with store.session() as session:
        update(session, actor, "committee", kept, {"country": "BDI"})  # nothing live belongs to it now
    try:
        with store.session() as session:
            restore(session, actor, meeting_trash)
    except ValidationError:
        return  # refusing the restore is a fine answer too
    with store.session() as session:
        assert get(session, "meeting", meeting)["country"] == "BDI"
    _assert_dump_loads(store, actor, open_store, dump_of)


def test_a_restored_record_does_not_refer_across_countries(
    store: Store,
    actor: Actor,
    mtigm: CommitteeWithEverything,
    open_store: Callable[[str], Store],
    dump_of: Callable[..., str],
) -> None:
    with store.session() as session:
        trash_id = delete(session, actor, "committee", mtigm.committee)
    with store.session() as session:
        update(session, actor, "institution", mtigm.ministry, {"country": "BDI"})  # no live user is left
    try:
        with store.session() as session:
            restore(session, actor, trash_id)
    except ValidationError as error:
        assert "BDI" in str(error) or "country" in str(error)
        return
    _assert_dump_loads(store, actor, open_store, dump_of)
