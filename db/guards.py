"""What a file must be before Mainstream uses it: its schema exactly Mainstream's own, and a
``-wal`` or ``-journal`` beside it a journal of that file.

SQLite runs whatever a file's schema holds: a trigger planted in a database
someone hands over would run with every write (copying a partner's key over
another, say). So the objects in ``sqlite_master`` are compared with those the
migrations make, before anything is written, and any other object (trigger,
view, table, index) or any of ours changed is refused.

SQLite also applies, without asking, a ``-wal`` file or a hot ``-journal``
that it finds beside a database; neither names the database it belongs to.
What can be checked is read here: the log's header and frames as SQLite reads
them (magic, page size, salts, checksums), and in every copy of page 1 they
would write, the application id and this file's id (a random number in the
header's user version, set when the file is made). The store then opens what
SQLite would make of the file (read-only for a log; a copy for a journal,
which can only be played back by writing) and checks it as a whole.

Whether another process has the file open is told by the locks SQLite holds on
it (POSIX ``F_GETLK``, Linux and macOS): a log in use belongs to that process,
which checked it when it opened the file.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: The header's user version (offset 60) holds this file's id; 0 for a file made before 0004.
FILE_ID_OFFSET = 60
APPLICATION_ID_OFFSET = 68
#: SQLite's lock bytes in the database file (os_unix.c): PENDING_BYTE, RESERVED_BYTE, then the shared range.
_LOCK_START, _LOCK_LENGTH = 0x40000000, 2 + 510
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_VERSION = 3007000
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
#: Objects SQLite makes itself that a Mainstream file may hold (``ANALYZE`` run by a tool).
_SQLITE_OWN = {
    "sqlite_stat1": "create table sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "create table sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}
_CREATE = re.compile(r'CREATE\s+(?:UNIQUE\s+)?(TABLE|INDEX)\s+"?(\w+)"?(?:\s+ON\s+"?(\w+)"?)?', re.IGNORECASE)


def normalized(sql: str) -> str:
    """``sql`` with the differences that do not change what it makes taken out (spacing, quotes of
    names, letter case), so that a schema written by another version of Alembic compares equal."""
    text = re.sub(r"\s+", " ", sql.strip().rstrip(";")).replace('"', "").replace("`", "").lower()
    return re.sub(r" ?([(),]) ?", r"\1", text)


@dataclass(frozen=True)
class SchemaObject:
    type: str
    table: str
    sql: str | None  # normalized; None for SQLite's automatic indexes


def objects_of(rows: Iterable[tuple[str, str, str, str | None]]) -> dict[str, SchemaObject]:
    """``sqlite_master`` rows (type, name, tbl_name, sql) by name."""
    return {
        name: SchemaObject(kind, table, None if sql is None else normalized(sql)) for kind, name, table, sql in rows
    }


def objects_of_statements(statements: Iterable[str]) -> dict[str, SchemaObject]:
    """The objects the CREATE statements of schema.sql make, without running them."""
    found: dict[str, SchemaObject] = {}
    for statement in statements:
        match = _CREATE.match(statement)
        if match is None:
            raise ValueError(f"schema.sql: not a CREATE TABLE or INDEX statement: {statement[:60]}")
        kind, name, table = match.group(1).lower(), match.group(2), match.group(3) or match.group(2)
        found[name] = SchemaObject(kind, table, normalized(statement))
    return found


def shown(name: str) -> str:
    """A name from the file, as a message may show it: short, control characters escaped."""
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name[:60])
    return text + ("…" if len(name) > 60 else "")


def schema_differences(found: dict[str, SchemaObject], expected: dict[str, SchemaObject]) -> list[str]:
    """What ``found`` holds that ``expected`` does not, or lacks, or holds otherwise; triggers and
    views first (they are what runs)."""
    extra: list[tuple[int, str]] = []
    changed: list[str] = []
    for name, thing in found.items():
        mine = expected.get(name)
        automatic = thing.sql is None and thing.type == "index" and name.startswith("sqlite_autoindex_")
        if automatic and thing.table in expected and expected[thing.table].type == "table":
            continue  # made by SQLite for a UNIQUE or PRIMARY KEY of a table compared below
        if mine is None and thing.type == "table" and _SQLITE_OWN.get(name) == thing.sql:
            continue
        if mine is None:
            rank = {"trigger": 0, "view": 1}.get(thing.type, 2)
            extra.append((rank, f"a {shown(thing.type)} '{shown(name)}' that Mainstream does not make"))
        elif (thing.type, thing.table, thing.sql) != (mine.type, mine.table, mine.sql):
            changed.append(f"the {mine.type} '{name}' is not as Mainstream makes it")
    missing = [f"no {mine.type} '{name}'" for name, mine in expected.items() if name not in found]
    return [text for _rank, text in sorted(extra)] + changed + missing


def page_size_of(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def file_id_of(header: bytes) -> int:
    return int.from_bytes(header[FILE_ID_OFFSET : FILE_ID_OFFSET + 4], "big")


# --- another process's locks ----------------------------------------------------------------------

if sys.platform.startswith("linux"):
    _FLOCK = "hhqqi4x"  # l_type, l_whence, l_start, l_len, l_pid (and the struct's padding)
elif sys.platform == "darwin":
    _FLOCK = "qqihh"  # l_start, l_len, l_pid, l_type, l_whence
else:
    _FLOCK = ""


def locked_elsewhere(handle: int) -> bool | None:
    """Whether another process holds any of SQLite's locks on the open database file ``handle``
    (it has the file open: every SQLite connection in WAL mode keeps a shared lock); None where
    this cannot be asked."""
    if not _FLOCK:
        return None
    import fcntl

    if _FLOCK.startswith("hh"):
        query = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, _LOCK_START, _LOCK_LENGTH, 0)
        kind = struct.unpack(_FLOCK, fcntl.fcntl(handle, fcntl.F_GETLK, query))[0]
    else:
        query = struct.pack(_FLOCK, _LOCK_START, _LOCK_LENGTH, 0, fcntl.F_WRLCK, os.SEEK_SET)
        kind = struct.unpack(_FLOCK, fcntl.fcntl(handle, fcntl.F_GETLK, query))[3]
    return bool(kind != fcntl.F_UNLCK)


# --- the write-ahead log ----------------------------------------------------------------------------


@dataclass
class WalFrames:
    """What SQLite would apply of a ``-wal`` file: nothing unless its header is valid."""

    valid: bool = False
    page_size: int = 0
    #: Commits (transactions) whose frames all verify.
    commits: int = 0
    #: The first 100 bytes (the database header) of every committed frame of page 1.
    page_ones: list[bytes] = field(default_factory=list)


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(path: Path) -> WalFrames:
    """Read ``path`` as SQLite's recovery does (https://sqlite.org/fileformat2.html#walformat):
    frames count while their salts are the header's and their running checksum holds; those up to
    the last commit frame are what SQLite would apply."""
    with path.open("rb") as file:
        header = file.read(32)
        if len(header) < 32:
            return WalFrames()
        magic, version, page_size, _sequence, salt1, salt2, check1, check2 = struct.unpack(">8I", header)
        if magic not in _WAL_MAGIC or version != _WAL_VERSION or page_size < 512 or page_size & (page_size - 1):
            return WalFrames()
        big_endian = bool(magic & 1)
        s0, s1 = _checksum(header[:24], big_endian, 0, 0)
        if (s0, s1) != (check1, check2):
            return WalFrames()
        frames = WalFrames(valid=True, page_size=page_size)
        pending: list[bytes] = []
        while len(frame := file.read(24 + page_size)) == 24 + page_size:
            page, commit, frame_salt1, frame_salt2, frame_check1, frame_check2 = struct.unpack(">6I", frame[:24])
            if page == 0 or (frame_salt1, frame_salt2) != (salt1, salt2):
                break
            s0, s1 = _checksum(frame[:8], big_endian, s0, s1)
            s0, s1 = _checksum(frame[24:], big_endian, s0, s1)
            if (s0, s1) != (frame_check1, frame_check2):
                break
            if page == 1:
                pending.append(frame[24:124])
            if commit:
                frames.commits += 1
                frames.page_ones += pending
                pending = []
    return frames


def foreign_page_one(image: bytes, header: bytes) -> str | None:
    """Why a copy of page 1 from a journal cannot be this file's (``header`` its own first 100
    bytes), or None if it can."""
    if not image.startswith(header[:16]):
        return "it holds a page that is not an SQLite database header"
    if page_size_of(image) != page_size_of(header):
        return "its pages are not this file's size"
    offset = APPLICATION_ID_OFFSET
    if image[offset : offset + 4] != header[offset : offset + 4]:
        return "it is another program's"
    mine = file_id_of(header)
    if mine and file_id_of(image) != mine:
        return "it is another database's"
    return None


# --- the rollback journal -----------------------------------------------------------------------------


def journal_page_size(path: Path) -> int | None:
    """The page size in a hot journal's header, or None if SQLite would not play it back (its
    header is not a journal's: zeroed once its write was committed)."""
    with path.open("rb") as file:
        header = file.read(28)
    if len(header) < 28 or not header.startswith(_JOURNAL_MAGIC):
        return None
    return int.from_bytes(header[24:28], "big")


def sqlite_view_problem(connection: sqlite3.Connection) -> str | None:
    """SQLite's quick check of what ``connection`` sees: None if sound."""
    rows = connection.execute("PRAGMA quick_check(5)").fetchall()
    messages = [row[0] for row in rows if row[0] != "ok"]
    return None if not messages else "; ".join(messages)[:200]
