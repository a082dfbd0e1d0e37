"""A partner's file refused for touching another country's record names that record as people
know it: by its label, quoted as typed, then its kind and the start of its id."""

from __future__ import annotations

import uuid
from pathlib import Path

from db.services import Actor, create
from db.services.authority import Authority, first_overreach
from db.services.operations import Operation
from db.store import Store

PERU = Authority.of(["PER"])


def _op(kind: str, record_id: str, action: str, country: str | None, fields: dict) -> Operation:  # type: ignore[type-arg]
    return Operation(
        kind=kind,
        record_id=record_id,
        action=action,
        at="2026-12-01T10:00:00.000000",
        device=str(uuid.uuid4()),
        user="Amal Haddad",
        country=country,
        seen=None,
        trash_id=None,
        fields=fields,
    )


def test_a_record_here_is_named_by_its_label_as_it_is_here(tmp_path: Path) -> None:
    with Store.open(tmp_path / "m.db") as store, store.session() as session:
        record = create(
            session, Actor("Rukundo", store.device_id()), "committee",
            {"country": "BDI", "name": 'Comité "national"', "kind": "steering", "status": "active"},
        )  # fmt: skip
        forged = _op("committee", record, "update", "PER", {"name": ['Comité "national"', "Forged"]})
        overreach = first_overreach(session, [forged], PERU)
    assert overreach is not None
    assert overreach.record == f'"Comité "national"" (committee {record[:8]}…)'
    assert overreach.refusal("Amal Haddad", PERU) == (
        f'changes "Comité "national"" (committee {record[:8]}…) of BDI, but its sender Amal Haddad is trusted '
        "here for PER only: refused"
    )


def test_a_record_never_seen_here_is_named_as_the_file_gives_it(tmp_path: Path) -> None:
    record = str(uuid.uuid4())
    made = _op("good_practice", record, "create", "ECU", {"country": "ECU", "title": "Ferias de empleo"})
    renamed = _op("good_practice", record, "update", "ECU", {"title": ["Ferias de empleo", "Ferias locales"]})
    with Store.open(tmp_path / "m.db") as store, store.session() as session:
        overreach = first_overreach(session, [made, renamed], PERU)
    assert overreach is not None
    assert overreach.record == f'"Ferias locales" (good_practice {record[:8]}…)'


def test_a_record_without_a_label_is_named_by_its_kind_and_id(tmp_path: Path) -> None:
    record = str(uuid.uuid4())
    moved = _op("good_practice", record, "update", "ECU", {"country": ["PER", "ECU"]})
    with Store.open(tmp_path / "m.db") as store, store.session() as session:
        overreach = first_overreach(session, [moved], PERU)
    assert overreach is not None
    assert overreach.record == f"good_practice {record[:8]}…"
