"""`mainstream conflicts` numbers each conflict's values; `mainstream settle` keeps one or sets another,
and the choice travels to the other installation with the next file like any edit."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from db.services import Actor, get, update
from db.services.conflicts import list_conflicts
from db.store import Store
from desktop.cli import main


def call(db: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def _edit(db: Path, user: str, record_id: str, values: dict) -> None:
    store = Store.open(db)
    actor = Actor(user, store.device_id())
    with store.session() as session:
        update(session, actor, "committee", record_id, values)
    store.close()


@pytest.fixture
def clash(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str]:
    """Amal and Bruno both renamed the same committee; Amal has imported Bruno's file."""
    amal, bruno = tmp_path / "amal.db", tmp_path / "bruno.db"
    shutil.copyfile(demo_template, amal)
    assert call(amal, capsys, "export", "-o", tmp_path / "all.mxf")[0] == 0
    assert call(bruno, capsys, "import", tmp_path / "all.mxf", "--trust")[0] == 0
    committee = json.loads(call(amal, capsys, "dump", "--country", "PER")[1])["records"]["committee"][0]["id"]
    _edit(amal, "Amal", committee, {"name": "Mesa — Amal"})
    _edit(bruno, "Bruno", committee, {"name": "Mesa — Bruno 🇵🇪"})
    assert call(bruno, capsys, "export", "-o", tmp_path / "back.mxf")[0] == 0
    assert call(amal, capsys, "import", tmp_path / "back.mxf", "--trust")[0] == 0
    return amal, bruno, committee


def test_keeping_a_numbered_value_settles_it_here_and_on_the_other_side(
    clash: tuple[Path, Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    amal, bruno, committee = clash
    code, out, _err = call(amal, capsys, "conflicts")
    assert code == 0 and committee in out and "[1]" in out and "[2]" in out
    second = out.split("[2] ")[1].split(" by ")[0]
    code, out, err = call(amal, capsys, "settle", committee, "name", "--keep", "2")
    assert (code, err) == (0, "") and "Settled name" in out and json.loads(second) in out
    assert call(amal, capsys, "conflicts")[1] == "No conflicts.\n"
    assert call(amal, capsys, "export", "-o", tmp_path / "settled.mxf")[0] == 0
    assert call(bruno, capsys, "import", tmp_path / "settled.mxf")[0] == 0
    for db in (amal, bruno):
        store = Store.open(db)
        with store.session() as session:
            assert get(session, "committee", committee)["name"] == json.loads(second)
            assert list_conflicts(session) == []
        store.close()


def test_another_value_is_checked_like_any_edit(
    clash: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    amal, _bruno, committee = clash
    code, _out, err = call(amal, capsys, "settle", committee, "name", "--value", "null")
    assert code == 2 and "name" in err and err.count("\n") == 1  # a committee needs a name; nothing changed
    assert committee in call(amal, capsys, "conflicts")[1]
    code, _out, err = call(amal, capsys, "settle", committee, "name", "--keep", "3")
    assert code == 2 and "--keep takes 1 to 2" in err
    code, _out, err = call(amal, capsys, "settle", committee, "acronym", "--keep", "1")
    assert code == 2 and "no open conflict on acronym" in err
    code, out, err = call(amal, capsys, "settle", committee, "name", "--value", "Mesa Intersectorial — ensemble")
    assert (code, err) == (0, "") and "Mesa Intersectorial — ensemble" in out
    store = Store.open(amal)
    with store.session() as session:
        assert get(session, "committee", committee)["name"] == "Mesa Intersectorial — ensemble"
    store.close()
