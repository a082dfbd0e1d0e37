"""The command line on a database it cannot write (a write-protected stick, a
read-only share or file): the commands that only read (check, dump, report,
export, conflicts, partners) work and leave the file as it was. ``--db`` goes
before or after the command. A report with nothing to show says so. Errors
name the file the user gave, never the hidden temporary one written first."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import db.inspection
from desktop.cli import main

READING = [
    ["check"],
    ["dump", "--country", "PER"],
    ["report", "--country", "PER", "-o", "{out}/peru.pdf"],
    ["export", "-o", "{out}/all.mxf"],
    ["conflicts"],
    ["partners"],
]


class Run:
    """The command in-process against one database, its output captured."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = main(["--db", str(self.db), *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err


def copy_database(source: Path, destination: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(destination)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def assert_one_line_error(code: int, err: str, *words: str) -> None:
    assert code == 2
    assert err.startswith("mainstream: ") and err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err


def read_only_mount_works(folder: Path) -> bool:
    """Whether ``folder`` can be mounted read-only in a private mount namespace (root, or a user namespace)."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", f"mount --bind -o ro '{folder}' '{folder}' && ! touch '{folder}/.w'"],
        capture_output=True,
        timeout=30,
        check=False,
    )
    return probe.returncode == 0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def stick(tmp_path: Path, demo_template: Path) -> Path:
    """The demo database alone in a folder of its own, as on a stick (no -wal beside it)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    copy_database(demo_template, folder / "mainstream.db")
    return folder / "mainstream.db"


@pytest.fixture
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.mark.parametrize("args", READING, ids=lambda args: args[0])
def test_a_database_that_cannot_be_written_is_read(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    """Write permission taken away (as the tests run as root, the permission check says so)."""
    monkeypatch.setattr(db.inspection, "writable", lambda _path: False)
    before = digest(stick)
    code, out, err = Run(stick, capsys)(*(arg.format(out=tmp_path) for arg in args))
    assert (code, err) == (0, "")
    assert out
    assert digest(stick) == before
    assert sorted(p.name for p in stick.parent.iterdir()) == ["mainstream.db"], "nothing made beside it"


def test_without_read_only_opening_a_command_that_writes_is_refused_in_one_line(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.inspection, "writable", lambda _path: False)
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps({"format": "mainstream-dump", "version": 1, "records": {}}))
    before = digest(stick)
    code, _out, err = Run(stick, capsys)("load", str(dump))
    assert code == 4 and err.count("\n") == 1 and "read-only" in err
    assert digest(stick) == before


def test_on_a_really_read_only_medium_check_dump_and_report_work(stick: Path, tmp_path: Path) -> None:
    folder = stick.parent
    if not read_only_mount_works(folder):
        pytest.skip("cannot mount a folder read-only here (needs unshare and mount privileges)")
    before = digest(stick)
    for args in (["check"], ["dump"], ["report", "--country", "PER", "-o", str(tmp_path / "peru.pdf")]):
        command = " ".join(f"'{arg}'" for arg in [sys.executable, "-m", "desktop.cli", "--db", str(stick), *args])
        result = subprocess.run(
            ["unshare", "--mount", "sh", "-c", f"mount --bind -o ro '{folder}' '{folder}' && exec {command}"],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert (result.returncode, result.stderr) == (0, b""), args
    assert (tmp_path / "peru.pdf").stat().st_size > 0
    assert digest(stick) == before


@pytest.mark.parametrize("command", [["check"], ["dump", "--country", "PER"], ["conflicts"]])
def test_db_is_taken_after_the_command_too(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    capsys.readouterr()
    assert main([command[0], "--db", str(stick), *command[1:]]) == 0
    after = capsys.readouterr().out
    assert main(["--db", str(tmp_path / "elsewhere.db"), command[0], "--db", str(stick), *command[1:]]) == 0
    assert capsys.readouterr().out == after, "given after the command, it wins"
    assert main(["--db", str(stick), *command]) == 0
    assert capsys.readouterr().out == after
    assert not (tmp_path / "elsewhere.db").exists()


def test_a_report_of_a_country_without_records_says_so_and_writes_nothing(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "france.pdf"
    code, _out, err = Run(stick, capsys)("report", "--db", str(stick), "--country", "FRA", "-o", str(out))
    assert_one_line_error(code, err, "FRA", "no records", "nothing to report")
    assert not out.exists()


@pytest.mark.parametrize(
    "args", [["export", "-o", "{target}"], ["report", "--country", "PER", "-o", "{target}"]], ids=["export", "report"]
)
@pytest.mark.parametrize("where", ["a folder", "no such folder"])
def test_errors_name_the_file_given_not_a_temporary_one(
    stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], where: str
) -> None:
    target = tmp_path / "taken.out"
    if where == "a folder":
        target.mkdir()
    else:
        target = tmp_path / "missing" / "taken.out"
    code, _out, err = Run(stick, capsys)(*(arg.format(target=target) for arg in args))
    assert code != 0 and err.count("\n") == 1
    assert str(target) in err or (where == "no such folder" and str(target.parent) in err)
    assert ".partial" not in err and ".part" not in err and f".{target.name}." not in err
