"""A merge's report as lines for people (the command line, and the log): one per kind of
record, then what deserves a look before importing, then what was kept."""

from __future__ import annotations

from db.services.merge_report import MergeReport, claimed_by

#: At most this many moves are listed one by one.
MOVES_LISTED = 20


def notices(report: MergeReport) -> list[str]:
    """What deserves a look before importing: a large delete, moves to another country, conflicts
    settled, each with the names its changes claim to be made by (a partner could lie)."""
    lines = []
    if report.lost_since is not None:
        lines.append(
            f"look first: the sender holds changes of this installation (up to {report.lost_since[:19]} UTC) that "
            "it lacks: it was restored from a backup, or copied. "
            + (
                f"It now goes on under a new installation id, {report.new_id}; send the sender a file, and their "
                "next file brings back what was lost"
                if report.new_id
                else "Importing gives it a new installation id, so that its partners send back what was lost"
            )
        )
    if report.large_delete:
        lines.append(
            f"look first: deletes {sum(report.deleted.values()):,} of the {report.live_before:,} records here, "
            f"claimed to be by {claimed_by(report.deleted_by)}"
        )
    for move in report.moved[:MOVES_LISTED]:
        lines.append(
            f"look first: moves {move.kind} {move.record_id} from {move.before or 'no country'} to "
            f"{move.after or 'no country'}, claimed to be by {move.user or '?'}"
        )
    if len(report.moved) > MOVES_LISTED:
        lines.append(f"look first: and {len(report.moved) - MOVES_LISTED:,} more records moved to another country")
    if report.settled:
        lines.append(
            f"look first: settles {sum(report.settled.values()):,} conflict(s) kept here, "
            f"claimed to be by {claimed_by(report.settled_by)}"
        )
    return lines


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
