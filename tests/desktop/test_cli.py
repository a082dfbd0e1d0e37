"""The ``mainstream`` command: demo, dump, load and check, in-process and as a
real program. The contract (docs/cli.md): status 0 when done; on bad input
status 2, one line on standard error starting ``mainstream: ``, no traceback,
and the database unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main

DEMO_COUNTRIES = ("PER", "BDI", "LKA", "MAR", "KGZ")
#: Kinds every demo country has records of.
CORE_KINDS = (
    "institution", "contact", "country_programme", "committee", "membership", "meeting", "attendance", "decision",
    "policy", "policy_status_change", "work_plan", "result", "activity", "indicator", "indicator_period",
    "capacity_activity", "capacity_participation", "knowledge_product",
)  # fmt: skip
SINHALA_SRI_LANKA = "\u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf"  # with its zero-width joiner


class Run:
    """Runs the command in-process against one database and captures its output."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = main(["--db", str(self.db), *args])
        except SystemExit as exc:  # argparse refuses bad arguments this way
            code = exc.code if isinstance(exc.code, int) else 2
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    def dump(self, *args: str) -> str:
        code, out, err = self("dump", *args)
        assert (code, err) == (0, "")
        return out


def records_of(text: str) -> dict[str, list[dict[str, Any]]]:
    return json.loads(text)["records"]


def count(text: str) -> Counter[str]:
    return Counter({kind: len(rows) for kind, rows in records_of(text).items()})


def assert_one_line_error(code: int, err: str, *words: str) -> str:
    assert code == 2
    assert err.endswith("\n") and err.count("\n") == 1, f"expected one line on stderr, got {err!r}"
    assert err.startswith("mainstream: ")
    assert "Traceback" not in err
    for word in words:
        assert word in err
    return err


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the demo loaded, made once for this module."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def copy_database(source: Path, destination: Path) -> None:
    """A consistent copy, including what still sits in the source's write-ahead log."""
    src, dst = sqlite3.connect(source), sqlite3.connect(destination)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.db"
    copy_database(demo_template, path)
    return path


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(tmp_path / "cli.db", capsys)


