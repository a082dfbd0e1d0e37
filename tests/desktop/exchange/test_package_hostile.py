"""Exchange files: every damaged or crafted file is refused with a one-line
reason (never a crash).

The hostile files are made here from a valid one with a single change each, so
that each case fails if the check it aims at were removed.
"""

from __future__ import annotations

import base64
import io
import json
import os
import random
import zipfile
from pathlib import Path
from typing import Any

import pytest
from package_helpers import (
    OTHER,
    PARTS,
    PASSPHRASE,
    SENDER,
    Build,
    crafted,
    encrypted_inside,
    entries,
    flip_last_byte,
    kdf,
    lie_about_size,
    manifest_for,
    replaced,
    signed,
    with_envelope,
    write,
    zip_of,
)

from desktop.exchange import keys, package, zipsafe
from desktop.exchange.package import FORMAT_VERSION, PackageError, read_package

# Hostile files ---------------------------------------------------------------------------------


def _text(tmp: Path) -> Path:
    path = tmp / "notes.mainstream"
    path.write_text("Dear colleague,\nplease find attached...\n")
    return path


def _empty(tmp: Path) -> Path:
    path = tmp / "empty.mainstream"
    path.write_bytes(b"")
    return path


def _truncated(tmp: Path) -> Path:
    path = write(tmp / "cut.mainstream")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


def _part_changed(tmp: Path) -> Path:
    path = write(tmp / "changed.mainstream")
    return replaced(path, "parts/records.jsonl", flip_last_byte, zipfile.ZIP_DEFLATED)


def _part_lengthened(tmp: Path) -> Path:
    path = write(tmp / "longer.mainstream")
    return replaced(path, "parts/records.jsonl", lambda data: data + b"{}\n", zipfile.ZIP_DEFLATED)


def _manifest_changed(tmp: Path) -> Path:
    items = signed(manifest_for(PARTS))
    items[0] = ("manifest.json", items[0][1].replace(b"a1b2c3", b"z9y8x7"))
    return zip_of(tmp / "edited.mainstream", items + [("parts/" + name, data) for name, data in PARTS.items()])


def _signature_swapped(tmp: Path) -> Path:
    """Another key's signature of the same manifest, under the sender's public key."""
    mine, theirs = signed(manifest_for(PARTS)), signed(manifest_for(PARTS), OTHER)
    signature = json.loads(mine[1][1])
    signature["signature"] = json.loads(theirs[1][1])["signature"]
    items = [mine[0], ("signature.json", json.dumps(signature).encode())]
    return zip_of(tmp / "swapped.mainstream", items + [("parts/" + name, data) for name, data in PARTS.items()])


def _unknown_format(tmp: Path) -> Path:
    return crafted(tmp / "other.mainstream", manifest_for(PARTS, format="someone-elses-format"))


def _newer_version(tmp: Path) -> Path:
    return crafted(tmp / "newer.mainstream", manifest_for(PARTS, format_version=FORMAT_VERSION + 1))


def _version_as_text(tmp: Path) -> Path:
    return crafted(tmp / "text-version.mainstream", manifest_for(PARTS, format_version="1"))


def _version_zero(tmp: Path) -> Path:
    return crafted(tmp / "zero.mainstream", manifest_for(PARTS, format_version=0))


def _manifest_not_json(tmp: Path) -> Path:
    path = crafted(tmp / "garbled.mainstream")
    return replaced(path, "manifest.json", lambda data: data[:-5], zipfile.ZIP_DEFLATED)


def _manifest_nested(tmp: Path) -> Path:
    path = crafted(tmp / "nested.mainstream")
    return replaced(path, "manifest.json", lambda _data: b"[" * 100_000 + b"]" * 100_000, zipfile.ZIP_DEFLATED)


def _no_signature(tmp: Path) -> Path:
    return zip_of(
        tmp / "unsigned.mainstream", [item for item in entries(write(tmp / "x")) if item[0] != "signature.json"]
    )


def _signature_with(**changes: str) -> Build:
    def edit(data: bytes) -> bytes:
        return json.dumps({**json.loads(data), **changes}).encode()

    return lambda tmp: replaced(crafted(tmp / "signature.mainstream"), "signature.json", edit, zipfile.ZIP_DEFLATED)


