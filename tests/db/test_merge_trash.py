"""A committee deleted on one installation while another edits one of its
members: the edit keeps that member and the committee alive, and what else the
delete sent to the trash stays there, shown under the committee's name and
restorable, the same on every installation whatever order the files came in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from merge_helpers import Committee, Machine, committee_deleted_while_edited

from db.services import get, restore, trash_entries


@pytest.fixture
def three(tmp_path: Path) -> Iterator[tuple[Machine, Machine, Machine]]:
    machines = tuple(Machine(tmp_path / f"{name}.db", name) for name in ("Amal", "Bruno", "Hana"))
    yield machines  # type: ignore[misc]
    for machine in machines:
        machine.close()


def _trash(machine: Machine) -> list[tuple[str, str, str, int, bool]]:
    with machine.session() as session:
        return [(e.kind, e.record_id, e.label, e.records, e.kept) for e in trash_entries(session)]


def _alive(machine: Machine, c: Committee) -> list[bool]:
    with machine.session() as session:
        return [
            get(session, kind, rid) is not None
            for kind, rid in (
                ("committee", c.committee),
                ("membership", c.kept_member),
                ("membership", c.other_member),
                ("meeting", c.meeting),
            )
        ]


@pytest.mark.parametrize("h_first", ["Amal", "Bruno"])
def test_the_rest_of_the_delete_stays_in_the_trash_under_the_committee_everywhere(three, h_first) -> None:
    a, b, h = three
    c = committee_deleted_while_edited(a, b, h)
    from_a, from_b = a.package(), b.package()
    a.receive(from_b)
    b.receive(from_a)
    for package in (from_a, from_b) if h_first == "Amal" else (from_b, from_a):
        h.receive(package)
    expected = [("committee", c.committee, "Comité de pilotage", 2, True)]
    for machine in (a, b, h):
        assert _alive(machine, c) == [True, True, False, False]
        assert _trash(machine) == expected
    assert a.dump() == b.dump() == h.dump()


def test_restoring_that_entry_brings_back_the_rest_and_travels(three) -> None:
    a, b, h = three
    c = committee_deleted_while_edited(a, b, h)
    b.receive(a.package())
    with b.session() as session:
        (entry,) = trash_entries(session)
        assert restore(session, b.actor, entry.trash_id) == 2
    assert _alive(b, c) == [True, True, True, True]
    assert _trash(b) == []
    for machine in (a, h):
        machine.receive(b.package())
        assert _alive(machine, c) == [True, True, True, True]
        assert _trash(machine) == []
    assert a.dump() == b.dump() == h.dump()
    assert a.store.check() == [] and b.store.check() == []
