"""Layout a reader notices: a Gantt chart's time axis, its labels cut at their logical end."""

from __future__ import annotations

import io
from datetime import date
from itertools import pairwise

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from desktop.reports.charts import AXIS_SIZE, Gantt, GanttRow
from desktop.reports.document import FRAME_WIDTH
from desktop.reports.labels import Labels
from desktop.reports.text import BASE, register_fonts


def _axis_runs(chart: Gantt) -> list[tuple[float, str]]:
    """The axis labels drawn (x, text), read back from the PDF."""
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out).build([chart])
    found: list[tuple[float, str]] = []

    def seen(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip() and abs(size * tm[0] - AXIS_SIZE) < 0.01:
            found.append((cm[4] + tm[4], text.strip()))

    PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(visitor_text=seen)
    return sorted(found)


def _chart(start: date, end: date, language: str, label: str = "1.1 Formation des agents consulaires") -> Gantt:
    register_fonts()
    row = GanttRow(label, (start, end), None, colors.blue, 50)
    return Gantt([row], start, end, width=FRAME_WIDTH, axis_label=Labels(language).axis_label)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize(
    ("start", "end", "unit"),
    [
        (date(2026, 1, 1), date(2026, 6, 30), "month"),
        (date(2025, 1, 1), date(2026, 12, 31), "quarter"),
        (date(2023, 1, 1), date(2027, 12, 31), "year"),
        (date(2020, 1, 1), date(2030, 12, 31), "year"),
    ],
)
def test_axis_labels_never_run_into_each_other(language: str, start: date, end: date, unit: str) -> None:
    chart = _chart(start, end, language)
    assert chart.axis()[0] == unit
    runs = _axis_runs(chart)
    assert len(runs) >= 5
    for (x, text), (next_x, _next) in pairwise(runs):
        assert x + stringWidth(text, BASE, AXIS_SIZE) < next_x, (text, runs)


def test_an_arabic_label_is_cut_at_its_logical_end_keeping_its_code() -> None:
    label = "1.1 تكوين الأعوان القنصليين في مجال استقبال المهاجرين وتوجيههم ومرافقتهم في المغرب"
    chart = _chart(date(2026, 1, 1), date(2026, 12, 31), "fr", label)
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out).build([chart])
    text = PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    assert "1.1" in text and "تكوين الأعوان" in text  # the start is kept ...
    assert "في المغرب" not in text and "…" in text  # ... the end is cut


