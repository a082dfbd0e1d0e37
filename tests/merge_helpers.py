"""Installations that exchange operations, for the merge tests (no files: the
container is tested in tests/desktop/exchange)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from db.services import Actor, dump
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
