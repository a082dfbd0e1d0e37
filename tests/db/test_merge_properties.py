"""The merge's promises, tried on random histories: three installations edit,
delete and resolve offline, and pass files in random orders — some lost, some
delivered twice, some late. Whatever happens, once every change has reached
everyone they hold the same records (dump byte for byte), the same conflicts and
the same history; a file seen before changes nothing; references hold."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_helpers import Machine
from sqlalchemy import select

from db.errors import ValidationError
from db.models import Change
from db.services import create, delete, update
from db.services.conflicts import list_conflicts, resolve_conflict
from db.services.kinds import kind_names, spec_for
from db.services.operations import Holdings
from db.services.transfer import live_records

USERS = ("Amal", "Bruno", "Chandani")
TITLES = ("Politique nationale", "سياسة الهجرة", "ශ්‍රී ලංකා ප්‍රතිපත්තිය", "Миграционная политика", "Política 🌍")
STATUSES = ("draft", "consultation", "adopted", "implementation")

machine = st.integers(0, 2)
step = st.one_of(
    st.tuples(st.just("create"), machine, st.sampled_from(TITLES)),
    st.tuples(st.just("edit"), machine, st.integers(0, 5), st.sampled_from(("title", "status")), st.integers(0, 4)),
    st.tuples(st.just("meeting"), machine, st.integers(0, 5)),
    st.tuples(st.just("delete"), machine, st.integers(0, 5)),
    st.tuples(st.just("export"), machine, st.integers(0, 2), st.booleans()),
    st.tuples(st.just("deliver"), st.integers(0, 30), machine),
    st.tuples(st.just("resolve"), machine, st.booleans()),
)


@dataclass
class File:
    sender: int
    lines: bytes
    holdings: Holdings


class World:
    def __init__(self, folder: Path, template: Path) -> None:
        self.machines = []
        for index, user in enumerate(USERS):
            path = folder / f"{index}.db"
            shutil.copyfile(template, path)
            self.machines.append(Machine(path, user))
        #: what each machine last heard each other one holds
        self.heard: list[dict[int, Holdings]] = [{}, {}, {}]
        self.files: list[File] = []
        self.committees: list[str] = []
        first = self.machines[0]
        with first.session() as session:  # what they all start from: records to edit and delete
            for title in TITLES[:3]:
                create(
                    session,
                    first.actor,
                    "policy",
                    {"country": "MAR", "title": title, "kind": "policy", "status": "draft"},
                )
            self.committees.append(
                create(
                    session,
                    first.actor,
                    "committee",
                    {"country": "MAR", "name": "Comité", "kind": "steering", "status": "active"},
                )
            )
        self.sync_everyone()

    def records(self, index: int, kind: str) -> list[str]:
        with self.machines[index].session() as session:
            return [row["id"] for row in live_records(session, kind)]

    def run(self, action: tuple[Any, ...]) -> None:
        name, who, *rest = action
        if name == "deliver":
            if self.files:
                self.deliver(self.files[who % len(self.files)], rest[0])
            return
        m = self.machines[who]
        try:
            with m.session() as session:
                self._act(session, m, who, name, rest)
        except ValidationError:
            pass  # e.g. editing what is in the trash here: the user would be told, nothing changes

    def _act(self, session: Any, m: Machine, who: int, name: str, rest: list[Any]) -> None:
        if name == "create":
            values = {"country": "MAR", "title": rest[0], "kind": "policy", "status": "draft"}
            create(session, m.actor, "policy", values)
        elif name in ("edit", "delete", "meeting"):
            policies = [row["id"] for row in live_records(session, "policy")]
            committees = [row["id"] for row in live_records(session, "committee")]
            if name == "meeting":
                if committees:
                    create(
                        session,
                        m.actor,
                        "meeting",
                        {"committee_id": committees[rest[0] % len(committees)], "held_on": "2026-05-04"},
                    )
                return
            pool = policies + committees if name == "delete" else policies
            if not pool:
                return
            target = pool[rest[0] % len(pool)]
            if name == "delete":
                delete(session, m.actor, "committee" if target in committees else "policy", target)
            else:
                field, choice = rest[1], rest[2]
                value = TITLES[choice] if field == "title" else STATUSES[choice % len(STATUSES)]
                update(session, m.actor, "policy", target, {field: value})
        elif name == "export":
            peer, incremental = rest
            known = self.heard[who].get(peer) if incremental else None
            self.files.append(File(who, m.package(known=known), m.holdings()))
        elif name == "resolve":
            conflicts = list_conflicts(session)
            if conflicts:
                conflict = conflicts[0]
                choice = conflict.versions[-1 if rest[0] else 0].value
                resolve_conflict(session, m.actor, conflict.kind, conflict.record_id, conflict.field, choice)

    def deliver(self, file: File, to: int) -> None:
        if file.sender == to:
            return  # one's own file is refused before any merge (desktop.exchange)
        self.machines[to].receive(file.lines)
        self.heard[to][file.sender] = file.holdings

    def sync_everyone(self) -> None:
        for _round in range(2):
            for sender in range(3):
                for receiver in range(3):
                    if sender != receiver:
                        self.deliver(File(sender, self.machines[sender].package(), {}), receiver)

    def log(self, index: int) -> set[tuple[Any, ...]]:
        with self.machines[index].session() as session:
            return set(session.execute(select(Change.device, Change.changed_at, Change.record_id, Change.action)))

    def conflicts(self, index: int) -> list[tuple[Any, ...]]:
        with self.machines[index].session() as session:
            return [(c.record_id, c.field, c.versions) for c in list_conflicts(session)]

    def close(self) -> None:
        for m in self.machines:
            m.close()


def _references_hold(m: Machine) -> None:
    with m.session() as session:
        live = {kind: {row["id"]: row for row in live_records(session, kind)} for kind in kind_names()}
    for kind, rows in live.items():
        for ref in spec_for(kind).refs:
            for row in rows.values():
                targets = row[ref.name] if ref.many else [row[ref.name]]
                for target in targets:
                    assert target is None or target in live[ref.ref or ""], f"{kind}.{ref.name} -> {target}"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(steps=st.lists(step, min_size=5, max_size=30))
def test_three_installations_converge_whatever_the_order_losses_and_repeats(empty_database: Path, steps) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = World(Path(folder), empty_database)
        try:
            for action in steps:
                world.run(action)
            world.sync_everyone()
            dumps = [m.dump() for m in world.machines]
            assert dumps[0] == dumps[1] == dumps[2]
            assert world.log(0) == world.log(1) == world.log(2)  # every change, hence every value, kept
            assert world.conflicts(0) == world.conflicts(1) == world.conflicts(2)
            for m in world.machines:
                _references_hold(m)
                assert m.store.check() == []
            # every file ever written, delivered again, changes nothing
            for file in world.files:
                receiver = (file.sender + 1) % 3
                report = world.machines[receiver].receive(file.lines)
                assert report.nothing_to_do
            assert world.machines[0].dump() == dumps[0]
        finally:
            world.close()
