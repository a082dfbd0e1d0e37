"""What every command of ``mainstream`` shares: exit statuses, the one-line parser, argument
types used by several groups, opening the database, and one-line output."""

from __future__ import annotations

import argparse
import errno
from typing import NoReturn

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


class Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments in the one-line form of every other error."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("mainstream").strip()
        where = f"{command}: " if command else ""
        self.exit(EXIT_BAD_INPUT, f"mainstream: {where}{message} (see '{self.prog} --help')\n")


def country(text: str) -> str:
    from db.services.kinds import check_country

    try:
        code = check_country(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if code is None:
        raise argparse.ArgumentTypeError("a country code is required")
    return code


def open_store(args: argparse.Namespace, *, create: bool = True, reading: bool = False):  # type: ignore[no-untyped-def]
    """The database named by --db (or the default); ``dump`` and ``check`` never create one.
    ``reading``: the command only reads, so a database that cannot be written (a write-protected
    stick, a read-only share or file) is opened read-only rather than refused."""
    from db.inspection import writable
    from db.store import Store

    path = args.db or default_database()
    if reading and path.is_file() and not writable(path):
        return Store.open_read_only(path)
    return Store.open(path, create=create)


def one_line(message: str) -> str:
    """Messages may quote what anyone typed (a partner's name, a record's label): on one line, with
    nothing in them that moves the cursor, clears the screen or reorders the text (``plain_line``)."""
    return plain_line(message)
