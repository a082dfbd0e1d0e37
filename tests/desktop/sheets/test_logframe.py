"""A results framework laid out the common way becomes a work plan: outcomes, outputs, activities,
indicators with baselines and a target per year, budgets; all or nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.cli import main

HEADER = ["Código", "Resultado / actividad", "Indicador", "Línea de base", "Año de base", "Meta 2026", "Meta 2027",
          "Presupuesto (USD)", "Responsable", "Medios de verificación"]  # fmt: skip
ROWS = [
    ["1", "La gobernanza migratoria es coherente", "Sectores que aplican la política", 4, 2024, 10, 22, None, None,
     "Informes MTIGM"],
    [None, None, "Planes regionales con migración", 0, 2024, 3, 6, None, None, None],
    ["1.1", "Capacidades fortalecidas", "Funcionarios capacitados", 0, 2024, 120, 200, None, None, "Listas"],
    ["1.1.1", "Curso virtual de gobernanza migratoria", None, None, None, None, None, 25000, "OIM", None],
    ["1.1.2", "Taller nacional", None, None, None, None, None, "18 000", "PNUD", None],
    ["2", "Datos migratorios disponibles", "Porcentaje de datos desagregados (%)", 35, 2024, 50, 70, None, None, None],
]  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def logframe(path: Path, rows: list[list[Any]] = ROWS, header: list[str] = HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Marco de resultados"
    sheet.append(["Plan de trabajo conjunto — marco de resultados"])  # a title above the header
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def dump(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict[str, Any]]]:
    capsys.readouterr()
    assert main(["--db", str(db), "dump", "--country", "PER"]) == 0
    return json.loads(capsys.readouterr().out)["records"]


def test_a_framework_becomes_a_work_plan(db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = logframe(tmp_path / "marco.xlsx")
    before = dump(db, capsys)
    code = main(["--db", str(db), "sheet", "logframe", str(book), "--country", "PER", "--title", "Plan 2026–2027"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "indicator = 'Indicador'" in out and "target 2027 = 'Meta 2027'" in out
    assert "Created 1 work plan, 3 result, 2 activity, 4 indicator, 8 indicator period" in out
    after = dump(db, capsys)
    plan = next(p for p in after["work_plan"] if p["title"] == "Plan 2026–2027")
    assert (plan["start_year"], plan["end_year"], plan["status"]) == (2026, 2027, "draft")
    results = {r["code"]: r for r in after["result"] if r["work_plan_id"] == plan["id"]}
    assert results["1"]["kind"] == "outcome" and results["1.1"]["kind"] == "output"
    assert results["1.1"]["parent_id"] == results["1"]["id"]
    activities = {a["code"]: a for a in after["activity"] if a["result_id"] == results["1.1"]["id"]}
    assert activities["1.1.1"]["responsible_agency"] == "iom" and activities["1.1.1"]["planned_budget"] == 25000
    assert activities["1.1.2"]["responsible_agency"] == "undp" and activities["1.1.2"]["planned_budget"] == 18000
    indicators = [i for i in after["indicator"] if i["result_id"] == results["1"]["id"]]
    assert sorted(i["statement"] for i in indicators) == ["Planes regionales con migración",
                                                           "Sectores que aplican la política"]  # fmt: skip
    share = next(i for i in after["indicator"] if i["result_id"] == results["2"]["id"])
    assert share["measure"] == "percentage" and share["baseline_value"] == 35 and share["baseline_year"] == 2024
    targets = sorted(p["target"] for p in after["indicator_period"] if p["indicator_id"] == share["id"])
    assert targets == [50, 70]
    assert len(after["activity"]) == len(before["activity"]) + 2


def test_columns_named_otherwise_and_a_dry_run(db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    header = ["Ref", "Narrative", "KPI", "Línea de base", "Año de base", "Meta 2026", "Meta 2027", "Presupuesto (USD)",
              "Responsable", "Fuente"]  # fmt: skip
    book = logframe(tmp_path / "kpi.xlsx", header=header)
    before = dump(db, capsys)
    code = main(["--db", str(db), "sheet", "logframe", str(book), "--country", "PER", "--column", "indicator=KPI",
                 "--dry-run"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "would create 1 work plan, 3 result, 2 activity, 4 indicator" in out
    assert dump(db, capsys) == before


def test_a_bad_row_refuses_the_whole_framework(db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rows = [*ROWS, ["2.1", "", "Sin enunciado", None, None, None, None, None, None, None]]
    book = logframe(tmp_path / "bad.xlsx", rows=rows)
    before = dump(db, capsys)
    code = main(["--db", str(db), "sheet", "logframe", str(book), "--country", "PER"])
    captured = capsys.readouterr()
    assert code == 2 and "nothing was imported" in captured.err
    assert "sheet 'Marco de resultados', row 10, column 'Resultado / actividad': is required" in captured.out
    assert dump(db, capsys) == before
    with sqlite3.connect(db) as connection:
        assert connection.execute("select count(*) from work_plan where title = 'bad'").fetchone()[0] == 0