def _bad_checksum_in_manifest(tmp: Path) -> Path:
    manifest = manifest_for(PARTS)
    manifest["parts"]["records.jsonl"]["sha256"] = "XYZ"
    return crafted(tmp / "bad-sum.mainstream", manifest)


def _bomb(tmp: Path) -> Path:
    """20 MB of zeros packs to about 20 KB: a listed, signed part, so only the ratio check stops it."""
    return write(tmp / "bomb.mainstream", parts={"zeros.bin": bytes(20 * 1024**2)})


def _lying_size(tmp: Path) -> Path:
    """A part that declares 100 bytes and unpacks to more."""
    return lie_about_size(write(tmp / "liar.mainstream"), "parts/records.jsonl", 100)


def _unsafe(name: str) -> Build:
    return lambda tmp: crafted(tmp / "unsafe.mainstream", extra=((name, b"boo"),))


def _duplicate(tmp: Path) -> Path:
    return crafted(tmp / "twice.mainstream", extra=(("parts/records.jsonl", PARTS["records.jsonl"]),))


def _unlisted(tmp: Path) -> Path:
    return crafted(tmp / "extra.mainstream", extra=(("parts/extra.txt", b"not in the manifest"),))


def _unlisted_outside_parts(tmp: Path) -> Path:
    """A listed part's name, but outside parts/."""
    return crafted(tmp / "outside.mainstream", extra=(("records.jsonl", b"elsewhere"),))


def _missing_part(tmp: Path) -> Path:
    return crafted(tmp / "missing.mainstream", manifest_for(PARTS), parts={"records.jsonl": PARTS["records.jsonl"]})


def _bzip2(tmp: Path) -> Path:
    return zip_of(tmp / "bzip2.mainstream", entries(write(tmp / "x")), zipfile.ZIP_BZIP2)


def _wrong_passphrase_file(tmp: Path) -> Path:
    return write(tmp / "locked.mainstream", b"another passphrase")


def _ciphertext_tampered(tmp: Path) -> Path:
    return replaced(write(tmp / "tampered.mainstream", PASSPHRASE), "payload.bin", flip_last_byte, zipfile.ZIP_STORED)


def _envelope_tampered(tmp: Path) -> Path:
    """The same parameters written differently: only the associated data notices."""
    return with_envelope(write(tmp / "header.mainstream", PASSPHRASE), lambda envelope: envelope, indent=1)


def _bad_kdf(**changes: Any) -> Build:
    return lambda tmp: with_envelope(write(tmp / "kdf.mainstream", PASSPHRASE), kdf(**changes))


def _newer_envelope(tmp: Path) -> Path:
    return with_envelope(
        write(tmp / "newer.mainstream", PASSPHRASE),
        lambda envelope: {**envelope, "format_version": package.ENVELOPE_VERSION + 1},
    )


def _no_payload(tmp: Path) -> Path:
    items = [item for item in entries(write(tmp / "x", PASSPHRASE)) if item[0] != "payload.bin"]
    return zip_of(tmp / "no-payload.mainstream", items, zipfile.ZIP_STORED)


def _nested_envelope(tmp: Path) -> Path:
    outer = entries(write(tmp / "x", PASSPHRASE))
    return encrypted_inside(tmp / "nested.mainstream", outer)


def _inner_not_a_zip(tmp: Path) -> Path:
    path = tmp / "inner-text.mainstream"
    envelope, ciphertext = package._encrypt(b"just some text", PASSPHRASE)
    return zip_of(path, [("envelope.json", envelope), ("payload.bin", ciphertext)], zipfile.ZIP_STORED)


def _inner_unsafe_name(tmp: Path) -> Path:
    return encrypted_inside(tmp / "inner-unsafe.mainstream", [*entries(write(tmp / "x")), ("../evil", b"boo")])


def _central_records(data: bytes, start: int) -> list[int]:
    """Where each record of the table of contents starting at ``start`` begins."""
    found, at = [], data.find(b"PK\x01\x02", start)
    while at != -1:
        found.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return found


