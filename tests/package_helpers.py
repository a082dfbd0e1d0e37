"""Making exchange files for the container tests: valid ones, and valid ones
with a single change each (tests/desktop/exchange/test_package*.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.exchange import keys, package
from desktop.exchange.package import FORMAT, FORMAT_VERSION, write_package

SENDER = keys.generate_private_key()
OTHER = keys.generate_private_key()
PASSPHRASE = "correct horse — حصان صحيح".encode()
PARTS = {
    "records.jsonl": b'{"id": 1, "name": "Lucia"}\n' * 40,
    "media/logo.bin": bytes(range(256)) * 8,
}
MANIFEST: dict[str, Any] = {
    "device": "a1b2c3",
    "sender": "فاطمة الزهراء",
    "place": "ශ්‍රී ලංකාව",
    "note": "ready 📦🌍👩🏽‍💻",
}

Build = Callable[[Path], Path]


def write(path: Path, passphrase: bytes | None = None, parts: dict[str, bytes] = PARTS) -> Path:
    write_package(path, MANIFEST, parts, SENDER, passphrase)
    return path


def entries(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def zip_of(path: Path, items: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some cases want
        with zipfile.ZipFile(path, "w", compression) as archive:
            for name, data in items:
                archive.writestr(name, data)
    return path


def manifest_for(parts: dict[str, bytes], **changes: Any) -> dict[str, Any]:
    """The manifest write_package makes for ``parts``, with ``changes``."""
    listed = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in parts.items()}
    return {**MANIFEST, "format": FORMAT, "format_version": FORMAT_VERSION, "parts": listed, **changes}


def signed(manifest: dict[str, Any], key: bytes = SENDER) -> list[tuple[str, bytes]]:
    data = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode()
    signature = {
        "algorithm": "Ed25519",
        "public_key": base64.b64encode(keys.public_key_of(key)).decode(),
        "signature": base64.b64encode(keys.sign(key, data)).decode(),
    }
    return [("manifest.json", data), ("signature.json", json.dumps(signature).encode())]


def crafted(
    path: Path,
    manifest: dict[str, Any] | None = None,
    parts: dict[str, bytes] = PARTS,
    extra: tuple[tuple[str, bytes], ...] = (),
    key: bytes = SENDER,
) -> Path:
    """A file as write_package makes it, but from pieces the test chooses."""
    items = signed(manifest if manifest is not None else manifest_for(parts), key)
    items += [("parts/" + name, data) for name, data in parts.items()]
    return zip_of(path, items + list(extra))


def replaced(path: Path, name: str, change: Callable[[bytes], bytes], compression: int) -> Path:
    """The file re-zipped with one entry's bytes changed."""
    items = [(entry, change(data) if entry == name else data) for entry, data in entries(path)]
    return zip_of(path, items, compression)


def with_envelope(path: Path, change: Callable[[dict[str, Any]], dict[str, Any]], indent: int | None = None) -> Path:
    def edit(data: bytes) -> bytes:
        return json.dumps(change(json.loads(data)), sort_keys=True, indent=indent).encode()

    return replaced(path, "envelope.json", edit, zipfile.ZIP_STORED)


def flip_last_byte(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 0x01])


def kdf(**changes: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda envelope: {**envelope, "kdf": {**envelope["kdf"], **changes}}


def encrypted_inside(path: Path, items: list[tuple[str, bytes]]) -> Path:
    """An encrypted file whose payload is a zip of ``items``, sealed properly with the passphrase."""
    inner = zip_of(path.with_suffix(".inner"), items)
    envelope, ciphertext = package._encrypt(inner.read_bytes(), PASSPHRASE)
    inner.unlink()
    return zip_of(path, [("envelope.json", envelope), ("payload.bin", ciphertext)], zipfile.ZIP_STORED)


def lie_about_size(path: Path, name: str, declared: int) -> Path:
    """Set the unpacked size ``name`` declares, in its local header and in the central directory."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
        at = archive.start_dir
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    while data[at : at + 4] == b"PK\x01\x02":
        lengths = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46 : at + 46 + lengths[0]] == name.encode():
            struct.pack_into("<I", data, at + 24, declared)
        at += 46 + sum(lengths)
    path.write_bytes(bytes(data))
    return path
