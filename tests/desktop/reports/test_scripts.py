"""Every script, hostile markup and very long text on the way to the PDF."""

from __future__ import annotations

import re
from datetime import date

import pytest
from report_helpers import squash

from db.services import Actor, create
from db.store import Store
from desktop.reports.bidi import is_rtl, levels, visual_order
from desktop.reports.text import _coverage, markup, register_fonts

ARABIC = "وزارة الشؤون الخارجية"
SINHALA = "\u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf\u0dc0"  # Sri Lanka, with its zero-width joiner
CYRILLIC = "Министерство труда, социального обеспечения и миграции"
ACCENTS = "Ministère des Affaires étrangères; Año de la Niñez; São Tomé; Ørsted; İzmir"
EMOJI = "Migration 🌍 & development 👩🏽‍💼 — flags 🇱🇰"
HOSTILE = '<b>not bold</b> & <font name="Courier">x</font> <img src="/etc/passwd"/> &amp; <para>'


@pytest.fixture
def many_scripts(store: Store) -> Store:
    actor = Actor("Nimali Perera", store.device_id())
    with store.session() as session:
        sinhala_ministry = create(
            session,
            actor,
            "institution",
            {
                "country": "LKA",
                "name": f"{SINHALA} (Sri Lanka Bureau of Foreign Employment)",
                "kind": "agency",
                "sector": "labour",
            },
        )
        arabic_ministry = create(
            session,
            actor,
            "institution",
            {
                "country": "LKA",
                "name": ARABIC,
                "kind": "ministry",
                "sector": "foreign_affairs",
            },
        )
        cyrillic = create(session, actor, "institution", {"country": "LKA", "name": CYRILLIC, "kind": "donor"})
        committee = create(
            session,
            actor,
            "committee",
            {
                "country": "LKA",
                "name": f"{ARABIC} — {HOSTILE}",
                "kind": "steering",
                "status": "active",
                "legal_basis": ACCENTS,
                "lead_institution_id": arabic_ministry,
                "mandate": ("A mandate of many words, repeated to test very long text. " * 1700).strip(),
            },
        )
        for institution, role in ((sinhala_ministry, "chair"), (arabic_ministry, "member"), (cyrillic, "observer")):
            create(
                session,
                actor,
                "membership",
                {
                    "committee_id": committee,
                    "institution_id": institution,
                    "role": role,
                },
            )
        meeting = create(
            session,
            actor,
            "meeting",
            {
                "committee_id": committee,
                "held_on": "2026-03-02",
                "place": EMOJI,
                "agenda": HOSTILE,
            },
        )
        create(
            session,
            actor,
            "decision",
            {
                "meeting_id": meeting,
                "text": "x" * 5000 + " " + HOSTILE,
                "status": "open",
                "responsible_institution_id": sinhala_ministry,
            },
        )
        create(
            session,
            actor,
            "policy",
            {
                "country": "LKA",
                "title": CYRILLIC,
                "kind": "law",
                "status": "draft",
                "sdg_targets": ["10.7"],
                "gcm_objectives": [23],
                "summary": f"{ARABIC}\n{SINHALA}\n{EMOJI}",
            },
        )
        create(
            session,
            actor,
            "good_practice",
            {
                "country": "LKA",
                "title": EMOJI,
                "theme": "diaspora",
                "summary": HOSTILE,
            },
        )
    return store


def test_names_in_every_script_reach_the_pdf_in_embedded_fonts(many_scripts: Store, make_pdf) -> None:
    pdf = make_pdf(many_scripts, "LKA", period=(date(2026, 1, 1), date(2026, 12, 31)))
    fonts = pdf.fonts()
    for family in ("NotoSans-Regular", "NotoSansArabic", "NotoSansSinhala", "Symbola"):
        assert any(family in name for name in fonts), (family, fonts)
    assert all(fonts.values()), fonts
    text = squash(pdf.text)
    assert CYRILLIC in text
    assert "Ministère des Affaires étrangères; Año de la Niñez; São Tomé; Ørsted; İzmir" in text
    # Latin next to Sinhala stays Latin (ReportLab shapes a word in the font of its first character)
    assert "(Sri Lanka Bureau of Foreign Employment)" in text
    assert "\uffff" not in text


