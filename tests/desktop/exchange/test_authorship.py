"""Every change signed by its author (issue 15, item 1): a partner relaying a file cannot alter
another installation's change, nor make one up in another's name, and honest relays still work,
a file cut by country included."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
import zipfile
from pathlib import Path

import pytest

from db.services import Actor, create, write_records
from db.store import Store
from desktop.exchange.package import read_package, write_package
from tests.desktop.exchange.test_exchange_cli import _rewrite, call, dump, sender, sender_template

__all__ = ["sender", "sender_template"]  # the fixtures, shared


@pytest.fixture
def chain(sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, Path]:
    """Headquarters (the demo's database), a partner that trusted it for every country and holds
    all of it, and a receiver that trusts the partner for every country and holds nothing of
    headquarters' yet."""
    hq, partner, receiver = sender, tmp_path / "partner.db", tmp_path / "receiver.db"
    everything = tmp_path / "hq.mxf"
    assert call(hq, capsys, "export", "-o", everything)[0] == 0
    assert call(partner, capsys, "import", everything, "--trust-for", "all")[0] == 0
    _practice(partner, "NPL", "Buena práctica del socio")
    own = tmp_path / "partner-own.mxf"  # of a country headquarters has nothing of yet
    assert call(partner, capsys, "export", "-o", own, "--country", "NPL")[0] == 0
    assert call(receiver, capsys, "import", own, "--trust-for", "all")[0] == 0
    return hq, partner, receiver


def _practice(db: Path, country: str, title: str) -> str:
    with Store.open(db) as store, store.session() as session:
        return create(
            session,
            Actor("Someone", store.device_id()),
            "good_practice",
            {"country": country, "title": title, "theme": "policy_coherence"},
        )


def _device(db: Path) -> str:
    with Store.open(db) as store:
        return store.device_id()


def _state(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    return hashlib.sha256(dump(db, capsys).encode()).hexdigest() + str(_log_size(db))


def _log_size(db: Path) -> int:
    with Store.open(db) as store, store.session() as session:
        from sqlalchemy import text

        return int(session.execute(text("SELECT count(*) FROM change")).scalar_one())


def test_a_relayed_change_altered_by_the_partner_is_refused_and_the_genuine_one_arrives_later(
    chain: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq, partner, receiver = chain
    relayed, forged = tmp_path / "relayed.mxf", tmp_path / "forged.mxf"
    assert call(partner, capsys, "export", "-o", relayed, "--country", "PER")[0] == 0
    hq_device = _device(hq)

    def alter(ops: list[dict], _manifest: dict) -> None:
        committee = next(op for op in ops if op["device"] == hq_device and op["kind"] == "committee")
        committee["fields"]["name"] = "Comité falsificado"

    _rewrite(relayed, forged, partner, alter)
    before = _state(receiver, capsys)
    code, _out, err = call(receiver, capsys, "import", forged)
    assert code == 2 and err.count("\n") == 1, err
    assert f"by installation {hq_device}" in err and "is not the one its author signed" in err
    assert _state(receiver, capsys) == before

    code, _out, err = call(receiver, capsys, "import", relayed)  # the honest relay goes in
    assert (code, err) == (0, ""), err
    assert "Comité falsificado" not in dump(receiver, capsys)
    assert dump(receiver, capsys, "--country", "PER") == dump(partner, capsys, "--country", "PER")


def test_a_change_made_up_in_the_receivers_name_or_headquarters_is_refused(
    chain: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hq, partner, receiver = chain
    _practice(partner, "PER", "Otra práctica")
    relayed = tmp_path / "relayed.mxf"
    assert call(partner, capsys, "export", "-o", relayed, "--country", "PER")[0] == 0
    partner_device = _device(partner)
    for victim in (_device(receiver), _device(hq)):
        forged = tmp_path / f"claims-{victim}.mxf"

        def claim(ops: list[dict], _manifest: dict, victim: str = victim) -> None:
            made = next(op for op in reversed(ops) if op["device"] == partner_device)
            made["device"], made["user"] = victim, "Headquarters"

        _rewrite(relayed, forged, partner, claim)
        before = _state(receiver, capsys)
        code, _out, err = call(receiver, capsys, "import", forged)
        assert code == 2 and err.count("\n") == 1, err
        assert f"by installation {victim}" in err and "refused" in err
        assert _state(receiver, capsys) == before


def test_a_partners_own_changes_are_still_its_to_make(
    chain: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The forger's tool re-signs its own operations: a change it makes in its own name goes in."""
    _hq, partner, receiver = chain
    _practice(partner, "PER", "Práctica del socio")
    relayed, edited = tmp_path / "relayed.mxf", tmp_path / "edited.mxf"
    assert call(partner, capsys, "export", "-o", relayed, "--country", "PER")[0] == 0
    partner_device = _device(partner)

    def retitle(ops: list[dict], _manifest: dict) -> None:
        made = next(op for op in ops if op["device"] == partner_device and op["action"] == "create")
        made["id"] = "5b0c6d1e-8a55-4c41-9f7e-2a1b3c4d5e6f"
        made["fields"]["title"] = "Retitulada por el socio"

    _rewrite(relayed, edited, partner, retitle)
    code, _out, err = call(receiver, capsys, "import", edited)
    assert (code, err) == (0, ""), err
    assert "Retitulada por el socio" in dump(receiver, capsys)


def test_an_operation_cut_by_country_travels_with_the_digests_of_the_rest(
    sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One operation of two countries (a workbook imported at once): a file for Peru carries half
    of it, and the receiver still checks it, and relays it to a third installation."""
    with Store.open(sender) as store, store.session() as session:
        write_records(
            session,
            Actor("HQ", store.device_id()),
            {
                "good_practice": [
                    {"id": str(uuid.uuid4()), "country": "PER", "title": "Mitad peruana", "theme": "policy_coherence"},
                    {
                        "id": str(uuid.uuid4()),
                        "country": "ECU",
                        "title": "Mitad ecuatoriana",
                        "theme": "policy_coherence",
                    },
                ]
            },
        )
    peru, relayed = tmp_path / "peru.mxf", tmp_path / "relayed.mxf"
    middle, last = tmp_path / "middle.db", tmp_path / "last.db"
    assert call(sender, capsys, "export", "-o", peru, "--country", "PER")[0] == 0
    authors = [json.loads(line) for line in read_package(peru).parts["authors.jsonl"].splitlines()]
    assert any(len(line.get("digests", [])) == 2 for line in authors)
    assert call(middle, capsys, "import", peru, "--trust")[0] == 0
    assert call(middle, capsys, "export", "-o", relayed)[0] == 0
    code, _out, err = call(last, capsys, "import", relayed, "--trust")
    assert (code, err) == (0, ""), err
    assert "Mitad peruana" in dump(last, capsys) and "Mitad ecuatoriana" not in dump(last, capsys)


def _without_authors(source: Path, target: Path, sender_db: Path) -> None:
    """The file as an older Mainstream wrote it: no authors' signatures (re-signed whole)."""
    package = read_package(source)
    manifest = {k: v for k, v in package.manifest.items() if k not in ("format", "format_version", "parts")}
    manifest.pop("authors", None)
    parts = {name: data for name, data in package.parts.items() if name != "authors.jsonl"}
    from desktop.exchange.files import identity

    with Store.open(sender_db) as store:
        key = identity(store).private_key
    write_package(target, manifest, parts, key)


def test_a_file_without_authors_signatures_is_refused_for_changes_made_since_signing(
    sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receiver = tmp_path / "receiver.db"
    first = tmp_path / "first.mxf"
    assert call(sender, capsys, "export", "-o", first, "--country", "PER")[0] == 0
    assert call(receiver, capsys, "import", first, "--trust")[0] == 0
    _practice(sender, "PER", "Después de firmar")
    later, unsigned = tmp_path / "later.mxf", tmp_path / "unsigned.mxf"
    assert call(sender, capsys, "export", "-o", later, "--country", "PER")[0] == 0
    _without_authors(later, unsigned, sender)
    before = _state(receiver, capsys)
    code, _out, err = call(receiver, capsys, "import", unsigned)
    assert code == 2 and err.count("\n") == 1 and "that its author did not sign: refused" in err, err
    assert _state(receiver, capsys) == before


def test_changes_from_before_signing_travel_vouched_for_by_their_relay(
    sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database upgraded from before authors signed holds others' changes without a signature:
    its files vouch for them, and a receiver takes them if dated before it began to require
    signatures (here: a receiver whose requirement dates from tomorrow)."""
    middle, last = tmp_path / "middle.db", tmp_path / "last.db"
    first, relayed = tmp_path / "first.mxf", tmp_path / "relayed.mxf"
    assert call(sender, capsys, "export", "-o", first, "--country", "PER")[0] == 0
    assert call(middle, capsys, "import", first, "--trust")[0] == 0
    with Store.open(middle) as store, store.session() as session:
        from sqlalchemy import text

        session.execute(text("DELETE FROM change_signature"))  # as held before the upgrade
    assert call(middle, capsys, "export", "-o", relayed)[0] == 0
    lines = read_package(relayed).parts["authors.jsonl"].splitlines()
    assert any(json.loads(line).get("vouched") for line in lines)

    _signing_since(last, dt.timedelta(days=-1))  # made since: all of them signed
    code, _out, err = call(last, capsys, "import", relayed, "--trust")
    assert code == 2 and "that its author did not sign: refused" in err, err
    _signing_since(last, dt.timedelta(days=1))
    code, _out, err = call(last, capsys, "import", relayed, "--trust")
    assert (code, err) == (0, ""), err
    assert dump(last, capsys, "--country", "PER") == dump(sender, capsys, "--country", "PER")


def _signing_since(db: Path, offset: dt.timedelta) -> None:
    when = (dt.datetime.now(dt.UTC) + offset).strftime("%Y-%m-%d %H:%M:%S.%f")
    with Store.open(db) as store, store.session() as session:
        from db.services.settings import set_setting

        set_setting(session, "signing_since", when)


@pytest.mark.parametrize(
    "authors",
    [
        "not a map",
        {"not-a-uuid": "00" * 32},
        {"5b0c6d1e-8a55-4c41-9f7e-2a1b3c4d5e6f": "zz"},
    ],
)
def test_a_malformed_list_of_authors_is_refused_with_one_line(
    authors: object, sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, bad = tmp_path / "peru.mxf", tmp_path / "bad.mxf"
    assert call(sender, capsys, "export", "-o", out, "--country", "PER")[0] == 0

    def spoil(_ops: list[dict], manifest: dict) -> None:
        manifest["authors"] = authors

    _rewrite(out, bad, sender, spoil)
    code, _out, err = call(tmp_path / "receiver.db", capsys, "import", bad, "--trust")
    assert code == 2 and err.count("\n") == 1 and "authors" in err, err


@pytest.mark.parametrize("line", [b"{}", b"[1]", b'{"device": 1}', b"not json", b'{"vouched": true}'])
def test_a_damaged_authors_part_is_refused_with_one_line(
    line: bytes, sender: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, bad = tmp_path / "peru.mxf", tmp_path / "bad.mxf"
    assert call(sender, capsys, "export", "-o", out, "--country", "PER")[0] == 0
    package = read_package(out)
    manifest = {k: v for k, v in package.manifest.items() if k not in ("format", "format_version", "parts")}
    parts = dict(package.parts)
    parts["authors.jsonl"] = parts["authors.jsonl"] + line + b"\n"
    from desktop.exchange.files import identity

    with Store.open(sender) as store:
        write_package(bad, manifest, parts, identity(store).private_key)
    assert zipfile.is_zipfile(bad)
    code, _out, err = call(tmp_path / "receiver.db", capsys, "import", bad, "--trust")
    assert code == 2 and err.count("\n") == 1 and "authors' signatures" in err, err
