"""The workbook a focal point opens: headers in their language, values as typed, text never a formula."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from db.services import create
from db.store import Store
from desktop.cli import main

ARABIC = "وزارة الشؤون الخارجية"
SINHALA = "\u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf"
ATTACK = '=cmd|" /C calc"!A0'


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.db"
    src, dst = sqlite3.connect(demo_template), sqlite3.connect(path)
    src.backup(dst)
    dst.close()
    src.close()
    return path


def sheet(path: Path, name: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_headers_in_the_language_and_codes_as_labels(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "peru.xlsx"
    assert main(["--db", str(demo_db), "sheet", "export", "-o", str(out), "--country", "PER", "--lang", "fr"]) == 0
    book = CalamineWorkbook.from_path(str(out))
    assert "Plan de travail" in book.sheet_names and "Activité" in book.sheet_names
    rows = sheet(out, "Activité")
    head = rows[0]
    assert head[:3] == ["id", "Résultat", "result_id"]
    assert "Statut" in head and "Début prévu" in head
    statuses = {row[head.index("Statut")] for row in rows[1:]}
    assert statuses <= {"Prévu", "En cours", "En retard", "Terminé", "Annulé", "Suspendu"} and statuses
    starts = [row[head.index("Début prévu")] for row in rows[1:]]
    assert all(isinstance(day, dt.date) for day in starts)  # real dates, not text
    result = rows[1][head.index("Résultat")]
    assert result.split(" ")[0].replace(".", "").isdigit()  # a result's label: its code, then its statement


def test_comments_dropdowns_frozen_header_and_hidden_ids(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "peru.xlsx"
    assert main(["--db", str(demo_db), "sheet", "export", "-o", str(out), "--country", "PER"]) == 0
    with zipfile.ZipFile(out) as parts:
        names = parts.namelist()
        first = parts.read("xl/worksheets/sheet1.xml").decode()
        comments = "".join(parts.read(n).decode() for n in names if n.startswith("xl/comments"))
    assert '<pane xSplit="1" ySplit="1"' in first and "<autoFilter" in first
    assert 'hidden="1"' in first  # the id columns
    assert "<dataValidation" in first and "Code lists" in first
    assert "Required." in comments and "id: leave it as it is" in comments


def test_scripts_emoji_and_formula_text_stay_text(store: Store, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        create(session, actor, "institution", {"name": ARABIC, "kind": "ministry", "country": "LKA"})
        create(session, actor, "institution", {"name": SINHALA + " 🌍", "kind": "agency", "country": "LKA"})
        create(session, actor, "institution", {"name": ATTACK, "acronym": "+1", "kind": "donor", "country": "LKA"})
        create(session, actor, "institution", {"name": "@SUM(A1)", "acronym": "-2", "kind": "donor", "country": "LKA"})
    out = tmp_path / "lka.xlsx"
    assert main(["--db", str(store.path), "sheet", "export", "-o", str(out), "--kinds", "institution"]) == 0
    rows = sheet(out, "Institution")
    names = {row[1]: row[2] for row in rows[1:]}
    assert {ARABIC, SINHALA + " 🌍", ATTACK, "@SUM(A1)"} <= set(names)
    assert names[ATTACK] == "+1" and names["@SUM(A1)"] == "-2"  # text, not the numbers 1 and -2
    with zipfile.ZipFile(out) as parts:
        first = parts.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in first  # no cell is a formula


def test_template_has_the_sheets_and_no_records(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    args = ["--db", str(demo_db), "sheet", "export", "-o", str(out), "--country", "BDI", "--template"]
    assert main(args) == 0
    rows = sheet(out, "Activity")
    assert len(rows) == 1 and rows[0][1] == "Result"
    names = sheet(out, "Names")
    assert len(names) > 1  # the country's institutions etc. for the drop-downs


def test_csv_per_kind_with_a_bom_and_quoted_formulas(store: Store, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        create(session, actor, "institution", {"name": ATTACK, "kind": "donor", "country": "PER"})
        create(session, actor, "institution", {"name": "Ministère de l'Intérieur", "kind": "ministry"})
    folder = tmp_path / "csv"
    assert main(["--db", str(store.path), "sheet", "export", "-o", str(folder), "--lang", "es"]) == 0
    raw = (folder / "institution.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][1] == "Nombre"
    assert {row[1] for row in rows[1:]} == {"'" + ATTACK, "Ministère de l'Intérieur"}


def test_a_workbook_name_that_is_no_xlsx_is_refused(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(demo_db), "sheet", "export", "-o", str(tmp_path / "x.xls")]) == 2
    assert "written as .xlsx" in capsys.readouterr().err
