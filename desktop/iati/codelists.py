"""The IATI code lists shipped in ``resources/iati/codelists`` (their licence beside them).

The 2.03 schema takes any text for a code (``activity-status code="99"``,
``recipient-country code="ZZ"``), so every code written is looked up here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

from resources import resource


def folder() -> Path:
    return Path(str(resource("iati", "codelists")))


@cache
def codes(name: str) -> frozenset[str]:
    """The codes of the list ``name`` (e.g. "ActivityStatus"), withdrawn ones included only if still listed."""
    root = etree.parse(str(folder() / f"{name}.xml")).getroot()
    return frozenset(
        (item.findtext("code") or "").strip()
        for item in root.iter("codelist-item")
        if item.get("status", "active") != "withdrawn"
    )
