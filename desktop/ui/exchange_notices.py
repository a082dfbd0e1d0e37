"""What a file would do that deserves a look before importing, in the interface language:
a large delete, records moved to another country, conflicts settled, each with the names its
changes claim to be made by (a partner could claim anyone's)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from db.services.merge_report import MergeReport
from desktop.exchange.describe import MOVES_LISTED
from desktop.exchange.plain import plain_line
from desktop.ui.exchange_common import number
from desktop.ui.labels import kind_label


def _names(counter: Counter[str]) -> str:
    return ", ".join(f"{plain_line(user) or '?'} ({number(count)})" for user, count in counter.most_common())


def _country(code: str | None) -> str:
    return code or QCoreApplication.translate("ExchangeNotices", "no country")


def notice_lines(report: MergeReport) -> list[str]:
    lines = []
    if report.lost_since is not None and report.new_id:
        lines.append(
            QCoreApplication.translate(
                "ExchangeNotices",
                "This installation lacked changes of its own that the sender holds (up to {when} UTC): it was "
                "restored from a backup, or copied. It goes on under a new installation id; send the sender a "
                "file, and their next file brings back what was lost.",
            ).format(when=report.lost_since[:16])
        )
    elif report.lost_since is not None:
        lines.append(
            QCoreApplication.translate(
                "ExchangeNotices",
                "Look first: the sender holds changes of this installation (up to {when} UTC) that it lacks: it was "
                "restored from a backup, or copied. Importing gives it a new installation id, so that its "
                "partners send back what was lost.",
            ).format(when=report.lost_since[:16])
        )
    if report.large_delete:
        lines.append(
            QCoreApplication.translate(
                "ExchangeNotices", "Look first: deletes {count} of the {total} records here, claimed to be by {names}."
            ).format(
                count=number(sum(report.deleted.values())),
                total=number(report.live_before),
                names=_names(report.deleted_by),
            )
        )
    for move in report.moved[:MOVES_LISTED]:
        lines.append(
            QCoreApplication.translate(
                "ExchangeNotices",
                "Look first: moves {kind} {record} from {before} to {after}, claimed to be by {name}.",
            ).format(
                kind=kind_label(move.kind),
                record=move.record_id,
                before=_country(move.before),
                after=_country(move.after),
                name=plain_line(move.user) or "?",
            )
        )
    if len(report.moved) > MOVES_LISTED:
        lines.append(
            QCoreApplication.translate(
                "ExchangeNotices", "Look first: and {count} more records moved to another country."
            ).format(count=number(len(report.moved) - MOVES_LISTED))
        )
    if report.settled:
        lines.append(
            QCoreApplication.translate(
                "ExchangeNotices", "Look first: settles {count} conflicts kept here, claimed to be by {names}."
            ).format(count=number(sum(report.settled.values())), names=_names(report.settled_by))
        )
    return lines
