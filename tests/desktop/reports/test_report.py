"""The PDF country overview read back with pypdf: sections, names, figures, pages, fonts."""

from __future__ import annotations

import re
from datetime import date

import pytest
from report_helpers import squash

from db.services import Actor, create
from db.store import Store
from desktop.reports import ReportError, ReportRequest, write_report
from desktop.reports.labels import Labels

SECTION_TITLES = ("At a glance", "Coordination", "Policy coherence", "Work plan", "Results", "Capacity building",
                  "Evidence and good practices", "Annex: stakeholders")  # fmt: skip


def test_peru_in_english_has_every_section_with_its_records(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "PER")
    text = squash(pdf.text)
    assert pdf.result.pages == len(pdf.pages) >= 8
    assert pdf.pages[0].count("Peru") and "Country overview" in pdf.pages[0]
    assert "Period: January 1, 2025 to December 31, 2026" in squash(pdf.pages[0])
    assert f"{pdf.result.data_version} (" in squash(pdf.pages[0])
    for title in SECTION_TITLES:
        assert title in text
    # names exactly as typed, with their accents
    assert "Mesa de Trabajo Intersectorial para la Gestión Migratoria" in text
    assert "Supreme Decree No. 067-2011-PCM" in text or "067-2011-PCM" in text
    assert "Política Nacional Migratoria" in text


def test_at_a_glance_figures_are_those_of_the_database(demo_store: Store, make_pdf) -> None:
    from db.services.overview import overview

    with demo_store.session() as session:
        data = overview(session, "PER", date(2025, 1, 1), date(2026, 12, 31), today=date(2026, 11, 23))
    pdf = make_pdf(demo_store, "PER")
    glance = squash(pdf.pages[pdf.page_of("At a glance", after=2) - 1])
    g = data.glance
    assert f"{g.meetings} meetings held" in glance
    assert f"{g.decisions_open} decisions open {g.decisions_closed} closed" in glance
    assert f"{g.trained:,} people trained" in glance
    assert f"{g.committees_active} committees active of {g.committees} recorded" in glance
    assert g.meetings == sum(len(c.meetings) for c in data.committees) > 0


def test_every_page_is_numbered_page_x_of_y(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "PER")
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages[1:], start=2):
        assert f"Page {number} of {total}" in page


def test_contents_give_the_page_each_section_starts_on(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "PER")
    contents = squash(pdf.pages[1])
    assert contents.startswith("Peru") and "Contents" in contents
    for title in SECTION_TITLES:
        found = re.search(re.escape(title) + r" (\d+)", contents)
        assert found, title
        page = int(found.group(1))
        assert squash(pdf.pages[page - 1]).count(title) >= 1
        # and the running header of that page names the section
        assert title in pdf.pages[page - 1].splitlines()[0] + pdf.pages[page - 1][:200]


def test_fonts_are_embedded_subsets_and_never_helvetica(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "LKA")
    fonts = pdf.fonts()
    assert fonts and all(fonts.values()), fonts
    assert all(re.match(r"/[A-Z]{6}\+", name) for name in fonts), fonts  # subset tags
    assert not any("Helvetica" in name for name in fonts)


def test_burundi_in_french(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "BDI", language="fr")
    words = Labels("fr")
    text = squash(pdf.text)
    assert "Burundi" in pdf.pages[0]
    assert "1 janvier 2025" in squash(pdf.pages[0]) or "1er janvier 2025" in squash(pdf.pages[0])
    assert words.t("Contents") in text and words.t("Policy coherence") in text
    total = len(pdf.pages)
    assert words.t("Page {page} of {total}", page=2, total=total) in pdf.pages[1]
    assert "Politique nationale" in text or "National Migration Policy" in text  # names as typed


def test_spanish_dates_and_numbers(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "PER", language="es")
    assert "1 de enero de 2025" in squash(pdf.pages[0])


def test_a_country_with_nothing_recorded_gives_a_short_valid_report(store: Store, make_pdf) -> None:
    pdf = make_pdf(store, "ISL")
    assert len(pdf.pages) <= 3
    text = squash(pdf.text)
    assert "Iceland" in text
    assert "Nothing has been recorded for Iceland in this period yet." in text
    for title in SECTION_TITLES[1:]:
        assert title not in text


