"""What a file would do that deserves a look before importing (a large delete, records moved to
another country, conflicts settled, changes of this installation it lacks), each with the names
its changes claim to be made by (a partner could claim anyone's).

The one wording of those lines: the command line writes them in English, the Exchange page in
the interface language (``desktop.ui.exchange_notices``), from the same texts, which are the
catalogues' message ids (``scripts/update_translations.py`` collects them from this file).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from db.services.merge_report import MergeReport

#: At most this many moves are listed one by one.
MOVES_LISTED = 20
#: The catalogues' context of these texts.
CONTEXT = "ExchangeNotices"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogues; the interface translates it where it is shown."""
    return text


NO_COUNTRY = QT_TRANSLATE_NOOP("ExchangeNotices", "no country")
LOST_GOES_ON = QT_TRANSLATE_NOOP(
    "ExchangeNotices",
    "Look first: the sender holds changes of this installation (up to {when} UTC) that it lacks: it was restored "
    "from a backup, or copied. It now goes on under a new installation id, {new_id}; send the sender a file, and "
    "their next file brings back what was lost.",
)
LOST = QT_TRANSLATE_NOOP(
    "ExchangeNotices",
    "Look first: the sender holds changes of this installation (up to {when} UTC) that it lacks: it was restored "
    "from a backup, or copied. Importing gives it a new installation id, so that its partners send back what was "
    "lost.",
)
DELETES = QT_TRANSLATE_NOOP(
    "ExchangeNotices", "Look first: deletes {count} of the {total} records here, claimed to be by {names}."
)
MOVES = QT_TRANSLATE_NOOP(
    "ExchangeNotices", "Look first: moves {kind} {record} from {before} to {after}, claimed to be by {name}."
)
MORE_MOVES = QT_TRANSLATE_NOOP("ExchangeNotices", "Look first: and {count} more records moved to another country.")
SETTLES = QT_TRANSLATE_NOOP(
    "ExchangeNotices", "Look first: settles {count} conflict(s) kept here, claimed to be by {names}."
)


@dataclass(frozen=True)
class Notice:
    """One line: its text (with ``{name}`` fields) and the values of its fields, by what they are,
    so that each reader writes them its own way (numbers grouped, kinds named, in its language)."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)
    names: dict[str, Counter[str]] = field(default_factory=dict)
    countries: dict[str, str | None] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    #: Shown as they are: an id, a time, a user's name (as typed by whoever made the change).
    words: dict[str, str] = field(default_factory=dict)


def notices(report: MergeReport) -> list[Notice]:
    """What deserves a look before importing ``report``'s file, in the order shown."""
    found = []
    if report.lost_since is not None:
        when = report.lost_since[:16]
        if report.new_id:
            found.append(Notice(LOST_GOES_ON, words={"when": when, "new_id": report.new_id}))
        else:
            found.append(Notice(LOST, words={"when": when}))
    if report.large_delete:
        found.append(
            Notice(
                DELETES,
                counts={"count": sum(report.deleted.values()), "total": report.live_before},
                names={"names": report.deleted_by},
            )
        )
    for move in report.moved[:MOVES_LISTED]:
        found.append(
            Notice(
                MOVES,
                kinds={"kind": move.kind},
                countries={"before": move.before, "after": move.after},
                words={"record": move.record_id, "name": move.user or "?"},
            )
        )
    if len(report.moved) > MOVES_LISTED:
        found.append(Notice(MORE_MOVES, counts={"count": len(report.moved) - MOVES_LISTED}))
    if report.settled:
        found.append(
            Notice(SETTLES, counts={"count": sum(report.settled.values())}, names={"names": report.settled_by})
        )
    return found


def _same(text: str) -> str:
    return text


def written(
    notice: Notice,
    *,
    translate: Callable[[str], str] = _same,
    number: Callable[[int], str] = "{:,}".format,
    kind: Callable[[str], str] = _same,
    plain: Callable[[str], str] = _same,
) -> str:
    """``notice`` as a line: its text through ``translate``, its numbers through ``number``, its kinds
    of record through ``kind``, and what people typed through ``plain``. By default, the command
    line's English, numbers grouped with commas, kinds by their names."""
    values = {name: number(count) for name, count in notice.counts.items()}
    for name, counter in notice.names.items():
        values[name] = ", ".join(f"{plain(user) or '?'} ({number(count)})" for user, count in counter.most_common())
    for name, code in notice.countries.items():
        values[name] = code or translate(NO_COUNTRY)
    values.update((name, kind(value)) for name, value in notice.kinds.items())
    values.update((name, plain(value) or "?") for name, value in notice.words.items())
    return translate(notice.text).format(**values)
