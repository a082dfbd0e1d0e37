"""Countries as people read them: "Peru (PER)"."""

from __future__ import annotations

from functools import cache

import pycountry


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return f"{country.name} ({code})" if country else code


@cache
def country_options() -> tuple[tuple[str, str], ...]:
    """Every ISO 3166-1 country as (alpha-3 code, name), sorted by name."""
    return tuple(sorted(((c.alpha_3, f"{c.name} ({c.alpha_3})") for c in pycountry.countries), key=lambda o: o[1]))
