"""dump and load: the canonical JSON form of a database, and reading it back
all or nothing."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from typing import Any

import pytest

from db.errors import ValidationError
from db.services import Actor, create, delete, dump, get, history, load, parse_dump
from db.services.kinds import kind_names
from db.store import Store

Snapshot = Callable[[Store], tuple[str, int]]


def _records(text: str) -> dict[str, list[dict[str, Any]]]:
    return json.loads(text)["records"]


def test_dump_is_canonical(full_set: Any, store: Store, dump_of: Callable[..., str]) -> None:
    text = dump_of(store)
    assert text.startswith('{"format":"mainstream-dump","version":1,"records":{\n')
    assert text.endswith("\n}}\n")
    records = _records(text)
    assert list(records) == list(kind_names())  # every kind, in dependency order
    for kind, rows in records.items():
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows), kind
        for row in rows:
            assert list(row) == sorted(row), "keys are sorted"
    # one record per line, no insignificant spaces
    lines = text.splitlines()
    assert len(lines) == 2 + len(kind_names()) + sum(len(rows) for rows in records.values())
    assert dump_of(store) == text, "dumping twice gives the same bytes"


def test_dump_of_an_empty_database_lists_every_kind(store: Store) -> None:
    out = io.StringIO()
    with store.session() as session:
        assert dump(session, out) == 0
    assert _records(out.getvalue()) == {kind: [] for kind in kind_names()}


def test_dump_leaves_out_records_in_the_trash(
    full_set: Any, store: Store, actor: Actor, dump_of: Callable[..., str]
) -> None:
    with store.session() as session:
        delete(session, actor, "good_practice", full_set.ids["good_practice"])
    assert full_set.ids["good_practice"] not in dump_of(store)


def test_dump_of_one_country_holds_that_country_and_global_records_only(
    store: Store, actor: Actor, full_set: Any, dump_of: Callable[..., str], open_store: Callable[[str], Store]
) -> None:
    with store.session() as session:
        create(session, actor, "institution", {"country": "PER", "name": "Ministerio de Salud", "kind": "ministry"})
        create(session, actor, "good_practice", {"title": "Migration Governance Index", "theme": "migration_data"})
    text = dump_of(store, country="LKA")
    countries = {row["country"] for rows in _records(text).values() for row in rows}
    assert countries == {"LKA", None}
    assert "Ministerio de Salud" not in text
    assert "Migration Governance Index" in text
    assert all(_records(text)[kind] for kind in kind_names()), "every LKA record of the full set is there"
    # A country's dump stands on its own: it loads into an empty database.
    target = open_store("lka.db")
    with target.session() as session:
        load(session, actor, parse_dump(text))
    assert dump_of(target) == text
    assert _records(dump_of(store, country="KGZ")) == {
        kind: [r for r in rows if r["country"] is None] for kind, rows in _records(text).items()
    }


def test_loading_the_same_file_twice_creates_nothing_the_second_time(
    full_set: Any, store: Store, actor: Actor, open_store: Callable[[str], Store], dump_of: Callable[..., str]
) -> None:
    text = dump_of(store)
    total = sum(len(rows) for rows in _records(text).values())
    target = open_store("target.db")
    with target.session() as session:
        first = load(session, actor, parse_dump(text))
    with target.session() as session:
        second = load(session, actor, parse_dump(text))
        log_size = len(history(session, limit=100_000))
    assert sum(first.created.values()) == total
    assert sum(second.created.values()) == 0
    assert sum(second.updated.values()) == 0
    assert sum(second.unchanged.values()) == total
    assert log_size == total, "an unchanged load writes nothing to the change log"


def test_load_updates_a_changed_record_and_logs_it(
    full_set: Any, store: Store, actor: Actor, dump_of: Callable[..., str]
) -> None:
    records = _records(dump_of(store))
    practice = next(r for r in records["good_practice"] if r["id"] == full_set.ids["good_practice"])
    practice["title"] = "Revised title ✓"
    with store.session() as session:
        summary = load(session, Actor("HQ", "d3f1c2b4-0000-4000-8000-000000000009"), records)
    assert sum(summary.updated.values()) == 1 and summary.updated["good_practice"] == 1
    assert sum(summary.created.values()) == 0
    with store.session() as session:
        assert get(session, "good_practice", practice["id"])["title"] == "Revised title ✓"
        last = history(session, record_id=practice["id"], limit=1)[0]
    assert (last.action, last.user) == ("update", "HQ")
    assert last.fields == {"title": [full_set.values["good_practice"]["title"], "Revised title ✓"]}


def test_load_accepts_a_partial_record_for_an_existing_id(full_set: Any, store: Store, actor: Actor) -> None:
    record_id = full_set.ids["institution"]
    with store.session() as session:
        load(session, actor, {"institution": [{"id": record_id, "acronym": "MFA-LK"}]})
    with store.session() as session:
        stored = get(session, "institution", record_id)
    assert stored["acronym"] == "MFA-LK"
    assert stored["name"] == full_set.values["institution"]["name"]


def test_a_file_with_one_bad_record_is_rejected_whole(
    full_set: Any, store: Store, actor: Actor, snapshot: Snapshot, dump_of: Callable[..., str]
) -> None:
    before = snapshot(store)
    records = _records(dump_of(store))
    new_id = "0d9a6c1e-5b4f-4e3a-8c2d-1f0e9d8c7b6a"
    records["institution"].append({"id": new_id, "country": "LKA", "name": "Brand new", "kind": "academia"})
    records["good_practice"][0]["title"] = "Changed, but must not be saved"
    bad = records["activity"][0]
    bad["progress"] = 250
    with pytest.raises(ValidationError) as caught, store.session() as session:
        load(session, actor, records)
    problem = caught.value.problems[0]
    assert (problem.kind, problem.record_id, problem.field) == ("activity", bad["id"], "progress")
    assert "at most 100" in problem.reason
    assert f"activity {bad['id']}, field 'progress': must be at most 100" in str(caught.value)
    assert snapshot(store) == before


def test_a_record_in_the_trash_here_is_not_silently_changed_by_a_load(
    full_set: Any, store: Store, actor: Actor, dump_of: Callable[..., str]
) -> None:
    records = _records(dump_of(store))
    with store.session() as session:
        delete(session, actor, "good_practice", full_set.ids["good_practice"])
    with pytest.raises(ValidationError, match="in the trash"), store.session() as session:
        load(session, actor, records)


def _attachment_rows(store: Store, dump_of: Callable[..., str]) -> dict[str, list[dict[str, Any]]]:
    return {"attachment": _records(dump_of(store))["attachment"]}


def test_an_attachment_whose_content_does_not_match_its_sha256_is_refused(
    full_set: Any, store: Store, actor: Actor, dump_of: Callable[..., str], open_store: Callable[[str], Store]
) -> None:
    records = _records(dump_of(store))
    records["attachment"][0]["content_base64"] = base64.b64encode(b"tampered").decode()
    target = open_store("target.db")
    with pytest.raises(ValidationError) as caught, target.session() as session:
        load(session, actor, records)
    assert (caught.value.problems[0].kind, caught.value.problems[0].field) == ("attachment", "sha256")
    assert "does not match" in str(caught.value)

    records["attachment"][0]["content_base64"] = "!!! not base64 !!!"
    with pytest.raises(ValidationError, match="not valid base64"), target.session() as session:
        load(session, actor, records)


def test_an_attachment_without_its_content_is_refused_in_a_database_that_lacks_it(
    full_set: Any, store: Store, actor: Actor, dump_of: Callable[..., str], open_store: Callable[[str], Store]
) -> None:
    records = _records(dump_of(store))
    del records["attachment"][0]["content_base64"]
    target = open_store("target.db")
    with pytest.raises(ValidationError) as caught, target.session() as session:
        load(session, actor, records)
    assert any(p.field == "sha256" and "not in the database" in p.reason for p in caught.value.problems)


GOOD_HEADER = {"format": "mainstream-dump", "version": 1}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "not valid JSON"),
        (b"garbage", "not valid JSON"),
        (b'{"format":"mainstream-dump","version":1,"records":{', "not valid JSON"),
        (b"\xff\xfe\x00g\x00a\x00r\x00b", "UTF-8"),
        (
            '{"format":"mainstream-dump","version":1,"records":{"institution":[{"name":"Caf\u00e9"}]}}'.encode(
                "latin-1"
            ),
            "UTF-8",
        ),
        (b"[1, 2, 3]", "not a Mainstream dump"),
        (json.dumps({"format": "excel", "version": 1, "records": {}}).encode(), "not a Mainstream dump"),
        (json.dumps({"version": 1, "records": {}}).encode(), "not a Mainstream dump"),
        (json.dumps({**GOOD_HEADER, "version": 2, "records": {}}).encode(), "version 2"),
        (json.dumps({**GOOD_HEADER, "version": 0, "records": {}}).encode(), "version 0"),
        (json.dumps({**GOOD_HEADER, "version": "1", "records": {}}).encode(), "version '1'"),
        (json.dumps({"format": "mainstream-dump", "records": {}}).encode(), "version None"),
        (json.dumps(GOOD_HEADER).encode(), 'no "records"'),
        (json.dumps({**GOOD_HEADER, "records": []}).encode(), 'no "records"'),
        (json.dumps({**GOOD_HEADER, "records": {"institution": {}}}).encode(), "must be a list"),
    ],
    ids=[
        "empty",
        "garbage",
        "cut-short",
        "utf-16",
        "latin-1",
        "array",
        "other-format",
        "no-format",
        "version-2",
        "version-0",
        "version-text",
        "no-version",
        "no-records",
        "records-list",
        "kind-not-list",
    ],
)
def test_files_that_are_not_dumps_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_dump(data)
    assert words in str(caught.value)


def test_an_unknown_kind_in_a_file_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_dump(json.dumps({**GOOD_HEADER, "records": {"ministry": []}}))
    assert caught.value.problems[0].kind == "ministry"
    assert "not a kind of record" in str(caught.value)


def test_an_unknown_field_in_a_file_is_refused(store: Store, actor: Actor, snapshot: Snapshot) -> None:
    before = snapshot(store)
    records = parse_dump(
        json.dumps(
            {
                **GOOD_HEADER,
                "records": {
                    "institution": [
                        {
                            "id": "0d9a6c1e-5b4f-4e3a-8c2d-1f0e9d8c7b6a",
                            "name": "N",
                            "kind": "ministry",
                            "favourite_colour": "blue",
                        },
                    ]
                },
            }
        )
    )
    with pytest.raises(ValidationError) as caught, store.session() as session:
        load(session, actor, records)
    assert caught.value.problems[0].field == "favourite_colour"
    assert snapshot(store) == before


@pytest.mark.parametrize("row", [None, 42, "a record", ["id"]])
def test_a_record_that_is_not_an_object_is_refused(store: Store, actor: Actor, row: Any) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        load(session, actor, {"institution": [row]})
    problem = caught.value.problems[0]
    assert (problem.kind, problem.record_id) == ("institution", "#1")
    assert "not an object" in problem.reason


def test_a_record_without_an_id_is_refused(store: Store, actor: Actor) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        load(session, actor, {"institution": [{"name": "N", "kind": "ministry"}]})
    assert (caught.value.problems[0].field, caught.value.problems[0].reason) == ("id", "is required")


def test_the_same_id_twice_in_a_file_is_refused(store: Store, actor: Actor) -> None:
    row = {"id": "0d9a6c1e-5b4f-4e3a-8c2d-1f0e9d8c7b6a", "name": "N", "kind": "ministry"}
    with pytest.raises(ValidationError, match="appears twice"), store.session() as session:
        load(session, actor, {"institution": [row, dict(row)]})


def test_a_boolean_version_is_refused() -> None:
    # Regression: true == 1 in Python, and was once taken for version 1.
    with pytest.raises(ValidationError, match="version"):
        parse_dump(json.dumps({**GOOD_HEADER, "version": True, "records": {}}))
