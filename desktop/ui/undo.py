"""Undo and redo of saved edits, deletes and creations.

A change is made through the services first; the command pushed afterwards
knows how to reverse it and make it again, also through the services (so undo
is itself a change in the history, and travels like any other). Replays run on
the one background writer, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from db.services import Actor, delete, restore, update
from desktop.ui.tasks import Progress, TaskRunner

Applied = Callable[[str, str], None]  # kind, record id: what to show again afterwards


class _ReplayCommand(QUndoCommand):
    """Its first redo is the change already made, so it does nothing."""

    def __init__(self, text: str, runner: TaskRunner, kind: str, record_id: str, applied: Applied) -> None:
        super().__init__(text)
        self._runner = runner
        self.kind = kind
        self.record_id = record_id
        self._applied = applied
        self._done_once = False

    def _replay(self, work: Callable[[Session], Any]) -> None:
        self._runner.write(
            lambda session, _progress: work(session),
            lambda _result: self._applied(self.kind, self.record_id),
            label=self.text(),
        )

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self._replay(self.make_again)

    def undo(self) -> None:
        self._replay(self.reverse)

    def make_again(self, session: Session) -> Any:
        raise NotImplementedError

    def reverse(self, session: Session) -> Any:
        raise NotImplementedError


class EditCommand(_ReplayCommand):
    def __init__(
        self,
        text: str,
        runner: TaskRunner,
        actor: Actor,
        kind: str,
        record_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        applied: Applied,
    ) -> None:
        super().__init__(text, runner, kind, record_id, applied)
        self._actor, self._before, self._after = actor, before, after

    def make_again(self, session: Session) -> Any:
        return update(session, self._actor, self.kind, self.record_id, self._after)

    def reverse(self, session: Session) -> Any:
        return update(session, self._actor, self.kind, self.record_id, self._before)


class CreateCommand(_ReplayCommand):
    """Undoing a creation sends the record to the trash; redoing restores it."""

    def __init__(
        self, text: str, runner: TaskRunner, actor: Actor, kind: str, record_id: str, applied: Applied
    ) -> None:
        super().__init__(text, runner, kind, record_id, applied)
        self._actor = actor
        self._trash_id: str | None = None  # set by reverse, on the writer thread, before make_again runs

    def reverse(self, session: Session) -> Any:
        self._trash_id = delete(session, self._actor, self.kind, self.record_id)

    def make_again(self, session: Session) -> Any:
        return restore(session, self._actor, self._trash_id or "")


class DeleteCommand(_ReplayCommand):
    """Undoing a delete restores the record and all it took to the trash."""

    def __init__(
        self, text: str, runner: TaskRunner, actor: Actor, kind: str, record_id: str, trash_id: str, applied: Applied
    ) -> None:
        super().__init__(text, runner, kind, record_id, applied)
        self._actor = actor
        self._trash_id = trash_id

    def reverse(self, session: Session) -> Any:
        return restore(session, self._actor, self._trash_id)

    def make_again(self, session: Session) -> Any:
        self._trash_id = delete(session, self._actor, self.kind, self.record_id)


__all__ = ["CreateCommand", "DeleteCommand", "EditCommand", "Progress"]
