"""The ``mainstream`` command.

A contract that scripts and tests depend on (docs/cli.md): exit status 0 on
success; on bad input one line on stderr naming what is wrong, a non-zero
status, no traceback, and the database unchanged. So too when the database or
its disk cannot be used (full, read-only, locked, failing, damaged), with a
status of its own. Errors nobody expected are logged with their traceback
(``desktop.logs``).
"""

from __future__ import annotations

import argparse
import errno
import io
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from desktop import APP_NAME, version
from desktop.exchange.plain import plain_line
from desktop.paths import default_database

EXIT_BAD_INPUT = 2
EXIT_PROBLEMS = 1
#: The database or its disk cannot be used now: full, read-only, locked, an I/O error, damaged.
EXIT_ENVIRONMENT = 4
#: What an OSError says when the environment, not the input, is wrong.
ENVIRONMENT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO})


class CommandError(Exception):
    """Bad input to a command; the message is shown as it is."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in the one-line form of every other error."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("mainstream").strip()
        where = f"{command}: " if command else ""
        self.exit(EXIT_BAD_INPUT, f"mainstream: {where}{message} (see '{self.prog} --help')\n")


class _Version(argparse.Action):
    """``--version``: the version is read from the installed metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        print(f"mainstream {version()}")
        parser.exit(0)


def _positive_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 0 <= value <= 5_000_000:
        raise argparse.ArgumentTypeError("must be between 0 and 5,000,000")
    return value


