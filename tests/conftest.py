"""Shared fixtures: a fresh database per test, the person making changes, and
helpers to take a database's canonical dump (the "is anything different?"
yardstick used throughout the suite)."""

from __future__ import annotations

import atexit
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Change
from db.services import Actor, dump
from db.store import Store

# No test touches the user's keyring or data folder, not even a fixture made once for the whole
# run before the per-test folder below is set: keyring's "fail" backend says there is no keyring,
# so signing keys go to key files (db.secrets) in a data folder of the run's own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="mainstream-tests-data-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], True)


@pytest.fixture(autouse=True)
def _no_real_database(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never let a test touch the user's own database or data folder through the default path."""
    monkeypatch.setenv("MAINSTREAM_DB", str(tmp_path_factory.mktemp("default") / "default.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database as ``Store.open`` creates it, made once: copying it is much
    faster than running the migrations for every test."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    Store.open(path).close()
    assert not path.with_name("empty.db-wal").exists()
    return path


def _fresh(template: Path, path: Path) -> Store:
    if not path.exists():
        shutil.copyfile(template, path)
    return Store.open(path)


@pytest.fixture
def store(tmp_path: Path, empty_database: Path) -> Iterator[Store]:
    """A new, empty database in the test's own folder."""
    opened = _fresh(empty_database, tmp_path / "mainstream.db")
    yield opened
    opened.close()


@pytest.fixture
def actor(store: Store) -> Actor:
    return Actor(user="Lucía Quispe", device=store.device_id())


@pytest.fixture
def open_store(tmp_path: Path, empty_database: Path) -> Iterator[Callable[[str], Store]]:
    """Opens further databases by name in the test's folder (new ones empty); all closed at the end."""
    opened: list[Store] = []

    def _open(name: str) -> Store:
        result = _fresh(empty_database, tmp_path / name)
        opened.append(result)
        return result

    yield _open
    for each in opened:
        each.close()


def dump_text(store: Store, country: str | None = None) -> str:
    out = io.StringIO()
    with store.session() as session:
        dump(session, out, country=country)
    return out.getvalue()


def change_count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(Change)) or 0


@pytest.fixture
def snapshot() -> Callable[[Store], tuple[str, int]]:
    """Everything a user could see of a database: its dump and its change log size."""

    def _snapshot(of: Store) -> tuple[str, int]:
        return dump_text(of), change_count(of)

    return _snapshot


@pytest.fixture
def dump_of() -> Callable[..., str]:
    return dump_text