def test_markup_in_names_is_printed_as_typed_never_obeyed(many_scripts: Store, make_pdf) -> None:
    pdf = make_pdf(many_scripts, "LKA", period=(date(2026, 1, 1), date(2026, 12, 31)))
    text = squash(pdf.text)
    assert '<b>not bold</b> & <font name="Courier">x</font> <img src="/etc/passwd"/> &amp; <para>' in text
    assert not any("Courier" in name for name in pdf.fonts())


def test_very_long_texts_are_printed_whole_across_pages(many_scripts: Store, make_pdf) -> None:
    pdf = make_pdf(many_scripts, "LKA", period=(date(2026, 1, 1), date(2026, 12, 31)))
    text = pdf.body("Sri Lanka")
    assert text.count("repeated to test very long text.") == 1700  # the whole 98,600-character mandate
    assert len(pdf.pages) > 15
    # the 5,000-character decision is shortened in its table cell, not dropped
    assert "xxxxxxxxxx" in text and " …" in text


@pytest.mark.parametrize("text", [ARABIC, SINHALA, CYRILLIC, ACCENTS, EMOJI, HOSTILE, f"{ARABIC} (IOM) 2026 {SINHALA}"])
def test_every_character_is_in_a_font_that_has_it(text: str) -> None:
    register_fonts()
    made = markup(text)
    for font, chunk in re.findall(r'(?:<font name="([^"]+)">)?([^<]+)(?:</font>)?', made):
        name = font or "Mainstream"
        plain = chunk.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        missing = [ch for ch in plain if ord(ch) not in _coverage[name] and ch not in "\u200c\u200d"]
        assert not missing, (name, missing)


def test_markup_escapes_what_reportlab_would_parse() -> None:
    assert markup("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert markup("a\x00b\x1bc") == "abc"  # control characters have no place on a page
    assert markup("line one\nline two") == "line one<br/>line two"


def test_direction_is_that_of_the_first_strong_character() -> None:
    assert is_rtl(ARABIC) and is_rtl(f"2026 {ARABIC} IOM")
    assert not is_rtl(f"IOM {ARABIC}") and not is_rtl(SINHALA) and not is_rtl("")


def test_levels_follow_the_bidirectional_algorithm_over_the_whole_paragraph() -> None:
    text = f"{ARABIC} (IOM 2026) و"
    found = levels(text, True)
    assert found[: len(ARABIC)] == [1] * len(ARABIC)
    assert found[text.index("IOM") : text.index("2026") + 4] == [2] * len("IOM 2026")
    assert found[text.index("(")] == found[text.index(")")] == 1  # the brackets belong to the Arabic sentence
    assert levels("IOM 2026", False) == [0] * 8


def test_runs_of_a_line_are_placed_by_rule_l2() -> None:
    assert visual_order([1, 2, 1]) == [2, 1, 0]  # Arabic, a Latin phrase, Arabic: the phrase stays in its place
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert visual_order([0, 0]) == [0, 1]


def _runs_in_drawing_order(pdf_bytes: bytes) -> list[str]:
    """The text runs of page 1 in the order they are drawn.

    pypdf hands Arabic back in reading order, so an Arabic run reads as typed.
    """
    import io
    import unicodedata

    from pypdf import PdfReader

    runs: list[str] = []
    PdfReader(io.BytesIO(pdf_bytes)).pages[0].extract_text(visitor_text=lambda text, *_: runs.append(text))
    return [squash(unicodedata.normalize("NFKC", run)).strip() for run in runs if run.strip()]


def _run_positions(pdf_bytes: bytes) -> list[float]:
    """The x of each non-blank text run of page 1, in drawing order."""
    import io

    from pypdf import PdfReader

    xs: list[float] = []

    def seen(text: str, _cm: list[float], tm: list[float], *_rest: object) -> None:
        if text.strip():
            xs.append(tm[4])

    PdfReader(io.BytesIO(pdf_bytes)).pages[0].extract_text(visitor_text=seen)
    return xs


def test_mixed_direction_lines_read_in_the_right_order_on_the_page() -> None:
    import io

    from reportlab.platypus import SimpleDocTemplate

    from desktop.reports.document import STYLES
    from desktop.reports.text import para

    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out).build(
        [
            para(f"{ARABIC} — Steering committee on migration 2024", STYLES.body),
            para(f"Steering committee {ARABIC} on migration", STYLES.body),
            para(f"{ARABIC} Lanka Bureau 2026", STYLES.body),
        ]
    )
    # Runs are written in the order they were typed (so copying gives the sentence), each placed by the
    # bidirectional algorithm; the dash between the two belongs to the Arabic sentence (rule N1).
    assert _runs_in_drawing_order(out.getvalue()) == [
        ARABIC,
        "—",
        "Steering committee on migration 2024",
        "Steering committee",
        ARABIC,
        "on migration",
        ARABIC,
        "Lanka Bureau 2026",
    ]
    # ... and placed from the right: the Arabic name of the first line ends at the right margin, the Latin
    # phrase to its left.
    xs = _run_positions(out.getvalue())
    assert xs[0] > xs[2] and xs[6] > xs[7]