def test_status_changes_days_apart_do_not_print_over_each_other() -> None:
    from desktop.reports.charts import Step, Timeline

    register_fonts()
    words = Labels("fr")
    days = [date(2021, 3, 1), date(2025, 6, 2), date(2025, 6, 9), date(2025, 6, 16), date(2025, 6, 20)]
    statuses = ["Brouillon", "Consultation", "Soumis au Conseil", "Adopté", "En cours de mise en œuvre"]
    steps = [Step(day, text, colors.grey) for day, text in zip(days, statuses, strict=True)]
    chart = Timeline(steps, width=FRAME_WIDTH, end=date(2026, 12, 31), dates=[words.date(day) for day in days])
    out = io.BytesIO()
    SimpleDocTemplate(out).build([chart])
    boxes: list[tuple[float, float, float]] = []  # (baseline, left, right)

    def seen(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            left = cm[4] + tm[4]
            boxes.append((round(cm[5] + tm[5], 1), left, left + stringWidth(text.strip(), BASE, size * tm[0])))

    PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(visitor_text=seen)
    texts = statuses + [words.date(day) for day in days]
    assert len(boxes) == len(texts)
    for index, (y, left, right) in enumerate(boxes):
        for other_y, other_left, other_right in boxes[index + 1 :]:
            if abs(y - other_y) < 7:  # on the same line
                assert right <= other_left or other_right <= left, boxes


@pytest.mark.parametrize(
    ("language", "word", "width", "lines"),
    [
        ("fr", "Abandonné", 30, ["Aban-", "donné"]),
        ("fr", "Abandonné", 38, ["Abandon-", "né"]),
        ("en", "Women", 20, ["Wo-", "men"]),
        ("en", "MTIGM-2026/015", 30, None),  # a code: cut where the column ends, no hyphen added
    ],
)
def test_a_word_wider_than_its_column_is_hyphenated_in_the_report_language(
    language: str, word: str, width: float, lines: list[str] | None
) -> None:
    from desktop.reports.labels import LANGUAGE
    from desktop.reports.tables import wrap_words

    register_fonts()
    token = LANGUAGE.set(language)
    try:
        found = wrap_words(word, BASE, width)
    finally:
        LANGUAGE.reset(token)
    if lines is None:
        assert "".join(found) == word and len(found) > 1
    else:
        assert found == lines
    assert all(stringWidth(line, BASE, 8) <= width for line in found)


def test_long_minutes_run_on_across_pages_instead_of_being_cut_in_a_cell(store, make_pdf) -> None:
    from db.services import Actor, create

    sentence = "Les membres ont examiné le rapport trimestriel et adopté les recommandations du groupe technique."
    actor = Actor("Kamal Ben Salah", store.device_id())
    with store.session() as session:
        committee = create(
            session,
            actor,
            "committee",
            {"country": "TUN", "name": "Comité national", "kind": "steering", "status": "active"},
        )
        create(
            session,
            actor,
            "meeting",
            {
                "committee_id": committee,
                "held_on": "2026-03-02",
                "place": "Tunis",
                "agenda": "Rapport trimestriel",
                "minutes_summary": " ".join([sentence] * 120),
            },
        )
    pdf = make_pdf(store, "TUN", language="fr", period=(date(2026, 1, 1), date(2026, 12, 31)))
    assert pdf.body("Tunisie").count(sentence) == 120  # about 12,000 characters, all printed
    assert " …" not in pdf.body("Tunisie")


def test_a_table_a_little_shorter_than_a_page_starts_under_its_heading(store, make_pdf) -> None:
    from db.services import Actor, create

    actor = Actor("Lucía Quispe", store.device_id())
    sectors = ["labour", "health", "interior", "foreign_affairs"]
    with store.session() as session:
        committee = create(
            session,
            actor,
            "committee",
            {"country": "ECU", "name": "Mesa de movilidad humana", "kind": "steering", "status": "active",
             "mandate": "Coordinar la política de movilidad humana. " * 12},
        )  # fmt: skip
        for number in range(40):
            institution = create(
                session,
                actor,
                "institution",
                {"country": "ECU", "name": f"Institución {number:02d}", "kind": "ministry",
                 "sector": sectors[number % 4]},
            )  # fmt: skip
            membership = {"committee_id": committee, "institution_id": institution, "role": "member"}
            create(session, actor, "membership", membership)
    pdf = make_pdf(store, "ECU", language="es", period=(date(2026, 1, 1), date(2026, 12, 31)))
    page = pdf.page_of("Mesa de movilidad humana", after=2)
    assert pdf.page_of("Miembros por sector (40)") == page  # not moved to the next page with the whole table
    assert pdf.page_of("Institución", after=page - 1) == page
    assert "Institución" in pdf.pages[page]  # the rest runs on to the next page


@pytest.mark.parametrize(("country", "language"), [("PER", "en"), ("BDI", "fr"), ("LKA", "en"), ("MAR", "fr")])
def test_no_page_holds_only_its_header_and_footer(demo_store, make_pdf, country: str, language: str) -> None:
    pdf = make_pdf(demo_store, country, language=language)
    for number, page in enumerate(pdf.pages[2:], start=3):
        lines = [line for line in page.splitlines() if line.strip()]
        assert len(lines) > 4, (number, lines)  # header (2 lines), footer (2 lines) and something else


def test_space_after_a_section_ending_at_the_foot_of_a_page_makes_no_blank_page() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    from desktop.reports.render import section_break

    style = ParagraphStyle("plain", fontName="Helvetica", fontSize=10, leading=12)
    out = io.BytesIO()
    document = SimpleDocTemplate(out)
    flowables = [Spacer(1, document.height - 40), Paragraph("the end of a section", style), Spacer(1, 40)]
    section_break(flowables)
    flowables.append(Paragraph("the next section", style))
    document.build(flowables)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert len(pages) == 2 and "the next section" in pages[1]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_events_table_headers_are_whole_words(demo_store, make_pdf, language: str) -> None:
    pdf = make_pdf(demo_store, "MAR", language=language)
    words = Labels(language)
    page = pdf.pages[pdf.page_of(words.t("Capacity building"), after=2) - 1]
    for title in ("Women", "Men", "Other", "Total"):
        assert words.t(title) in page.split(), title


def test_narrow_text_is_hyphenated_in_the_report_language_and_wide_text_is_not() -> None:
    from desktop.reports.document import STYLES
    from desktop.reports.labels import LANGUAGE
    from desktop.reports.text import para

    register_fonts()
    text = "Renforcement institutionnel des administrations territoriales"
    token = LANGUAGE.set("fr")
    try:
        cell, body = para(text, STYLES.small), para(text, STYLES.body)
        cell.wrap(75, 1000)
        body.wrap(75, 1000)
    finally:
        LANGUAGE.reset(token)
    cell_lines = [" ".join(str(w) for w in words) for _room, words in cell.blPara.lines]
    assert cell_lines[:2] == ["Renforcement insti-", "tutionnel des admi-"]  # lines filled, cut at syllables
    assert all(not str(words[-1]).endswith("-") for _room, words in body.blPara.lines)
