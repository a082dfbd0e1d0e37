"""Exchange files: what is written reads back the same, and a write is all or
nothing. The hostile files are in test_package_hostile.py."""

from __future__ import annotations

import json
import os
import re
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from package_helpers import (
    MANIFEST,
    OTHER,
    PARTS,
    PASSPHRASE,
    SENDER,
    entries,
    write,
    zip_of,
)

from desktop.exchange import keys, package, sealed
from desktop.exchange.package import FORMAT, FORMAT_VERSION, PackageError, read_package, write_package

# Round trips -----------------------------------------------------------------------------------

FINGERPRINT = re.compile(r"[0-9A-F]{4}( [0-9A-F]{4}){7}")


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_what_is_written_reads_back_the_same(tmp_path: Path, passphrase: bytes | None) -> None:
    read = read_package(write(tmp_path / "out.mainstream", passphrase), passphrase)
    assert read.parts == PARTS
    assert read.encrypted is (passphrase is not None)
    assert {key: read.manifest[key] for key in MANIFEST} == MANIFEST  # Arabic, Sinhala and emoji intact
    assert read.manifest["format"] == FORMAT
    assert read.manifest["format_version"] == FORMAT_VERSION
    assert read.manifest["parts"]["records.jsonl"]["size"] == len(PARTS["records.jsonl"])
    assert read.signer_public_key == keys.public_key_of(SENDER)
    assert read.signer_fingerprint == keys.fingerprint(keys.public_key_of(SENDER))
    assert FINGERPRINT.fullmatch(read.signer_fingerprint)
    assert sorted(os.listdir(tmp_path)) == ["out.mainstream"]


def test_the_fingerprint_is_stable_and_tells_keys_apart() -> None:
    public = keys.public_key_of(SENDER)
    assert keys.fingerprint(public) == keys.fingerprint(bytes(public))
    assert keys.fingerprint(public) != keys.fingerprint(keys.public_key_of(OTHER))
    assert FINGERPRINT.fullmatch(keys.fingerprint(public))


