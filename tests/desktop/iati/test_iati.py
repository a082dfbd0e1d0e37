"""The IATI file of every demo country passes the official 2.03 schema and the rules it does not
state; identifiers never change; a file that would not pass is never written."""

from __future__ import annotations

import copy
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from lxml import etree

from desktop.cli import main
from desktop.iati.build import yearly
from desktop.iati.validate import problems, schema

COUNTRIES = ("PER", "BDI", "LKA", "MAR", "KGZ")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def write(db: Path, out: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "iati", "-o", str(out), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_demo_country_is_valid(demo_db: Path, tmp_path: Path, capsys, country: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{country}.xml"
    code, text, err = write(demo_db, out, capsys, "--country", country)
    assert (code, err) == (0, "") and "valid against the IATI 2.03 schema" in text
    tree = etree.parse(str(out))
    assert schema().validate(tree) and problems(tree) == []
    plans = tree.xpath("//iati-activity[@hierarchy='1']")
    children = tree.xpath("//iati-activity[@hierarchy='2']")
    assert plans and children
    assert all(a.findtext("iati-identifier").startswith("XM-DAC-47066-") for a in plans + children)
    assert all(a.find("sector").get("code") == "15190" for a in plans + children)
    assert all(a.find("tag[@vocabulary='3']").get("code") == "10.7" for a in plans + children)


def test_peru_results_budgets_and_expenditure(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "per.xml"
    assert write(demo_db, out, capsys, "--country", "PER")[0] == 0
    tree = etree.parse(str(out))
    plan = tree.xpath("//iati-activity[@hierarchy='1']")[0]
    assert plan.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    assert plan.xpath("result/indicator/baseline/@year")
    assert plan.xpath("result/indicator/period/target/dimension[@name='sex'][@value='female']")
    assert plan.xpath("result/indicator/period/actual/dimension[@name='sex']")
    child_ids = set(plan.xpath("related-activity[@type='2']/@ref"))
    children = tree.xpath("//iati-activity[@hierarchy='2']")
    assert child_ids == {c.findtext("iati-identifier") for c in children}
    budgets = tree.xpath("//iati-activity[@hierarchy='2']/budget")
    assert budgets
    for budget in budgets:  # never more than a year each
        start = dt.date.fromisoformat(budget.find("period-start").get("iso-date"))
        end = dt.date.fromisoformat(budget.find("period-end").get("iso-date"))
        assert start.year == end.year and start <= end
    assert tree.xpath("//transaction[transaction-type/@code='4']/value")
    assert tree.xpath("//participating-org[@role='4'][narrative='Ministerio de Relaciones Exteriores']")
    assert tree.xpath("//iati-activity[@hierarchy='2']/participating-org[@role='1']/narrative")  # funding sources


def test_identifiers_never_change_and_follow_the_reporting_org(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, second, undp = tmp_path / "a.xml", tmp_path / "b.xml", tmp_path / "undp.xml"
    assert write(demo_db, first, capsys, "--country", "BDI")[0] == 0
    assert write(demo_db, second, capsys, "--country", "BDI")[0] == 0
    ids = etree.parse(str(first)).xpath("//iati-identifier/text()")
    assert ids == etree.parse(str(second)).xpath("//iati-identifier/text()")
    assert write(demo_db, undp, capsys, "--country", "BDI", "--reporting-org", "XM-DAC-41114")[0] == 0
    tree = etree.parse(str(undp))
    assert tree.xpath("//reporting-org/@ref") and set(tree.xpath("//reporting-org/@ref")) == {"XM-DAC-41114"}
    assert [i.replace("XM-DAC-41114", "XM-DAC-47066") for i in tree.xpath("//iati-identifier/text()")] == ids


def test_unknown_reporting_org_and_a_country_without_plans_are_refused(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.xml"
    code, _text, err = write(demo_db, out, capsys, "--country", "PER", "--reporting-org", "XM-DAC-99999")
    assert code == 2 and "XM-DAC-99999: not one of" in err and err.count("\n") == 1
    code, _text, err = write(demo_db, out, capsys, "--country", "FRA")
    assert code == 2 and "FRA has no work plan" in err
    assert not out.exists()


def test_codes_the_schema_lets_through_are_caught(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "per.xml"
    assert write(demo_db, out, capsys, "--country", "PER")[0] == 0
    tree = etree.parse(str(out))
    broken = copy.deepcopy(tree)
    broken.xpath("//activity-status")[0].set("code", "99")
    broken.xpath("//recipient-country")[0].set("code", "ZZ")
    broken.xpath("//sector")[0].set("percentage", "60")
    budget = broken.xpath("//budget/period-end")[0]
    budget.set("iso-date", "2031-12-31")
    assert schema().validate(broken)  # the schema alone would publish it
    found = "\n".join(problems(broken))
    assert "activity-status code='99' is not in the IATI ActivityStatus list" in found
    assert "recipient-country code='ZZ' is not in the IATI Country list" in found
    assert "add up to 60, not 100" in found and "is not within a year" in found


def test_an_invalid_file_is_never_written(demo_db: Path, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop import iati

    monkeypatch.setattr(iati, "problems", lambda tree, today=None: ["activity X: its end is before its start"])
    out = tmp_path / "per.xml"
    code, _text, err = write(demo_db, out, capsys, "--country", "PER")
    assert code == 2 and "would not be valid: activity X: its end is before its start" in err
    assert not out.exists() and not list(tmp_path.glob(".*partial"))


def test_a_budget_is_spread_over_calendar_years_to_the_cent() -> None:
    parts = yearly(100_000, dt.date(2025, 7, 1), dt.date(2027, 6, 30))
    assert [p[0].year for p in parts] == [2025, 2026, 2027]
    assert round(sum(p[2] for p in parts), 2) == 100_000
    assert parts[1][2] == pytest.approx(100_000 * 365 / 730, abs=0.01)


def test_peru_file_unchanged_when_the_database_is(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(demo_db) as connection:
        before = connection.execute("select count(*) from change").fetchone()[0]
    assert write(demo_db, tmp_path / "per.xml", capsys, "--country", "PER")[0] == 0
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute("select count(*) from change").fetchone()[0] == before


def test_text_xml_cannot_hold_is_left_out_and_scripts_kept(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from db.services import Actor, update
    from db.store import Store

    db = tmp_path / "demo.db"
    assert main(["--db", str(db), "demo"]) == 0
    with Store.open(db) as store, store.session() as session:
        rid = session.execute(text("select id from activity where country = 'LKA' limit 1")).scalar_one()
        update(session, Actor("t", store.device_id()), "activity", rid, {"title": "ශ්‍රී ලංකා\x07 training 🌍 تدريب"})
    out = tmp_path / "lka.xml"
    assert write(db, out, capsys, "--country", "LKA")[0] == 0
    tree = etree.parse(str(out))
    assert "ශ්‍රී ලංකා training 🌍 تدريب" in tree.xpath("//iati-activity/title/narrative/text()")


def test_knowledge_products_and_attached_files_are_document_links(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from db.services import Actor
    from db.services.attachments import attach
    from db.store import Store

    db = tmp_path / "demo.db"
    assert main(["--db", str(db), "demo"]) == 0
    with Store.open(db) as store, store.session() as session:
        actor = Actor("t", store.device_id())
        product = session.execute(
            text("select id, title, kind, issued_on from knowledge_product where country = 'PER' limit 1")
        ).one()
        activity = session.execute(text("select id from activity where country = 'PER' limit 1")).scalar_one()
        attach(session, actor, "knowledge_product", product.id, "Perfil migratorio 2023.pdf", b"%PDF-1.4 ...")
        attach(session, actor, "activity", activity, "asistencia.xlsx", b"PK", description="Lista de asistencia")
    out = tmp_path / "per.xml"
    assert write(db, out, capsys, "--country", "PER")[0] == 0
    tree = etree.parse(str(out))
    assert schema().validate(tree) and problems(tree) == []
    links = tree.xpath("//iati-activity[@hierarchy='1']/document-link[@url='Perfil%20migratorio%202023.pdf']")
    assert len(links) == 1
    link = links[0]
    assert link.get("format") == "application/pdf"
    assert link.xpath("title/narrative/text()") == [product.title]
    assert link.xpath("category/@code") == ["A07" if product.kind == "assessment" else "A08"]
    assert link.xpath("language/@code") == ["es"]
    if product.issued_on:
        assert link.xpath("document-date/@iso-date") == [str(product.issued_on)[:10]]
    mine = tree.xpath(f"//iati-activity[iati-identifier='XM-DAC-47066-{activity}']/document-link")
    assert [(d.get("url"), d.get("format")) for d in mine] == [
        ("asistencia.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ]
    assert mine[0].xpath("title/narrative/text()") == ["Lista de asistencia"]


def test_a_document_format_outside_the_code_list_is_caught(demo_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "per.xml"
    assert write(demo_db, out, capsys, "--country", "PER")[0] == 0
    tree = etree.parse(str(out))
    activity = tree.xpath("//iati-activity[@hierarchy='2']")[0]
    link = etree.Element("document-link", url="x.bin", format="application/x-made-up")
    etree.SubElement(etree.SubElement(link, "title"), "narrative").text = "x"
    etree.SubElement(link, "category", code="Z99")
    activity.find("related-activity").addprevious(link)
    assert schema().validate(tree)
    found = problems(tree)
    assert any("format='application/x-made-up' is not in the IATI FileFormat list" in p for p in found)
    assert any("code='Z99' is not in the IATI DocumentCategory list" in p for p in found)
