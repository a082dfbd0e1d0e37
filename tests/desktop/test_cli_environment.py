"""The command line when the environment, not the input, is wrong: a full disk
(during a bulk write, with no room for the import's backup, with no byte free),
as one line on standard error, exit status 4, no traceback, and the database
as it was. Then ``--version`` and the log of what nobody expected.

A full disk is made without one: ``PRAGMA max_page_count`` on every connection
of the store, or a file-size limit (``RLIMIT_FSIZE``) on a real program, whose
free-space query may be told there is no byte left."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import db.store
import desktop
from desktop.cli import EXIT_ENVIRONMENT, _os_failure, main

ROOT = Path(__file__).resolve().parents[2]

#: Runs ``mainstream ARGS`` with files limited to LIMIT bytes (writes beyond fail, as on a full disk)
#: and, if FREE is "0", a disk that says it has no byte free.
LIMITED = """
import resource, shutil, signal, sys
limit, free, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write beyond the limit fails instead of killing
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
if free == "0":
    real = shutil.disk_usage
    shutil.disk_usage = lambda where: real(where)._replace(free=0)
from desktop.cli import main
sys.exit(main(args))
"""


def limited(limit: int, *args: str | Path, free: str = "real") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), free, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def call(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main([*map(str, args)])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_environment_error(code: int, err: str, *words: str) -> None:
    assert code == EXIT_ENVIRONMENT == 4, err
    assert err.startswith("mainstream: ") and err.count("\n") == 1, f"expected one line, got {err!r}"
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


def dump_of(db: Path) -> str:
    completed = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(db), "dump"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        cwd=ROOT,
    )
    return completed.stdout


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


# --- a full disk ----------------------------------------------------------------------------


def test_a_full_disk_during_a_bulk_write_is_one_line_status_4_and_changes_nothing(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump_of(demo_db)
    with sqlite3.connect(demo_db) as raw:
        limit = raw.execute("PRAGMA page_count").fetchone()[0] + 2
    raw.close()
    connect = db.store._on_connect

    def on_a_full_disk(connection: sqlite3.Connection, record: Any) -> None:
        connect(connection, record)
        connection.execute(f"PRAGMA max_page_count={limit}")

    monkeypatch.setattr(db.store, "_on_connect", on_a_full_disk)
    code, out, err = call(capsys, "--db", demo_db, "demo", "--size", "2000")
    assert_environment_error(code, err, str(demo_db), "full", "free some space", "nothing was changed")
    assert out == ""
    monkeypatch.undo()
    assert dump_of(demo_db) == before


def test_import_with_no_room_for_the_backup_leaves_no_partial_backup_and_changes_nothing(
    demo_db: Path, tmp_path: Path, empty_database: Path
) -> None:
    exported = tmp_path / "peru.mxf"
    assert main(["--db", str(demo_db), "export", "-o", str(exported)]) == 0
    receiver = tmp_path / "receiver.db"
    shutil.copyfile(empty_database, receiver)
    backup = tmp_path / "receiver.db.before-import.bak"
    backup.write_bytes(b"the backup of the import before")
    before = dump_of(receiver)
    assert receiver.stat().st_size > 1_000_000
    for free, words in (("0", ("the disk holding it is full", "free some space")), ("real", ("disk I/O error",))):
        result = limited(1_000_000, "--db", receiver, "import", exported, "--trust", free=free)
        assert_environment_error(result.returncode, result.stderr, "could not be backed up", *words)
        assert "nothing was changed" in result.stderr
        assert backup.read_bytes() == b"the backup of the import before"
        assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == [backup.name]
        assert dump_of(receiver) == before


@pytest.mark.parametrize("command", ["dump", "check"])
def test_with_no_byte_free_dump_and_check_say_the_disk_is_full(demo_db: Path, command: str) -> None:
    before = demo_db.read_bytes()
    result = limited(0, "--db", demo_db, command, free="0")
    assert_environment_error(result.returncode, result.stderr, str(demo_db), "the disk holding it is full")
    assert result.stdout == ""
    # With room on the disk the same failure is not called a full disk.
    result = limited(0, "--db", demo_db, command)
    assert_environment_error(result.returncode, result.stderr, "disk I/O error")
    assert "is full" not in result.stderr
    assert demo_db.read_bytes() == before


@pytest.mark.parametrize(
    ("number", "status", "words"),
    [
        (errno.ENOSPC, 4, "the disk is full"),
        (errno.EROFS, 4, "cannot be written"),
        (errno.EIO, 4, "Input/output error"),
        (errno.ENOENT, 2, "No such file"),
        (errno.EACCES, 2, "Permission denied"),
    ],
)
def test_a_file_that_cannot_be_written_says_why_with_its_status(
    capsys: pytest.CaptureFixture[str], number: int, status: int, words: str
) -> None:
    import os

    code = _os_failure(OSError(number, os.strerror(number), "/media/stick/peru.pdf"))
    err = capsys.readouterr().err
    assert code == status
    assert err.startswith("mainstream: /media/stick/peru.pdf: ") and words in err and err.count("\n") == 1


# --- the version and the log ------------------------------------------------------------------


def test_the_version_is_the_installed_distributions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, "--version")
    assert (code, out, err) == (0, f"mainstream {desktop.version()}\n", "")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert desktop.version() == project["version"] == desktop.FALLBACK_VERSION


def test_the_version_as_a_real_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--version"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, f"mainstream {desktop.version()}\n", "")


def test_the_log_names_the_version_and_keeps_an_unexpected_errors_traceback(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import records
    from desktop.logs import active_log_file, stop_logging
    from desktop.paths import log_file

    def broken(_args: Any) -> int:
        raise RuntimeError("a bug in check")

    monkeypatch.setattr(records, "_check", broken)
    try:
        with pytest.raises(RuntimeError, match="a bug in check"):
            main(["--db", str(demo_db), "check"])
        assert active_log_file() == log_file()
        text = log_file().read_text(encoding="utf-8")
    finally:
        stop_logging()
    assert f"Mainstream {desktop.version()} (command line: check)" in text
    assert "Unexpected RuntimeError while running 'mainstream check': a bug in check" in text
    assert "Traceback (most recent call last)" in text and "in broken" in text


def test_a_log_that_cannot_be_written_changes_nothing_for_the_user(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.logs import stop_logging

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder would be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    try:
        code, out, err = call(capsys, "--db", demo_db, "check")
    finally:
        stop_logging()
    assert (code, err) == (0, "")
    assert "no problems found" in out