def _overlapping(tmp: Path) -> Path:
    """The last entry's table record points at the bytes of the entry before it (the overlapping
    zip bomb: many entries, one stream of bytes)."""
    path = crafted(tmp / "overlap.mainstream")
    with zipfile.ZipFile(path) as archive:
        infos, start = archive.infolist(), archive.start_dir
    data = bytearray(path.read_bytes())
    last = _central_records(bytes(data), start)[-1]
    data[last + 42 : last + 46] = infos[-2].header_offset.to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def _claiming_more_than_held(tmp: Path) -> Path:
    """The last entry says it packs into more bytes than lie before the table of contents."""
    path = crafted(tmp / "claims.mainstream")
    with zipfile.ZipFile(path) as archive:
        start = archive.start_dir
    data = bytearray(path.read_bytes())
    last = _central_records(bytes(data), start)[-1]
    packed = int.from_bytes(data[last + 20 : last + 24], "little")
    data[last + 20 : last + 24] = (packed + 4096).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


#: A "key" of small order and a signature that OpenSSL accepts under it for any message.
_IDENTITY = bytes([1]) + bytes(31)
_FORGED = {
    "public_key": base64.b64encode(_IDENTITY).decode(),
    "signature": base64.b64encode(_IDENTITY + bytes(32)).decode(),
}


HOSTILE = [
    pytest.param(_text, None, "not a zip", id="text-file"),
    pytest.param(_empty, None, "not a zip", id="empty-file"),
    pytest.param(_truncated, None, "not a zip", id="truncated"),
    pytest.param(_part_changed, None, "records.jsonl does not match its checksum", id="part-changed"),
    pytest.param(_part_lengthened, None, "records.jsonl does not match its checksum", id="part-lengthened"),
    pytest.param(_manifest_changed, None, "does not verify", id="manifest-changed"),
    pytest.param(_signature_swapped, None, "does not verify", id="signature-swapped"),
    pytest.param(_no_signature, None, "not signed", id="no-signature"),
    pytest.param(_signature_with(**_FORGED), None, "not a real key", id="small-order-key"),
    pytest.param(
        _signature_with(public_key=base64.b64encode(bytes(31) + b"\x80").decode(), signature=_FORGED["signature"]),
        None,
        "not a real key",
        id="small-order-key-sign-bit",
    ),
    pytest.param(_signature_with(algorithm="RSA"), None, "'RSA'", id="other-algorithm"),
    pytest.param(_signature_with(signature="AAAA"), None, "unreadable signature", id="short-signature"),
    pytest.param(_unknown_format, None, "is not a Mainstream exchange file", id="unknown-format"),
    pytest.param(_newer_version, None, "newer Mainstream (exchange format 2)", id="newer-version"),
    pytest.param(_version_as_text, None, "unreadable format version", id="version-as-text"),
    pytest.param(_version_zero, None, "unreadable format version", id="version-zero"),
    pytest.param(_manifest_not_json, None, "manifest is not readable", id="manifest-not-json"),
    pytest.param(_manifest_nested, None, "manifest is not readable", id="manifest-nested-deeply"),
    pytest.param(_bad_checksum_in_manifest, None, "list of parts is not readable", id="bad-checksum-in-manifest"),
    pytest.param(_bomb, None, "expands over 200 times", id="zip-bomb-by-ratio"),
    pytest.param(_lying_size, None, "damaged", id="lying-size"),
    pytest.param(_unsafe("../evil"), None, "unsafe name: '../evil'", id="parent"),
    pytest.param(_unsafe("/abs"), None, "unsafe name: '/abs'", id="absolute"),
    pytest.param(_unsafe("C:\\evil"), None, "unsafe name", id="drive-backslash"),
    pytest.param(_unsafe("C:/evil"), None, "unsafe name: 'C:/evil'", id="drive-slash"),
    pytest.param(_unsafe("a/../../b"), None, "unsafe name: 'a/../../b'", id="climbing"),
    pytest.param(_unsafe("parts//x"), None, "unsafe name", id="empty-component"),
    pytest.param(_unsafe("parts/"), None, "unsafe name", id="folder-entry"),
    pytest.param(_unsafe("parts/\x07bell"), None, "unsafe name: 'parts/\\x07bell'", id="control-character"),
    pytest.param(_overlapping, None, "entries that overlap", id="overlapping-entries"),
    pytest.param(_claiming_more_than_held, None, "claim more bytes than the file holds", id="sizes-over-the-file"),
    pytest.param(_duplicate, None, "two entries named 'parts/records.jsonl'", id="duplicate-name"),
    pytest.param(_unlisted, None, "does not list: 'parts/extra.txt'", id="unlisted-entry"),
    pytest.param(_unlisted_outside_parts, None, "does not list: 'records.jsonl'", id="unlisted-outside-parts"),
    pytest.param(_missing_part, None, "part media/logo.bin is missing", id="missing-part"),
    pytest.param(_bzip2, None, "compressed in a way", id="other-compression"),
    pytest.param(lambda tmp: write(tmp / "locked.mainstream", PASSPHRASE), None, "give its passphrase", id="no-pass"),
    pytest.param(_wrong_passphrase_file, PASSPHRASE, "cannot be opened with this passphrase", id="wrong-passphrase"),
    pytest.param(_ciphertext_tampered, PASSPHRASE, "cannot be opened", id="ciphertext-tampered"),
    pytest.param(_envelope_tampered, PASSPHRASE, "cannot be opened", id="envelope-tampered"),
    pytest.param(_bad_kdf(n=3), PASSPHRASE, "unreadable encryption header", id="kdf-n-not-power-of-two"),
    pytest.param(_bad_kdf(n=2**21), PASSPHRASE, "unreadable encryption header", id="kdf-n-too-large"),
    pytest.param(_bad_kdf(r=17), PASSPHRASE, "unreadable encryption header", id="kdf-r-too-large"),
    pytest.param(_bad_kdf(p=True), PASSPHRASE, "unreadable encryption header", id="kdf-p-boolean"),
    pytest.param(_bad_kdf(n=2**20, r=16), PASSPHRASE, "unreadable encryption header", id="kdf-too-much-memory"),
    pytest.param(_bad_kdf(salt="AAAA"), PASSPHRASE, "unreadable encryption header", id="kdf-short-salt"),
    pytest.param(_newer_envelope, PASSPHRASE, "newer Mainstream (exchange format 4)", id="newer-envelope"),
    pytest.param(_no_payload, PASSPHRASE, "payload.bin", id="no-payload"),
    pytest.param(_nested_envelope, PASSPHRASE, "encrypted file inside an encrypted one", id="nested-encryption"),
    pytest.param(_inner_not_a_zip, PASSPHRASE, "not a zip", id="inner-not-a-zip"),
    pytest.param(_inner_unsafe_name, PASSPHRASE, "unsafe name: '../evil'", id="inner-unsafe-name"),
]


