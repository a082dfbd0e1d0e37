"""Cells drawn by ``text_lines.draw_lines`` are the very operators ReportLab's text objects write."""

from __future__ import annotations

import io

import pytest
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.text import BASE, BOLD, register_fonts
from desktop.reports.text_lines import draw_lines

LINES = [
    ["PER-2025-014"],
    ["Training of border officials", "in Tumbes (phase 2)"],
    ["Annulée", "Réunion à Cuzco", "Réunion à Cuzco"],  # accents: codes assigned as they come
    ["12 500 USD", "50 %", "(a) \\ b"],  # no-break space, brackets and a backslash to escape
    ["", "last"],
]


def _reportlab(canvas: Canvas, font: str, colour: colors.Color, lines: list[str]) -> None:
    text = canvas.beginText(10.5, 700.25)
    text.setFont(font, 8, 10)
    text.setFillColor(colour)
    text.textLines(lines)
    canvas.drawText(text)


COLOURS = [colors.black, colors.white, colors.Color(0.2, 0.4, 0.6), colors.Color(1, 0, 0, 0.5)]


@pytest.mark.parametrize("font", [BASE, BASE + BOLD])
@pytest.mark.parametrize("colour", COLOURS)
def test_a_cell_is_written_as_reportlab_writes_it(font: str, colour: colors.Color) -> None:
    register_fonts()
    ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    for lines in LINES * 2:  # the second time from the lines already encoded
        draw_lines(ours, 10.5, 700.25, font, 8, 10, colour, lines)
        _reportlab(theirs, font, colour, lines)
    assert ours._code == theirs._code
