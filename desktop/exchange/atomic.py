"""Writing files safely: whole or not at all, and big ones without holding them.

A file written for someone else appears under its name only when complete (a
hidden ``.<name>.*.partial`` file beside it, synced, then renamed), so an
interrupted write never leaves half a file where someone will pick it up.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from queue import Queue
from typing import IO, Any, BinaryIO

from db.services.sqlite import handoffs


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


def pump(chunks: Iterable[bytes], digest: Any, out: IO[bytes]) -> int:
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
    handoffs.begin()
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
        handoffs.end()
    if failed:
        raise failed[0]
    return size


class pump_from:  # noqa: N801 - used like a function, as its twin ``pump``
    """The chunks of ``source``, made and hashed in a second thread while the caller reads the ones before.

    For unpacking a part (zlib and hashlib let go of the interpreter) while its
    lines are read. An error while making them is raised where the reader gets
    to it; ``close`` stops the making if the reader stops early.
    """

    def __init__(self, source: Iterator[bytes], digest: Any) -> None:
        self._queue: Queue[bytes | None] = Queue(maxsize=4)
        self._failed: list[BaseException] = []
        self._stop = threading.Event()

        def work() -> None:
            try:
                for chunk in source:
                    if self._stop.is_set():
                        break
                    digest.update(chunk)
                    self._queue.put(chunk)
            except BaseException as error:  # handed to the reader's thread
                self._failed.append(error)
            finally:
                self._queue.put(None)

        self._worker = threading.Thread(target=work, name="exchange-file-reader", daemon=True)
        handoffs.begin()
        self._worker.start()
        self._done = False
        self._closed = False

    def __iter__(self) -> pump_from:
        return self

    def __next__(self) -> bytes:
        if not self._done:
            chunk = self._queue.get()
            if chunk is not None:
                return chunk
            self._done = True
            self._worker.join()
            if self._failed:
                raise self._failed[0]
        raise StopIteration

    def close(self) -> None:
        self._stop.set()
        while not self._done:  # let a worker blocked on a full queue finish
            self._done = self._queue.get() is None
        self._worker.join()
        if not self._closed:
            self._closed = True
            handoffs.end()
