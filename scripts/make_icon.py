"""Draws Mainstream's application icon and writes it in every size and format
the systems want: PNGs for Linux and Qt, .ico for Windows, .icns for macOS.

Run: python scripts/make_icon.py [--check]
Needs Pillow (`pip install pillow`). Writes resources/icons/. Drawn with Pillow at 1024 px and scaled down, so the
files come from this script alone (nothing downloaded). ``--check`` exits 1 if
one is missing (not if its bytes differ: they follow Pillow's version).

The picture: three streams joining into one (migration taken into the
mainstream of national plans), white on the programme's blue.
"""

from __future__ import annotations

import io
import itertools
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
#: The PNG sizes: the freedesktop hicolor sizes a .desktop file may ask for, and Qt's.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
CANVAS = 1024
BLUE = (0, 84, 166, 255)
LIGHT = (0, 158, 219, 255)
WHITE = (255, 255, 255, 255)


def stream(draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], width: int, colour: tuple[int, ...]) -> None:
    """A smooth band through ``points`` (a Catmull-Rom curve), with round ends."""
    curve: list[tuple[float, float]] = []
    padded = [points[0], *points, points[-1]]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        for step in range(24):
            t = step / 24
            t2, t3 = t * t, t * t * t
            curve.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    curve.append(points[-1])
    # A disc stamped at every step of the curve: a band with smooth edges and round ends
    # (Pillow's wide lines show notches at their joints).
    radius = width / 2
    for (x0, y0), (x1, y1) in itertools.pairwise(curve):
        steps = max(1, int(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 / 2))
        for n in range(steps + 1):
            x, y = x0 + (x1 - x0) * n / steps, y0 + (y1 - y0) * n / steps
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)


def master() -> Image.Image:
    """The icon at 1024 px."""
    image = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 40, CANVAS - 40, CANVAS - 40), radius=200, fill=BLUE)
    # Two tributaries join the main stream, which flows on to the lower right.
    stream(draw, [(190, 250), (380, 330), (520, 520)], 70, LIGHT)
    stream(draw, [(190, 790), (380, 700), (520, 520)], 70, LIGHT)
    stream(draw, [(170, 520), (520, 520), (700, 600), (850, 760)], 120, WHITE)
    return image


def rendered() -> dict[str, bytes]:
    """Every file of resources/icons/, by name, as bytes."""
    big = master()
    files: dict[str, bytes] = {}
    for size in PNG_SIZES:
        buffer = io.BytesIO()
        big.resize((size, size), Image.Resampling.LANCZOS).save(buffer, "PNG", optimize=True)
        files[f"mainstream-{size}.png"] = buffer.getvalue()
    buffer = io.BytesIO()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(buffer, "ICO", sizes=[(s, s) for s in ICO_SIZES])
    files["mainstream.ico"] = buffer.getvalue()
    buffer = io.BytesIO()
    big.save(buffer, "ICNS")
    files["mainstream.icns"] = buffer.getvalue()
    return files


def main(argv: list[str]) -> int:
    files = rendered()
    if "--check" in argv:
        stale = [name for name, data in files.items() if not (ICONS / name).exists()]
        if stale:
            print("icons missing, run: python scripts/make_icon.py:", ", ".join(stale))
            return 1
        return 0
    ICONS.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (ICONS / name).write_bytes(data)
    print(f"wrote {len(files)} files to {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
