"""Causality, not wall clocks: an edit made knowing another wins over it whatever
the clocks said; a version vector claiming changes nobody holds is refused; the
clock of a database carries on from its log, so a machine whose clock is behind
neither loses its later edits nor leaves them out of its files (issue 15)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest
from merge_helpers import Machine

from db.errors import ValidationError
from db.services import changelog, create, delete, get, update
from db.services.formats import format_datetime


def _policy(machine: Machine, title: str = "Política nacional de migración") -> str:
    with machine.session() as session:
        values = {"country": "PER", "title": title, "status": "draft", "kind": "policy"}
        return create(session, machine.actor, "policy", values)


def _retitle(machine: Machine, policy: str, title: str) -> None:
    with machine.session() as session:
        update(session, machine.actor, "policy", policy, {"title": title})


def _title(machine: Machine, policy: str) -> str:
    with machine.session() as session:
        record = get(session, "policy", policy)
        assert record is not None
        return str(record["title"])


@pytest.fixture
def skewed(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[dt.timedelta], None]]:
    """Set this computer's clock off by a given amount, as after a restart (the
    clocks kept in memory are forgotten; each database's is seeded from its log again)."""
    real = changelog.wall_clock

    def set_off(by: dt.timedelta) -> None:
        monkeypatch.setattr(changelog, "wall_clock", lambda: real() + by)
        changelog._CLOCKS.clear()

    yield set_off
    changelog._CLOCKS.clear()


def _lines(package: bytes) -> list[dict]:
    return [orjson.loads(line) for line in package.splitlines() if line.strip()]


def _package(lines: list[dict]) -> bytes:
    return b"".join(orjson.dumps(line) + b"\n" for line in lines)


def test_an_edit_made_after_importing_another_is_stamped_after_it_though_the_clock_is_behind(
    pair: tuple[Machine, Machine], skewed: Callable[[dt.timedelta], None]
) -> None:
    a, b = pair
    policy = _policy(a)
    _retitle(a, policy, "La versión de Amal")
    b.receive(a.package())
    skewed(-dt.timedelta(days=3))  # Bruno's computer restarts three days behind
    _retitle(b, policy, "La versión de Bruno, hecha después")
    a.receive(b.package())
    assert _title(a, policy) == _title(b, policy) == "La versión de Bruno, hecha después"


def test_an_edit_made_knowing_another_wins_though_its_stamp_is_earlier(
    tmp_path: Path, pair: tuple[Machine, Machine]
) -> None:
    """A change stamped earlier than one its author had seen (a machine whose clock was behind,
    before clocks followed the log) still wins over it, on every machine and in any order."""
    a, b = pair
    policy = _policy(a)
    base = a.package()
    b.receive(base)
    _retitle(a, policy, "La versión de Amal")
    from_a = a.package()
    b.receive(from_a)
    _retitle(b, policy, "La versión de Bruno, hecha después")
    lines = _lines(b.package())
    (edit,) = [line for line in lines if line["device"] == b.actor.device and line["action"] == "update"]
    amal_at = edit["seen"][a.actor.device]
    edit["at"] = format_datetime(dt.datetime.fromisoformat(amal_at) - dt.timedelta(hours=6))
    from_b = _package(lines)
    for order in ((from_a, from_b), (from_b, from_a)):
        other = Machine(tmp_path / f"h{len(list(tmp_path.iterdir()))}.db", "Sede")
        other.receive(base)
        for package in order:
            other.receive(package)
        assert _title(other, policy) == "La versión de Bruno, hecha después"
        other.close()


def test_a_delete_claiming_knowledge_of_changes_nobody_holds_is_refused(pair: tuple[Machine, Machine]) -> None:
    """A forger's delete 'knowing' edits twenty hours ahead would beat every honest edit made meanwhile."""
    a, b = pair
    policy = _policy(a)
    b.receive(a.package())
    with a.session() as session:
        delete(session, a.actor, "policy", policy)
    lines = _lines(a.package())
    (deleting,) = [line for line in lines if line["action"] == "delete"]
    ahead = dt.datetime.fromisoformat(deleting["at"]) + dt.timedelta(hours=20)
    deleting["seen"] = {**deleting["seen"], b.actor.device: format_datetime(ahead)}
    before = b.dump()
    with pytest.raises(ValidationError, match="claims its author had a change made on device"):
        b.receive(_package(lines))
    assert b.dump() == before


def test_a_file_for_a_partner_carries_the_changes_made_after_the_clock_went_back(
    pair: tuple[Machine, Machine], skewed: Callable[[dt.timedelta], None]
) -> None:
    a, b = pair
    first = _policy(a, "Primera")
    b.receive(a.package())
    known = b.holdings()
    skewed(-dt.timedelta(days=1))  # Amal's clock is set a day back
    second = _policy(a, "Segunda, hecha con el reloj atrasado")
    report = b.receive(a.package(known=known))
    assert report.created["policy"] == 1
    assert _title(b, second) == "Segunda, hecha con el reloj atrasado"
    assert _title(b, first) == "Primera"
