"""An exchange file says which version of Mainstream wrote it; the import's
dry run shows it beside the sender, and a crafted value is not shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.services import Actor, create
from db.store import Store
from desktop import version
from desktop.cli import main
from desktop.exchange.files import _app_version, export_file, identity, open_file
from desktop.exchange.package import read_package, write_package


def test_the_manifest_carries_the_version_that_wrote_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], open_store
) -> None:
    sender = open_store("sender.db")
    with sender.session() as session:
        create(session, Actor("Amal Haddad", sender.device_id()), "institution", {"name": "OIM", "kind": "un_agency"})
    out = tmp_path / "file.mxf"
    export_file(sender, Actor("Amal Haddad", sender.device_id()), out)
    assert read_package(out).manifest["app_version"] == version()
    receiver = open_store("receiver.db")
    assert open_file(receiver, out).sender.app_version == version()
    receiver.close()
    capsys.readouterr()
    assert main(["--db", str(receiver.path), "import", str(out), "--dry-run"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("From Amal Haddad, key ") and first.endswith(f"; written by Mainstream {version()}")


def test_a_file_without_a_version_or_with_a_crafted_one_shows_none(tmp_path: Path, open_store) -> None:
    sender: Store = open_store("sender.db")
    me = identity(sender)
    out = tmp_path / "file.mxf"
    manifest = {
        "schema": "x",
        "device": sender.device_id(),
        "person": "Amal",
        "app_version": "1.0\n<b>evil</b>",
        "operations": 0,
        "knows": {},
    }
    write_package(out, manifest, {"changes.jsonl": b""}, me.private_key)
    assert _app_version(read_package(out).manifest) is None
    assert _app_version({}) is None
    assert _app_version({"app_version": 12}) is None
    assert _app_version({"app_version": "x" * 41}) is None
    assert _app_version({"app_version": "1.2.0rc1+local"}) == "1.2.0rc1+local"