def _country(text: str) -> str:
    from db.services.kinds import check_country

    try:
        code = check_country(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if code is None:
        raise argparse.ArgumentTypeError("a country code is required")
    return code


def _authority(text: str):  # type: ignore[no-untyped-def]
    """``PER,ECU`` or ``all``: whose records a partner's files may change."""
    from db.services.authority import Authority

    if text.strip().lower() == "all":
        return Authority.every_country()
    codes = [part.strip() for part in text.split(",") if part.strip()]
    if not codes:
        raise argparse.ArgumentTypeError("name country codes (PER,ECU) or 'all'")
    return Authority.of(_country(code) for code in codes)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _sections(text: str) -> frozenset[str]:
    from desktop.reports import SECTIONS

    chosen = {part.strip() for part in text.split(",") if part.strip()}
    unknown = sorted(chosen - set(SECTIONS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    return frozenset(chosen)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mainstream",
        description=f"{APP_NAME}: the offline desk of the IOM–UNDP migration and development focal points. "
        "Without a command, opens the application.",
    )
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    database_help = f"database file (default: {default_database()})"
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help=database_help)
    # ``--db`` after the command too (``mainstream report --db x.db ...``): given there, it wins.
    after = _Parser(add_help=False)
    after.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=database_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", parents=[after], help="load the illustrative demo data (adds only what is missing)"
    )
    demo.add_argument(
        "--size",
        type=_positive_size,
        default=0,
        metavar="N",
        help="also add N synthetic work-plan activities spread over countries (for scale tests)",
    )
    demo.set_defaults(run=_demo)
    dump = commands.add_parser(
        "dump", parents=[after], help="write all live records as canonical JSON to standard output"
    )
    dump.add_argument("--country", type=_country, metavar="ISO3", help="only this country (and global records)")
    dump.set_defaults(run=_dump)
    load = commands.add_parser("load", parents=[after], help="create or update records from a dump (all or nothing)")
    load.add_argument("file", metavar="FILE", help="a file written by 'dump', or - for standard input")
    load.set_defaults(run=_load)
    report = commands.add_parser("report", parents=[after], help="write the PDF country overview")
    report.add_argument("--country", type=_country, required=True, metavar="ISO3", help="the country (e.g. PER)")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write")
    report.add_argument("--lang", choices=("en", "fr", "es"), default="en", help="language of the report (en)")
    report.add_argument("--from", dest="start", type=_date, metavar="DATE", help="first day (default: 1 January)")
    report.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day (default: 31 December)")
    report.add_argument(
        "--sections",
        type=_sections,
        metavar="LIST",
        help="comma-separated sections to include (default: all): coordination, policies, work_plan, results, "
        "capacity, evidence, stakeholders",
    )
    report.set_defaults(run=_report)
    export = commands.add_parser(
        "export", parents=[after], help="write an exchange file for another focal point or headquarters"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="the exchange file to write")
    export.add_argument(
        "--country",
        type=_country,
        action="extend",
        nargs="+",
        metavar="ISO3",
        help="only these countries (and global records); default: all",
    )
    export.add_argument(
        "--for",
        dest="partner",
        metavar="PARTNER",
        help="only what this partner (name or device id, see 'mainstream partners') may not have yet",
    )
    export.add_argument("--passphrase-file", type=Path, metavar="F", help="encrypt with the passphrase in file F")
    export.set_defaults(run=_export)
    imp = commands.add_parser("import", parents=[after], help="merge an exchange file into the database")
    imp.add_argument("file", type=Path, metavar="FILE", help="the exchange file")
    imp.add_argument("--dry-run", action="store_true", help="only show what the file would do")
    trust = imp.add_mutually_exclusive_group()
    trust.add_argument(
        "--trust",
        action="store_true",
        help="accept a sender seen for the first time, for the countries its file covers",
    )
    trust.add_argument(
        "--trust-for",
        type=_authority,
        metavar="ISO3,...|all",
        help="accept a sender seen for the first time, for these countries ('all': every country, as headquarters)",
    )
    imp.add_argument(
        "--new-key",
        action="store_true",
        help="accept a known partner's new key, after comparing its fingerprint with them",
    )
    imp.add_argument("--passphrase-file", type=Path, metavar="F", help="the passphrase of an encrypted file")
    imp.set_defaults(run=_import)
    conflicts = commands.add_parser("conflicts", parents=[after], help="list unresolved conflicts, one per line")
    conflicts.set_defaults(run=_conflicts)
    settle = commands.add_parser(
        "settle", parents=[after], help="settle a conflict: keep one of its values, or set another"
    )
    settle.add_argument("record_id", metavar="RECORD_ID", help="the record's id, as 'mainstream conflicts' shows it")
    settle.add_argument("field", metavar="FIELD", help="the field in conflict")
    choice = settle.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", type=int, metavar="N", help="keep value N as numbered by 'mainstream conflicts'")
    choice.add_argument("--value", metavar="VALUE", help="set this value instead (JSON, or plain text)")
    settle.set_defaults(run=_settle)
    partners = commands.add_parser("partners", parents=[after], help="list the installations files were imported from")
    partners.set_defaults(run=_partners)
    trust_partner = commands.add_parser("trust", parents=[after], help="say whose records a partner's files may change")
    trust_partner.add_argument("partner", metavar="PARTNER", help="name or device id, see 'mainstream partners'")
    trust_partner.add_argument(
        "--for",
        dest="authority",
        type=_authority,
        required=True,
        metavar="ISO3,...|all",
        help="these countries' records ('all': every country, as headquarters)",
    )
    trust_partner.set_defaults(run=_trust)
    distrust = commands.add_parser("distrust", parents=[after], help="refuse a partner's files from now on")
    distrust.add_argument("partner", metavar="PARTNER", help="name or device id, see 'mainstream partners'")
    distrust.set_defaults(run=_distrust)
    _sheet_commands(commands, after)
    iati = commands.add_parser("iati", parents=[after], help="write the IATI 2.03 activity file of a country")
    iati.add_argument("--country", type=_country, required=True, metavar="ISO3", help="the country (e.g. PER)")
    iati.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xml", help="the XML file to write")
    iati.add_argument(
        "--reporting-org",
        metavar="REF",
        help="the reporting organisation's IATI identifier (default: the agency in Settings; IOM XM-DAC-47066)",
    )
    iati.set_defaults(run=_iati)
    check = commands.add_parser("check", parents=[after], help="check the database's integrity")
    check.set_defaults(run=_check)
    return parser


