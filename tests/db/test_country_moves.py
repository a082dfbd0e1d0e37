"""An honest move of a record to another country keeps every country's files
importable: the record's whole history goes with it into the files of its new
country, whatever the partner's holdings say (issue 15, item 5)."""

from __future__ import annotations

from merge_helpers import Machine

from db.services import create, get, update


def _policy(machine: Machine, country: str, title: str) -> str:
    with machine.session() as session:
        values = {"country": country, "title": title, "status": "draft", "kind": "policy"}
        return create(session, machine.actor, "policy", values)


def test_a_record_moved_into_a_country_reaches_that_country_s_partner_with_its_history(
    pair: tuple[Machine, Machine],
) -> None:
    a, b = pair  # Bruno works on Ecuador only: he gets Ecuador's files
    _policy(a, "ECU", "Política de movilidad humana")
    b.receive(a.package(["ECU"]))
    moved = _policy(a, "PER", "Política migratoria (registrada en Perú por error)")
    with a.session() as session:
        update(session, a.actor, "policy", moved, {"country": "ECU"})
    report = b.receive(a.package(["ECU"], known=b.holdings()))
    assert report.created["policy"] == 1
    with b.session() as session:
        record = get(session, "policy", moved)
        assert record is not None and record["country"] == "ECU"
    # ... and every later file of Ecuador still imports, the record's later edits included.
    with a.session() as session:
        update(session, a.actor, "policy", moved, {"title": "Política migratoria del Ecuador"})
    b.receive(a.package(["ECU"], known=b.holdings()))
    b.receive(a.package(["ECU"]))
    with b.session() as session:
        assert get(session, "policy", moved)["title"] == "Política migratoria del Ecuador"


def test_records_left_in_the_other_country_stay_out_of_the_file(pair: tuple[Machine, Machine]) -> None:
    a, b = pair
    stays = _policy(a, "PER", "Política que se queda en Perú")
    _policy(a, "ECU", "Política del Ecuador")
    b.receive(a.package(["ECU"]))
    with b.session() as session:
        assert get(session, "policy", stays) is None
