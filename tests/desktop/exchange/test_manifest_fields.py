"""Every field of a file's manifest, given any shape by a signer with a trusted key: the file is
imported or refused with one line, never a traceback, and exports to its sender keep working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.store import Store
from desktop.cli import main
from tests.desktop.exchange.test_exchange_cli import _rewrite, call, dump, sender_template

__all__ = ["sender_template"]  # the fixture, shared


@pytest.fixture(scope="module")
def peru(sender_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sender's database and its Peruvian file, made once for every case."""
    folder = tmp_path_factory.mktemp("manifest")
    db, out = folder / "sender.db", folder / "peru.mxf"
    shutil.copyfile(sender_template, db)
    assert main(["--db", str(db), "export", "-o", str(out), "--country", "PER"]) == 0
    return db, out


FIELDS = (
    "schema",
    "app_version",
    "device",
    "person",
    "created_at",
    "countries",
    "for_partner",
    "operations",
    "counts",
    "knows",
    "accepts",
)
SHAPES = {
    "missing": ...,
    "null": None,
    "number": 1e308,
    "negative": -1,
    "text": "x" * 5000,
    "list": [[], {}, None],
    "object": {"": {"": "2026-01-01 00:00:00.000000"}},
    "nested": {"PER": [1, 2, 3]},
    "bool": True,
}


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("name", FIELDS)
def test_a_manifest_field_of_any_shape_is_refused_with_one_line_or_harmless(
    name: str, shape: str, peru: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sender, exported = peru

    def change(_ops: list[dict], manifest: dict) -> None:
        if SHAPES[shape] is ...:
            manifest.pop(name, None)
        else:
            manifest[name] = SHAPES[shape]

    hostile = tmp_path / "hostile.mxf"
    _rewrite(exported, hostile, sender, change, recount=False)
    receiver = tmp_path / "receiver.db"
    Store.open(receiver).close()
    before = dump(receiver, capsys)
    code, _out, err = call(receiver, capsys, "import", hostile, "--trust-for", "all")
    assert code in (0, 2), err
    assert "Traceback" not in err and err.count("\n") <= 1, err
    if code == 2:
        assert dump(receiver, capsys) == before
        return
    # Imported: the sender is a partner now, and a file for it can be written and read back.
    back = tmp_path / "back.mxf"
    code, _out, err = call(receiver, capsys, "export", "-o", back, "--for", "root")
    assert (code, err) == (0, ""), err
    copy = tmp_path / "sender.db"
    shutil.copyfile(sender, copy)
    code, _out, err = call(copy, capsys, "import", back, "--trust-for", "all")
    assert code == 0, err
