"""Commands that write or read files of other programs: ``sheet`` (workbooks and CSV files) and
``iati`` (the IATI activity file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, country, one_line, open_store


def add_commands(commands: Any, after: argparse.ArgumentParser) -> None:
    """``sheet`` and ``iati``, in the order ``--help`` lists them."""
    _sheet_commands(commands, after)
    iati = commands.add_parser("iati", parents=[after], help="write the IATI 2.03 activity file of a country")
    iati.add_argument("--country", type=country, required=True, metavar="ISO3", help="the country (e.g. PER)")
    iati.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xml", help="the XML file to write")
    iati.add_argument(
        "--reporting-org",
        metavar="REF",
        help="the reporting organisation's IATI identifier (default: the agency in Settings; IOM XM-DAC-47066)",
    )
    iati.set_defaults(run=_iati)


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
    export.add_argument("--country", type=country, metavar="ISO3", help="only this country (and global records)")
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
    frame.add_argument("--country", type=country, required=True, metavar="ISO3", help="the work plan's country")
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
    with open_store(args, create=False) as store, store.session() as session:
        result = export_csv(session, output, **options) if as_csv else export_workbook(session, output, **options)
    what = "sheets" if not as_csv else "CSV files"
    print(f"Wrote {result.path}: {len(result.records)} {what}, {result.total:,} records.")
    return 0


def _sheet_import(args: argparse.Namespace) -> int:
    from desktop.session import current_actor
    from desktop.sheets.load import SheetError, describe_plan, import_workbook, refusal_lines

    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file")
    with open_store(args, create=False) as store:
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
    with open_store(args, create=False) as store:
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

    with open_store(args, create=False) as store, store.session() as session:
        try:
            result = write_iati(session, args.country, args.output, reporting_org=args.reporting_org)
        except IatiError as exc:
            raise CommandError(str(exc)) from None
    print(f"Wrote {result.path}: {result.activities:,} IATI activities, valid against the IATI 2.03 schema.")
    return 0
