"""Sealing a stream in authenticated chunks (the encryption envelope's version 3).

What is sealed is cut into chunks of ``CHUNK`` bytes, each sealed with AES-256-GCM
under one key, with a nonce made of the envelope's random prefix, the chunk's
number and a flag saying whether it is the last one (the "STREAM" construction
of Hoang, Reyhanitabar, Rogaway and Vizár, 2015). So a file is sealed and opened
a chunk at a time, never held whole in memory; and chunks cannot be dropped,
repeated, reordered or cut short without the opening failing, since each
chunk's number and the last one's flag are bound into its nonce. The envelope's
bytes are every chunk's associated data, so its parameters cannot be altered.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

#: Bytes of what is sealed per chunk; each sealed chunk is ``TAG`` bytes longer.
CHUNK = 1024 * 1024
TAG = 16
#: The envelope's random part of every nonce; the chunk's number (4 bytes) and the flag (1) follow.
PREFIX_SIZE = 7
MAX_CHUNKS = 2**32


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    if number >= MAX_CHUNKS:
        raise ValueError("too large to seal")
    return prefix + number.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def seal(key: bytes, prefix: bytes, associated: bytes, pieces: Iterable[bytes], chunk: int = CHUNK) -> Iterator[bytes]:
    """The sealed chunks of what ``pieces`` give (in any sizes), one at a time."""
    aead = AESGCM(key)
    pending = bytearray()
    number = 0
    for piece in pieces:
        pending += piece
        while len(pending) > chunk:  # more follows this chunk: not the last
            yield aead.encrypt(_nonce(prefix, number, False), bytes(pending[:chunk]), associated)
            del pending[:chunk]
            number += 1
    yield aead.encrypt(_nonce(prefix, number, True), bytes(pending), associated)


def unseal(
    key: bytes, prefix: bytes, associated: bytes, pieces: Iterable[bytes], chunk: int = CHUNK
) -> Iterator[bytes]:
    """What was sealed, a chunk at a time, from the sealed bytes ``pieces`` give (in any sizes).

    Raises ``cryptography.exceptions.InvalidTag`` at the first chunk that is not as sealed
    under this key: altered, moved, repeated, or the stream cut short."""
    aead = AESGCM(key)
    record = chunk + TAG
    pending = bytearray()
    number = 0
    for piece in pieces:
        pending += piece
        while len(pending) > record:
            yield aead.decrypt(_nonce(prefix, number, False), bytes(pending[:record]), associated)
            del pending[:record]
            number += 1
    yield aead.decrypt(_nonce(prefix, number, True), bytes(pending), associated)
