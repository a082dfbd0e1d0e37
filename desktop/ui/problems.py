"""The services' and the exchange's messages, worded in the interface language.

``db`` and ``desktop.exchange`` speak English to every caller (the command
line, the logs, a test). Each of their messages is one of a known set of
sentences with a few values in it; the English sentence, with its values
named in braces, is the message's id here. ``reason_text`` finds which
sentence a reason is, and says it in the interface language with the same
values. A reason not listed (a new one) is shown as it came, never lost.
A test checks that the reasons the services really give are listed.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.errors import Problem, ValidationError
from desktop.ui.labels import kind_label

CONTEXT = "problems"

#: Why a field, a record or a rule was refused (``Problem.reason``).
REASONS = (
    QT_TRANSLATE_NOOP("problems", "is required"),
    QT_TRANSLATE_NOOP("problems", "is required: a change cannot empty it"),
    QT_TRANSLATE_NOOP("problems", "is not a kind of record"),
    QT_TRANSLATE_NOOP("problems", "appears twice"),
    QT_TRANSLATE_NOOP("problems", "already exists"),
    QT_TRANSLATE_NOOP("problems", "is in the trash; restore it before changing it"),
    QT_TRANSLATE_NOOP("problems", "does not exist"),
    QT_TRANSLATE_NOOP("problems", "is not a field of this kind of record"),
    QT_TRANSLATE_NOOP("problems", "must be text, not {type}"),
    QT_TRANSLATE_NOOP("problems", "is {length} characters long; at most {limit} are allowed"),
    QT_TRANSLATE_NOOP("problems", "contains a NUL character"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not an e-mail address"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not one of: {allowed}"),
    QT_TRANSLATE_NOOP("problems", "must be a date without a time"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a date in the form YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("problems", "must be a number, not “{value}”"),
    QT_TRANSLATE_NOOP("problems", "must be a whole number, not {value}"),
    QT_TRANSLATE_NOOP("problems", "must be a finite number"),
    QT_TRANSLATE_NOOP("problems", "must be at least {minimum}"),
    QT_TRANSLATE_NOOP("problems", "cannot be negative"),
    QT_TRANSLATE_NOOP("problems", "must be at most {maximum}"),
    QT_TRANSLATE_NOOP("problems", "has more than 1,000 entries"),
    QT_TRANSLATE_NOOP("problems", "entry {entry}: {reason}"),
    QT_TRANSLATE_NOOP("problems", "is not an SDG target such as 10.7"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not an ISO 3166-1 alpha-3 country code"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not an ISO 4217 currency code"),
    QT_TRANSLATE_NOOP("problems", "refers to {kind} {target}, which does not exist"),
    QT_TRANSLATE_NOOP("problems", "refers to {kind} {target}, which is in the trash"),
    QT_TRANSLATE_NOOP("problems", "refers to {kind} {target} of another country ({country})"),
    QT_TRANSLATE_NOOP("problems", "is still used by {users}"),
    QT_TRANSLATE_NOOP(
        "problems", "cannot change while {count} {kind} record(s) belong to it; move or delete them first"
    ),
    QT_TRANSLATE_NOOP("problems", "cannot change while {count} attached file(s) belong to it; delete them first"),
    QT_TRANSLATE_NOOP("problems", "cannot become {country}: {user}, of {other}, refers to it"),
    QT_TRANSLATE_NOOP("problems", "{period} ends ({last}) before it starts ({first})"),
    QT_TRANSLATE_NOOP("problems", "a record cannot be its own parent"),
    QT_TRANSLATE_NOOP("problems", "an approved work plan needs the date it was approved"),
    QT_TRANSLATE_NOOP("problems", "a work plan of {years} years is not plausible"),
    QT_TRANSLATE_NOOP("problems", "a budget or expenditure needs its currency (ISO 4217, e.g. USD)"),
    QT_TRANSLATE_NOOP("problems", "women, men and others add up to {sum}, more than the total of {total}"),
    QT_TRANSLATE_NOOP("problems", "women by institution add up to {sum}, more than the {count} women who took part"),
    QT_TRANSLATE_NOOP("problems", "men by institution add up to {sum}, more than the {count} men who took part"),
    QT_TRANSLATE_NOOP("problems", "others by institution add up to {sum}, more than the {count} others who took part"),
    QT_TRANSLATE_NOOP("problems", "participants by institution add up to {sum}, more than the total of {count}"),
    QT_TRANSLATE_NOOP("problems", "a percentage baseline must be between 0 and 100"),
    # A workbook's cells (desktop.sheets)
    QT_TRANSLATE_NOOP("problems", "'{value}' is neither Yes nor No"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not in the list (see the sheet Code lists)"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is a date with a time; give the date alone"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("problems", "must be a number, not Yes or No"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a number"),
    QT_TRANSLATE_NOOP("problems", "'{value}' is not a whole number"),
    QT_TRANSLATE_NOOP("problems", "is not an id Mainstream wrote; empty it on a new row"),
    QT_TRANSLATE_NOOP("problems", "no {kind} is named '{name}' in this country or among global records"),
    QT_TRANSLATE_NOOP("problems", "no {kind} is named '{name}'"),
    QT_TRANSLATE_NOOP(
        "problems",
        "{count} records of the kind {kind} are named '{name}': pick the record by its id (the hidden column "
        "beside it) or make the names different",
    ),
)
#: The periods a rule names ("the membership ends … before it starts").
PERIODS = (
    QT_TRANSLATE_NOOP("problems", "the programme period"),
    QT_TRANSLATE_NOOP("problems", "the membership"),
    QT_TRANSLATE_NOOP("problems", "the work plan"),
    QT_TRANSLATE_NOOP("problems", "the planned period"),
    QT_TRANSLATE_NOOP("problems", "the actual period"),
    QT_TRANSLATE_NOOP("problems", "the period"),
    QT_TRANSLATE_NOOP("problems", "the activity"),
)
#: Why an exchange file is refused: the file's name, then one of these (``ExchangeError``).
FILE_REASONS = (
    QT_TRANSLATE_NOOP("problems", "is encrypted: give its passphrase"),
    QT_TRANSLATE_NOOP("problems", "cannot be opened with this passphrase (or it was altered)"),
    QT_TRANSLATE_NOOP("problems", "is not a Mainstream exchange file"),
    QT_TRANSLATE_NOOP("problems", "is not a Mainstream exchange file (it has no manifest.json)"),
    QT_TRANSLATE_NOOP("problems", "is not a Mainstream exchange file (an encrypted file inside an encrypted one)"),
    QT_TRANSLATE_NOOP("problems", "is not signed (it has no signature.json)"),
    QT_TRANSLATE_NOOP("problems", "has a signature that does not verify (it was altered after it was signed)"),
    QT_TRANSLATE_NOOP("problems", "has an unreadable signature"),
    QT_TRANSLATE_NOOP("problems", "has an unreadable encryption header"),
    QT_TRANSLATE_NOOP("problems", "is damaged: its encrypted contents (payload.bin) are missing"),
    QT_TRANSLATE_NOOP("problems", "is damaged: its manifest is not readable JSON"),
    QT_TRANSLATE_NOOP("problems", "is damaged: its list of parts is not readable"),
    QT_TRANSLATE_NOOP("problems", "is damaged: part {part} is missing"),
    QT_TRANSLATE_NOOP("problems", "is damaged: part {part} does not match its checksum"),
    QT_TRANSLATE_NOOP("problems", "does not say which installation wrote it"),
    QT_TRANSLATE_NOOP("problems", "does not say when it was made"),
    QT_TRANSLATE_NOOP("problems", "does not name the person who wrote it"),
    QT_TRANSLATE_NOOP("problems", "was exported from this installation: it holds nothing new for it"),
    QT_TRANSLATE_NOOP(
        "problems", "was written by a newer Mainstream (database schema {schema}); update Mainstream to import it"
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "claims to come from {name}'s installation but is signed with another key ({key}, not {known}): refused",
    ),
    QT_TRANSLATE_NOOP("problems", "is inconsistent: its manifest counts another number of changes"),
    QT_TRANSLATE_NOOP(
        "problems",
        'changes "{label}" ({kind} {record}) of {country}, but its sender {name} is trusted here for {countries} '
        "only: refused",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "changes {kind} {record} of {country}, but its sender {name} is trusted here for {countries} only: refused",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "comes from {name}, whom this installation stopped trusting on {day}: trust them again first to import it",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "holds a change of {kind} {record} by installation {device} ({at} UTC) that its author did not sign: refused",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "holds a change of {kind} {record} by installation {device} ({at} UTC) that is not the one its author "
        "signed: refused",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "holds a change of {kind} {record} by installation {device} ({at} UTC) that is not signed by that "
        "installation's key (altered, or made in its name by someone else): refused",
    ),
    QT_TRANSLATE_NOOP(
        "problems",
        "holds a change of {kind} {record} by installation {device} ({at} UTC) whose operation cannot be "
        "checked: refused",
    ),
    QT_TRANSLATE_NOOP("problems", "is damaged: line {line} of its authors' signatures is not JSON"),
    QT_TRANSLATE_NOOP("problems", "is damaged: line {line} of its authors' signatures is not one"),
    QT_TRANSLATE_NOOP("problems", "is inconsistent: its authors' signatures name one operation twice (line {line})"),
    QT_TRANSLATE_NOOP("problems", "is inconsistent: its manifest's authors are not a list of installations and keys"),
    QT_TRANSLATE_NOOP("problems", "is inconsistent: its manifest's former ids are not a list of installation ids"),
)
#: Why a workbook is refused: the file's name, then one of these (``desktop.sheets.read.SheetError``).
WORKBOOK_REASONS = (
    QT_TRANSLATE_NOOP("problems", "is too large for a workbook ({size}; at most {limit})"),
    QT_TRANSLATE_NOOP(
        "problems",
        "is password-protected or an old Excel 97-2003 file: save it as an Excel workbook (.xlsx) without a "
        "password and import that",
    ),
    QT_TRANSLATE_NOOP("problems", "is a macro-enabled workbook: save it as an Excel workbook (.xlsx) and import that"),
    QT_TRANSLATE_NOOP("problems", "is not a workbook (.xlsx or .ods)"),
    QT_TRANSLATE_NOOP("problems", "is not a workbook (.xlsx or .ods): it is damaged or not a spreadsheet"),
    QT_TRANSLATE_NOOP("problems", "has too many parts (over {count}) to be a workbook"),
    QT_TRANSLATE_NOOP("problems", "is encrypted: save it without a password and import that"),
    QT_TRANSLATE_NOOP("problems", "is too large when unpacked (a part expands over {ratio} times: a zip bomb?)"),
    QT_TRANSLATE_NOOP("problems", "is too large when unpacked (over {size})"),
    QT_TRANSLATE_NOOP(
        "problems", "holds macros: save it as a spreadsheet without macros (.ods or .xlsx) and import that"
    ),
    QT_TRANSLATE_NOOP("problems", "could not be read as a workbook ({details})"),
    QT_TRANSLATE_NOOP("problems", "has no sheet named after a kind of record (Institution, Activity, ...)"),
)
#: Whole messages of the exchange, naming no file first.
MESSAGES = (
    QT_TRANSLATE_NOOP("problems", "{path}: no such file"),
    QT_TRANSLATE_NOOP("problems", "no file from {partner} was ever imported here; export everything instead"),
)
_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    """The English sentence as a pattern: its named values match any text."""
    parts = _FIELD.split(template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


@cache
def _patterns(templates: tuple[str, ...]) -> list[tuple[re.Pattern[str], str]]:
    return [(_pattern(str(template)), str(template)) for template in templates]


def _say(templates: tuple[str, ...], text: str) -> str | None:
    for pattern, template in _patterns(templates):
        if match := pattern.fullmatch(text):
            values = dict(match.groupdict())
            if "reason" in values:
                values["reason"] = reason_text(values["reason"])
            if "kind" in values:
                values["kind"] = kind_label(values["kind"])
            if "period" in values:
                values["period"] = QCoreApplication.translate(CONTEXT, values["period"])
            return QCoreApplication.translate(CONTEXT, template).format(**values)
    return None


def reason_text(reason: str) -> str:
    """Why the services refused, in the interface language ("est obligatoire")."""
    said = _say(tuple(str(r) for r in REASONS), reason)
    return reason if said is None else said


def problem_line(problem: Problem, *, field: str | None = None) -> str:
    """One problem as a line: the kind and field named in words, then why."""
    from desktop.ui.record_form import field_label  # the form builds on this module's words

    reason = reason_text(problem.reason)
    kind = kind_label(problem.kind)
    if problem.field and problem.field != field:
        return QCoreApplication.translate("problems", "{kind}, {field}: {reason}").format(
            kind=kind, field=field_label(problem.field), reason=reason
        )
    return QCoreApplication.translate("problems", "{kind}: {reason}").format(kind=kind, reason=reason)


def error_text(error: BaseException) -> str:
    """A refusal (bad input, an exchange file refused) in the interface language, a line per problem."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_line(problem) for problem in error.problems)
    text = str(error)
    if (said := _say(tuple(str(m) for m in MESSAGES), text)) is not None:
        return said
    reasons = tuple(str(r) for r in (*FILE_REASONS, *WORKBOOK_REASONS))
    for space in (i for i, char in enumerate(text) if char == " "):  # a file's name may hold spaces
        if (said := _say(reasons, text[space + 1 :])) is not None:
            return QCoreApplication.translate("problems", "{file} {reason}").format(file=text[:space], reason=said)
    return text


def file_text(name: str, reason: str) -> str:
    """A file refused: its name, then why, in the interface language (an exchange file, a workbook)."""
    return error_text(ValueError(f"{name} {reason}"))


__all__ = ["error_text", "file_text", "problem_line", "reason_text"]
