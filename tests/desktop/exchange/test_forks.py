"""An installation restored from an older backup notices, at the next file from a partner, that
the partner holds changes of its own it lacks: it takes a new installation id, the partner knows
it by its key, and the partner's next file brings back what was lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.services import Actor, create
from db.store import Store
from tests.desktop.exchange.test_exchange_cli import call, dump, exported, sender, sender_template

__all__ = ["exported", "sender", "sender_template"]  # the fixtures, shared


def _practice(db: Path, title: str) -> None:
    with Store.open(db) as store, store.session() as session:
        create(
            session,
            Actor("Bruno", store.device_id()),
            "good_practice",
            {"country": "PER", "title": title, "theme": "policy_coherence"},
        )


def _device(db: Path) -> str:
    with Store.open(db) as store:
        return store.device_id()


def test_a_database_restored_from_a_backup_takes_a_new_id_and_gets_back_what_it_lost(
    sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    amal, bruno = sender, tmp_path / "bruno.db"
    assert call(bruno, capsys, "import", exported, "--trust")[0] == 0
    backup = tmp_path / "bruno-yesterday.db"
    shutil.copyfile(bruno, backup)  # yesterday's backup
    _practice(bruno, "Lo que se perdió")  # today's work, then the disk fails
    to_amal = tmp_path / "to-amal.mxf"
    assert call(bruno, capsys, "export", "-o", to_amal, "--country", "PER")[0] == 0
    assert call(amal, capsys, "import", to_amal, "--trust")[0] == 0
    old_id = _device(bruno)

    shutil.copyfile(backup, bruno)  # restored from yesterday's backup, and work goes on
    _practice(bruno, "Después de restaurar")
    _practice(amal, "De Amal")
    to_bruno = tmp_path / "to-bruno.mxf"
    assert call(amal, capsys, "export", "-o", to_bruno, "--for", old_id)[0] == 0

    code, out, err = call(bruno, capsys, "import", to_bruno, "--dry-run")
    assert (code, err) == (0, ""), err
    assert "it was restored from a backup, or copied. Importing gives it a new installation id" in out
    assert _device(bruno) == old_id  # a dry run changes nothing
    code, out, err = call(bruno, capsys, "import", to_bruno)
    assert (code, err) == (0, ""), err
    new_id = _device(bruno)
    assert new_id != old_id and f"It now goes on under a new installation id, {new_id}" in out
    assert "De Amal" in dump(bruno, capsys) and "Lo que se perdió" not in dump(bruno, capsys)

    # Bruno's next file comes from the new id, signed with the key Amal trusted: no --trust needed.
    back = tmp_path / "back.mxf"
    assert call(bruno, capsys, "export", "-o", back, "--country", "PER")[0] == 0
    code, out, err = call(amal, capsys, "import", back)
    assert (code, err) == (0, ""), err
    assert "installation under a new id, signed with the same key; trusted for PER" in out
    again = tmp_path / "again.mxf"
    assert call(amal, capsys, "export", "-o", again, "--for", new_id)[0] == 0
    code, _out, err = call(bruno, capsys, "import", again)
    assert (code, err) == (0, ""), err
    assert dump(bruno, capsys, "--country", "PER") == dump(amal, capsys, "--country", "PER")
    assert "Lo que se perdió" in dump(bruno, capsys) and "Después de restaurar" in dump(amal, capsys)

    # Later changes are Bruno's under the new id, and the two stay in step.
    _practice(bruno, "Con el nuevo id")
    last = tmp_path / "last.mxf"
    assert call(bruno, capsys, "export", "-o", last, "--for", _amal_id(amal))[0] == 0
    assert call(amal, capsys, "import", last)[0] == 0
    assert dump(bruno, capsys, "--country", "PER") == dump(amal, capsys, "--country", "PER")


def _amal_id(db: Path) -> str:
    return _device(db)


def test_a_copy_in_use_on_another_computer_is_a_partner_and_the_two_converge(
    sender: Path, exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same person copies the database to a second computer (its own key store) and works on both:
    the copy's file was refused as "exported from this installation" for ever. Now the original takes
    a new id on importing it, and the two exchange like any two installations."""
    from db.secrets import KeyStore
    from desktop.exchange.files import export_file, identity

    original = tmp_path / "bruno.db"
    assert call(original, capsys, "import", exported, "--trust")[0] == 0
    copy = tmp_path / "laptop.db"
    shutil.copyfile(original, copy)
    laptop_keys = KeyStore(tmp_path / "laptop-keys")
    with Store.open(copy, keys=laptop_keys) as store:
        actor = Actor("Bruno", store.device_id())
        with store.session() as session:
            create(
                session,
                actor,
                "good_practice",
                {"country": "PER", "title": "En la laptop", "theme": "policy_coherence"},
            )
        export_file(store, actor, tmp_path / "from-laptop.mxf", countries=["PER"])
        laptop_id = store.device_id()
    _practice(original, "En la oficina")
    assert _device(original) == laptop_id

    code, out, err = call(original, capsys, "import", tmp_path / "from-laptop.mxf", "--trust")
    assert (code, err) == (0, ""), err
    assert "restored from a backup, or copied" in out and _device(original) != laptop_id
    assert "En la laptop" in dump(original, capsys)

    to_laptop = tmp_path / "to-laptop.mxf"
    assert call(original, capsys, "export", "-o", to_laptop, "--country", "PER")[0] == 0
    with Store.open(copy, keys=laptop_keys) as store:
        from db.services.authority import Authority
        from desktop.exchange.files import import_file, open_file

        incoming = open_file(store, to_laptop)
        assert not incoming.sender.known  # the office's new id, with the office's key
        import_file(store, incoming, trust=Authority.of(["PER"]))
        assert identity(store).fingerprint != incoming.sender.fingerprint
    assert dump(original, capsys, "--country", "PER") == dump(copy, capsys, "--country", "PER")
    assert "En la oficina" in dump(copy, capsys)
