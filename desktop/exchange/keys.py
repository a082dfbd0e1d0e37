"""Ed25519 keys of a device, as raw bytes, and the fingerprint people compare.

Keys travel as their 32 raw bytes (not PEM) because they are stored in the
database and written into ``signature.json``; nothing else needs a richer form.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_SIZE = 32
SIGNATURE_SIZE = 64

_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw


def generate_private_key() -> bytes:
    """A new Ed25519 private key, as its 32 raw bytes."""
    return Ed25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption())


def public_key_of(private_raw: bytes) -> bytes:
    """The 32 raw bytes of the public key that goes with ``private_raw``."""
    return Ed25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes(_RAW, _RAW_PUBLIC)


def fingerprint(public_raw: bytes) -> str:
    """What two people read to each other to check they hold the same key.

    The first 16 bytes (128 bits) of the SHA-256 of the raw public key, in
    uppercase hexadecimal, in eight groups of four separated by spaces, e.g.
    ``"3F2A 91C0 77D1 0B4E 9A02 C3F5 1E88 6D10"``: short enough to read aloud
    over the telephone, long enough that nobody can make a key that matches.
    """
    digest = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return " ".join(digest[at : at + 4] for at in range(0, 32, 4))


#: The encodings of the points of small order (1, 2, 4, 8) of Curve25519, the sign bit aside
#: (libsodium's list, ``ge25519_has_small_order``). A "public key" among them is not a key:
#: OpenSSL accepts, under it, one forged signature for any message, so anyone could write files
#: "signed" by it. Such keys are refused before any signature is looked at.
_SMALL_ORDER = tuple(
    bytes.fromhex(point)
    for point in (
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    )
)


def is_weak(public_raw: bytes) -> bool:
    """Whether ``public_raw`` is a point of small order (``_SMALL_ORDER``), whatever its sign bit."""
    unsigned = bytes(public_raw[:31]) + bytes([public_raw[31] & 0x7F]) if len(public_raw) == KEY_SIZE else b""
    return unsigned in _SMALL_ORDER


def sign(private_raw: bytes, message: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``message``."""
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(message)


def verify(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is the key's signature of ``message``.

    False, never an exception, for a bad key or signature of any shape: the
    inputs come from files someone else made.
    """
    if not isinstance(public_raw, bytes | bytearray) or len(public_raw) != KEY_SIZE or is_weak(public_raw):
        return False
    if not isinstance(signature, bytes | bytearray) or len(signature) != SIGNATURE_SIZE:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public_raw)).verify(bytes(signature), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
