"""An older database is backed up, then brought to the newest schema, its records kept."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command

from db.schema import alembic_config
from db.services import Actor, create, get
from db.store import Store, head_revision


def _indexes(path: Path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        raw.close()


def test_a_0001_database_is_backed_up_and_upgraded_with_the_dashboard_indexes(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store.open(path)
    with store.session() as session:
        made = create(session, Actor("t", store.device_id()), "institution", {"name": "IOM", "kind": "un_agency"})
    with store.engine.begin() as conn:  # back to the schema of the first version (which 0002 and 0003 only add to)
        command.downgrade(alembic_config(conn), "0001")
    store.close()
    assert not {"ix_activity_figures", "ix_indicator_period_latest"} & _indexes(path)

    store = Store.open(path)
    try:
        assert store.revision() == head_revision() == "0006"
        with store.session() as session:
            assert get(session, "institution", made)["name"] == "IOM"
        assert store.check() == []
    finally:
        store.close()
    assert {"ix_activity_figures", "ix_indicator_period_latest", "ix_change_operation"} <= _indexes(path)
    backup = path.with_name(f"old.db.before-{head_revision()}.bak")
    assert not {"ix_activity_figures"} & _indexes(backup)  # the copy taken before the upgrade


def test_an_upgrade_to_0006_keeps_partners_keys_as_authors_and_dates_the_signing(tmp_path: Path) -> None:
    """Partners trusted before authors signed are the authors whose keys are known; changes dated
    before the upgrade may travel unsigned (vouched for), those after may not."""
    from sqlalchemy import text

    path = tmp_path / "old.db"
    store = Store.open(path)
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
        conn.execute(
            text(
                "INSERT INTO partner (device, name, public_key, fingerprint, trusted_at, knows) VALUES "
                "('5b0c6d1e-8a55-4c41-9f7e-2a1b3c4d5e6f', 'Amal', :key, 'F', '2026-11-01 10:00:00.000000', '{}')"
            ),
            {"key": "ab" * 32},
        )
    store.close()
    store = Store.open(path)
    try:
        with store.session() as session:
            keys = session.execute(text("SELECT device, public_key FROM author_key")).all()
            since = session.execute(text("SELECT value FROM setting WHERE key = 'signing_since'")).scalar_one()
        assert keys == [("5b0c6d1e-8a55-4c41-9f7e-2a1b3c4d5e6f", "ab" * 32)]
        upgraded = dt.datetime.strptime(since, "%Y-%m-%d %H:%M:%S.%f")
        assert abs(dt.datetime.now(dt.UTC).replace(tzinfo=None) - upgraded) < dt.timedelta(minutes=10)
    finally:
        store.close()
