"""Installations that exchange operations, for the merge tests (no files: the
container is tested in tests/desktop/exchange)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.services import Actor, create, delete, dump, update
from db.services.incoming import read_operations
from db.services.merge import merge
from db.services.merge_report import MergeReport
from db.services.operations import Holdings, holdings
from db.services.outgoing import Outgoing
from db.store import Store


class Machine:
    def __init__(self, path: Path, user: str) -> None:
        self.store = Store.open(path)
        self.actor = Actor(user, self.store.device_id())

    def package(self, countries: list[str] | None = None, known: Holdings | None = None) -> bytes:
        """What an exchange file would carry: every operation a peer knowing ``known`` may lack."""
        with self.store.session() as session:
            return b"".join(Outgoing(session, countries, known).chunks())

    def receive(self, lines: bytes) -> MergeReport:
        operations = read_operations(lines)
        with self.store.session() as session:
            return merge(session, operations, {})

    def holdings(self) -> Holdings:
        with self.store.session() as session:
            return holdings(session)

    def dump(self) -> str:
        out = io.StringIO()
        with self.store.session() as session:
            dump(session, out)
        return out.getvalue()

    def session(self) -> Any:
        return self.store.session()

    def close(self) -> None:
        self.store.close()


@dataclass
class Committee:
    committee: str
    kept_member: str
    other_member: str
    meeting: str


def committee_deleted_while_edited(a: Machine, b: Machine, h: Machine) -> Committee:
    """A deletes the committee; B, not knowing, changes one membership's role."""
    with a.session() as session:
        ministry = create(session, a.actor, "institution", {"country": "MAR", "name": "Ministère", "kind": "ministry"})
        values = {"country": "MAR", "name": "Comité de pilotage", "kind": "steering", "status": "active"}
        committee = create(session, a.actor, "committee", values)
        kept, other = (
            create(session, a.actor, "membership", {"committee_id": committee, "institution_id": ministry, "role": r})
            for r in ("chair", "member")
        )
        meeting = create(session, a.actor, "meeting", {"committee_id": committee, "held_on": "2026-03-02"})
    b.receive(a.package())
    h.receive(a.package())
    with a.session() as session:
        delete(session, a.actor, "committee", committee)
    with b.session() as session:
        update(session, b.actor, "membership", kept, {"role": "observer"})
    return Committee(committee, kept, other, meeting)
