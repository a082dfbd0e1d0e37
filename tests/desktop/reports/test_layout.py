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