@pytest.mark.parametrize(("build", "passphrase", "reason"), HOSTILE)
def test_a_hostile_file_is_refused_with_a_one_line_reason(
    tmp_path: Path, build: Build, passphrase: bytes | None, reason: str
) -> None:
    path = build(tmp_path)
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(PackageError) as refused:
        read_package(path, passphrase)
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)
    assert sorted(os.listdir(tmp_path)) == before  # reading writes nothing


def test_the_crafting_helpers_make_a_valid_file(tmp_path: Path) -> None:
    """The hostile cases start from this: without their one change, they would be read."""
    assert read_package(crafted(tmp_path / "fine.mainstream")).parts == PARTS
    assert read_package(encrypted_inside(tmp_path / "sealed.mainstream", entries(write(tmp_path / "x"))), PASSPHRASE)


def test_an_impostor_verifies_as_the_impostor(tmp_path: Path) -> None:
    """Re-signing a changed manifest with another key makes a valid file, but of the other key:
    whether to trust that fingerprint is the caller's decision."""
    path = crafted(tmp_path / "impostor.mainstream", manifest_for(PARTS, device="z9y8x7"), key=OTHER)
    read = read_package(path)
    assert read.manifest["device"] == "z9y8x7"
    assert read.signer_fingerprint == keys.fingerprint(keys.public_key_of(OTHER))
    assert read.signer_fingerprint != keys.fingerprint(keys.public_key_of(SENDER))


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _bomb(tmp_path)

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("an entry was unpacked")

    monkeypatch.setattr(zipfile.ZipFile, "open", never)
    with pytest.raises(PackageError, match="expands"):
        read_package(path)


