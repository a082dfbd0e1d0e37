"""The command line's import keeps the cyclic garbage collector waiting while it works, and only then."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from desktop import cli
from desktop.exchange import files


def test_the_collector_waits_during_an_import_and_is_back_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sender, exported = tmp_path / "sender.db", tmp_path / "all.mxf"
    assert cli.main(["--db", str(sender), "demo"]) == 0
    assert cli.main(["--db", str(sender), "export", "-o", str(exported)]) == 0
    seen: list[bool] = []
    real_open, real_import = files.open_file, files.import_file

    def open_file(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_open(*args, **kwargs)

    def import_file(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_import(*args, **kwargs)

    monkeypatch.setattr(files, "open_file", open_file)
    monkeypatch.setattr(files, "import_file", import_file)
    assert gc.isenabled()
    receiver = tmp_path / "receiver.db"
    capsys.readouterr()
    assert cli.main(["--db", str(receiver), "import", str(exported), "--trust"]) == 0
    assert capsys.readouterr().err == ""
    assert seen == [False, False] and gc.isenabled()

    missing = tmp_path / "missing.mxf"  # refused: the collector is back on all the same
    assert cli.main(["--db", str(receiver), "import", str(missing)]) == cli.EXIT_BAD_INPUT
    assert "no such file" in capsys.readouterr().err and gc.isenabled()
