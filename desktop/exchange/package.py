"""The exchange file: a signed, optionally encrypted zip that carries data between machines.

Layout of a plain file (a deflated zip)::

    manifest.json    UTF-8 JSON object: the caller's fields, plus "format",
                     "format_version" and "parts" {name: {"sha256", "size"}}
    signature.json   {"algorithm": "Ed25519", "public_key": b64, "signature": b64}
                     over the exact bytes of manifest.json
    parts/<name>     each part, its checksum and size in the manifest

Entries are found by name, in any order (files written since the export was
made faster put the parts first and the manifest, signed last, after them).

An encrypted file is a stored (uncompressed) zip of ``envelope.json`` (the
scrypt parameters and the AES-GCM nonce, also bound into the ciphertext as
associated data so that nobody can change them) and ``payload.bin``, the plain
file above encrypted with AES-256-GCM under a key derived from the passphrase
(scrypt, n = 2**17). Since envelope version 2 what is sealed is the plain file's
length (8 bytes), the file, and zeros up to ``padded_size``, so that the size of
a sealed file tells little of what it holds; since version 3 it is sealed in
authenticated chunks (``sealed``), so that neither writing nor reading holds
the file whole in memory (the plain file is kept in an unnamed temporary file
meanwhile). Versions 1 (unpadded) and 2 (one piece) read still.

The signature says who made the file, not whether to trust them: a file
re-signed by someone else verifies, with their fingerprint, and deciding
whether that fingerprint is welcome is the caller's job.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import secrets
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.exchange import keys, sealed
from desktop.exchange.atomic import pump, pump_from, sync_folder, temporary_beside, write_atomically
from desktop.exchange.zipsafe import SafeArchive, UnsafeArchive, is_safe_name, shown, size_in_words
from desktop.paths import named_as

FORMAT = "mainstream-exchange"
FORMAT_VERSION = 1
#: The encryption envelope's own version: 3 seals in chunks (``sealed``), 2 (read still) in one piece,
#: 1 (read still) did not pad what it sealed (``padded_size``).
ENVELOPE_VERSION = 3
#: The least a sealed file's contents take: a small file says nothing of how small it is.
MIN_PADDED = 64 * 1024
_LENGTH_SIZE = 8  # the true length, first in what is sealed

MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
ENVELOPE = "envelope.json"
PAYLOAD = "payload.bin"
PARTS = "parts/"
ALGORITHM = "Ed25519"
ENCRYPTION = "scrypt+AES-256-GCM"

MAX_MANIFEST_BYTES = 10 * 1024**2
MAX_HEADER_BYTES = 64 * 1024  # signature.json and envelope.json
MAX_ENCRYPTED_BYTES = 2**31 - 1 - 16  # what AES-GCM in cryptography takes in one call, less the tag

SCRYPT_N = 2**17  # 128 MiB and under half a second: slow for guessing, quick for a person
SCRYPT_R = 8
SCRYPT_P = 1
# A crafted header must not make reading take more: 128·n·r bytes of memory, n·r·p rounds (2**23: ~5 s).
SCRYPT_MAX_MEMORY = 2**30
SCRYPT_MAX_WORK = 2**23
SALT_SIZE = 16
NONCE_SIZE = 12
KEY_SIZE = 32
_HEX = frozenset("0123456789abcdef")


class PackageError(Exception):
    """The file cannot be read; the message, one line, completes "<file name> ..."."""


@dataclass(frozen=True)
class Package:
    """What a verified exchange file holds; ``signer_fingerprint`` is for the caller to trust or not."""

    manifest: dict[str, Any]
    parts: dict[str, bytes]
    signer_public_key: bytes
    signer_fingerprint: str
    encrypted: bool
    #: What the ``readers`` given to ``read_package`` made of their parts.
    read: dict[str, Any] = field(default_factory=dict)


# Writing ---------------------------------------------------------------------------------------


#: A part's bytes, whole or as chunks written one after the other (never joined in memory).
PartData = bytes | Iterable[bytes]


def write_package(
    path: Path,
    manifest: dict[str, Any],
    parts: Mapping[str, PartData],
    private_key: bytes,
    passphrase: bytes | None = None,
) -> None:
    """Write an exchange file at ``path``, signed with ``private_key``, encrypted when a passphrase is given.

    The file appears whole or not at all (a temporary file beside it, synced,
    then renamed), so an interrupted write never leaves half a file under the
    name someone will send. OSError (disk full, no permission) propagates.
    """
    for name in parts:
        _check_part_name(name)
    with named_as(path), PackageWriter(path, private_key, passphrase) as writer:
        for name in sorted(parts):
            writer.add(name, parts[name])
        writer.finish(manifest)


def _check_part_name(name: str) -> None:
    if not is_safe_name(name):
        raise ValueError(f"unsafe part name {name!r}: use letters, digits and ._-/ only")


class PackageWriter:
    """Writes an exchange file part by part, then its manifest and signature.

    A part given as chunks is compressed in a second thread while the caller's
    iterator makes the next chunks (zlib lets go of the interpreter while it
    works), and is never held whole. The manifest is signed and written last,
    once every part's checksum is known; readers find entries by name. Leaving
    the ``with`` block without ``finish`` leaves no file behind.
    """

    def __init__(self, path: Path, private_key: bytes, passphrase: bytes | None = None) -> None:
        if passphrase is not None and not passphrase:
            raise ValueError("an empty passphrase encrypts nothing; give None for a plain file")
        self._path = Path(path)
        self._private_key = private_key
        self._passphrase = passphrase
        self._checksums: dict[str, dict[str, Any]] = {}
        self._temporary: str | None = None
        if passphrase is None:
            handle, self._temporary = temporary_beside(self._path)
            self._out: BinaryIO = os.fdopen(handle, "wb")
        else:  # the plain file, sealed once complete: unnamed, the user's alone, gone when closed
            self._out = tempfile.TemporaryFile()  # noqa: SIM115 -- closed once sealed, or abandoned
        self._archive = zipfile.ZipFile(self._out, "w", zipfile.ZIP_DEFLATED)
        self._finished = False

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: Any) -> None:
        if not self._finished:
            self._abandon()

    def add(self, name: str, data: PartData) -> None:
        """Write part ``name`` (bytes, or an iterable of chunks read once)."""
        _check_part_name(name)
        if name in self._checksums:
            raise ValueError(f"part {name!r} written twice")
        self._checksums[name] = _put(self._archive, PARTS + name, data)

    def finish(self, manifest: dict[str, Any]) -> None:
        """Sign and write the manifest (with every part's checksum), then put the file in place."""
        signed = dict(manifest)
        signed["format"] = FORMAT
        signed["format_version"] = FORMAT_VERSION
        signed["parts"] = {name: self._checksums[name] for name in sorted(self._checksums)}
        manifest_bytes = json.dumps(signed, sort_keys=True, ensure_ascii=False, allow_nan=False).encode("utf-8")
        signature = {
            "algorithm": ALGORITHM,
            "public_key": _b64(keys.public_key_of(self._private_key)),
            "signature": _b64(keys.sign(self._private_key, manifest_bytes)),
        }
        _put(self._archive, MANIFEST, manifest_bytes)
        _put(self._archive, SIGNATURE, json.dumps(signature, sort_keys=True).encode("utf-8"))
        self._archive.close()
        if self._passphrase is None:
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
            assert self._temporary is not None
            os.replace(self._temporary, self._path)
            self._finished = True
            sync_folder(self._path.parent)
            return
        length = self._out.tell()
        envelope_bytes, key, prefix = _new_envelope(self._passphrase, length)
        self._out.seek(0)

        def write_encrypted(out: BinaryIO) -> None:
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
                _put(archive, ENVELOPE, envelope_bytes)
                _put(archive, PAYLOAD, sealed.seal(key, prefix, envelope_bytes, _body(self._out, length)))

        try:
            write_atomically(self._path, write_encrypted)
        finally:
            self._out.close()
        self._finished = True

    def _abandon(self) -> None:
        try:
            self._archive.close()
        except (OSError, ValueError, zipfile.BadZipFile):
            pass  # the file is thrown away
        finally:
            self._out.close()
            if self._temporary is not None:
                Path(self._temporary).unlink(missing_ok=True)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _put(archive: zipfile.ZipFile, name: str, data: PartData) -> dict[str, Any]:
    """Write an entry; returns its checksum and size."""
    info = zipfile.ZipInfo(name)
    info.compress_type = archive.compression
    info.external_attr = 0o644 << 16  # tools that unpack it make ordinary files
    if isinstance(data, bytes):
        archive.writestr(info, data)
        return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    digest = hashlib.sha256()
    with archive.open(info, "w") as out:
        size = pump(data, digest, out)
    return {"sha256": digest.hexdigest(), "size": size}


def padded_size(length: int) -> int:
    """The size ``length`` bytes are padded to before sealing: at least ``MIN_PADDED``, else Padmé
    (Nikitin et al., 2019): the low bits of the length zeroed so that only O(log log n) bits of it
    show, at most 12% more. So what a passer-by learns from a sealed file's size is the rough order
    of how much it holds, not which records (a country's size, a few edits more or less)."""
    if length <= MIN_PADDED:
        return MIN_PADDED
    exponent = length.bit_length() - 1
    low_bits = exponent - exponent.bit_length()
    mask = (1 << low_bits) - 1
    return (length + mask) & ~mask


def _new_envelope(passphrase: bytes, length: int) -> tuple[bytes, bytes, bytes]:
    """A new envelope (its bytes), the key derived from ``passphrase`` under it, and its nonce prefix."""
    if _LENGTH_SIZE + length > MAX_ENCRYPTED_BYTES:
        raise ValueError(f"too large to encrypt ({length} bytes)")
    salt = secrets.token_bytes(SALT_SIZE)
    prefix = secrets.token_bytes(sealed.PREFIX_SIZE)
    envelope = {
        "format": FORMAT,
        "format_version": ENVELOPE_VERSION,
        "encryption": ENCRYPTION,
        "kdf": {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "nonce": _b64(prefix),
        "chunk": sealed.CHUNK,
    }
    envelope_bytes = json.dumps(envelope, sort_keys=True).encode("utf-8")
    key = Scrypt(salt=salt, length=KEY_SIZE, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase)
    return envelope_bytes, key, prefix


def _body(source: BinaryIO, length: int) -> Iterator[bytes]:
    """What is sealed, a piece at a time: the true length, the plain file and zeros up to ``padded_size``."""
    yield length.to_bytes(_LENGTH_SIZE, "big")
    left = length
    while left > 0:
        piece = source.read(min(left, sealed.CHUNK))
        if not piece:
            raise OSError("the plain file ended before its length")
        left -= len(piece)
        yield piece
    padding = padded_size(_LENGTH_SIZE + length) - _LENGTH_SIZE - length
    while padding > 0:
        yield bytes(min(padding, sealed.CHUNK))
        padding -= sealed.CHUNK


def _encrypt(plaintext: bytes, passphrase: bytes) -> tuple[bytes, bytes]:
    """The envelope's bytes and the sealed chunks of ``plaintext``, whole (for small files and tests)."""
    envelope_bytes, key, prefix = _new_envelope(passphrase, len(plaintext))
    body = _body(io.BytesIO(plaintext), len(plaintext))
    return envelope_bytes, b"".join(sealed.seal(key, prefix, envelope_bytes, body))


# Reading ---------------------------------------------------------------------------------------


class Reader(Protocol):
    """Reads a part given as chunks as they are unpacked, and its size; what it returns is kept in ``Package.read``.

    The size is passed by name (``size=``).
    """

    def __call__(self, chunks: Iterator[bytes], size: int) -> Any: ...


def read_package(
    path: Path, passphrase: bytes | None = None, *, readers: Mapping[str, Reader] | None = None
) -> Package:
    """The verified contents of the exchange file at ``path``.

    Anything wrong with the file, damaged or crafted, is a PackageError with a
    one-line reason; only an unreadable path is an OSError. Nothing is written,
    and memory stays within the limits of ``desktop.exchange.zipsafe``.

    A part named in ``readers`` is not kept: its reader gets its chunks while
    a second thread unpacks the next ones (zlib and hashing let go of the
    interpreter), and what the reader returns is kept in ``Package.read``, once
    the part has matched its checksum (until then it is not to be trusted).
    """
    try:
        with Path(path).open("rb") as source, SafeArchive(source) as archive:
            if ENVELOPE not in archive:
                return _read_signed(archive, encrypted=False, readers=readers or {})
            plaintext = _decrypt(archive, passphrase)
        with plaintext, SafeArchive(plaintext) as inner:
            if ENVELOPE in inner:
                raise PackageError("is not a Mainstream exchange file (an encrypted file inside an encrypted one)")
            return _read_signed(inner, encrypted=True, readers=readers or {})
    except UnsafeArchive as error:
        raise PackageError(str(error)) from None


def _decrypt(archive: SafeArchive, passphrase: bytes | None) -> BinaryIO:
    """The plain file inside an encrypted one; the header is checked before any passphrase is asked for."""
    for name in archive.names:
        if name not in {ENVELOPE, PAYLOAD}:
            raise PackageError(f"holds an entry an encrypted exchange file does not have: {shown(name)}")
    if PAYLOAD not in archive:
        raise PackageError("is damaged: its encrypted contents (payload.bin) are missing")
    if archive.size(ENVELOPE) > MAX_HEADER_BYTES:
        raise PackageError("has an unreadable encryption header")
    envelope_bytes = archive.read(ENVELOPE)
    envelope = _json_object(envelope_bytes)
    if envelope is None or envelope.get("format") != FORMAT:
        raise PackageError("has an unreadable encryption header")
    version = envelope.get("format_version")
    _check_version(version, "has an unreadable encryption header", newest=ENVELOPE_VERSION)
    n, r, p, salt, nonce = _scrypt_parameters(envelope, chunked=version == 3)
    if version == 3 and envelope.get("chunk") != sealed.CHUNK:
        raise PackageError("has an unreadable encryption header")
    if not passphrase:
        raise PackageError("is encrypted: give its passphrase")
    if archive.size(PAYLOAD) > MAX_ENCRYPTED_BYTES + MAX_ENCRYPTED_BYTES // sealed.CHUNK * sealed.TAG + 2 * sealed.TAG:
        raise PackageError(f"is too large when unpacked (over {size_in_words(MAX_ENCRYPTED_BYTES)})")
    key = Scrypt(salt=salt, length=KEY_SIZE, n=n, r=r, p=p).derive(passphrase)
    if version == 3:
        return _unsealed(archive, key, nonce, envelope_bytes)
    ciphertext = archive.read(PAYLOAD)
    try:
        body = AESGCM(key).decrypt(nonce, ciphertext, envelope_bytes)
    except InvalidTag:
        raise PackageError("cannot be opened with this passphrase (or it was altered)") from None
    if version == 1:
        return io.BytesIO(body)
    length = int.from_bytes(body[:_LENGTH_SIZE], "big")
    if len(body) < _LENGTH_SIZE or length > len(body) - _LENGTH_SIZE:
        raise PackageError("is damaged: its sealed contents are shorter than they say")
    return io.BytesIO(body[_LENGTH_SIZE : _LENGTH_SIZE + length])


def _unsealed(archive: SafeArchive, key: bytes, prefix: bytes, envelope_bytes: bytes) -> BinaryIO:
    """The plain file of a file sealed in chunks, opened a chunk at a time into an unnamed
    temporary file (the user's alone, gone when closed): never whole in memory."""
    out = tempfile.TemporaryFile()  # noqa: SIM115 -- the caller reads it, then closes it
    try:
        length: int | None = None
        written = 0
        for opened in sealed.unseal(key, prefix, envelope_bytes, archive.chunks(PAYLOAD)):
            piece = opened
            if length is None:
                if len(piece) < _LENGTH_SIZE:
                    raise PackageError("is damaged: its sealed contents are shorter than they say")
                length, piece = int.from_bytes(piece[:_LENGTH_SIZE], "big"), piece[_LENGTH_SIZE:]
            keep = piece[: max(0, length - written)]
            out.write(keep)
            written += len(keep)
        if length is None or written < length:
            raise PackageError("is damaged: its sealed contents are shorter than they say")
    except InvalidTag:
        out.close()
        raise PackageError("cannot be opened with this passphrase (or it was altered)") from None
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out


def _scrypt_parameters(envelope: dict[str, Any], *, chunked: bool = False) -> tuple[int, int, int, bytes, bytes]:
    """n, r, p, salt and nonce (``chunked``: the nonces' prefix), within bounds that keep a crafted
    header from costing minutes or gigabytes."""
    unreadable = PackageError("has an unreadable encryption header")
    kdf = envelope.get("kdf")
    if envelope.get("encryption") != ENCRYPTION or not isinstance(kdf, dict):
        raise unreadable
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not (type(n) is int and type(r) is int and type(p) is int):
        raise unreadable
    if not (2**14 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
        raise unreadable
    if 128 * n * r > SCRYPT_MAX_MEMORY or n * r * p > SCRYPT_MAX_WORK:
        raise unreadable
    salt = _unb64(kdf.get("salt"), SALT_SIZE)
    nonce = _unb64(envelope.get("nonce"), sealed.PREFIX_SIZE if chunked else NONCE_SIZE)
    if salt is None or nonce is None:
        raise unreadable
    return n, r, p, salt, nonce


def _read_signed(archive: SafeArchive, *, encrypted: bool, readers: Mapping[str, Reader]) -> Package:
    """Steps 5 to 7: the manifest, its signature, then every part against its checksum."""
    if MANIFEST not in archive:
        raise PackageError("is not a Mainstream exchange file (it has no manifest.json)")
    if SIGNATURE not in archive:
        raise PackageError("is not signed (it has no signature.json)")
    if archive.size(MANIFEST) > MAX_MANIFEST_BYTES:
        raise PackageError(f"has a manifest that is too large (over {size_in_words(MAX_MANIFEST_BYTES)})")
    manifest_bytes = archive.read(MANIFEST)
    manifest = _json_object(manifest_bytes)
    if manifest is None:
        raise PackageError("is damaged: its manifest is not readable JSON")
    if manifest.get("format") != FORMAT:
        raise PackageError("is not a Mainstream exchange file")
    _check_version(manifest.get("format_version"), "has an unreadable format version")
    public_key = _verified_signer(archive, manifest_bytes)
    listed = _listed_parts(manifest)
    for name in listed:
        if PARTS + name not in archive:
            raise PackageError(f"is damaged: part {name} is missing")
    for entry in archive.names:
        if entry not in {MANIFEST, SIGNATURE} and not (entry.startswith(PARTS) and entry[len(PARTS) :] in listed):
            raise PackageError(f"holds an entry the manifest does not list: {shown(entry)}")
    parts: dict[str, bytes] = {}
    read: dict[str, Any] = {}
    for name, (digest, size) in listed.items():
        damaged = PackageError(f"is damaged: part {name} does not match its checksum")
        if archive.size(PARTS + name) != size:
            raise damaged
        if name in readers:
            read[name] = _read_streamed(archive, PARTS + name, partial(readers[name], size=size), digest, damaged)
            continue
        data = archive.read(PARTS + name)
        if hashlib.sha256(data).hexdigest() != digest:
            raise damaged
        parts[name] = data
    return Package(manifest, parts, public_key, keys.fingerprint(public_key), encrypted, read)


def _read_streamed(
    archive: SafeArchive, entry: str, reader: Callable[[Iterator[bytes]], Any], digest: str, damaged: PackageError
) -> Any:
    """What ``reader`` makes of the entry's chunks, unpacked and hashed meanwhile in a second thread."""
    hasher = hashlib.sha256()
    chunks = pump_from(archive.chunks(entry), hasher)
    try:
        result = reader(chunks)
    finally:
        chunks.close()  # stops the unpacking if the reader stopped early (and raises what went wrong there)
    if hasher.hexdigest() != digest:
        raise damaged
    return result


def _check_version(version: object, unreadable: str, *, newest: int = FORMAT_VERSION) -> None:
    if type(version) is not int or version < 1:
        raise PackageError(unreadable)
    if version > newest:
        raise PackageError(
            f"was written by a newer Mainstream (exchange format {version}); update Mainstream to read it"
        )


def _verified_signer(archive: SafeArchive, manifest_bytes: bytes) -> bytes:
    """The public key whose signature of the manifest verifies."""
    unreadable = PackageError("has an unreadable signature")
    if archive.size(SIGNATURE) > MAX_HEADER_BYTES:
        raise unreadable
    signature = _json_object(archive.read(SIGNATURE))
    if signature is None:
        raise unreadable
    algorithm = signature.get("algorithm")
    if algorithm != ALGORITHM:
        if isinstance(algorithm, str):
            raise PackageError(f"is signed in a way Mainstream does not know ({shown(algorithm)})")
        raise unreadable
    public_key = _unb64(signature.get("public_key"), keys.KEY_SIZE)
    signed = _unb64(signature.get("signature"), keys.SIGNATURE_SIZE)
    if public_key is None or signed is None:
        raise unreadable
    if keys.is_weak(public_key):
        raise PackageError("is signed with a key that is not a real key (a point of small order): refused")
    if not keys.verify(public_key, signed, manifest_bytes):
        raise PackageError("has a signature that does not verify (it was altered after it was signed)")
    return public_key


def _listed_parts(manifest: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """The manifest's parts as name → (sha256, size), each well formed."""
    unreadable = PackageError("is damaged: its list of parts is not readable")
    listed = manifest.get("parts")
    if not isinstance(listed, dict):
        raise unreadable
    parts: dict[str, tuple[str, int]] = {}
    for name, about in listed.items():
        if not isinstance(name, str) or not is_safe_name(name):
            raise PackageError(f"lists a part with an unsafe name: {shown(str(name))}")
        if not isinstance(about, dict):
            raise unreadable
        digest, size = about.get("sha256"), about.get("size")
        if not isinstance(digest, str) or len(digest) != 64 or not set(digest) <= _HEX:
            raise unreadable
        if type(size) is not int or size < 0:
            raise unreadable
        parts[name] = (digest, size)
    return parts


def _json_object(data: bytes) -> dict[str, Any] | None:
    """``data`` as a JSON object from strict UTF-8, or None (bad bytes, bad JSON, too deeply nested, not an object)."""
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _unb64(value: object, size: int) -> bytes | None:
    """Strict base64 of exactly ``size`` bytes, or None."""
    if not isinstance(value, str):
        return None
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        return None
    return data if len(data) == size else None
