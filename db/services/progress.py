"""On track: one rule for the Overview page (``dashboard``) and the PDF report (``overview``).

An indicator is judged on its **latest actual**: the latest total period (``sex``
empty; by end date, then start date) that has an actual, among those starting
on or before the day the figures are for (the report's end; none for the
Overview page, which looks at everything recorded). It runs *down* when that
period's target is below the baseline, otherwise *up* (also without a
baseline). It is **on track** when the actual reaches the target in its
direction (up: actual >= target; down: actual <= target), **off track** when it
does not, and **no data** when no period has an actual yet or the period found
has no target to compare with.

Both places say which years those latest actuals are from ("on track (latest
actual, 2025)"), since an indicator measured in 2024 and one measured in 2026
are counted together.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol, TypeVar

ON_TRACK, OFF_TRACK, NO_DATA = "on_track", "off_track", "no_data"
STATES = (ON_TRACK, OFF_TRACK, NO_DATA)


class Period(Protocol):
    @property
    def period_start(self) -> date: ...
    @property
    def period_end(self) -> date: ...
    @property
    def target(self) -> float | None: ...
    @property
    def actual(self) -> float | None: ...


P = TypeVar("P", bound=Period)


def track_state(baseline: float | None, target: float | None, actual: float | None) -> str:
    """on_track, off_track or no_data of one period's target and actual (a falling target is met from above)."""
    if target is None or actual is None:
        return NO_DATA
    falling = baseline is not None and target < baseline
    met = actual <= target if falling else actual >= target
    return ON_TRACK if met else OFF_TRACK


def latest_actual(totals: Iterable[P], until: date | None = None) -> P | None:
    """The period an indicator is judged on, among its total periods: the latest with an actual, starting
    on or before ``until`` (any when None)."""
    found = [p for p in totals if p.actual is not None and (until is None or p.period_start <= until)]
    return max(found, key=lambda p: (p.period_end, p.period_start)) if found else None


def years_of(ends: Iterable[date | None]) -> tuple[int, int] | None:
    """The first and last year of the periods judged, for "latest actual, 2024–2025"; None without any."""
    years = sorted({end.year for end in ends if end is not None})
    return (years[0], years[-1]) if years else None


def years_text(years: tuple[int, int] | None) -> str:
    """ "2025", "2024–2025" or "" (digits and an en dash read the same in every language of the programme)."""
    if years is None:
        return ""
    first, last = years
    return str(first) if first == last else f"{first}–{last}"