def _kinds(text: str) -> tuple[str, ...]:
    from desktop.sheets.columns import SHEET_KINDS

    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = sorted(set(chosen) - set(SHEET_KINDS))
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"unknown kind(s) {', '.join(unknown)}; choose from {', '.join(SHEET_KINDS)}")
    return chosen


def _sheet_commands(commands: Any, after: argparse.ArgumentParser) -> None:
    sheet = commands.add_parser("sheet", help="records to an Excel workbook (or CSV files) and back")
    actions = sheet.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=[after], help="write records to a workbook, one sheet per kind")
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT", help="the .xlsx to write, or a folder for CSV files"
    )
    export.add_argument("--country", type=_country, metavar="ISO3", help="only this country (and global records)")
    export.add_argument("--kinds", type=_kinds, metavar="LIST", help="comma-separated kinds (default: all)")
    export.add_argument("--lang", choices=("en", "fr", "es"), default="en", help="language of the headers (en)")
    export.add_argument("--template", action="store_true", help="the sheets and their lists without records")
    export.set_defaults(run=_sheet_export)
    imp = actions.add_parser(
        "import", parents=[after], help="create and update records from a workbook (all or nothing)"
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="an .xlsx or .ods workbook")
    imp.add_argument("--dry-run", action="store_true", help="only show what the workbook would change")
    imp.set_defaults(run=_sheet_import)
    frame = actions.add_parser(
        "logframe", parents=[after], help="create a work plan from a results framework sheet (1, 1.1, 1.1.1)"
    )
    frame.add_argument("file", type=Path, metavar="FILE", help="an .xlsx or .ods workbook")
    frame.add_argument("--country", type=_country, required=True, metavar="ISO3", help="the work plan's country")
    frame.add_argument("--title", metavar="TEXT", help="the work plan's title (default: the file's name)")
    frame.add_argument("--sheet", metavar="NAME", help="the sheet holding the framework (default: the first)")
    frame.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="ROLE=HEADER",
        help="the header of a column the framework names its own way (roles: code, level, statement, indicator, "
        "baseline, baseline_year, budget, agency, means)",
    )
    frame.add_argument(
        "--agency", choices=("iom", "undp", "joint", "government"), default="joint", help="responsible (joint)"
    )
    frame.add_argument("--dry-run", action="store_true", help="only show what the framework would create")
    frame.set_defaults(run=_sheet_logframe)


def _open(args: argparse.Namespace, *, create: bool = True, reading: bool = False):  # type: ignore[no-untyped-def]
    """The database named by --db (or the default); ``dump`` and ``check`` never create one.
    ``reading``: the command only reads, so a database that cannot be written (a write-protected
    stick, a read-only share or file) is opened read-only rather than refused."""
    from db.inspection import writable
    from db.store import Store

    path = args.db or default_database()
    if reading and path.is_file() and not writable(path):
        return Store.open_read_only(path)
    return Store.open(path, create=create)


def _demo(args: argparse.Namespace) -> int:
    from desktop.demo import ILLUSTRATIVE_NOTE, load_demo
    from desktop.session import current_actor

    with _open(args) as store, store.session() as session:
        summary = load_demo(session, current_actor(store), size=args.size)
    added = sum(summary.created.values())
    print(f"Demo data in {store.path}: {added:,} records added, {sum(summary.unchanged.values()):,} already there.")
    print(ILLUSTRATIVE_NOTE)
    return 0


def _dump(args: argparse.Namespace) -> int:
    from db.services import dump

    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=False)
    try:
        with _open(args, create=False, reading=True) as store, store.session() as session:
            dump(session, out, country=args.country)
        out.flush()
    finally:
        out.detach()
    return 0


