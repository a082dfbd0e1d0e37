"""Writing files safely: whole or not at all, and big ones without holding them.

A file written for someone else appears under its name only when complete (a
hidden ``.<name>.*.partial`` file beside it, synced, then renamed), so an
interrupted write never leaves half a file where someone will pick it up.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from queue import Queue
from typing import Any, BinaryIO


def temporary_beside(path: Path) -> tuple[int, str]:
    """A new hidden file in ``path``'s folder (handle, name), readable by its owner only (mkstemp's
    mode): it carries the database's records, names of people among them."""
    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write through a hidden ``.<name>.*.partial`` file in the same folder, then rename it over ``path``."""
    path = Path(path)
    folder = path.parent
    handle, temporary = temporary_beside(path)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut, where the system allows it (not on Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def pump(chunks: Iterable[bytes], digest: Any, out: BinaryIO) -> int:
    """Hash and write ``chunks`` in a second thread while the iterator makes the next ones; returns the size.

    zlib, hashlib and file writes let go of the interpreter while they work, so
    compressing a part costs little more than making it. The queue is short, so
    only a few chunks are ever held; an error in either thread stops both.
    """
    queue: Queue[bytes | None] = Queue(maxsize=4)
    failed: list[BaseException] = []

    def work() -> None:
        while (chunk := queue.get()) is not None:
            if not failed:
                try:
                    digest.update(chunk)
                    out.write(chunk)
                except BaseException as error:  # handed to the caller's thread below
                    failed.append(error)

    worker = threading.Thread(target=work, name="exchange-file-writer", daemon=True)
    worker.start()
    size = 0
    try:
        for chunk in chunks:
            if failed:
                break
            size += len(chunk)
            queue.put(chunk)
    finally:
        queue.put(None)
        worker.join()
    if failed:
        raise failed[0]
    return size