def test_sections_without_records_or_not_chosen_are_left_out(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "PER", sections=frozenset({"coordination", "capacity"}))
    text = squash(pdf.text)
    assert "Coordination" in text and "Capacity building" in text
    for title in ("Policy coherence", "Work plan", "Evidence and good practices", "Annex: stakeholders"):
        assert title not in text
    assert not any(page.strip() == "" for page in pdf.pages)


def test_a_bad_request_is_refused_and_nothing_is_written(store: Store, tmp_path) -> None:
    out = tmp_path / "out.pdf"
    request = ReportRequest("PER", date(2026, 5, 1), date(2026, 1, 1), language="de")
    with store.session() as session, pytest.raises(ReportError, match=r"language must be one of.*period ends"):
        write_report(session, request, out)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "mainstream.db"] or not any(
        p.suffix == ".part" for p in tmp_path.iterdir()
    )


def test_a_cancelled_report_leaves_the_previous_file(demo_store: Store, tmp_path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"the report of last week")

    class Stop(Exception):
        pass

    def progress(done: int, total: int, _text: str) -> None:
        if done > 5:
            raise Stop

    request = ReportRequest("PER", date(2025, 1, 1), date(2026, 12, 31))
    with demo_store.session() as session, pytest.raises(Stop):
        write_report(session, request, out, progress=progress)
    assert out.read_bytes() == b"the report of last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db", "out.pdf"] or not any(
        p.name.endswith(".part") for p in tmp_path.iterdir()
    )


def test_the_data_version_changes_with_the_data_and_only_then(demo_store: Store, make_pdf) -> None:
    first = make_pdf(demo_store, "PER").result.data_version
    assert make_pdf(demo_store, "PER", language="fr").result.data_version == first
    with demo_store.session() as session:
        create(
            session,
            Actor("Lucía", demo_store.device_id()),
            "institution",
            {"country": "PER", "name": "Defensoría del Pueblo", "kind": "agency"},
        )
    assert make_pdf(demo_store, "PER").result.data_version != first


def test_the_pdf_is_an_ordinary_file_not_a_private_one(store: Store, make_pdf) -> None:
    import os
    import stat

    pdf = make_pdf(store, "ISL")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(pdf.result.path.stat().st_mode) == 0o666 & ~umask


def test_french_counts_are_singular_for_one_and_colons_are_spaced(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "MAR", language="fr")
    glance = squash(pdf.pages[pdf.page_of("En bref", after=2) - 1])
    assert "1 comité actif" in glance and "comités actifs" not in glance
    assert "Effet\u202f: " in pdf.text and "Effet:" not in pdf.text  # (squash would make the space a plain one)


def test_every_period_of_the_span_is_shown_with_targets_and_actuals_by_sex(store: Store, make_pdf) -> None:
    actor = Actor("Youssef El Amrani", store.device_id())
    with store.session() as session:
        plan = create(
            session, actor, "work_plan", {"country": "MAR", "title": "Plan conjoint", "start_year": 2023,
                                          "end_year": 2027, "status": "draft"},
        )  # fmt: skip
        result = create(session, actor, "result", {"work_plan_id": plan, "kind": "outcome", "code": "1",
                                                   "statement": "Les compétences de la diaspora"})  # fmt: skip
        fields = {"result_id": result, "statement": "Personnes formées", "measure": "number", "baseline_value": 0}
        indicator = create(session, actor, "indicator", {**fields, "by_sex": True})
        spans = (("2023-01-01", "2025-12-31", 120, 130), ("2026-01-01", "2027-12-31", 200, None))
        for start, end, target, actual in spans:
            period = {"indicator_id": indicator, "period_start": start, "period_end": end}
            create(session, actor, "indicator_period", {**period, "target": target, "actual": actual})
            create(session, actor, "indicator_period", {**period, "sex": "female", "target": target // 2,
                                                        "actual": None if actual is None else 70})  # fmt: skip
    pdf = make_pdf(store, "MAR", language="fr", period=(date(2023, 1, 1), date(2027, 12, 31)))
    results = squash(pdf.pages[pdf.page_of("Personnes formées", after=3) - 1])
    assert "1 janv. 2023 – 31 déc. 2025" in results and "1 janv. 2026 – 31 déc. 2027" in results
    assert "130,00" in results or "130" in results  # the 2023–2025 actual, shown although a later period exists
    assert "F\u00a060" in results or "F 60" in results  # the women's target, printed beside the women's actual
    assert "F 70" in results
