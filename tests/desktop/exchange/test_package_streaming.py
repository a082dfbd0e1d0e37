"""A part written as chunks while it is made (the export's change lines) gives
the same verified file as the whole bytes; a failure while making it leaves no
file behind; files written with the manifest first (before the export was made
faster) still read."""

from __future__ import annotations

import hashlib
import os
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from package_helpers import MANIFEST, PARTS, PASSPHRASE, SENDER, entries

from desktop.exchange import package as package_module
from desktop.exchange.atomic import pump
from desktop.exchange.package import PackageWriter, read_package, write_package


def _chunks(data: bytes, size: int = 7) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_part_given_in_chunks_reads_back_whole(tmp_path: Path, passphrase: bytes | None) -> None:
    path = tmp_path / "chunks.mainstream"
    with PackageWriter(path, SENDER, passphrase) as writer:
        for name in sorted(PARTS):
            writer.add(name, _chunks(PARTS[name]))
        writer.finish(MANIFEST)
    whole = tmp_path / "whole.mainstream"
    write_package(whole, MANIFEST, PARTS, SENDER, passphrase)
    got, expected = read_package(path, passphrase), read_package(whole, passphrase)
    assert got.parts == expected.parts == PARTS
    assert got.manifest == expected.manifest


def test_the_manifest_is_signed_and_written_last(tmp_path: Path) -> None:
    path = tmp_path / "out.mainstream"
    write_package(path, MANIFEST, PARTS, SENDER)
    assert [name for name, _data in entries(path)][-2:] == ["manifest.json", "signature.json"]


def test_a_file_with_the_manifest_first_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "out.mainstream"
    write_package(path, MANIFEST, PARTS, SENDER)
    older = tmp_path / "older.mainstream"
    items = entries(path)
    with zipfile.ZipFile(older, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items[-2:] + items[:-2]:
            archive.writestr(name, data)
    assert read_package(older).parts == PARTS


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_failure_while_the_part_is_made_leaves_no_file(tmp_path: Path, passphrase: bytes | None) -> None:
    def failing() -> Iterator[bytes]:
        yield b"first chunk\n" * 1000
        raise OSError(5, "Input/output error")

    with pytest.raises(OSError), PackageWriter(tmp_path / "out.mainstream", SENDER, passphrase) as writer:
        writer.add("changes.jsonl", failing())
        writer.finish(MANIFEST)
    assert os.listdir(tmp_path) == []


def test_a_failure_while_writing_a_chunk_stops_the_maker() -> None:
    made: list[int] = []

    def endless() -> Iterator[bytes]:
        while True:
            made.append(1)
            yield b"x" * 1024

    class Full:
        def write(self, _data: bytes) -> int:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        pump(endless(), hashlib.sha256(), Full())  # type: ignore[arg-type]
    assert len(made) < 100


def _joined(chunks: Iterator[bytes], size: int) -> bytes:
    data = b"".join(chunks)
    assert len(data) == size
    return data


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_part_read_while_unpacked_gives_what_its_reader_made(tmp_path: Path, passphrase: bytes | None) -> None:
    path = tmp_path / "out.mainstream"
    write_package(path, MANIFEST, PARTS, SENDER, passphrase)
    package = read_package(path, passphrase, readers={"records.jsonl": _joined})
    assert package.read == {"records.jsonl": PARTS["records.jsonl"]}
    assert "records.jsonl" not in package.parts and package.parts["media/logo.bin"] == PARTS["media/logo.bin"]


def test_a_part_read_while_unpacked_must_still_match_its_checksum(tmp_path: Path) -> None:
    path = tmp_path / "out.mainstream"
    write_package(path, MANIFEST, PARTS, SENDER)
    altered = tmp_path / "altered.mainstream"
    with zipfile.ZipFile(altered, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries(path):
            archive.writestr(name, data.replace(b"Lucia", b"Lucio") if name == "parts/records.jsonl" else data)
    with pytest.raises(package_module.PackageError, match="does not match its checksum"):
        read_package(altered, readers={"records.jsonl": _joined})


def test_a_reader_that_fails_stops_the_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "out.mainstream"
    write_package(path, MANIFEST, {"big.jsonl": os.urandom(20_000_000)}, SENDER)

    def fails(chunks: Iterator[bytes], size: int) -> None:
        next(chunks)
        raise ValueError("refused")

    with pytest.raises(ValueError, match="refused"):
        read_package(path, readers={"big.jsonl": fails})


def test_the_interpreter_switch_interval_is_given_back(tmp_path: Path) -> None:
    before = sys.getswitchinterval()
    path = tmp_path / "out.mainstream"
    with PackageWriter(path, SENDER) as writer:
        writer.add("records.jsonl", _chunks(PARTS["records.jsonl"], 100))
        writer.finish(MANIFEST)
    read_package(path, readers={"records.jsonl": _joined})
    with pytest.raises(ValueError, match="refused"):
        read_package(path, readers={"records.jsonl": lambda chunks, size: (_ for _ in ()).throw(ValueError("refused"))})
    assert sys.getswitchinterval() == before
