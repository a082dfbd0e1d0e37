"""Files the application ships beside its code: fonts (with their licences)
and interface translations. Found with ``importlib.resources`` so they work
from a clone, an editable install and a wheel alike."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, e.g. ``resource("fonts", "OFL.txt")``."""
    place: Traversable = files(__name__)
    for part in parts:
        place = place / part
    return place
