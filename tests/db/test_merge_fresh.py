"""The merge's quick way for records never seen here (``merge_fresh``) gives
exactly what the general merge gives: the same records, the same change log
row for row, the same report; and it steps aside whenever it is not sure."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from merge_helpers import Machine
from sqlalchemy import text

from db.errors import ValidationError
from db.services import create, delete, dump, update
from db.services import merge as merge_module
from db.services import sqlite as bulk_module
from db.services.formats import format_datetime, parse_datetime
from db.services.incoming import read_operations
from db.services.merge import merge
from db.services.merge_report import MergeReport
from db.services.operations import Operation

LOG = (
    "SELECT changed_at, user, device, kind, record_id, action, fields, trash_id, country, seen FROM change ORDER BY seq"
)


def _general_only(session: Any, new: Any, contents: Any, created: Any) -> bool:
    return False


@pytest.fixture
def machines(tmp_path: Path) -> Iterator[Callable[[str], Machine]]:
    made: list[Machine] = []

    def make(name: str) -> Machine:
        machine = Machine(tmp_path / f"{name}.db", "Dana")
        made.append(machine)
        return machine

    yield make
    for machine in made:
        machine.close()


def _receive(
    machine: Machine, lines: bytes, contents: dict[str, bytes], *, general: bool, monkeypatch: pytest.MonkeyPatch
) -> tuple[MergeReport, list[Operation]]:
    operations = read_operations(lines)
    with monkeypatch.context() as patch:
        used: list[bool] = []
        real = merge_module.merge_fresh

        def spy(*args: Any) -> bool:
            used.append(real(*args))
            return used[-1]

        patch.setattr(merge_module, "merge_fresh", _general_only if general else spy)
        with machine.session() as session:
            report = merge(session, operations, contents)
    return report, used  # type: ignore[return-value]


def _state(machine: Machine) -> tuple[str, list[tuple[Any, ...]], list[Any]]:
    """Records, log (of this machine's own changes only what and which record) and schema."""
    out = io.StringIO()
    with machine.session() as session:
        dump(session, out)
        log = [
            ("here", *row[3:6]) if row[2] == machine.actor.device else tuple(row) for row in session.execute(text(LOG))
        ]
        schema = list(session.execute(text("SELECT name, sql FROM sqlite_master ORDER BY name")))
    connection = sqlite3.connect(machine.store.path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    return out.getvalue(), log, [tuple(row) for row in schema]


def _same_either_way(
    machines: Callable[[str], Machine],
    lines: bytes,
    contents: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
    *,
    prepare: Callable[[Machine], None] | None = None,
    quick: bool = True,
) -> MergeReport:
    fast, slow = machines("fast"), machines("slow")
    for machine in (fast, slow):
        if prepare:
            prepare(machine)
    fast_report, used = _receive(fast, lines, contents, general=False, monkeypatch=monkeypatch)
    slow_report, _ = _receive(slow, lines, contents, general=True, monkeypatch=monkeypatch)
    assert used == [quick]
    assert fast_report == slow_report
    fast_state, slow_state = _state(fast), _state(slow)
    assert fast_state == slow_state  # records, log row for row, indexes (rebuilt as they were)
    return fast_report


@pytest.mark.parametrize("reindex_from", [1, 10**9], ids=["indexes-rebuilt", "indexes-kept"])
def test_every_kind_created_anew_gives_what_the_general_merge_gives(
    machines: Callable[[str], Machine],
    full_set: Any,
    store: Any,
    monkeypatch: pytest.MonkeyPatch,
    reindex_from: int,
) -> None:
    monkeypatch.setattr(bulk_module, "REINDEX_FROM", reindex_from)
    source = Machine(store.path, "Lucía")
    lines = source.package()
    source.close()
    files = {full_set.values["attachment"]["sha256"]: full_set.attachment_bytes}
    report = _same_either_way(machines, lines, files, monkeypatch)
    assert sum(report.created.values()) == len(lines.splitlines())


def _lines_not_in(package: bytes, earlier: bytes) -> bytes:
    """The operations of ``package`` that ``earlier`` did not carry."""
    old = set(earlier.splitlines())
    return b"".join(line + b"\n" for line in package.splitlines() if line not in old)


def _committee(machine: Machine, name: str = "Comité national") -> str:
    with machine.session() as session:
        return create(
            session,
            machine.actor,
            "committee",
            {"country": "MAR", "name": name, "kind": "steering", "status": "active"},
        )


def test_new_records_referring_to_records_held_here(
    machines: Callable[[str], Machine], monkeypatch: pytest.MonkeyPatch
) -> None:
    origin = machines("origin")
    committee = _committee(origin)
    first = origin.package()
    with origin.session() as session:
        create(
            session,
            origin.actor,
            "meeting",
            {"committee_id": committee, "country": "MAR", "held_on": "2025-03-04", "place": "Rabat"},
        )
    new_only = _lines_not_in(origin.package(known=None), first)
    _same_either_way(machines, new_only, {}, monkeypatch, prepare=lambda m: m.receive(first))


def test_a_record_referring_to_one_in_the_trash_here_is_left_to_the_general_merge(
    machines: Callable[[str], Machine], monkeypatch: pytest.MonkeyPatch
) -> None:
    origin = machines("origin")
    committee = _committee(origin)
    first = origin.package()
    with origin.session() as session:
        create(
            session,
            origin.actor,
            "meeting",
            {"committee_id": committee, "country": "MAR", "held_on": "2025-03-04", "place": "Rabat"},
        )
    new_only = _lines_not_in(origin.package(), first)

    def receive_then_delete(machine: Machine) -> None:
        machine.receive(first)
        with machine.session() as session:
            delete(session, machine.actor, "committee", committee)

    report = _same_either_way(machines, new_only, {}, monkeypatch, prepare=receive_then_delete, quick=False)
    assert report.kept  # the committee came back for the meeting


def test_updates_and_records_held_here_are_left_to_the_general_merge(
    machines: Callable[[str], Machine], monkeypatch: pytest.MonkeyPatch
) -> None:
    origin = machines("origin")
    committee = _committee(origin)
    with origin.session() as session:
        update(session, origin.actor, "committee", committee, {"name": "Comité renommé"})
    _same_either_way(machines, origin.package(), {}, monkeypatch, quick=False)
    first = origin.package()
    create_again = orjson.loads(first.splitlines()[0])  # the same record created again, later (a forger's file)
    create_again["at"] = format_datetime(parse_datetime(create_again["at"]) + dt.timedelta(milliseconds=1))
    again = orjson.dumps(create_again) + b"\n"
    _same_either_way(machines, again, {}, monkeypatch, prepare=lambda m: m.receive(first), quick=False)


def test_a_reference_to_a_record_that_exists_nowhere_is_refused_the_same_way(
    machines: Callable[[str], Machine], monkeypatch: pytest.MonkeyPatch
) -> None:
    origin = machines("origin")
    committee = _committee(origin)
    with origin.session() as session:
        create(
            session,
            origin.actor,
            "meeting",
            {"committee_id": committee, "country": "MAR", "held_on": "2025-03-04", "place": "Rabat"},
        )
    lines = b"".join(line + b"\n" for line in origin.package().splitlines() if b'"committee"' not in line)
    messages = []
    for general in (False, True):
        with pytest.raises(ValidationError) as refused:
            _receive(machines(f"r{general}"), lines, {}, general=general, monkeypatch=monkeypatch)
        messages.append(str(refused.value))
    assert messages[0] == messages[1] and "does not exist" in messages[0]


def test_the_interpreter_switch_interval_is_given_back(
    machines: Callable[[str], Machine], full_set: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sys.getswitchinterval()
    source = Machine(store.path, "Lucía")
    lines = source.package()
    source.close()
    files = {full_set.values["attachment"]["sha256"]: full_set.attachment_bytes}
    _, used = _receive(machines("fresh"), lines, files, general=False, monkeypatch=monkeypatch)
    assert used == [True] and sys.getswitchinterval() == before
