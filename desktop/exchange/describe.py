"""A merge's report as lines for people (the command line, and the log): one per kind of
record, then what deserves a look before importing, then what was kept."""

from __future__ import annotations

from db.services.merge_report import MergeReport
from desktop.exchange import notices as look_first


def notices(report: MergeReport) -> list[str]:
    """What deserves a look before importing (``desktop.exchange.notices``), in English."""
    return [look_first.written(notice) for notice in look_first.notices(report)]


def describe_report(report: MergeReport) -> list[str]:
    """The report as lines for people: one per kind of record, then what was kept."""
    if report.nothing_to_do:
        return [f"Nothing to do: all {report.received:,} changes in this file are here already."]
    lines = []
    for kind in report.kinds():
        parts = [
            f"{number:,} {label}"
            for number, label in (
                (report.created[kind], "new"),
                (report.changed[kind], "changed"),
                (report.deleted[kind], "deleted"),
                (report.restored[kind], "restored"),
                (report.conflicts[kind], "in conflict"),
            )
            if number
        ]
        lines.append(f"{kind}: {', '.join(parts)}")
    if not lines:
        lines.append("No record changes: only history the database did not hold yet.")
    lines.extend(notices(report))
    lines.extend(f"kept: {line}" for line in report.kept)
    lines.extend(f"to fix (edits made apart met): {problem}" for problem in report.to_fix)
    return lines
