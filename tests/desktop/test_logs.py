"""The log file is the user's alone (0600), like the database: it names files, partners and
records, and tracebacks quote what was being done."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.logs import log, setup_logging, stop_logging

needs_posix = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common umask, under which a file is made readable by everyone (0644)."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)
        stop_logging()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@needs_posix
@pytest.mark.usefixtures("open_umask")
def test_a_new_log_is_readable_by_its_user_alone(tmp_path: Path) -> None:
    path = tmp_path / "data" / "mainstream.log"
    assert setup_logging("command line: check", path=path) == path
    log.info("a line")
    assert "command line: check" in path.read_text(encoding="utf-8")
    assert _mode(path) == 0o600


@needs_posix
@pytest.mark.usefixtures("open_umask")
def test_a_log_made_readable_by_others_before_is_made_the_users_alone(tmp_path: Path) -> None:
    path = tmp_path / "mainstream.log"
    path.write_text("an older line\n", encoding="utf-8")
    path.chmod(0o644)
    setup_logging("application", path=path)
    log.info("a line")
    assert path.read_text(encoding="utf-8").startswith("an older line\n")  # appended to, not replaced
    assert _mode(path) == 0o600


@needs_posix
@pytest.mark.usefixtures("open_umask")
def test_the_file_begun_when_the_log_is_full_is_the_users_alone_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.logs.MAX_BYTES", 2_000)
    path = tmp_path / "mainstream.log"
    setup_logging("application", path=path)
    for number in range(40):
        log.info("line %d %s", number, "x" * 100)
    older = sorted(tmp_path.glob("mainstream.log.*"))
    assert older, "the log was not rotated"
    assert [_mode(each) for each in (path, *older)] == [0o600] * (1 + len(older))