def test_a_declared_total_over_the_limit_is_refused_from_the_headers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "big.mainstream", parts={"noise.bin": random.Random(1).randbytes(5000)})
    monkeypatch.setattr(zipsafe, "MAX_UNPACKED_BYTES", 4000)
    with path.open("rb") as source, pytest.raises(zipsafe.UnsafeArchive, match="too large when unpacked"):
        zipsafe.SafeArchive(source)
    with pytest.raises(PackageError, match=r"too large when unpacked \(over 3.91 KB\)"):
        read_package(path)


def test_more_bytes_than_the_limit_stop_the_unpacking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two entries of 3000 bytes each pass a 4000-byte declared check when both lie; unpacking stops anyway."""
    noise = random.Random(2).randbytes(3000)
    path = write(tmp_path / "liar.mainstream", parts={"a.bin": noise, "b.bin": noise})
    for name in ("parts/a.bin", "parts/b.bin"):
        lie_about_size(path, name, 1)
    monkeypatch.setattr(zipsafe, "MAX_UNPACKED_BYTES", 4000)
    with (
        path.open("rb") as source,
        zipsafe.SafeArchive(source) as archive,
        pytest.raises(zipsafe.UnsafeArchive, match="damaged"),
    ):
        archive.read("parts/a.bin")


def test_too_many_entries_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "many.mainstream", parts={f"p{index}.txt": b"x" for index in range(6)})
    monkeypatch.setattr(zipsafe, "MAX_ENTRIES", 5)
    with pytest.raises(PackageError, match="too many entries"):
        read_package(path)


def test_a_huge_table_of_contents_is_refused_before_zipfile_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "table.mainstream")
    monkeypatch.setattr(zipsafe, "MAX_TABLE_BYTES", 100)

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("zipfile read the table")

    monkeypatch.setattr(zipfile, "ZipFile", never)
    with pytest.raises(PackageError, match="too many entries"):
        read_package(path)


def test_an_oversized_manifest_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "manifest.mainstream")
    monkeypatch.setattr(package, "MAX_MANIFEST_BYTES", 100)
    with pytest.raises(PackageError, match="manifest that is too large"):
        read_package(path)


def test_an_unreadable_path_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_package(tmp_path / "nowhere.mainstream")
    with pytest.raises(IsADirectoryError):
        read_package(tmp_path)


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE], ids=["plain", "encrypted"])
def test_random_damage_is_refused_or_harmless(tmp_path: Path, passphrase: bytes | None) -> None:
    """Bytes changed or cut anywhere: the file reads the same or is refused, never a crash."""
    original = write(tmp_path / "good.mainstream", passphrase).read_bytes()
    damaged = tmp_path / "damaged.mainstream"
    rng = random.Random(20260509)
    for attempt in range(150 if passphrase is None else 25):
        data = bytearray(original)
        if attempt % 3 == 0:
            data = data[: rng.randrange(len(data))]
        else:
            for _ in range(rng.randint(1, 4)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        damaged.write_bytes(bytes(data))
        try:
            read = read_package(damaged, passphrase)
        except PackageError as refused:
            assert "\n" not in str(refused)
        else:
            assert read.parts == PARTS


def test_a_part_whose_size_differs_from_the_manifest_is_not_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _part_lengthened(tmp_path)
    unpacked: list[str] = []
    real = zipsafe.SafeArchive.read

    def read(archive: zipsafe.SafeArchive, name: str) -> bytes:
        unpacked.append(name)
        return real(archive, name)

    monkeypatch.setattr(zipsafe.SafeArchive, "read", read)
    with pytest.raises(PackageError, match="checksum"):
        read_package(path)
    assert unpacked == ["manifest.json", "signature.json", "parts/media/logo.bin"]


def test_an_entry_giving_more_than_it_declares_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """zipfile stops at the declared size itself today; SafeArchive does not rely on it."""
    path = write(tmp_path / "x.mainstream", parts={"a.bin": b"abc"})

    def endless(_archive: zipfile.ZipFile, _info: zipfile.ZipInfo, *_args: object, **_kwargs: object) -> io.BytesIO:
        return io.BytesIO(b"x" * 10_000)

    monkeypatch.setattr(zipfile.ZipFile, "open", endless)
    with (
        path.open("rb") as source,
        zipsafe.SafeArchive(source) as archive,
        pytest.raises(zipsafe.UnsafeArchive, match="more than its size says"),
    ):
        archive.read("parts/a.bin")