@pytest.fixture
def run_demo(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(demo_db, capsys)


# --- demo --------------------------------------------------------------------------------


def test_demo_loads_every_kind_for_the_five_countries(run: Run) -> None:
    code, out, err = run("demo")
    assert (code, err) == (0, "")
    assert "records added" in out and "Illustrative" in out

    records = records_of(run.dump())
    assert all(records[kind] for kind in records), "the demo has records of every kind"
    for iso in DEMO_COUNTRIES:
        kinds = {kind for kind, rows in records.items() if any(r["country"] == iso for r in rows)}
        assert set(CORE_KINDS) <= kinds, f"{iso} lacks {set(CORE_KINDS) - kinds}"

    names = {r["name"]: r["country"] for r in records["institution"]}
    assert names["Ministerio de Relaciones Exteriores"] == "PER"
    assert names["Ministère des Affaires étrangères et de la Coopération au développement"] == "BDI"
    assert any(SINHALA_SRI_LANKA in name and iso == "LKA" for name, iso in names.items())
    assert any(name.startswith("وزارة الشؤون الخارجية") and iso == "MAR" for name, iso in names.items())
    assert names["Министерство иностранных дел"] == "KGZ"
    assert names["International Organization for Migration"] is None  # global

    peru = next(c for c in records["committee"] if c.get("acronym") == "MTIGM")
    assert peru["legal_basis"] == "Supreme Decree No. 067-2011-PCM"
    assert all("Illustrative" in p["md_priorities"] for p in records["country_programme"])

    code, out, _ = run("check")
    assert code == 0 and "no problems found" in out


def test_demo_twice_adds_nothing(run_demo: Run) -> None:
    before = run_demo.dump()
    code, out, _ = run_demo("demo")
    assert code == 0
    assert ": 0 records added," in out
    assert run_demo.dump() == before


def test_demo_never_overwrites_what_the_user_changed(run_demo: Run, tmp_path: Path) -> None:
    records = records_of(run_demo.dump())
    institution = dict(records["institution"][0])
    institution["name"] = "Renamed by the user"
    edited = tmp_path / "edit.json"
    edited.write_text(
        json.dumps({"format": "mainstream-dump", "version": 1, "records": {"institution": [institution]}}),
        encoding="utf-8",
    )
    assert run_demo("load", str(edited))[0] == 0
    assert run_demo("demo")[0] == 0
    assert "Renamed by the user" in run_demo.dump()


def test_demo_with_size_adds_activities_spread_over_countries(run_demo: Run) -> None:
    before = run_demo.dump()
    code, out, _ = run_demo("demo", "--size", "200")
    assert code == 0
    after = run_demo.dump()
    added = count(after) - count(before)
    assert added["activity"] == 200
    assert added["result"] >= 20 and added["indicator"] >= 20 and added["indicator_period"] >= 20
    assert added["capacity_activity"] >= 10
    assert f": {sum(added.values()):,} records added" in out

    new = [r for r in records_of(after)["activity"] if r["id"] not in before]
    per_country = Counter(r["country"] for r in new)
    assert len(per_country) >= 10, "spread over many countries"
    assert set(DEMO_COUNTRIES) <= set(per_country)
    assert max(per_country.values()) - min(per_country.values()) <= 1, "spread evenly"
    assert len({r["code"] for r in new}) == 200

    assert run_demo("check")[0] == 0
    code, out, _ = run_demo("demo", "--size", "200")
    assert ": 0 records added," in out
    assert run_demo.dump() == after


# --- dump and load ----------------------------------------------------------------------------


def test_dump_load_dump_is_byte_identical(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    source, target = tmp_path / "source.db", tmp_path / "target.db"
    assert main(["--db", str(source), "demo", "--size", "50"]) == 0
    capsysbinary.readouterr()
    assert main(["--db", str(source), "dump"]) == 0
    first = capsysbinary.readouterr().out
    dump_file = tmp_path / "dump.json"
    dump_file.write_bytes(first)

    assert main(["--db", str(target), "load", str(dump_file)]) == 0
    loaded = capsysbinary.readouterr().out.decode("utf-8")
    total = sum(count(first.decode("utf-8")).values())
    assert f": {total:,} created, 0 updated, 0 unchanged." in loaded

    assert main(["--db", str(target), "dump"]) == 0
    second = capsysbinary.readouterr().out
    assert hashlib.sha256(second).hexdigest() == hashlib.sha256(first).hexdigest()
    assert SINHALA_SRI_LANKA.encode("utf-8") in second


def test_dump_of_one_country(run_demo: Run, tmp_path: Path) -> None:
    text = run_demo.dump("--country", "per")
    records = records_of(text)
    assert {r["country"] for rows in records.values() for r in rows} == {"PER", None}
    assert "Mesa de Trabajo Intersectorial para la Gestión Migratoria" in text
    assert "Politique nationale de migration" not in text and "وزارة" not in text
    # What a focal point sends is complete on its own.
    path = tmp_path / "per.json"
    path.write_text(text, encoding="utf-8")
    other = Run(tmp_path / "per.db", run_demo.capsys)
    assert other("load", str(path))[0] == 0
    assert other.dump() == text


def test_loading_the_same_file_twice_creates_nothing_the_second_time(run_demo: Run, run: Run, tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    path.write_text(run_demo.dump(), encoding="utf-8")
    code, first, _ = run("load", str(path))
    assert code == 0 and ": 0 created" not in first
    code, second, _ = run("load", str(path))
    assert code == 0
    assert "Loaded" in second and ": 0 created, 0 updated," in second


def test_load_from_standard_input(run_demo: Run, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    text = run_demo.dump("--country", "KGZ")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
    code, _, err = run("load", "-")
    assert (code, err) == (0, "")
    assert run.dump() == text


def test_a_file_with_one_bad_record_is_rejected_whole(run_demo: Run, tmp_path: Path) -> None:
    before = run_demo.dump()
    records = records_of(before)
    records["institution"].append({"id": "0d9a6c1e-5b4f-4e3a-8c2d-1f0e9d8c7b6a", "name": "New", "kind": "donor"})
    records["good_practice"][0]["title"] = "A change that must not be saved"
    bad = records["meeting"][1]
    bad["held_on"] = "2025-02-30"
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps({"format": "mainstream-dump", "version": 1, "records": records}, ensure_ascii=False),
        encoding="utf-8",
    )

    code, out, err = run_demo("load", str(path))
    assert_one_line_error(code, err, f"meeting {bad['id']}", "'held_on'", "'2025-02-30' is not a date")
    assert out == ""
    assert run_demo.dump() == before


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


BAD_FILES = {
    "garbage": (b"this is not json", "is not valid JSON"),
    "empty": (b"", "is not valid JSON"),
    "not-utf8": (b'{"format":"mainstream-dump","version":1,"records":{"institution":[{"name":"Caf\xe9"}]}}', "UTF-8"),
    "utf16": ('{"format":"mainstream-dump"}'.encode("utf-16"), "UTF-8"),
    "wrong-format": ('{"format":"something-else","version":1,"records":{}}', "not a Mainstream dump"),
    "wrong-version": ('{"format":"mainstream-dump","version":7,"records":{}}', "version 7"),
    "no-records": ('{"format":"mainstream-dump","version":1}', 'no "records"'),
    "pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "is not UTF-8 text"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_files_that_are_not_dumps_are_refused_cleanly(run_demo: Run, tmp_path: Path, name: str) -> None:
    data, words = BAD_FILES[name]
    path = _write(tmp_path / f"{name}.json", data)
    before = run_demo.dump()
    code, out, err = run_demo("load", str(path))
    assert_one_line_error(code, err, str(path), words)
    assert out == ""
    assert run_demo.dump() == before


def test_load_of_a_missing_file_or_a_folder_is_refused(run: Run, tmp_path: Path) -> None:
    assert_one_line_error(*run("load", str(tmp_path / "nowhere.json"))[::2], "nowhere.json", "no such file")
    assert_one_line_error(*run("load", str(tmp_path))[::2], "no such file")


def test_load_reports_records_created_updated_and_unchanged(run_demo: Run, tmp_path: Path) -> None:
    records = records_of(run_demo.dump("--country", "MAR"))
    records["good_practice"] = [dict(records["good_practice"][0], title="Migration Governance Index (MGI)")]
    new = {
        "id": "6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "country": "MAR",
        "name": "المندوبية الجهوية",
        "kind": "agency",
    }
    records["institution"].append(new)
    path = _write(
        tmp_path / "mar.json",
        json.dumps({"format": "mainstream-dump", "version": 1, "records": records}, ensure_ascii=False),
    )
    code, out, _ = run_demo("load", str(path))
    unchanged = sum(len(rows) for rows in records.values()) - 2
    assert code == 0
    assert f": 1 created, 1 updated, {unchanged:,} unchanged." in out
    assert "المندوبية الجهوية" in run_demo.dump()


# --- the database file --------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notes = _write(tmp_path / "notes.txt", "Acta de la sesión\n")
    good_dump = _write(tmp_path / "empty.json", '{"format":"mainstream-dump","version":1,"records":{}}')
    before = notes.read_bytes()
    for command in (["dump"], ["check"], ["demo"], ["load", str(good_dump)]):
        code, _, err = Run(notes, capsys)(*command)
        assert_one_line_error(code, err, str(notes), "not a Mainstream database")
    assert notes.read_bytes() == before


def test_a_newer_database_is_refused_and_left_alone(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(demo_db)
    conn.execute("UPDATE alembic_version SET version_num = '0042'")
    conn.commit()
    conn.close()
    before = demo_db.read_bytes()
    code, _, err = Run(demo_db, capsys)("dump")
    assert_one_line_error(code, err, str(demo_db), "newer version of Mainstream", "0042")
    assert demo_db.read_bytes() == before


def test_check_lists_problems_and_exits_1(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(demo_db)  # foreign keys are not enforced on this plain connection
    conn.execute("UPDATE decision SET meeting_id = 'gone' WHERE rowid = (SELECT min(rowid) FROM decision)")
    conn.commit()
    conn.close()
    code, out, err = Run(demo_db, capsys)("check")
    assert code == 1
    assert "decision" in out and "meeting" in out
    assert "1 problem(s) found" in err


# --- as a real program ------------------------------------------------------------------------


def mainstream(*args: str, db: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(db), *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01garbage\xff", b'{"format":"mainstream-dump","version":1,"records":{"institution":[{"id":"x"}]}}'],
    ids=["garbage", "bad-id"],
)
def test_bad_input_as_a_real_program_gives_one_line_and_no_traceback(
    demo_db: Path, tmp_path: Path, data: bytes
) -> None:
    path = _write(tmp_path / "bad.json", data)
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    result = mainstream("load", str(path), db=demo_db)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2
    assert err.count("\n") == 1 and err.startswith("mainstream: "), err
    assert "Traceback" not in err
    assert result.stdout == b""
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before


def test_dump_piped_into_load_as_real_programs(demo_db: Path, tmp_path: Path) -> None:
    dumped = mainstream("dump", db=demo_db)
    assert dumped.returncode == 0 and dumped.stderr == b""
    loaded = mainstream("load", "-", db=tmp_path / "copy.db", stdin=dumped.stdout)
    assert loaded.returncode == 0, loaded.stderr
    assert b" created, 0 updated, 0 unchanged." in loaded.stdout
    again = mainstream("dump", db=tmp_path / "copy.db")
    assert again.stdout == dumped.stdout


# --- regressions: bugs these tests found, fixed in commit 7439220 ------------------------------


def test_a_list_where_a_code_belongs_is_bad_input_not_a_crash(demo_db: Path, tmp_path: Path) -> None:
    # Was: a TypeError traceback.
    row = {"id": "5f0ae7c3-7f53-4c52-9c58-8a4d5c1b1a11", "name": "X", "kind": ["ministry"]}
    path = _write(
        tmp_path / "bad.json",
        json.dumps({"format": "mainstream-dump", "version": 1, "records": {"institution": [row]}}),
    )
    result = mainstream("load", str(path), db=demo_db)
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert_one_line_error(result.returncode, err, "institution 5f0ae7c3-7f53-4c52-9c58-8a4d5c1b1a11", "'kind'")


def test_an_upper_case_id_is_not_a_crash(run_demo: Run, tmp_path: Path) -> None:
    # Was: sqlite3.IntegrityError (UNIQUE constraint failed) and a traceback.
    before = records_of(run_demo.dump())
    row = dict(before["institution"][0], acronym="NEW")
    row["id"] = row["id"].upper()
    path = _write(
        tmp_path / "upper.json",
        json.dumps({"format": "mainstream-dump", "version": 1, "records": {"institution": [row]}}, ensure_ascii=False),
    )
    code, out, err = run_demo("load", str(path))
    assert "Traceback" not in err
    if code == 0:
        assert ": 0 created, 1 updated, 0 unchanged." in out
        assert len(records_of(run_demo.dump())["institution"]) == len(before["institution"])
    else:
        assert_one_line_error(code, err)


def test_an_error_quoting_a_multi_line_value_stays_on_one_line(run: Run, tmp_path: Path) -> None:
    # Was: the line break of the quoted value split the message over two lines.
    row = {"id": "5f0ae7c3-7f53-4c52-9c58-8a4d5c1b1a11", "name": "Ana", "email": "ana\r\n@example"}
    path = _write(
        tmp_path / "bad.json", json.dumps({"format": "mainstream-dump", "version": 1, "records": {"contact": [row]}})
    )
    assert_one_line_error(*run("load", str(path))[::2], "'email'", "e-mail")


def test_an_unknown_kind_is_named_in_the_message(run: Run, tmp_path: Path) -> None:
    # Was: "<file>: is not a kind of record", without the kind.
    path = _write(tmp_path / "kinds.json", '{"format":"mainstream-dump","version":1,"records":{"ministries":[]}}')
    assert_one_line_error(*run("load", str(path))[::2], "ministries", "not a kind of record")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["dump", "--country", "XYZ"], "XYZ"),
        (["demo", "--size", "-1"], "between 0 and 5,000,000"),
        (["demo", "--size", "many"], "'many'"),
        (["export"], "export"),
        (["load"], "FILE"),
    ],
)
def test_bad_arguments_give_the_one_line_message(run: Run, args: list[str], words: str) -> None:
    # Was: argparse's usage line plus its own error line.
    assert_one_line_error(*run(*args)[::2], words)


# --- open bugs -----------------------------------------------------------------------------------


def _read_only_mount_works(folder: Path) -> bool:
    """Whether this machine lets us mount ``folder`` read-only in a private mount namespace
    (root, or a user namespace); the mount goes away with the process."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", f"mount --bind -o ro '{folder}' '{folder}' && ! touch '{folder}/.w'"],
        capture_output=True,
        timeout=30,
        check=False,
    )
    return probe.returncode == 0


def test_a_database_on_a_read_only_medium_is_not_called_damaged(demo_db: Path) -> None:
    folder = demo_db.parent
    if not _read_only_mount_works(folder):
        pytest.skip("cannot mount a folder read-only here (needs unshare and mount privileges)")
    copy_database(demo_db, folder / "stick.db")
    for leftover in folder.glob("demo.db*"):
        leftover.unlink()
    before = hashlib.sha256((folder / "stick.db").read_bytes()).hexdigest()
    command = (
        f"mount --bind -o ro '{folder}' '{folder}' && "
        f"exec '{sys.executable}' -m desktop.cli --db '{folder / 'stick.db'}' dump"
    )
    result = subprocess.run(["unshare", "--mount", "sh", "-c", command], capture_output=True, timeout=120, check=False)
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert hashlib.sha256((folder / "stick.db").read_bytes()).hexdigest() == before
    assert "damaged" not in err, err
