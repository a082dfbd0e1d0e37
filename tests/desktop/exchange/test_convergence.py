"""Installations with skewed clocks, one restored from an old backup and one copied to a second
computer, exchanging exchange files in every delivery order, end identical with nothing lost
(issue 15, "Done when"); and two honest installations stay identical whatever a dishonest
partner sends them."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from db.secrets import KeyStore
from db.services import Actor, create, dump, update
from db.services.authority import Authority
from db.services.changelog import wall_clock
from db.store import Store
from desktop.exchange.files import ExchangeError, NewKeyError, export_file, import_file, open_file
from desktop.exchange.package import read_package, write_package
from tests.desktop.exchange.test_exchange_cli import signed_as_forger


class Site:
    """One installation: its database, its own key store, and its computer's clock (``skew``)."""

    def __init__(self, folder: Path, name: str, skew: dt.timedelta, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder, self.name, self.skew, self._patch = folder, name, skew, monkeypatch
        self.path = folder / f"{name}.db"
        self.keys = KeyStore(folder / f"{name}-keys")
        self.store = Store.open(self.path, keys=self.keys)
        self.sent = 0
        self.declined = 0

    @contextmanager
    def clock(self) -> Iterator[None]:
        """This computer's clock, for what the installation does meanwhile."""
        skew = self.skew
        self._patch.setattr("db.services.changelog.wall_clock", lambda: wall_clock() + skew)
        try:
            yield
        finally:
            self._patch.setattr("db.services.changelog.wall_clock", wall_clock)

    def actor(self) -> Actor:
        return Actor(self.name, self.store.device_id())

    def practice(self, title: str) -> str:
        with self.clock(), self.store.session() as session:
            values = {"country": "PER", "title": title, "theme": "policy_coherence"}
            return create(session, self.actor(), "good_practice", values)

    def retitle(self, record: str, title: str) -> None:
        with self.clock(), self.store.session() as session:
            update(session, self.actor(), "good_practice", record, {"title": title})

    def export(self) -> Path:
        self.sent += 1
        path = self.folder / f"{self.name}-{self.sent}.mxf"
        with self.clock():
            export_file(self.store, self.actor(), path)
        return path

    def receive(self, path: Path) -> None:
        """Import a file, trusting a new sender; a known installation's file signed with another key
        is declined (its user could not confirm the key: a copy of it, until the copy takes an id
        of its own)."""
        with self.clock():
            try:
                incoming = open_file(self.store, path)
            except NewKeyError:
                self.declined += 1
                return
            except ExchangeError as exc:
                # A copy's changes under the id it shares, signed with the copy's key, until the
                # original (whose key partners know) has signed them in its turn and relayed them.
                assert "not signed by that installation's key" in str(exc), exc
                self.declined += 1
                return
            import_file(self.store, incoming, trust=Authority.every_country())

    def dump(self) -> str:
        out = io.StringIO()
        with self.store.session() as session:
            dump(session, out)
        return out.getvalue()

    def titles(self) -> set[str]:
        return {record["title"] for record in json.loads(self.dump())["records"]["good_practice"]}

    def backup_to(self, path: Path) -> None:
        self.store.backup(path)

    def restore_from(self, path: Path) -> None:
        """The database replaced by an older backup (the key store stays: the same computer)."""
        self.store.close()
        for suffix in ("", "-wal", "-shm"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(path, self.path)
        self.store = Store.open(self.path, keys=self.keys)

    def copied_to(self, name: str, skew: dt.timedelta) -> Site:
        """The database copied to a second computer, with a key store of its own."""
        target = self.folder / f"{name}.db"
        self.store.backup(target)
        return Site(self.folder, name, skew, self._patch)

    def close(self) -> None:
        self.store.close()


def exchange(sites: list[Site], order: tuple[int, ...]) -> None:
    """Each installation writes a file of everything it holds; each imports the others' files,
    in ``order`` of their writers."""
    files = [site.export() for site in sites]
    for receiver in sites:
        for index in order:
            if sites[index] is not receiver:
                receiver.receive(files[index])


HOURS = dt.timedelta(hours=1)


#: Every order of headquarters, Amal and Bruno, with the laptop at each place in turn.
ORDERS = [(*order[:place], 3, *order[place:]) for place, order in enumerate(itertools.permutations(range(3)))]


@pytest.mark.parametrize("order", [pytest.param(order, id="-".join(map(str, order))) for order in ORDERS])
def test_skewed_clocks_a_restored_backup_and_a_copy_converge_with_nothing_lost(
    order: tuple[int, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq = Site(tmp_path, "hq", dt.timedelta(0), monkeypatch)
    ahead = Site(tmp_path, "amal", 12 * HOURS, monkeypatch)  # its clock 12 hours ahead
    behind = Site(tmp_path, "bruno", -10 * HOURS, monkeypatch)  # and this one 10 hours behind
    first, second, third = (hq.practice(f"Práctica {n}") for n in (1, 2, 3))
    exchange([hq, ahead, behind], (0, 1, 2))

    behind.backup_to(tmp_path / "bruno-yesterday.db")
    behind.retitle(first, "Bruno, el día perdido")
    behind.practice("Creada el día perdido")
    lost_day = behind.export()
    hq.receive(lost_day)
    ahead.receive(lost_day)
    behind.restore_from(tmp_path / "bruno-yesterday.db")
    behind.retitle(second, "Bruno, tras restaurar")

    laptop = ahead.copied_to("amal-laptop", 12 * HOURS)
    ahead.retitle(first, "Amal, sabiendo lo de Bruno")  # made knowing Bruno's lost edit: it wins
    laptop.retitle(third, "Amal, en la laptop")
    behind.retitle(third, "Bruno, sin saber")  # unaware of the laptop's: a conflict, the same everywhere

    sites = [hq, ahead, behind, laptop]
    for _round in range(4):
        exchange(sites, order)
    dumps = {site.name: site.dump() for site in sites}
    assert len(set(dumps.values())) == 1, {name: len(text) for name, text in dumps.items()}
    titles = hq.titles()
    assert {"Amal, sabiendo lo de Bruno", "Creada el día perdido", "Bruno, tras restaurar"} <= titles
    assert titles & {"Amal, en la laptop", "Bruno, sin saber"}
    devices = {site.store.device_id() for site in sites}
    assert len(devices) == 4  # the restored one and the copy each took an id of their own
    for site in sites:
        site.close()


def _forged(source: Path, target: Path, liar: Site, victim_device: str) -> None:
    """The liar's file with a change of the victim's altered (the liar re-signs what it can)."""
    package = read_package(source)
    operations = [json.loads(line) for line in package.parts["changes.jsonl"].splitlines()]
    for op in operations:
        if op["device"] == victim_device and op["action"] == "update":
            op["fields"]["title"] = [op["fields"]["title"][0], "Falsificado"]
    parts = dict(package.parts)
    parts["changes.jsonl"] = b"".join(json.dumps(op).encode() + b"\n" for op in operations)
    from desktop.exchange.files import identity

    me = identity(liar.store)
    parts["authors.jsonl"] = signed_as_forger(
        operations, parts["authors.jsonl"], liar.store.device_id(), me.private_key
    )
    manifest = {k: v for k, v in package.manifest.items() if k not in ("format", "format_version", "parts")}
    write_package(target, manifest, parts, me.private_key)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_two_honest_installations_stay_identical_whatever_a_dishonest_one_sends(
    order: tuple[int, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    honest_a = Site(tmp_path, "amal", dt.timedelta(0), monkeypatch)
    honest_b = Site(tmp_path, "bruno", 3 * HOURS, monkeypatch)
    liar = Site(tmp_path, "mallory", -2 * HOURS, monkeypatch)
    record = honest_a.practice("Práctica compartida")
    exchange([honest_a, honest_b, liar], (0, 1, 2))
    honest_a.retitle(record, "Amal la corrige")
    exchange([honest_a, liar], (0, 1))  # the liar holds Amal's edit; Bruno does not yet
    liar.practice("De Mallory, legítima")  # within its authority: accepted, and shown

    honest_file, liar_file = honest_a.export(), liar.export()
    forged = tmp_path / "forged.mxf"
    _forged(liar_file, forged, liar, honest_a.store.device_id())
    deliveries = [(honest_b, forged), (honest_b, honest_file), (honest_b, liar_file)]
    for index in order:
        receiver, path = deliveries[index]
        receiver.receive(path)  # refused, or accepted
    refused = honest_b.declined
    # The forgery is refused, unless Amal's genuine edit came first (in her file or relayed in the
    # liar's own): then the altered copy is held already, and skipped.
    assert refused == (1 if order[0] == 0 else 0)
    exchange([honest_a, honest_b], (0, 1))
    assert honest_a.dump() == honest_b.dump()
    assert "Falsificado" not in honest_b.dump()
    assert {"Amal la corrige", "De Mallory, legítima"} <= honest_b.titles()
    with honest_b.store.session() as session:
        assert session.execute(text("SELECT count(*) FROM change_signature")).scalar_one() > 0
    for site in (honest_a, honest_b, liar):
        site.close()


def test_a_copy_whose_original_is_gone_is_taken_with_an_explicit_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The laptop's edits under the id it shared with the office computer are signed with the
    laptop's key, which headquarters never saw; the office computer, which would sign them in its
    turn, is gone. Headquarters refuses them until its user accepts the laptop's key for them
    (``import --new-key`` after comparing fingerprints), and nothing is blocked for ever."""
    hq = Site(tmp_path, "hq", dt.timedelta(0), monkeypatch)
    office = Site(tmp_path, "amal", dt.timedelta(0), monkeypatch)
    record = hq.practice("Práctica")
    exchange([hq, office], (0, 1))
    laptop = office.copied_to("amal-laptop", dt.timedelta(0))
    office.retitle(record, "En la oficina")
    hq.receive(office.export())
    laptop.practice("En la laptop")
    laptop.receive(hq.export())  # it learns it is a copy, and takes an id of its own
    office.close()  # and the office computer is gone
    from_laptop = laptop.export()
    with pytest.raises(ExchangeError, match="not signed by that installation's key"):
        open_file(hq.store, from_laptop)
    incoming = open_file(hq.store, from_laptop, new_key=True)
    import_file(hq.store, incoming, trust=Authority.every_country())
    assert "En la laptop" in hq.titles() and hq.dump() == laptop.dump()
    hq.close()
    laptop.close()
