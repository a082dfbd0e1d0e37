"""The ``mainstream`` command.

A contract that scripts and tests depend on (docs/cli.md): exit status 0 on
success; on bad input one line on stderr naming what is wrong, a non-zero
status, no traceback, and the database unchanged. So too when the database or
its disk cannot be used (full, read-only, locked, failing, damaged), with a
status of its own. Errors nobody expected are logged with their traceback
(``desktop.logs``).

The commands are grouped by what they work on: ``records`` (demo, dump, load, report,
check), ``exchange`` (export, import, conflicts, settle, partners, trust, distrust) and
``sheets`` (sheet, iati); ``common`` holds what they share. This module builds the parser
and runs a command.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop import APP_NAME, version
from desktop.cli import exchange, records, sheets
from desktop.cli.common import (
    ENVIRONMENT_ERRNOS,
    EXIT_BAD_INPUT,
    EXIT_ENVIRONMENT,
    EXIT_PROBLEMS,
    CommandError,
    Parser,
    one_line,
)
from desktop.paths import default_database

__all__ = ["EXIT_BAD_INPUT", "EXIT_ENVIRONMENT", "EXIT_PROBLEMS", "CommandError", "build_parser", "main", "one_line"]


class _Version(argparse.Action):
    """``--version``: the version is read from the installed metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        print(f"mainstream {version()}")
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="mainstream",
        description=f"{APP_NAME}: the offline desk of the IOM–UNDP migration and development focal points. "
        "Without a command, opens the application.",
    )
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    database_help = f"database file (default: {default_database()})"
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help=database_help)
    # ``--db`` after the command too (``mainstream report --db x.db ...``): given there, it wins.
    after = Parser(add_help=False)
    after.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=database_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    records.add_commands(commands, after)
    exchange.add_commands(commands, after)
    sheets.add_commands(commands, after)
    records.add_check(commands, after)
    return parser


def _gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(args.db or default_database())


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
