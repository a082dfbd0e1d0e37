"""A workbook exported, edited as Excel saves it (openpyxl) and imported: exactly the edits made,
nothing else; refused cells listed and marked in a copy, the database unchanged."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter

from desktop.cli import main

ARABIC = "تدريب المسؤولين المحليين"


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


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def records(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, dict[str, Any]]]:
    code, out, _err = run(db, capsys, "dump")
    assert code == 0
    return {kind: {r["id"]: r for r in rows} for kind, rows in json.loads(out)["records"].items()}


def changes(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("select count(*) from change").fetchone()[0]


def export(db: Path, out: Path, capsys: pytest.CaptureFixture[str], *more: str) -> Path:
    code, _out, err = run(db, capsys, "sheet", "export", "-o", str(out), "--country", "PER", *more)
    assert (code, err) == (0, "")
    return out


def column(sheet: Any, title: str) -> int:
    return next(cell.column for cell in sheet[1] if cell.value == title)


def test_unchanged_workbook_changes_nothing(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = export(demo_db, tmp_path / "peru.xlsx", capsys, "--lang", "fr")
    before, count = records(demo_db, capsys), changes(demo_db)
    code, out, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert (code, err) == (0, "")
    assert "Activité: 0 new, 0 changed, 3 unchanged" in out and "Nothing to import" in out
    assert records(demo_db, capsys) == before and changes(demo_db) == count


def test_saved_by_openpyxl_unchanged_changes_nothing(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = export(demo_db, tmp_path / "peru.xlsx", capsys)
    saved = openpyxl.load_workbook(book)
    saved.save(book)
    before = records(demo_db, capsys)
    code, out, _err = run(demo_db, capsys, "sheet", "import", str(book))
    assert code == 0 and " 0 changed" in out and "new, 1" not in out
    assert records(demo_db, capsys) == before


def test_three_edits_and_two_new_rows_give_exactly_those_changes(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = export(demo_db, tmp_path / "peru.xlsx", capsys)
    before = records(demo_db, capsys)
    edited = openpyxl.load_workbook(book)
    sheet = edited["Activity"]
    ids = [sheet.cell(row, 1).value for row in (2, 3, 4)]
    sheet.cell(2, column(sheet, "Title")).value = ARABIC + " 🌍"
    sheet.cell(3, column(sheet, "Status")).value = "Completed"
    sheet.cell(3, column(sheet, "Code")).value = "0042"
    sheet.cell(4, column(sheet, "Planned budget")).value = 0
    sheet.cell(4, column(sheet, "Funding source")).value = None
    sheet.cell(4, column(sheet, "Planned start")).value = dt.datetime(2026, 2, 1)
    result = sheet.cell(2, column(sheet, "Result")).value
    for row, title in ((5, "Taller regional en Cusco"), (6, "Encuesta de hogares")):
        sheet.cell(row, column(sheet, "Result")).value = result
        sheet.cell(row, column(sheet, "Title")).value = title
        sheet.cell(row, column(sheet, "Responsible agency")).value = "IOM"
        sheet.cell(row, column(sheet, "Status")).value = "planned"  # the stored code is taken too
        sheet.cell(row, column(sheet, "Planned start")).value = dt.datetime(2026, 3, 1)
        sheet.cell(row, column(sheet, "Implementing partners")).value = "Ministerio de Relaciones Exteriores"
    edited.save(book)
    code, out, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert (code, err) == (0, ""), out
    assert "Activity: 2 new, 3 changed, 0 unchanged" in out and "before-sheet-import.bak" in out
    after = records(demo_db, capsys)
    assert {k: after[k] for k in after if k != "activity"} == {k: before[k] for k in before if k != "activity"}
    old, new = before["activity"], after["activity"]
    diff = {rid: {f: new[rid][f] for f in new[rid] if f not in ("updated_at",) and new[rid][f] != old[rid][f]}
            for rid in old}  # fmt: skip
    assert diff[ids[0]] == {"title": ARABIC + " 🌍"}
    assert diff[ids[1]] == {"status": "completed", "code": "0042"}
    assert diff[ids[2]] == {"planned_budget": 0.0, "funding_source": None, "planned_start": "2026-02-01"}
    assert all(not fields for rid, fields in diff.items() if rid not in ids)
    added = [new[rid] for rid in set(new) - set(old)]
    assert sorted(a["title"] for a in added) == ["Encuesta de hogares", "Taller regional en Cusco"]
    partner = next(i for i, r in after["institution"].items() if r["name"] == "Ministerio de Relaciones Exteriores")
    assert all(a["country"] == "PER" and a["implementing_partners"] == [partner] for a in added)
    assert (tmp_path / "demo.db.before-sheet-import.bak").exists()


def test_a_wrong_date_and_an_unknown_institution_come_back_marked(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = export(demo_db, tmp_path / "peru.xlsx", capsys)
    edited = openpyxl.load_workbook(book)
    activities, contacts = edited["Activity"], edited["Contact"]
    activities.cell(3, column(activities, "Planned end")).value = "31/02/2026"
    contacts.cell(2, column(contacts, "Institution")).value = "Ministerio de la Luna"
    edited.save(book)
    before, count = records(demo_db, capsys), changes(demo_db)
    code, out, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert code == 2 and err.count("\n") == 1 and "2 cell(s) refused, nothing was imported" in err
    assert "sheet 'Activity', row 3, column 'Planned end': '31/02/2026' is not a date (YYYY-MM-DD)" in out
    assert "sheet 'Contact', row 2, column 'Institution': no institution is named 'Ministerio de la Luna'" in out
    assert records(demo_db, capsys) == before and changes(demo_db) == count
    marked = openpyxl.load_workbook(tmp_path / "peru.refused.xlsx")
    cell = marked["Activity"].cell(3, column(marked["Activity"], "Planned end"))
    assert (
        cell.value == "31/02/2026" and "is not a date" in cell.comment.text and cell.fill.fgColor.rgb.endswith("FFC7CE")
    )
    other = marked["Contact"].cell(2, column(marked["Contact"], "Institution"))
    assert "no institution is named" in other.comment.text
    assert marked["Activity"].column_dimensions["A"].hidden
    # Fixed in the marked copy, it imports.
    marked["Activity"].cell(3, column(marked["Activity"], "Planned end")).value = dt.datetime(2026, 2, 28)
    marked["Contact"].cell(2, column(marked["Contact"], "Institution")).value = "Ministerio de Relaciones Exteriores"
    marked.save(tmp_path / "fixed.xlsx")
    code, out, err = run(demo_db, capsys, "sheet", "import", str(tmp_path / "fixed.xlsx"))
    assert (code, err) == (0, "") and "Activity: 0 new, 1 changed" in out and "Contact: 0 new, 1 changed" in out


def test_a_name_two_records_share_is_refused_saying_so(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = export(demo_db, tmp_path / "peru.xlsx", capsys)
    edited = openpyxl.load_workbook(book)
    institutions = edited["Institution"]
    last = institutions.max_row + 1
    name = institutions.cell(2, column(institutions, "Name")).value
    institutions.cell(last, column(institutions, "Name")).value = name  # a second one of the same name
    institutions.cell(last, column(institutions, "Type")).value = "Ministry"
    contacts = edited["Contact"]
    contacts.cell(2, column(contacts, "Institution")).value = name
    contacts.cell(2, column(contacts, "institution_id")).value = None
    edited.save(book)
    code, out, _err = run(demo_db, capsys, "sheet", "import", str(book))
    assert code == 2 and "2 records of the kind institution are named" in out


def test_dry_run_previews_and_writes_nothing(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = export(demo_db, tmp_path / "peru.xlsx", capsys, "--kinds", "good_practice")
    edited = openpyxl.load_workbook(book)
    edited["Good practice"].cell(2, 2).value = "Mesa de diálogo con la diáspora"
    edited.save(book)
    before = records(demo_db, capsys)
    code, out, _err = run(demo_db, capsys, "sheet", "import", str(book), "--dry-run")
    assert code == 0 and "Good practice: 0 new, 1 changed" in out and "Dry run" in out
    assert records(demo_db, capsys) == before


def test_formulas_are_read_as_their_values(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "formulas.xlsx"
    out = xlsxwriter.Workbook(str(book))
    sheet = out.add_worksheet("Good practice")
    for col, title in enumerate(("Title", "Theme")):
        sheet.write_string(0, col, title)
    sheet.write_formula(1, 0, '="Buena " & "práctica"', None, "Buena práctica")
    sheet.write_string(1, 1, "Diaspora")
    out.close()
    code, text, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert (code, err) == (0, ""), text
    titles = [r["title"] for r in records(demo_db, capsys)["good_practice"].values()]
    assert "Buena práctica" in titles


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("macros.xlsm", None, "macro-enabled"),
        ("secret.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, "password-protected"),
        ("notes.xlsx", b"name,kind\nx,y\n", "is not a workbook"),
        ("bomb.xlsx", "bomb", "zip bomb"),
    ],
)
def test_files_that_are_no_plain_workbook_are_refused_with_a_line(  # type: ignore[no-untyped-def]
    demo_db: Path, tmp_path: Path, capsys, name: str, content: bytes | str | None, reason: str
) -> None:
    path = tmp_path / name
    if content is None:
        export(demo_db, path.with_suffix(".xlsx"), capsys).rename(path)
    elif content == "bomb":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("xl/workbook.xml", "<workbook/>")
            archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024**2))
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    before = records(demo_db, capsys)
    code, out, err = run(demo_db, capsys, "sheet", "import", str(path))
    assert code == 2 and out == "" and err.count("\n") == 1 and reason in err and "Traceback" not in err
    assert records(demo_db, capsys) == before


def write_ods(path: Path, sheets: dict[str, list[list[object]]], manifest_extra: str = "") -> None:
    """A minimal OpenDocument spreadsheet, as LibreOffice writes one (strings, numbers, dates)."""
    from xml.sax.saxutils import escape

    def cell(value: object) -> str:
        if isinstance(value, dt.date):
            return f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}"/>'
        if isinstance(value, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{value}"/>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    tables = "".join(
        f'<table:table table:name="{escape(name)}">'
        + "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{manifest_extra}'
        "</manifest:file-entry></manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def test_a_libreoffice_workbook_imports(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "practices.ods"
    rows = [
        ["Title", "Theme", "Submitted on", "Country"],
        ["Ventanilla única para migrantes", "Integración", dt.date(2026, 5, 4), "PER"],
    ]
    write_ods(book, {"Buena práctica": rows})
    code, out, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert (code, err) == (0, ""), out
    assert "Buena práctica: 1 new, 0 changed, 0 unchanged" in out
    added = [r for r in records(demo_db, capsys)["good_practice"].values() if r["title"].startswith("Ventanilla")]
    assert added and added[0]["theme"] == "integration" and added[0]["submitted_on"] == "2026-05-04"


def test_an_encrypted_libreoffice_workbook_is_refused(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "secret.ods"
    write_ods(book, {"Good practice": [["Title"]]}, manifest_extra='<manifest:encryption-data manifest:checksum="x"/>')
    code, _out, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert code == 2 and "is encrypted: save it without a password" in err


def test_a_filled_template_creates_records_in_its_country(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "template.xlsx"
    code, _out, err = run(demo_db, capsys, "sheet", "export", "-o", str(book), "--country", "BDI", "--template",
                          "--lang", "fr")  # fmt: skip
    assert (code, err) == (0, "")
    before = records(demo_db, capsys)
    institution = next(r["name"] for r in before["institution"].values() if r["country"] == "BDI")
    filled = openpyxl.load_workbook(book)
    contacts = filled["Contact"]
    contacts.cell(2, column(contacts, "Nom")).value = "Aline Ndayishimiye"
    contacts.cell(2, column(contacts, "Institution")).value = institution
    contacts.cell(2, column(contacts, "Sexe")).value = "Femme"
    filled.save(book)
    code, out, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert (code, err) == (0, ""), out
    assert "Contact: 1 new, 0 changed, 0 unchanged" in out
    added = [r for r in records(demo_db, capsys)["contact"].values() if r["name"] == "Aline Ndayishimiye"]
    assert added[0]["country"] == "BDI" and added[0]["sex"] == "female" and added[0]["institution_id"]


def test_an_edit_on_every_sheet_gives_exactly_those_edits(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.sheets.columns import SHEET_KINDS, columns_for
    from desktop.sheets.export import header
    from desktop.sheets.words import Words

    book = export(demo_db, tmp_path / "peru.xlsx", capsys)
    before = records(demo_db, capsys)
    edited = openpyxl.load_workbook(book)
    words = Words("en")
    expected: dict[tuple[str, str], dict[str, Any]] = {}
    for kind in SHEET_KINDS:
        texts = [c for c in columns_for(kind) if c.cell == "text" and c.field not in ("country", "email", "currency")]
        sheet = edited[words.kind(kind)[:31]]
        if not texts or sheet.max_row < 2:
            continue
        col = column(sheet, header(words, texts[0]))
        rid = sheet.cell(2, 1).value
        new = f"{sheet.cell(2, col).value or ''} ✓ ع".strip()
        sheet.cell(2, col).value = new
        expected[(kind, rid)] = {texts[0].field: new}
    edited.save(book)
    code, out, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert (code, err) == (0, ""), out
    after = records(demo_db, capsys)
    changed = {
        (kind, rid): {f: v for f, v in row.items() if f != "updated_at" and before[kind][rid].get(f) != v}
        for kind, rows in after.items()
        for rid, row in rows.items()
        if rid in before.get(kind, {}) and row != before[kind][rid]
    }
    assert changed == expected and len(expected) >= 15


def test_a_date_before_excels_calendar_survives_the_round_trip(store, actor, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from db.services import create

    with store.session() as session:
        create(session, actor, "good_practice", {"title": "Ley de 1899", "theme": "other",
                                                  "submitted_on": dt.date(1899, 6, 30)})  # fmt: skip
    book = tmp_path / "old.xlsx"
    code, _out, err = run(store.path, capsys, "sheet", "export", "-o", str(book), "--kinds", "good_practice")
    assert (code, err) == (0, "")
    sheet = openpyxl.load_workbook(book)["Good practice"]
    cell = sheet.cell(2, column(sheet, "Submitted on"))
    assert cell.value == "1899-06-30"  # text: Excel's serial dates are wrong before 1 March 1900
    count = changes(store.path)
    code, out, err = run(store.path, capsys, "sheet", "import", str(book))
    assert (code, err) == (0, "") and "0 changed, 1 unchanged" in out and changes(store.path) == count


def test_institutions_beyond_a_trainings_headline_are_refused(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The sheet goes through the same rule as the editor: the institutions' counts within the headline."""
    book = export(demo_db, tmp_path / "peru.xlsx", capsys)
    edited = openpyxl.load_workbook(book)
    sheet = edited["Capacity participation"]
    female = sheet.cell(2, column(sheet, "Female"))
    female.value = int(female.value) + 1  # the demo's institutions account for every woman who took part
    edited.save(book)
    before, count = records(demo_db, capsys), changes(demo_db)
    code, out, err = run(demo_db, capsys, "sheet", "import", str(book))
    assert code == 2 and err.count("\n") == 1
    assert "women by institution add up to" in out and "more than the" in out
    assert records(demo_db, capsys) == before and changes(demo_db) == count
