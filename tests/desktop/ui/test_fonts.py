"""Names in Arabic, Sinhala and Tamil show as letters, not boxes, on any machine."""

import pytest
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.ui.fonts import use_shipped_fonts
from resources import resource


def glyph_fonts(text: str) -> list[tuple[str, list[int]]]:
    """Which font each run of ``text`` is drawn with, and its glyph numbers (0 = missing)."""
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("ශ්‍රී ලංකා ජාතික සංක්‍රමණ ප්‍රතිපත්තිය", "Noto Sans Sinhala"),
        ("اللجنة الوطنية للهجرة", "Noto Sans Arabic"),
        ("இலங்கை வெளிநாட்டு வேலைவாய்ப்புப் பணியகம்", "Noto Sans Tamil"),
    ],
)
def test_scripts_are_drawn_with_a_font_that_has_them(qapp: QApplication, text: str, family: str) -> None:
    use_shipped_fonts(qapp)
    runs = glyph_fonts(text)
    assert runs
    assert all(0 not in glyphs for _family, glyphs in runs), runs
    assert family in QFontDatabase.families()
    assert family in QApplication.font().families()


def test_shipped_fonts_carry_their_licence() -> None:
    fonts = [entry.name for entry in resource("fonts").iterdir() if entry.name.endswith(".ttf")]
    assert len(fonts) >= 6
    licence = resource("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
