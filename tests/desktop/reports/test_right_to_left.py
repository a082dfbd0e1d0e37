"""Arabic as focal points in Rabat and Tunis type it: brackets, quotes, digits, dashes, vowel marks, French beside it.

Each string of the corpus once crashed the report or printed wrong (issue 16).
"""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from report_helpers import squash
from reportlab.platypus import SimpleDocTemplate

from db.services import Actor, create
from db.store import Store
from desktop.reports.document import STYLES
from desktop.reports.plan import name_and_date, plan_heading
from desktop.reports.shaped import ShapedParagraph
from desktop.reports.text import fitted, para, register_fonts, shaped

#: (as typed, the Arabic words that must be found in the extracted text, in their logical order)
CORPUS = [
    ("(الهجرة)", ["الهجرة"]),
    ('"الهجرة"', ["الهجرة"]),
    ("خطة 2025–2027؛", ["خطة", "2025–2027"]),
    ("مُحَمَّد علي", ["مُحَمَّد علي"]),
    ("خاصاً الهجرة", ["خاصاً الهجرة"]),
    ("\x85\x9f\ufeffالهجرة", ["الهجرة"]),  # C1 controls before a byte-order mark
    ("Comité national (اللجنة الوطنية للهجرة) de coordination", ["Comité national", "اللجنة الوطنية للهجرة"]),
    ("اللجنة الوطنية للهجرة — Comité de pilotage", ["اللجنة الوطنية للهجرة", "Comité de pilotage"]),
    ("الاستراتيجية الوطنية 2025–2030", ["الاستراتيجية الوطنية", "2025–2030"]),
    ("محمد", ["محمد"]),
    ("وزارة «الهجرة» [2026] {الشؤون}", ["الهجرة", "2026", "الشؤون"]),
]


def _extract(flowables: list) -> tuple[str, bytes]:
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out).build(flowables)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return unicodedata.normalize("NFC", squash(text)), out.getvalue()


@pytest.mark.parametrize(("typed", "words"), CORPUS, ids=[f"corpus{n}" for n in range(len(CORPUS))])
def test_the_corpus_renders_in_body_headings_and_bold_and_extracts_in_logical_order(
    typed: str, words: list[str]
) -> None:
    text, _pdf = _extract([para(typed, STYLES.body), para(typed, STYLES.h2), para(typed, STYLES.small, bold=True)])
    for word in words:
        assert text.count(word) >= 3, (word, text)
    assert "\ufdf4" not in text  # the honorific ligature for Muhammad is a discretionary one: never applied


def test_muhammad_is_four_letters_not_the_honorific_ligature() -> None:
    register_fonts()
    made = para("محمد", STYLES.body)
    assert isinstance(made, ShapedParagraph)
    glyphs = [glyph for run in made.blocks[0].runs for glyph in run.glyphs]
    assert len(glyphs) == 4


def test_bold_arabic_and_sinhala_are_drawn_in_their_bold_faces() -> None:
    register_fonts()
    _text, pdf = _extract([para("اللجنة الوطنية", STYLES.h2), para("ශ්‍රී ලංකාව", STYLES.h2)])
    fonts = {str(font["/BaseFont"]) for page in PdfReader(io.BytesIO(pdf)).pages for font in _fonts(page)}
    assert any("NotoSansArabic-Bold" in name for name in fonts), fonts
    assert any("NotoSansSinhala-Bold" in name for name in fonts), fonts


def _fonts(page) -> list:
    return [ref.get_object() for ref in page["/Resources"].get_object()["/Font"].values()]


def test_a_long_arabic_paragraph_breaks_into_lines_and_across_pages() -> None:
    sentence = "اللجنة الوطنية للهجرة (2025–2030) تجتمع كل ثلاثة أشهر. "
    text, _pdf = _extract([para(sentence * 400, STYLES.body)])
    assert text.count("اللجنة الوطنية للهجرة") == 400