def _private_use(text: str) -> list[str]:
    return [ch for ch in text if 0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000]


def test_sinhala_arabic_and_emoji_names_can_be_found_and_copied(many_scripts: Store, make_pdf) -> None:
    pdf = make_pdf(many_scripts, "LKA", period=(date(2026, 1, 1), date(2026, 12, 31)))
    text = squash(pdf.text)
    assert f"{SINHALA} (Sri Lanka Bureau of Foreign Employment)" in text  # with its zero-width joiner
    assert ARABIC in text
    assert "Migration 🌍 & development" in text  # a character beyond U+FFFF copies out too
    assert not _private_use(text)


def test_the_demo_names_of_sri_lanka_and_morocco_copy_out_as_typed(demo_store: Store, make_pdf) -> None:
    lanka = squash(make_pdf(demo_store, "LKA").text)
    assert "නිමාලි පෙරේරා (Nimali Perera)" in lanka
    assert "සෞඛ්\u200dය අමාත්\u200dයාංශය (Ministry of Health)" in lanka
    morocco = squash(make_pdf(demo_store, "MAR", language="fr").text)
    assert "اللجنة الوزارية لشؤون المغاربة المقيمين بالخارج وشؤون الهجرة" in morocco
    assert not _private_use(lanka + morocco)


TAMIL = "இலங்கை வெளிநாட்டு வேலைவாய்ப்புப் பணியகம்"  # Sri Lanka Bureau of Foreign Employment
TAMIL_COMMITTEE = "தேசிய புலம்பெயர்வு வழிநடத்தல் குழு"  # national migration steering committee


def test_tamil_is_shaped_in_its_own_font_regular_and_bold_and_copies_out(store: Store, make_pdf) -> None:
    actor = Actor("Kavitha Rajan", store.device_id())
    with store.session() as session:
        bureau = create(session, actor, "institution", {"country": "LKA", "name": TAMIL, "kind": "agency"})
        create(
            session,
            actor,
            "committee",
            {
                "country": "LKA",
                "name": TAMIL_COMMITTEE,
                "kind": "steering",
                "status": "active",
                "lead_institution_id": bureau,
            },
        )
    pdf = make_pdf(store, "LKA", period=(date(2026, 1, 1), date(2026, 12, 31)))
    fonts = pdf.fonts()
    assert any("NotoSansTamil-Regular" in name for name in fonts), fonts
    assert any("NotoSansTamil-Bold" in name for name in fonts), fonts  # the committee's heading
    text = squash(pdf.text)
    assert TAMIL in text and TAMIL_COMMITTEE in text
    assert not _private_use(text)


def test_flags_and_skin_tones_never_print_as_boxes(store: Store, make_pdf) -> None:
    actor = Actor("Kavitha Rajan", store.device_id())
    with store.session() as session:
        create(
            session,
            actor,
            "good_practice",
            {"country": "MAR", "title": "Diaspora 🇲🇦 🇱🇰 👩🏽‍💼 👍🏿 🫠", "theme": "diaspora", "summary": "🇪🇸 y 🇲🇦"},
        )
    pdf = make_pdf(store, "MAR", language="fr", period=(date(2026, 1, 1), date(2026, 12, 31)))
    text = squash(pdf.text)
    assert "Diaspora [Maroc] [Sri Lanka]" in text  # flags are named in the report's language
    assert "[Espagne] y [Maroc]" in text
    assert "[melting face]" in text  # newer than the emoji font: its Unicode name
    register_fonts()
    drawn = [ch for ch in text if not ch.isspace() and ch not in "\u200c\u200d"]
    assert all(any(ord(ch) in covered for covered in _coverage.values()) for ch in drawn)
    assert not any("\U0001f3fb" <= ch <= "\U0001f3ff" or "\U0001f1e6" <= ch <= "\U0001f1ff" for ch in text)
