"""The PDF country overview.

Two steps so that the PDF can be built anywhere (command line, a worker
thread, a test): ``db.services.overview`` gathers plain data from the
database, then ``desktop.reports.render`` lays it out with ReportLab. Nothing
here imports Qt.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.paths import named_as

#: Sections a reader may leave out, in the order they are printed. The cover,
#: the contents and "At a glance" are always there.
SECTIONS: tuple[str, ...] = (
    "coordination",
    "policies",
    "work_plan",
    "results",
    "capacity",
    "evidence",
    "stakeholders",
)
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")

#: ``progress(done, total, text)``; it may raise to cancel (nothing is written then).
ProgressCallback = Callable[[int, int, str], None]


class ReportError(Exception):
    """A report cannot be made as asked; the message says why, in one line."""


@dataclass(frozen=True)
class ReportRequest:
    country: str  # ISO 3166-1 alpha-3
    start: date
    end: date
    language: str = "en"
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    issued_on: date | None = None  # the date printed on the cover; today when empty
    logo: Path | None = None  # drawn on the cover; the one set in Settings when None

    def problems(self) -> list[str]:
        found = []
        if self.language not in LANGUAGES:
            found.append(f"language must be one of {', '.join(LANGUAGES)}, not “{self.language}”")
        if self.end < self.start:
            found.append(f"the period ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()})")
        unknown = sorted(self.sections - set(SECTIONS))
        if unknown:
            found.append(f"unknown section(s): {', '.join(unknown)}")
        return found


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    data_version: str


def default_period(today: date) -> tuple[date, date]:
    """The current calendar year, which is what focal points report on."""
    return date(today.year, 1, 1), date(today.year, 12, 31)


def write_report(
    session: Session,
    request: ReportRequest,
    destination: Path,
    *,
    progress: ProgressCallback | None = None,
) -> ReportResult:
    """Gather, lay out and write the overview to ``destination`` atomically.

    The PDF is built in a temporary file beside ``destination`` and renamed over
    it only when complete, so a failure or a cancel never leaves half a file
    (nor replaces a good one).
    """
    from db.services.overview import overview
    from desktop.reports.render import render

    problems = request.problems()
    if problems:
        raise ReportError("; ".join(problems))
    issued = request.issued_on or date.today()
    report = progress or _silent
    report(0, 0, "gathering")
    data = overview(session, request.country, request.start, request.end, today=issued)
    if request.logo is None:
        from db.services.settings import REPORT_LOGO, get_setting

        chosen = get_setting(session, REPORT_LOGO)
        request = replace(request, logo=Path(chosen) if chosen else None)
    destination = Path(destination)
    folder = destination.parent if str(destination.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"{folder}: no such folder")
    with named_as(destination):  # an error names the file asked for, not the hidden one written first
        handle, temporary = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                pages = render(data, request, out, progress=report)
                out.flush()
                os.fsync(out.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
            os.replace(temporary, destination)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return ReportResult(destination, pages, data.data_version)


def _silent(_done: int, _total: int, _text: str) -> None:
    return None
