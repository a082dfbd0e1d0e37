"""Reading a file's operations quickly must not change what is accepted: lines
cut as before, every problem found, and operations held already skipped
safely (only their key is kept, and the merge refuses them if they are not
held after all)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_helpers import Machine

from db.errors import ValidationError
from db.services import create, update
from db.services import operations as operations_module
from db.services.formats import parse_datetime
from db.services.incoming import _line_spans, read_operations
from db.services.merge import merge
from db.services.operations import Held


@given(st.lists(st.sampled_from([b"a", b"{}", b" ", b"\n", b"\r", b"\r\n", b"\x0b", b"b"]), max_size=30))
def test_lines_are_cut_as_splitlines_cuts_them(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    assert [data[start:end] for start, end in _line_spans(data)] == data.splitlines()


@pytest.mark.parametrize(
    "text",
    [
        "2026-01-01 00:00:00",
        "2026-1-01 00:00:00.000000",
        "2026-01-01T00:00:00.000000",
        "2026-02-30 00:00:00.000000",
        "2026-01-01 00:00:00.000000+00:00",
        " 2026-01-01 00:00:00.000000",
        "２０２６-01-01 00:00:00.000000",
    ],
)
def test_only_stamps_in_the_stored_form_are_moments(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


def test_a_stamp_in_the_stored_form_is_read_exactly() -> None:
    assert parse_datetime("2026-11-23 16:49:09.863769") == dt.datetime(2026, 11, 23, 16, 49, 9, 863769)


def _policies(machine: Machine, count: int) -> list[str]:
    with machine.session() as session:
        return [
            create(
                session,
                machine.actor,
                "policy",
                {"country": "MAR", "title": f"Politique {n}", "status": "draft", "kind": "policy"},
            )
            for n in range(count)
        ]


def test_operations_held_already_are_skipped_unchecked_and_the_rest_checked(pair) -> None:
    a, b = pair
    ids = _policies(a, 3)
    b.receive(a.package())
    with a.session() as session:
        update(session, a.actor, "policy", ids[0], {"title": "Nouvelle politique"})
    lines = a.package()
    with b.session() as session:
        operations = read_operations(lines, held=Held(session))
    assert [op.checked for op in operations] == [False, False, False, True]
    assert [op.fields for op in operations[:3]] == [{}, {}, {}]
    assert operations[3].fields == {"title": ["Politique 0", "Nouvelle politique"]}
    with b.session() as session:
        report = merge(session, operations, {})
    assert (report.received, report.already_held, report.changed["policy"]) == (4, 3, 1)
    assert b.dump() == a.dump()


def test_a_bad_value_in_a_change_not_held_is_refused_even_among_held_ones(pair) -> None:
    a, b = pair
    _policies(a, 2)
    lines = a.package()
    b.receive(lines)
    raws = [orjson.loads(line) for line in lines.splitlines()]
    raws.append(dict(raws[0], at="2026-01-01 00:00:00.000000", fields={"title": 42}))
    hostile = b"\n".join(orjson.dumps(raw) for raw in raws)
    with b.session() as session, pytest.raises(ValidationError, match="title"):
        read_operations(hostile, held=Held(session))


def test_a_change_read_as_held_that_is_not_held_here_is_refused(pair, tmp_path: Path) -> None:
    """Read against one database, merged into another: the merge refuses rather than use unchecked values."""
    a, b = pair
    _policies(a, 2)
    lines = a.package()
    b.receive(lines)
    with b.session() as session:
        operations = read_operations(lines, held=Held(session))
    other = Machine(tmp_path / "c.db", "Chandani")
    with other.session() as session, pytest.raises(ValidationError, match="read it again"):
        merge(session, operations, {})
    assert other.dump() == Machine(tmp_path / "d.db", "Dora").dump()
    other.close()


def test_a_change_repeated_in_a_file_is_refused_held_or_not(pair) -> None:
    a, b = pair
    _policies(a, 1)
    lines = a.package()
    with b.session() as session, pytest.raises(ValidationError, match="appears twice"):
        read_operations(lines + lines, held=Held(session))
    b.receive(lines)
    with b.session() as session, pytest.raises(ValidationError, match="appears twice"):
        read_operations(lines + lines, held=Held(session))


@pytest.mark.parametrize("look_up_by_record", [0, 10**9], ids=["whole-log", "by-record"])
def test_held_changes_are_found_both_ways_and_a_stale_answer_is_never_used(
    pair, monkeypatch: pytest.MonkeyPatch, look_up_by_record: int
) -> None:
    monkeypatch.setattr(operations_module, "LOOK_UP_BY_RECORD", look_up_by_record)
    a, b = pair
    ids = _policies(a, 3)
    b.receive(a.package())
    with a.session() as session:
        update(session, a.actor, "policy", ids[1], {"title": "Nouvelle politique"})
    lines = a.package()
    with b.session() as session:
        operations = read_operations(lines, held=Held(session))
    with b.session() as session:  # the log changes between reading the file and merging it
        update(session, b.actor, "policy", ids[2], {"status": "adopted"})
    with b.session() as session:
        report = merge(session, operations, {})
    assert (report.received, report.already_held, report.changed["policy"]) == (4, 3, 1)
    with b.session() as session:
        operations = read_operations(lines, held=Held(session))
        again = merge(session, operations, {})
    assert again.nothing_to_do and again.already_held == 4


@pytest.fixture(scope="module")
def sample_lines(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    machine = Machine(tmp_path_factory.mktemp("sample") / "a.db", "Amal")
    _policies(machine, 4)
    lines = machine.package()
    machine.close()
    return lines


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.integers(0, 5000), max_size=12), crlf=st.booleans())
def test_chunks_cut_anywhere_read_as_the_whole(sample_lines: bytes, cuts: list[int], crlf: bool) -> None:
    lines = sample_lines.replace(b"\n", b"\r\n") + b"\n\n  \n" if crlf else sample_lines
    edges = sorted({0, len(lines), *(cut % (len(lines) + 1) for cut in cuts)})
    chunks = [lines[start:end] for start, end in itertools.pairwise(edges)]
    now = dt.datetime(2100, 1, 1)
    whole = [op.to_json() for op in read_operations(lines, now)]
    assert [op.to_json() for op in read_operations(iter(chunks), now)] == whole


def test_a_line_longer_than_any_record_is_refused_before_the_rest_of_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("db.services.incoming.MAX_LINE_BYTES", 1000)
    read = 0

    def chunks():  # a file of one line of 200,000 bytes
        nonlocal read
        for _ in range(2000):
            read += 1
            yield b"x" * 100

    with pytest.raises(ValidationError, match="a change is over 0 MB long"):
        read_operations(chunks())
    assert read <= 11  # 1,000 bytes and one chunk more, not the rest of the file


def test_a_long_line_in_one_piece_is_refused_naming_its_change(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("db.services.incoming.MAX_LINE_BYTES", 1000)
    with pytest.raises(ValidationError, match=r"change #2 is over 0 MB long \(1,001 bytes"):
        read_operations(b"{}\n" + b"x" * 1001 + b"\n")


def test_more_changes_than_the_cap_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("db.services.incoming.MAX_CHANGES", 3)
    with pytest.raises(ValidationError, match="holds more than 3 changes"):
        read_operations([b"{}\n{}\n", b"{}\n{}\n"])
