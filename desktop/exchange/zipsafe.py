"""Reading a zip archive that someone else made, without trusting anything in it.

An exchange file arrives from another machine, perhaps by e-mail, so it may be
damaged or made on purpose to harm: names that climb out of a folder, the same
name twice, sizes that lie, a few kilobytes that unpack to gigabytes, a table
of contents of millions of entries. ``SafeArchive`` checks all of that before
anything is unpacked, then never trusts a declared size while unpacking, so
memory stays bounded by the limits below. It only reads; it never extracts to
disk. Every refusal is an ``UnsafeArchive`` whose message is one line that
completes "<file name> ..." for the person who chose the file.
"""

from __future__ import annotations

import errno
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from types import TracebackType
from typing import BinaryIO

MAX_ENTRIES = 100_000
MAX_UNPACKED_BYTES = 2 * 1024**3  # the sum of the entries' sizes, as declared and as really unpacked
MAX_TABLE_BYTES = 16 * 1024**2  # the central directory, read whole by zipfile: room for 100,000 long names
MAX_RATIO = 200  # unpacked / packed, for an entry over RATIO_FLOOR; real records pack about 10 to 1
RATIO_FLOOR = 1024**2
CHUNK = 1024**2

_END = b"PK\x05\x06"
_END_SIZE = 22
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"
_LOCATOR_SIZE = 20
_END64_SIZE = 56
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_SAFE_NAME = re.compile(r"[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")
_MAX_NAME = 1024
_LOCAL_HEADER = 30  # the fixed part of a zip entry's local header

# What zipfile and zlib raise on damaged or crafted input (besides OSError(EINVAL) for a bad seek).
_BROKEN: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    struct.error,
    ValueError,
    OverflowError,
    IndexError,
    NotImplementedError,
    RuntimeError,
)

NOT_A_ZIP = "is not a Mainstream exchange file (not a zip archive)"


class UnsafeArchive(Exception):
    """The archive is refused; the message says why, in one line."""


def is_safe_name(name: str) -> bool:
    """Whether ``name`` is a plain relative POSIX path: ASCII letters, digits and ``._-``
    between single slashes, no ``.`` or ``..`` part. The same rule for writing and
    reading, so that everything Mainstream writes it can read back."""
    if len(name) > _MAX_NAME or not _SAFE_NAME.fullmatch(name):
        return False
    return not any(part in {".", ".."} for part in name.split("/"))


def shown(name: str) -> str:
    """A name as quoted in a message: control characters escaped, never over ~80 characters."""
    return repr(name if len(name) <= 80 else name[:77] + "...")


