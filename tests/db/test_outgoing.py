"""The export's fast reading of the change log (driver rows as stored, stored
JSON written as it is) gives the same operations as reading them through
SQLAlchemy the plain way, which is kept here as the reference."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest
from merge_helpers import Machine
from sqlalchemy import select, text

from db.models import Change
from db.services import Actor, delete, restore, update
from db.services import outgoing as outgoing_module
from db.services.changelog import jsonable
from db.services.formats import format_datetime
from db.services.incoming import read_operations
from db.services.kinds import spec_for
from db.services.merge import merge
from db.services.operations import Holdings, holdings
from db.services.outgoing import Outgoing
from db.services.rows import fetch_rows
from db.store import Store


def reference(session: Any, countries: list[str] | None = None, known: Holdings | None = None) -> list[dict]:
    """The export as it was first written: every row through SQLAlchemy's types."""
    wanted = None if countries is None else set(countries)
    known = known or {}
    rows = []
    for row in session.execute(select(Change).order_by(Change.seq)).scalars():
        if wanted is not None and row.country is not None and row.country not in wanted:
            continue
        at = format_datetime(row.changed_at)
        if at <= known.get(row.country or "", {}).get(row.device, ""):
            continue
        rows.append((row, at))
    first: dict[str, dict[str, Any]] = {}
    for row, _at in rows:
        if row.action == "create":
            spec = spec_for(row.kind)
            stored = fetch_rows(session, spec, [row.record_id]).get(row.record_id)
            if stored is not None:
                first[row.record_id] = {name: jsonable(stored[name]) for name in spec.fields if name != "id"}
    updates = select(Change).where(Change.action == "update").order_by(Change.seq.desc())
    for change in session.execute(updates).scalars():
        record = first.get(change.record_id)
        if record is not None:
            for name, (old, _new) in change.fields.items():
                if name in record:
                    record[name] = old
    return [
        orjson.loads(
            orjson.dumps(
                {
                    "kind": row.kind,
                    "id": row.record_id,
                    "action": row.action,
                    "at": at,
                    "device": row.device,
                    "user": row.user,
                    "country": row.country,
                    "seen": row.seen,
                    "trash_id": row.trash_id,
                    "fields": first.get(row.record_id, {}) if row.action == "create" else row.fields,
                },
                default=jsonable,
            )
        )
        for row, at in rows
    ]


def fast(session: Any, countries: list[str] | None = None, known: Holdings | None = None) -> list[dict]:
    return [orjson.loads(line) for line in Outgoing(session, countries, known).lines()]


@pytest.fixture
def history(store: Store, actor: Actor, full_set: Any, tmp_path: Path) -> Store:
    """Every kind created, then edited (text, dates, lists, flags), deleted and
    restored, plus changes received from another installation."""
    ids = full_set.ids
    with store.session() as session:
        update(session, actor, "policy", ids["policy"], {"title": "Politique révisée 🌍", "themes": []})
        update(session, actor, "policy", ids["policy"], {"title": "Troisième titre", "gcm_objectives": [1, 23]})
        update(session, actor, "meeting", ids["meeting"], {"online": True, "held_on": "2025-02-03"})
        update(session, actor, "activity", ids["activity"], {"planned_budget": 0.1 + 0.2, "status": "completed"})
        trash = delete(session, actor, "meeting", ids["meeting"])
        restore(session, actor, trash)
    # JSON as SQLAlchemy's own serializer writes it (spaces, \\u escapes), as rows written by the ORM hold it.
    with store.session() as session:
        for seq, fields in session.execute(text("SELECT seq, fields FROM change WHERE action = 'update'")).all():
            session.execute(
                text("UPDATE change SET fields = :f WHERE seq = :s"), {"f": json.dumps(json.loads(fields)), "s": seq}
            )
        for seq, seen in session.execute(text("SELECT seq, seen FROM change WHERE seen IS NOT NULL")).all():
            session.execute(
                text("UPDATE change SET seen = :v WHERE seq = :s"), {"v": json.dumps(json.loads(seen)), "s": seq}
            )
    files = {full_set.values["attachment"]["sha256"]: full_set.attachment_bytes}
    other = Machine(tmp_path / "other.db", "Bruno")
    with store.session() as session:
        lines = b"".join(Outgoing(session).chunks())
    with other.session() as session:
        merge(session, read_operations(lines), files)
        update(session, other.actor, "policy", ids["policy"], {"title": "سياسة الهجرة"})
    with other.session() as session:
        lines = b"".join(Outgoing(session).chunks())
    other.close()
    with store.session() as session:
        merge(session, read_operations(lines), {})
    return store


@pytest.mark.parametrize("read_by_id", [0, 10_000])
def test_the_fast_export_reads_what_sqlalchemy_reads(
    history: Store, read_by_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outgoing_module, "READ_BY_ID", read_by_id)
    with history.session() as session:
        expected = reference(session)
        assert fast(session) == expected
        assert len(expected) > 20 and {op["action"] for op in expected} == {"create", "update", "delete", "restore"}
        assert fast(session, ["LKA"]) == reference(session, ["LKA"])
        assert fast(session, ["PER"]) == reference(session, ["PER"])
        half = {
            country: {device: "2000-01-01 00:00:00.000000"}
            for country, devices in holdings(session).items()
            for device in devices
        }
        assert fast(session, None, holdings(session)) == [] == reference(session, None, holdings(session))
        assert fast(session, None, half) == reference(session, None, half)


def test_counts_and_attached_files(history: Store, full_set: Any) -> None:
    with history.session() as session:
        out = Outgoing(session)
        chunks = list(out.chunks())
        ops = fast(session)
    assert out.count == len(ops) and out.counts == Counter(op["kind"] for op in ops)
    assert out.digests == {full_set.values["attachment"]["sha256"]}
    assert all(chunk.endswith(b"\n") for chunk in chunks)
