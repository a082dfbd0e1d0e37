"""The logo the user sets in Settings, as the cover draws it.

The setting is a file path kept in the database, so it follows the data to
other computers where the file may be missing: a logo that cannot be read
leaves the cover without one rather than stopping the report. The Settings
page checks the file when it is chosen (``logo_problem``).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image

#: The largest the logo is drawn (points): it is scaled down to fit, never up.
MAX_WIDTH, MAX_HEIGHT = 170.0, 64.0
#: A larger file is no logo (and would swell every report).
MAX_BYTES = 5 * 1024 * 1024
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def logo_problem(path: Path) -> str:
    """Why ``path`` cannot be the cover's logo, in one line; "" when it can."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as error:
        return f"{path.name}: {error.strerror or 'cannot be read'}"
    if not path.is_file():
        return f"{path.name} is not a file"
    if size > MAX_BYTES:
        return f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MB"
    if not start.startswith(_SIGNATURES):
        return f"{path.name} is not a PNG or JPEG image"
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # Pillow raises many kinds for a damaged image
        return f"{path.name} is a damaged image"
    if width <= 0 or height <= 0:
        return f"{path.name} is an empty image"
    return ""


def logo_image(path: Path) -> Flowable | None:
    """The logo scaled into ``MAX_WIDTH`` × ``MAX_HEIGHT``, at the left; None when it cannot be read."""
    if logo_problem(path):
        return None
    width, height = ImageReader(str(path)).getSize()
    scale = min(MAX_WIDTH / width, MAX_HEIGHT / height, 1.0)
    image = Image(str(path), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image
