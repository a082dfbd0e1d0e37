"""The fonts shipped in ``resources/fonts``, registered with Qt so that names in
Arabic, Sinhala or Tamil, and emoji, show on machines that have no font for them."""

from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import resource

# Tried in this order after the system's interface font, for characters it lacks.
FALLBACK_FAMILIES = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Sinhala", "Noto Sans Tamil", "Symbola")


def register_shipped_fonts() -> list[str]:
    """Add every shipped font to Qt's database; the families registered."""
    families: list[str] = []
    for entry in sorted(resource("fonts").iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".ttf"):
            continue
        with as_file(entry) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    return families


def use_shipped_fonts(app: QApplication) -> None:
    """Keep the platform's interface font, falling back on the shipped ones."""
    registered = register_shipped_fonts()
    font = QFont(app.font())
    first = font.family()
    fallbacks = [family for family in FALLBACK_FAMILIES if family in registered and family != first]
    font.setFamilies([first, *fallbacks])
    app.setFont(font)