def _load(args: argparse.Namespace) -> int:
    from db.errors import ValidationError
    from db.services import load, parse_dump
    from desktop.session import current_actor

    if args.file == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(args.file)
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        data = path.read_bytes()
    try:
        records = parse_dump(data)
    except ValidationError as exc:
        problem = exc.problems[0]
        raise CommandError(f"{args.file}: {problem.reason if problem.kind == 'file' else problem}") from None
    target = args.db or default_database()
    made_here = not target.exists()
    try:
        with _open(args) as store, store.session() as session:
            summary = load(session, current_actor(store), records)
    except BaseException:
        if made_here:  # leave no empty database behind a refused first load
            for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    print(
        f"Loaded {args.file}: {sum(summary.created.values()):,} created, {sum(summary.updated.values()):,} updated, "
        f"{sum(summary.unchanged.values()):,} unchanged."
    )
    return 0


def _report(args: argparse.Namespace) -> int:
    from desktop.reports import SECTIONS, ReportError, ReportRequest, default_period, write_report

    first, last = default_period(date.today())
    start = args.start or (date(args.end.year, 1, 1) if args.end else first)
    end = args.end or (date(start.year, 12, 31) if args.start else last)
    request = ReportRequest(
        country=args.country,
        start=start,
        end=end,
        language=args.lang,
        sections=args.sections if args.sections is not None else frozenset(SECTIONS),
    )
    from db.services.overview import data_version

    try:
        with _open(args, create=False, reading=True) as store, store.session() as session:
            if not data_version(session, args.country)[1]:
                raise CommandError(
                    f"report: {store.path} holds no records of {args.country}; nothing to report, no file written"
                )
            result = write_report(session, request, args.output)
    except ReportError as exc:
        raise CommandError(str(exc)) from None
    print(f"Wrote {result.path}: {result.pages} pages (data version {result.data_version}).")
    return 0


def _passphrase(path: Path | None) -> bytes | None:
    if path is None:
        return None
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    phrase = path.read_bytes().rstrip(b"\r\n")
    if not phrase:
        raise CommandError(f"{path}: the passphrase file is empty")
    return phrase


def _partner_device(store, wanted: str, option: str = "--for") -> str:  # type: ignore[no-untyped-def]
    from db.services.partners import partners

    with store.session() as session:
        known = partners(session)
    matches = [p for p in known if wanted in (p.device, p.name) or p.device.startswith(wanted)]
    if len(matches) != 1:
        names = ", ".join(f"{p.name} ({p.device[:8]})" for p in known) or "none yet"
        reason = "matches several partners" if matches else "is not a partner"
        raise CommandError(f"{option}{wanted}: {reason}; known: {names}")
    return matches[0].device


