"""The "At a glance" bars: a value axis with round ticks, values at the bars, labels in any script."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from db.store import Store
from desktop.reports.charts import Bars, Series, axis_ticks
from desktop.reports.document import ACCENT, FEMALE, FRAME_WIDTH, MALE
from desktop.reports.labels import Labels
from desktop.reports.text import register_fonts


@pytest.mark.parametrize(
    ("largest", "ticks"),
    [
        (0, [0, 1]),
        (1, [0, 1]),
        (2, [0, 1, 2]),
        (7, [0, 2, 4, 6, 8]),
        (103, [0, 20, 40, 60, 80, 100, 120]),
        (100, [0, 20, 40, 60, 80, 100]),
        (4_812, [0, 1_000, 2_000, 3_000, 4_000, 5_000]),
    ],
)
def test_the_value_axis_has_round_steps_reaching_past_the_longest_bar(largest: float, ticks: list[int]) -> None:
    assert axis_ticks(largest) == ticks


def _text_of(chart: Bars) -> str:
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out).build([chart])
    return PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()


def test_labels_legend_and_values_in_arabic_are_shaped_and_searchable() -> None:
    words = Labels("fr")
    chart = Bars(
        ["لجنة الهجرة (الرباط)", "Comité de suivi"],
        [[1200, 800], [300, 150]],
        [Series("نساء", FEMALE), Series("رجال", MALE)],
        width=FRAME_WIDTH,
        value_text=["2 000 (مجموع)", words.number(450)],
        number=words.number,
    )
    text = _text_of(chart)
    for expected in ("لجنة الهجرة", "Comité de suivi", "نساء", "رجال", "مجموع", "450"):
        assert expected in text, expected
    for tick in ("0", "500", "1\u202f000", "1\u202f500", "2\u202f000"):  # French thousands, narrow no-break space
        assert tick in text, (tick, text)


def test_the_glance_charts_print_their_axis_values(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "PER")
    glance = pdf.pages[pdf.page_of("People trained by sex") - 1]
    assert "103 (57% women)" in glance
    lines = {line.strip() for line in glance.splitlines()}
    assert {"20", "40", "60", "80", "120"} <= lines, glance  # the trained people's axis, 0 to 120 by 20


def test_a_bar_in_a_table_cell_has_no_axis() -> None:
    bar = Bars([""], [[40]], [Series("", ACCENT)], width=120, label_width=0, value_text=["40%"], scale=100, axis=False)
    assert bar.wrap(120, 100)[1] == Bars.ROW + 4
