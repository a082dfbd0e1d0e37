"""Every kind of record comes back exactly as it was saved: after closing and
reopening the database, and after a dump loaded into another database. Text in
any script (Arabic, Sinhala with its zero-width joiner, Cyrillic, accents,
emoji) is never mangled."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest

from db.services import Actor, content, create, get, load, parse_dump
from db.services.kinds import kind_names
from db.store import Store

KINDS = (
    "institution", "contact", "country_programme", "committee", "membership", "meeting", "attendance", "decision",
    "policy", "policy_status_change", "work_plan", "result", "activity", "indicator", "indicator_period",
    "capacity_activity", "capacity_participation", "participant", "knowledge_product", "good_practice",
    "attachment",
)  # fmt: skip
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ARABIC = "وزارة الشؤون الخارجية"
SINHALA = "\u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf\u0dc0"  # "Sri Lanka", with a ZWJ
CYRILLIC = "Министерство иностранных дел"
EMOJI = "Migration 🌍 & development 👩🏽‍💼"


def expected(kind: str, given: dict[str, Any]) -> dict[str, Any]:
    """What ``get`` should return for the fields a record was created with."""
    out: dict[str, Any] = {}
    for name, value in given.items():
        is_date = isinstance(value, str) and ISO_DATE.fullmatch(value)
        out[name] = dt.date.fromisoformat(value) if is_date else value
    if kind == "activity":
        out["currency"] = "LKR"  # codes are stored in upper case
    return out


def assert_same_as_created(session: Any, records: Any) -> None:
    for kind in KINDS:
        record = get(session, kind, records.ids[kind])
        assert record is not None, kind
        assert record["id"] == records.ids[kind]
        assert record["country"] == "LKA", f"{kind} should be (or inherit) the country LKA"
        for name, value in expected(kind, records.values[kind]).items():
            assert record[name] == value, f"{kind}.{name}"
            assert type(record[name]) is type(value) or isinstance(value, int), f"{kind}.{name} changed type"


def test_the_suite_knows_every_kind() -> None:
    assert set(kind_names()) == set(KINDS)


def test_every_kind_survives_closing_and_reopening(store: Store, full_set: Any) -> None:
    records = full_set
    assert set(records.ids) >= set(KINDS)
    store.close()

    again = Store.open(store.path)
    try:
        with again.session() as session:
            assert_same_as_created(session, records)
            attachment = get(session, "attachment", records.ids["attachment"])
            assert attachment is not None
            assert content(session, attachment["sha256"]) == records.attachment_bytes
            # The global institution stays global.
            assert get(session, "institution", records.ids["global_institution"])["country"] is None
        assert again.check() == []
    finally:
        again.close()


def test_zero_width_joiner_and_emoji_survive_storage(full_set: Any, store: Store) -> None:
    store.close()
    again = Store.open(store.path)
    try:
        with again.session() as session:
            committee = get(session, "committee", full_set.ids["committee"])
            decision = get(session, "decision", full_set.ids["decision"])
    finally:
        again.close()
    assert committee["name"] == full_set.scripts["sinhala"] == SINHALA
    assert "\u200d" in committee["name"]
    assert len(committee["name"]) == 11
    assert decision["text"] == full_set.scripts["emoji"]
    assert "🌍" in decision["text"]


def test_every_kind_survives_dump_and_load_into_another_database(
    full_set: Any, store: Store, open_store: Callable[[str], Store], dump_of: Callable[..., str]
) -> None:
    text = dump_of(store)
    for script in full_set.scripts.values():
        assert script in text, "the dump must carry text as UTF-8, not escaped"
    assert "\\u" not in text

    target = open_store("target.db")
    with target.session() as session:
        summary = load(session, Actor("Other person", target.device_id()), parse_dump(text.encode("utf-8")))
    assert sum(summary.created.values()) == text.count('"id":')

    with target.session() as session:
        assert_same_as_created(session, full_set)
        with store.session() as source:
            for kind in KINDS:
                assert get(session, kind, full_set.ids[kind]) == get(source, kind, full_set.ids[kind]), kind
        assert content(session, full_set.values["attachment"]["sha256"]) == full_set.attachment_bytes
    assert dump_of(target) == text
    assert target.check() == []


@pytest.mark.parametrize("text", [ARABIC, SINHALA, CYRILLIC, EMOJI, "Ñandú «guillemets» “quotes” \\ / \" '"])
def test_names_in_any_script_are_saved_exactly(store: Store, actor: Actor, text: str) -> None:
    with store.session() as session:
        record = create(session, actor, "institution", {"name": f"  {text}\n", "kind": "ministry", "country": "MAR"})
    with store.session() as session:
        assert get(session, "institution", record)["name"] == text  # only surrounding whitespace is trimmed