def _export(args: argparse.Namespace) -> int:
    from desktop.exchange.files import ExchangeError, export_file
    from desktop.session import current_actor

    passphrase = _passphrase(args.passphrase_file)
    with _open(args, create=False, reading=True) as store:
        device = _partner_device(store, args.partner, "--for ") if args.partner else None
        try:
            result = export_file(
                store,
                current_actor(store),
                args.output,
                countries=args.country,
                for_partner=device,
                passphrase=passphrase,
            )
        except ExchangeError as exc:
            raise CommandError(str(exc)) from None
    cut = f" for {result.partner_name}" if result.partner_name else ""
    secret = ", encrypted" if passphrase else ""
    print(f"Wrote {result.path}{cut}: {result.operations:,} changes, {result.files:,} attached files{secret}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from db.services.formats import paused_gc

    # The cyclic garbage collector waits until the command is done (the reading and the merge
    # already make it wait): collections between and after them walked the hundreds of
    # thousands of objects read, which live to the end and hold no cycles (0.34 s of them).
    with paused_gc():
        return _import_paused(args)


def _import_paused(args: argparse.Namespace) -> int:
    from db.services.authority import Authority
    from desktop.exchange.describe import describe_report
    from desktop.exchange.files import (
        ExchangeError,
        NewKeyError,
        NewSenderError,
        backup_of,
        import_file,
        open_file,
        preview,
    )

    passphrase = _passphrase(args.passphrase_file)
    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file")
    with _open(args) as store:  # a new installation's first import makes its database
        try:
            incoming = open_file(store, args.file, passphrase, new_key=args.new_key)
            sender = incoming.sender
            if sender.new_key:
                status = "known, with a NEW KEY you accepted"
            elif sender.continues is not None and sender.authority is not None:
                status = (
                    f"{sender.continues}'s installation under a new id, signed with the same key; "
                    f"trusted for {sender.authority.describe()}"
                )
            elif sender.authority is not None:
                status = f"known, trusted for {sender.authority.describe()}"
            else:
                status = "NEW: compare this fingerprint with the sender's"
            written = f"; written by Mainstream {sender.app_version}" if sender.app_version else ""
            print(one_line(f"From {sender.name}, key {sender.fingerprint} ({status}){written}"))
            trust = args.trust_for or (Authority.of(incoming.countries) if args.trust else None)
            if args.dry_run:
                report = preview(store, incoming, trust=trust)
            else:  # nothing else in this process uses the database meanwhile
                report = import_file(store, incoming, trust=trust, alone=True)
            if trust is not None and sender.authority is None and not args.dry_run:
                print(one_line(f"  {sender.name} is trusted from now on for {trust.describe()}"))
        except NewKeyError as exc:
            raise CommandError(
                f"{exc}. If {exc.name} made a new key, compare its fingerprint with them, "
                "then import again with --new-key"
            ) from None
        except NewSenderError as exc:
            raise CommandError(
                f"{exc}: import again with --trust (for the countries the file covers: "
                f"{', '.join(incoming.countries) or 'none'}) or --trust-for ISO3,...|all"
            ) from None
        except ExchangeError as exc:
            raise CommandError(str(exc)) from None
    for line in describe_report(report):
        print(f"  {one_line(line)}")
    if args.dry_run:
        print("Dry run: nothing was changed.")
    elif not report.nothing_to_do:
        print(f"Imported {args.file.name}; the database before it is in {backup_of(store.path).name}")
    return 0


def _sheet_export(args: argparse.Namespace) -> int:
    from desktop.sheets.columns import SHEET_KINDS
    from desktop.sheets.export import export_csv, export_workbook

    output: Path = args.output
    as_csv = output.is_dir() or not output.suffix
    if not as_csv and output.suffix.lower() != ".xlsx":
        raise CommandError(f"{output}: a workbook is written as .xlsx (or give a folder for CSV files)")
    options = {
        "kinds": args.kinds or SHEET_KINDS,
        "country": args.country,
        "language": args.lang,
        "template": args.template,
    }
    with _open(args, create=False) as store, store.session() as session:
        result = export_csv(session, output, **options) if as_csv else export_workbook(session, output, **options)
    what = "sheets" if not as_csv else "CSV files"
    print(f"Wrote {result.path}: {len(result.records)} {what}, {result.total:,} records.")
    return 0


def _sheet_import(args: argparse.Namespace) -> int:
    from desktop.session import current_actor
    from desktop.sheets.load import SheetError, describe_plan, import_workbook, refusal_lines

    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file")
    with _open(args, create=False) as store:
        try:
            outcome = import_workbook(store, current_actor(store), args.file, dry_run=args.dry_run)
        except SheetError as exc:
            raise CommandError(f"{args.file}: {exc}") from None
    for line in describe_plan(outcome):
        print(f"  {one_line(line)}")
    if outcome.refusals:
        for line in refusal_lines(outcome.refusals):
            print(one_line(line))
        marked = f"; the cells are marked in {outcome.marked}" if outcome.marked else ""
        raise CommandError(f"{args.file}: {len(outcome.refusals)} cell(s) refused, nothing was imported{marked}")
    if args.dry_run:
        print("Dry run: nothing was changed.")
    elif outcome.changed:
        print(f"Imported {args.file.name}; the database before it is in {outcome.backup}")
    else:
        print(f"Nothing to import: {args.file.name} holds no change.")
    return 0


def _sheet_logframe(args: argparse.Namespace) -> int:
    from desktop.session import current_actor
    from desktop.sheets.load import refusal_lines
    from desktop.sheets.logframe import import_logframe
    from desktop.sheets.read import SheetError

    given: dict[str, str] = {}
    for pair in args.column:
        role, sep, name = pair.partition("=")
        if not sep or not role.strip() or not name.strip():
            raise CommandError(f"--column {pair}: give it as ROLE=HEADER, e.g. indicator=KPI")
        given[role.strip()] = name.strip()
    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file")
    with _open(args, create=False) as store:
        try:
            outcome = import_logframe(
                store,
                current_actor(store),
                args.file,
                country=args.country,
                dry_run=args.dry_run,
                title=args.title,
                sheet=args.sheet,
                given=given,
                agency=args.agency,
            )
        except SheetError as exc:
            raise CommandError(f"{args.file}: {exc}") from None
    print(one_line("Columns: " + ", ".join(f"{role} = '{header}'" for role, header in outcome.columns.items())))
    if outcome.refusals:
        for line in refusal_lines(outcome.refusals):
            print(one_line(line))
        raise CommandError(f"{args.file}: {len(outcome.refusals)} problem(s), nothing was imported")
    made = ", ".join(f"{count:,} {kind.replace('_', ' ')}" for kind, count in outcome.created.items() if count)
    if args.dry_run:
        print(f"Dry run: would create {made}; nothing was changed.")
    else:
        print(f"Created {made}; the database before it is in {outcome.backup}")
    return 0


def _iati(args: argparse.Namespace) -> int:
    from desktop.iati import IatiError, write_iati

    with _open(args, create=False) as store, store.session() as session:
        try:
            result = write_iati(session, args.country, args.output, reporting_org=args.reporting_org)
        except IatiError as exc:
            raise CommandError(str(exc)) from None
    print(f"Wrote {result.path}: {result.activities:,} IATI activities, valid against the IATI 2.03 schema.")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from db.services.conflicts import list_conflicts

    with _open(args, create=False, reading=True) as store, store.session() as session:
        conflicts = list_conflicts(session)
    for conflict in conflicts:
        shown = " | ".join(
            f"[{number}] {json.dumps(version.value, ensure_ascii=False)} by {version.user} "
            f"at {version.changed_at[:16]} UTC"
            for number, version in enumerate(conflict.versions, start=1)
        )
        print(one_line(f"{conflict.kind} {conflict.record_id} '{conflict.label}' {conflict.field}: {shown}"))
    if not conflicts:
        print("No conflicts.")
    return 0


def _settle(args: argparse.Namespace) -> int:
    from db.services.conflicts import list_conflicts, resolve_conflict
    from desktop.session import current_actor

    with _open(args, create=False) as store:
        actor = current_actor(store)
        with store.session() as session:
            found = next(
                (c for c in list_conflicts(session) if c.record_id == args.record_id and c.field == args.field), None
            )
            if found is None:
                raise CommandError(f"no open conflict on {args.field} of {args.record_id} (see 'mainstream conflicts')")
            if args.keep is not None:
                if not 1 <= args.keep <= len(found.versions):
                    raise CommandError(f"--keep takes 1 to {len(found.versions)} for this conflict")
                value = found.versions[args.keep - 1].value
            else:
                try:
                    value = json.loads(args.value)
                except ValueError:
                    value = args.value  # plain text needs no JSON quotes
            resolve_conflict(session, actor, found.kind, found.record_id, found.field, value)
    print(one_line(f"Settled {found.field} of '{found.label}': {json.dumps(value, ensure_ascii=False)}"))
    return 0


def _partners(args: argparse.Namespace) -> int:
    from db.services.partners import partners

    with _open(args, create=False, reading=True) as store, store.session() as session:
        known = partners(session)
    for p in known:
        last = p.last_import_at.strftime("%Y-%m-%d %H:%M") if p.last_import_at else "never"
        trusted = (
            f"distrusted since {p.distrusted_at:%Y-%m-%d}"
            if p.distrusted_at
            else f"trusted for {p.authority.describe()}"
        )
        print(one_line(f"{p.device} {p.name} key {p.fingerprint} {trusted}, last file imported {last} UTC"))
    if not known:
        print("No partners yet: import a file from another installation first.")
    return 0


def _trust(args: argparse.Namespace) -> int:
    from db.services.partners import partner, set_authority

    with _open(args, create=False) as store:
        device = _partner_device(store, args.partner, "")
        with store.session() as session:
            set_authority(session, device, args.authority)
            name = partner(session, device).name  # type: ignore[union-attr]
    print(one_line(f"{name}'s files may change the records of {args.authority.describe()} from now on"))
    return 0


def _distrust(args: argparse.Namespace) -> int:
    from db.services.partners import distrust, partner

    with _open(args, create=False) as store:
        device = _partner_device(store, args.partner, "")
        with store.session() as session:
            distrust(session, device)
            name = partner(session, device).name  # type: ignore[union-attr]
    print(
        one_line(
            f"{name}'s files are refused from now on; what they sent before stays. 'mainstream trust' trusts them again"
        )
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    with _open(args, create=False, reading=True) as store:
        problems = store.check()
    for problem in problems:
        print(one_line(problem))
    if problems:
        print(f"{store.path}: {len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{store.path}: no problems found")
    return 0


def _gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(args.db or default_database())


def one_line(message: str) -> str:
    """Messages may quote what anyone typed (a partner's name, a record's label): on one line, with
    nothing in them that moves the cursor, clears the screen or reorders the text (``plain_line``)."""
    return plain_line(message)


def _fail(message: str, status: int = EXIT_BAD_INPUT) -> int:
    print(f"mainstream: {one_line(message)}", file=sys.stderr)
    return status


def _os_failure(error: OSError) -> int:
    where = f"{error.filename}: " if error.filename else ""
    reason = error.strerror or str(error)
    if error.errno not in ENVIRONMENT_ERRNOS:
        return _fail(f"{where}{reason}")
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = f"the disk is full ({reason}); free some space and try again"
    elif error.errno == errno.EROFS:
        reason = f"the disk cannot be written ({reason}); write to a folder of your own"
    return _fail(f"{where}{reason}", EXIT_ENVIRONMENT)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", _gui)
    from sqlalchemy.exc import OperationalError

    from db.errors import DatabaseCorrupt, DatabaseUnavailable, StoreError, ValidationError
    from desktop.logs import log, log_unexpected, setup_logging

    if args.command is not None:  # the application sets up its own (desktop.app)
        setup_logging(f"command line: {args.command}")
    try:
        return run(args)
    except (DatabaseUnavailable, DatabaseCorrupt) as exc:
        log.warning("mainstream %s: %s", args.command, exc)
        return _fail(str(exc), EXIT_ENVIRONMENT)
    except (StoreError, ValidationError, CommandError) as exc:
        return _fail(str(exc))
    except OperationalError as exc:  # outside the store's sessions: not expected, but no traceback for it either
        log_unexpected(exc, f"running 'mainstream {args.command}'")
        return _fail(f"the database could not be used: {exc.orig}", EXIT_ENVIRONMENT)
    except BrokenPipeError:
        return 0  # e.g. 'mainstream dump | head'
    except OSError as exc:
        return _os_failure(exc)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: its traceback is shown, and kept in the log
        log_unexpected(exc, f"running 'mainstream {args.command}'")
        raise


if __name__ == "__main__":
    sys.exit(main())