def test_an_encrypted_file_shows_nothing_of_its_contents(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.mainstream", PASSPHRASE, parts={"records.jsonl": b"Lucia Quispe " * 100})
    assert [name for name, _ in entries(path)] == ["envelope.json", "payload.bin"]
    raw = path.read_bytes()
    assert b"Lucia" not in raw
    assert "فاطمة".encode() not in raw
    envelope = json.loads(dict(entries(path))["envelope.json"])
    assert envelope["encryption"] == "scrypt+AES-256-GCM"
    assert set(envelope["kdf"]) == {"n", "r", "p", "salt"}


def test_a_sealed_file_s_size_tells_little_of_what_it_holds(tmp_path: Path) -> None:
    """A few records more or less, or a small country and a smaller one, give the same size."""
    sizes = {
        len(dict(entries(write(tmp_path / f"{count}.mainstream", PASSPHRASE, parts=parts)))["payload.bin"])
        for count, parts in [
            (1, {"records.jsonl": b"x"}),
            (2, {"records.jsonl": os.urandom(20_000)}),
            (3, {"records.jsonl": os.urandom(60_000)}),
        ]
    }
    assert sizes == {package.MIN_PADDED + 16}  # and the tag
    large = {
        len(dict(entries(write(tmp_path / f"l{n}.mainstream", PASSPHRASE, parts={"r": os.urandom(n)})))["payload.bin"])
        for n in (598_000, 604_000)
    }
    assert len(large) == 1


def test_padded_sizes_hide_the_low_bits_and_add_at_most_an_eighth() -> None:
    for length in [*range(60_000, 70_000, 997), 1_000_003, 12_345_678, 2**30 + 1]:
        padded = package.padded_size(length)
        assert padded >= length and (padded <= length * 1.125 or padded == package.MIN_PADDED)
    assert package.padded_size(1_000_003) == package.padded_size(1_000_000)


def _sealed_in_one_piece(tmp_path: Path, version: int) -> Path:
    """A file as envelope versions 1 (the plain file sealed as it was) and 2 (with its length first
    and padded) sealed it: in one AES-GCM call."""
    inner = tmp_path / "inner.mainstream"
    write(inner)
    salt, nonce = os.urandom(package.SALT_SIZE), os.urandom(package.NONCE_SIZE)
    envelope = {
        "format": FORMAT,
        "format_version": version,
        "encryption": package.ENCRYPTION,
        "kdf": {"n": 2**15, "r": 8, "p": 1, "salt": package._b64(salt)},
        "nonce": package._b64(nonce),
    }
    envelope_bytes = json.dumps(envelope, sort_keys=True).encode()
    body = inner.read_bytes()
    if version == 2:
        body = len(body).to_bytes(8, "big") + body
        body += bytes(package.padded_size(len(body)) - len(body))
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(PASSPHRASE)
    old = tmp_path / f"old-{version}.mainstream"
    with zipfile.ZipFile(old, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("envelope.json", envelope_bytes)
        archive.writestr("payload.bin", AESGCM(key).encrypt(nonce, body, envelope_bytes))
    return old


@pytest.mark.parametrize("version", [1, 2])
def test_a_file_sealed_in_one_piece_by_an_older_version_still_reads(version: int, tmp_path: Path) -> None:
    assert read_package(_sealed_in_one_piece(tmp_path, version), PASSPHRASE).parts == PARTS


def _sealed_records(path: Path) -> tuple[bytes, list[bytes]]:
    """An encrypted file's envelope and its sealed chunks."""
    items = dict(entries(path))
    payload, record = items["payload.bin"], sealed.CHUNK + sealed.TAG
    return items["envelope.json"], [payload[at : at + record] for at in range(0, len(payload), record)]


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda chunks: chunks[:-1], id="last-chunk-dropped"),
        pytest.param(lambda chunks: [chunks[1], chunks[0], *chunks[2:]], id="chunks-swapped"),
        pytest.param(lambda chunks: [chunks[0], *chunks], id="chunk-repeated"),
        pytest.param(lambda chunks: [*chunks[:-1], chunks[-1][:-1]], id="cut-short"),
    ],
)
def test_a_file_sealed_in_chunks_refuses_chunks_dropped_moved_or_repeated(tamper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = {"changes.jsonl": os.urandom(3 * sealed.CHUNK)}  # three chunks and more, incompressible
    path = write(tmp_path / "big.mainstream", PASSPHRASE, big)
    assert read_package(path, PASSPHRASE).parts == big
    envelope, chunks = _sealed_records(path)
    assert len(chunks) >= 4
    bad = zip_of(
        tmp_path / "bad.mainstream",
        [("envelope.json", envelope), ("payload.bin", b"".join(tamper(chunks)))],
        zipfile.ZIP_STORED,
    )
    with pytest.raises(PackageError, match="cannot be opened with this passphrase"):
        read_package(bad, PASSPHRASE)


def test_a_large_encrypted_file_is_never_held_whole_in_memory(tmp_path: Path) -> None:
    """Sealed and opened a chunk at a time: writing and reading a file of 40 MB takes a few MB."""
    size = 40 * 1024**2
    path = tmp_path / "large.mainstream"
    tracemalloc.start()
    try:
        with package.PackageWriter(path, SENDER, PASSPHRASE) as writer:
            writer.add("changes.jsonl", (os.urandom(sealed.CHUNK) for _ in range(size // sealed.CHUNK)))
            writer.finish({"what": "large"})
        written = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        got = read_package(path, PASSPHRASE, readers={"changes.jsonl": lambda chunks, size: sum(map(len, chunks))})
        read = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert got.read["changes.jsonl"] == size
    assert written < size / 4 and read < size / 4, (written, read)


def test_new_sealed_files_cost_a_guesser_scrypt_at_2_17_or_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the suite's quick scrypt off: what a user's file gets
    envelope = json.loads(dict(entries(write(tmp_path / "s.mainstream", PASSPHRASE)))["envelope.json"])
    assert envelope["kdf"]["n"] >= 2**17 and envelope["format_version"] == 3


def test_a_plain_file_reads_even_when_a_passphrase_is_given(tmp_path: Path) -> None:
    read = read_package(write(tmp_path / "plain.mainstream"), PASSPHRASE)
    assert read.encrypted is False
    assert read.parts == PARTS


def test_a_file_without_parts_is_fine(tmp_path: Path) -> None:
    assert read_package(write(tmp_path / "empty.mainstream", parts={})).parts == {}


@pytest.mark.parametrize("name", ["../evil", "/abs", "a\\b", "", "a//b", "a/./b", "é.txt", "a/"])
def test_writing_refuses_an_unsafe_part_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match="unsafe part name"):
        write_package(tmp_path / "x.mainstream", {}, {name: b"x"}, SENDER)
    assert os.listdir(tmp_path) == []


def test_keys_verify_only_their_own_signatures() -> None:
    public = keys.public_key_of(SENDER)
    signature = keys.sign(SENDER, b"message")
    assert keys.verify(public, signature, b"message")
    assert not keys.verify(public, signature, b"messagE")
    assert not keys.verify(keys.public_key_of(OTHER), signature, b"message")
    assert not keys.verify(public[:31], signature, b"message")
    assert not keys.verify(public, signature[:63], b"message")
    assert not keys.verify(b"\xff" * 32, signature, b"message")


# All or nothing --------------------------------------------------------------------------------


def _failing_put(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the writing of the second part fail, once the first is written."""
    real = package._put

    def put(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        if name == "parts/records.jsonl":
            raise OSError(28, "No space left on device")
        real(archive, name, data)

    monkeypatch.setattr(package, "_put", put)


def _failing_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(_source: object, _destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("fail", [_failing_put, _failing_replace], ids=["while-writing", "at-the-rename"])
@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_a_failed_write_leaves_no_file_and_no_partial(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fail: Callable[[pytest.MonkeyPatch], None],
    passphrase: bytes | None,
) -> None:
    fail(monkeypatch)
    with pytest.raises(OSError):
        write(tmp_path / "out.mainstream", passphrase)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("fail", [_failing_put, _failing_replace], ids=["while-writing", "at-the-rename"])
def test_a_failed_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: Callable[[pytest.MonkeyPatch], None]
) -> None:
    path = write(tmp_path / "out.mainstream", parts={"old.txt": b"the previous file"})
    before = path.read_bytes()
    fail(monkeypatch)
    with pytest.raises(OSError):
        write(path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["out.mainstream"]
    assert read_package(path).parts == {"old.txt": b"the previous file"}


def test_a_write_replaces_the_previous_file(tmp_path: Path) -> None:
    path = write(tmp_path / "out.mainstream", parts={"old.txt": b"old"})
    write(path)
    assert read_package(path).parts == PARTS
    assert os.listdir(tmp_path) == ["out.mainstream"]


def test_the_partial_file_is_hidden_beside_the_final_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = os.replace

    def replace(source: str, destination: str) -> None:
        seen.append(os.path.basename(source))
        real(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    write(tmp_path / "out.mainstream")
    assert len(seen) == 1
    assert seen[0].startswith(".out.mainstream.")
    assert seen[0].endswith(".partial")
