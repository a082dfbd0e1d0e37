"""Commands on the records themselves: ``demo``, ``dump``, ``load``, ``report`` and ``check``."""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_PROBLEMS, CommandError, country, one_line, open_store
from desktop.paths import default_database


def add_commands(commands: Any, after: argparse.ArgumentParser) -> None:
    """``demo``, ``dump``, ``load`` and ``report``, in the order ``--help`` lists them."""
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
    dump.add_argument("--country", type=country, metavar="ISO3", help="only this country (and global records)")
    dump.set_defaults(run=_dump)
    load = commands.add_parser("load", parents=[after], help="create or update records from a dump (all or nothing)")
    load.add_argument("file", metavar="FILE", help="a file written by 'dump', or - for standard input")
    load.set_defaults(run=_load)
    report = commands.add_parser("report", parents=[after], help="write the PDF country overview")
    report.add_argument("--country", type=country, required=True, metavar="ISO3", help="the country (e.g. PER)")
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


def add_check(commands: Any, after: argparse.ArgumentParser) -> None:
    """``check``, listed last by ``--help``."""
    check = commands.add_parser("check", parents=[after], help="check the database's integrity")
    check.set_defaults(run=_check)


def _positive_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 0 <= value <= 5_000_000:
        raise argparse.ArgumentTypeError("must be between 0 and 5,000,000")
    return value


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


def _demo(args: argparse.Namespace) -> int:
    from desktop.demo import ILLUSTRATIVE_NOTE, load_demo
    from desktop.session import current_actor

    with open_store(args) as store, store.session() as session:
        summary = load_demo(session, current_actor(store), size=args.size)
    added = sum(summary.created.values())
    print(f"Demo data in {store.path}: {added:,} records added, {sum(summary.unchanged.values()):,} already there.")
    print(ILLUSTRATIVE_NOTE)
    return 0


def _dump(args: argparse.Namespace) -> int:
    from db.services import dump

    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=False)
    try:
        with open_store(args, create=False, reading=True) as store, store.session() as session:
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
        with open_store(args) as store, store.session() as session:
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
        with open_store(args, create=False, reading=True) as store, store.session() as session:
            if not data_version(session, args.country)[1]:
                raise CommandError(
                    f"report: {store.path} holds no records of {args.country}; nothing to report, no file written"
                )
            result = write_report(session, request, args.output)
    except ReportError as exc:
        raise CommandError(str(exc)) from None
    print(f"Wrote {result.path}: {result.pages} pages (data version {result.data_version}).")
    return 0


def _check(args: argparse.Namespace) -> int:
    with open_store(args, create=False, reading=True) as store:
        problems = store.check()
    for problem in problems:
        print(one_line(problem))
    if problems:
        print(f"{store.path}: {len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"{store.path}: no problems found")
    return 0
