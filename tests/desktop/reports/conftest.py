"""Fixtures of the report tests: a demo database made once, and reading PDFs back."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_helpers import Pdf

from db.services import Actor
from db.store import Store
from desktop.demo import load_demo
from desktop.reports import ReportRequest, write_report

PERIOD = (date(2025, 1, 1), date(2026, 12, 31))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, empty_database: Path) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(empty_database, path)
    with Store.open(path) as store, store.session() as session:
        load_demo(session, Actor(user="Lucía Quispe", device=store.device_id()))
    return path


@pytest.fixture
def demo_store(tmp_path: Path, demo_template: Path) -> Store:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    store = Store.open(path)
    yield store
    store.close()


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Pdf]:
    def make(store: Store, country: str, **options: object) -> Pdf:
        start, end = options.pop("period", PERIOD)  # type: ignore[misc]
        request = ReportRequest(country, start, end, issued_on=date(2026, 11, 23), **options)  # type: ignore[arg-type]
        out = tmp_path / f"{country}-{request.language}.pdf"
        with store.session() as session:
            result = write_report(session, request, out)
        reader = PdfReader(out)
        return Pdf(result, reader, [page.extract_text() or "" for page in reader.pages])

    return make
