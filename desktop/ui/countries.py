"""Countries as people read them, in the interface language: "Peru (PER)", "Pérou (PER)"."""

from __future__ import annotations

import unicodedata

import pycountry

from desktop.ui.translations import country_text


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return f"{country_text(country.name)} ({code})" if country else code


def sort_key(name: str) -> str:
    """ "Émirats" sorts with the E's, not after "Zambie"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch))


def country_options() -> tuple[tuple[str, str], ...]:
    """Every ISO 3166-1 country as (alpha-3 code, name), sorted by name."""
    return tuple(
        sorted(
            ((c.alpha_3, country_name(c.alpha_3)) for c in pycountry.countries), key=lambda option: sort_key(option[1])
        )
    )