@pytest.fixture
def morocco(store: Store) -> Store:
    actor = Actor("Amina El Idrissi", store.device_id())
    with store.session() as session:
        ministry = create(
            session,
            actor,
            "institution",
            {"country": "MAR", "name": "وزارة الداخلية (Ministère de l'Intérieur)", "kind": "ministry"},
        )
        for number, (typed, _words) in enumerate(CORPUS):
            committee = create(
                session,
                actor,
                "committee",
                {
                    "country": "MAR",
                    "name": f"{typed} {number}",
                    "kind": "technical_working_group",
                    "status": "active",
                    "lead_institution_id": ministry,
                    "mandate": typed,
                },
            )
            create(
                session, actor, "membership", {"committee_id": committee, "institution_id": ministry, "role": "chair"}
            )
        create(
            session,
            actor,
            "policy",
            {
                "country": "MAR",
                "title": "الاستراتيجية الوطنية للهجرة 2025–2030",
                "kind": "strategy",
                "status": "adopted",
            },
        )
    return store


def test_a_moroccan_report_with_the_whole_corpus_renders_and_reads(morocco: Store, make_pdf) -> None:
    pdf = make_pdf(morocco, "MAR", language="fr", period=(date(2025, 1, 1), date(2026, 12, 31)))
    text = unicodedata.normalize("NFC", squash(pdf.text))
    for _typed, words in CORPUS:
        for word in words:
            assert word in text, word
    assert "الاستراتيجية الوطنية للهجرة" in text
    assert "وزارة الداخلية" in text and "(Ministère de l'Intérieur)" in text


_PIECES = [
    "الهجرة", "مُحَمَّد", "خاصاً", "لا", "؛", "٢٠٢٥", "2025–2030", "(", ")", "«", "»", '"', "[", "]", " ", "\n",
    "ශ්‍රී", "ලංකා", "இலங்கை", "கொள்கை", "Comité", "IOM", "—", "\u200f", "\u200e", "\u202b", "\u2067", "\x85",
    "\ufeff", "\u200d", "🇲🇦", "👍🏿", "🫠", "<b>", "&amp;", "\u0301", "\u064b",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40))
def test_any_mixture_of_scripts_marks_and_controls_renders(pieces: list[str]) -> None:
    typed = "".join(pieces)
    text, _pdf = _extract([para(typed, STYLES.body), para(typed, STYLES.h2), fitted(typed, STYLES.small, 80)])
    assert not [ch for ch in text if 0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000]  # all copies out as typed


def _visual(text: str) -> str:
    """``text`` as drawn from left to right on one line (runs in visual order, right-to-left runs reversed)."""
    paragraph = shaped(text, STYLES.h2)
    ((block, line),) = paragraph.laid_out(2000)
    out = []
    for run, _glyphs in block.line_runs(line):
        piece = block.text[max(run.start, line.start) : min(run.end, line.end)]
        out.append(piece[::-1] if run.level % 2 else piece)
    return "".join(out).replace("\u200e", "")


def test_a_work_plans_years_stay_after_a_french_title_ending_in_arabic() -> None:
    """The Tunisian plan's heading printed "(2027–2025) (خطة …" before: the years joined the Arabic."""
    heading = plan_heading("Plan de travail conjoint 2025–2027 (خطة العمل المشتركة)", 2025, 2027)
    assert _visual(heading).endswith(" (2025–2027)")
    assert plan_heading("Plan de travail conjoint", 2025, 2027) == "Plan de travail conjoint (2025–2027)"


def test_a_date_after_an_arabic_name_prints_whole() -> None:
    """A good practice's "Soumis" line printed "déc. 2025 1 — سناء الهمامي" before."""
    assert "1 déc. 2025" in _visual(name_and_date("سناء الهمامي", "1 déc. 2025"))
    assert name_and_date("Ana Pérez", "1 dic 2025") == "Ana Pérez — 1 dic 2025"
    assert name_and_date(None, "1 dic 2025") == "1 dic 2025"
