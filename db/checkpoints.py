"""The WAL checkpoint thread: what a commit put in the -wal is copied into the database file
right after, on a thread of its own, so the file alone holds every saved change.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any


class Checkpoints:
    """Keeps the database file whole at rest: what a commit put in the -wal is copied into the file
    right after, so copying the .db alone (a backup, a USB stick) while the application runs gets
    every saved change.

    A commit's connection, handed back to the pool, asks for the copy; a thread of its own makes it
    on a short-lived connection, so a save does not wait for the copy's disk syncs
    (docs/performance.md) and a burst of saves is copied once. The checkpoint is SQLite's PASSIVE
    one: it never waits for anyone. A reader still on an older snapshot keeps it from copying the
    newest pages; then it is ``pending`` and asked for again when the next connection, that
    reader's included, is handed back (the idle moment after the burst)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pending = False
        self._wanted = threading.Event()
        self._done = threading.Condition()
        self._asked = 0  # copies asked for, and made: equal when the file is up to date
        self._made = 0
        self._thread: threading.Thread | None = None
        self._closing = False

    def on_checkin(self, dbapi_connection: sqlite3.Connection | None, record: Any) -> None:
        if dbapi_connection is not None and (record.info.pop("wrote", False) or self.pending):
            self.ask()

    def ask(self) -> None:
        with self._done:
            if self._closing:
                return
            self._asked += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="checkpoints", daemon=True)
                self._thread.start()
        self._wanted.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every copy asked for is made (true), or ``timeout`` seconds have passed."""
        with self._done:
            return self._done.wait_for(lambda: self._made >= self._asked, timeout)

    def close(self) -> None:
        """No more copies: the one under way finishes (closing the store's connections folds the rest)."""
        with self._done:
            self._closing = True
            thread = self._thread
        self._wanted.set()
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            with self._done:
                if self._closing:
                    self._made = self._asked
                    self._done.notify_all()
                    return
                asked = self._asked
            self.pending = not self._checkpoint()
            with self._done:
                self._made = max(self._made, asked)
                self._done.notify_all()

    def _checkpoint(self) -> bool:
        """One PASSIVE checkpoint; true if the file now holds everything the -wal does."""
        try:
            connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            return False
        try:
            connection.execute("PRAGMA synchronous=FULL")  # the file synced before the -wal may be reused
            busy, in_log, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:  # a full disk, a file gone: the -wal keeps the changes; the next try may do
            return False
        finally:
            connection.close()
        return not busy and in_log <= copied  # (0, -1, -1) under the rollback journal: nothing to do