def size_in_words(size: int) -> str:
    """``2147483648`` → ``"2 GB"``: the limits as people read them."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} bytes"


def _is_bad_seek(error: OSError) -> bool:
    """A seek to a negative offset, which only a crafted file asks for."""
    return error.errno == errno.EINVAL


def _table_size(source: BinaryIO) -> int | None:
    """The size of the central directory, found as zipfile finds it, or None when it has none.

    zipfile reads the whole central directory into memory and makes an object
    for each entry before anyone can look, so its size is checked first.
    """
    source.seek(0, os.SEEK_END)
    length = source.tell()
    if length < _END_SIZE:
        return None
    source.seek(max(0, length - _END_SIZE - 0xFFFF))
    tail_start = source.tell()
    tail = source.read()
    at = len(tail) - _END_SIZE
    if not (tail[at : at + 4] == _END and tail[-2:] == b"\0\0"):
        at = tail.rfind(_END)
        if at < 0 or len(tail) - at < _END_SIZE:
            return None
    size = int(struct.unpack_from("<I", tail, at + 12)[0])
    end_at = tail_start + at
    if end_at >= _LOCATOR_SIZE:
        source.seek(end_at - _LOCATOR_SIZE)
        if source.read(4) == _END64_LOCATOR and end_at >= _LOCATOR_SIZE + _END64_SIZE:
            source.seek(end_at - _LOCATOR_SIZE - _END64_SIZE)
            record = source.read(_END64_SIZE)
            if len(record) == _END64_SIZE and record[:4] == _END64:
                size = int(struct.unpack_from("<Q", record, 40)[0])
    return size


class SafeArchive:
    """A zip archive opened for reading once its table of contents has passed every check.

    Refused: not a zip; a table of contents over ``MAX_TABLE_BYTES`` or over
    ``MAX_ENTRIES`` entries; an unsafe or duplicated name; zip encryption; a
    compression other than stored or deflated; an entry that expands more than
    ``MAX_RATIO`` times; a declared total over ``MAX_UNPACKED_BYTES``.
    The source stays the caller's to close.
    """

    def __init__(self, source: BinaryIO) -> None:
        try:
            table = _table_size(source)
            if table is None:
                raise UnsafeArchive(NOT_A_ZIP)
            if table > MAX_TABLE_BYTES:
                raise UnsafeArchive(f"has too many entries (a table of contents over {size_in_words(MAX_TABLE_BYTES)})")
            self._zip = zipfile.ZipFile(source)
        except _BROKEN:
            raise UnsafeArchive(NOT_A_ZIP) from None
        except OSError as error:
            if not _is_bad_seek(error):
                raise
            raise UnsafeArchive(NOT_A_ZIP) from None
        try:
            self._entries = self._checked_entries()
        except BaseException:
            self._zip.close()
            raise
        self._left = MAX_UNPACKED_BYTES

    def _checked_entries(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise UnsafeArchive(f"has too many entries (over {MAX_ENTRIES:,})")
        entries: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.orig_filename  # zipfile cuts a name at a NUL in .filename; the original keeps it
            if name != info.filename or not is_safe_name(name):
                raise UnsafeArchive(f"holds an entry with an unsafe name: {shown(name)}")
            if name in entries:
                raise UnsafeArchive(f"holds two entries named {shown(name)}")
            entries[name] = info
        total = 0
        for name, info in entries.items():
            if info.flag_bits & 0x1:
                raise UnsafeArchive(
                    f"holds a password-protected zip entry ({shown(name)}), which Mainstream does not read"
                )
            if info.compress_type not in _METHODS:
                raise UnsafeArchive(f"holds an entry ({shown(name)}) compressed in a way Mainstream does not read")
            if info.file_size > RATIO_FLOOR and info.file_size / max(info.compress_size, 1) > MAX_RATIO:
                raise UnsafeArchive(
                    f"is too large when unpacked (entry {shown(name)} expands over {MAX_RATIO} times: a zip bomb?)"
                )
            total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise UnsafeArchive(f"is too large when unpacked (over {size_in_words(MAX_UNPACKED_BYTES)})")
        self._check_layout(infos)
        return entries

    def _check_layout(self, infos: list[zipfile.ZipInfo]) -> None:
        """Each entry's bytes lie apart from every other's and before the table of contents, so
        none is unpacked twice (the "overlapping files" zip bomb: many entries of one stream),
        and the packed sizes add up to no more than the file holds."""
        start_of_table = self._zip.start_dir
        end = 0
        for info in sorted(infos, key=lambda each: each.header_offset):
            if info.header_offset < end:
                raise UnsafeArchive(
                    f"holds entries that overlap ({shown(info.orig_filename)} lies inside another): a zip bomb?"
                )
            # The local header is at least its fixed part and the name: the least the entry takes.
            name = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
            end = info.header_offset + _LOCAL_HEADER + len(name) + info.compress_size
        if end > start_of_table:
            raise UnsafeArchive("is damaged (its entries claim more bytes than the file holds)")

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    @property
    def names(self) -> list[str]:
        """The entries' names, in the archive's order."""
        return list(self._entries)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def size(self, name: str) -> int:
        """The size ``name`` declares; reading checks it really has that many bytes."""
        return self._entries[name].file_size

    def read(self, name: str) -> bytes:
        """The bytes of entry ``name``, unpacked a chunk at a time (see ``chunks``)."""
        return b"".join(self.chunks(name))

    def chunks(self, name: str) -> Iterator[bytes]:
        """The bytes of entry ``name``, unpacked and given a chunk at a time.

        Stops as soon as the entry gives more than it declared or the archive
        more than ``MAX_UNPACKED_BYTES`` in all, so a lying header cannot make
        it unpack without end.
        """
        info = self._entries[name]
        got = 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    got += len(chunk)
                    if got > info.file_size:
                        raise UnsafeArchive(f"is damaged: entry {shown(name)} holds more than its size says")
                    if got > self._left:
                        raise UnsafeArchive(f"is too large when unpacked (over {size_in_words(MAX_UNPACKED_BYTES)})")
                    yield chunk
        except _BROKEN:
            raise UnsafeArchive(f"is damaged: entry {shown(name)} cannot be unpacked") from None
        except OSError as error:
            if not _is_bad_seek(error):
                raise
            raise UnsafeArchive(f"is damaged: entry {shown(name)} cannot be unpacked") from None
        if got != info.file_size:
            raise UnsafeArchive(f"is damaged: entry {shown(name)} is shorter than its size says")
        self._left -= got
