"""Undo and redo: each undoable operation is recorded with the operation itself.

A command is made before anything is written, and knows how to make its
change (``do``), take it back (``reverse``) and make it again
(``make_again``), each through the services, so an undo is logged like any
change and travels like any other. ``UndoHistory.run`` runs ``do`` as one
write and puts the command on the history only once that write has
committed. An undo or redo first replays the command on the background
writer; the history's index moves only once the replay has committed, so a
replay refused (the record went to the trash meanwhile, a rule refuses the old
value) is shown with its reason and leaves the history as it was.

Every piece of work reads who is at the keyboard when it runs
(``desktop.session.current_actor``): a name changed in Settings reaches the
next undo too, and no command holds a stale one.

Some writes make undoing what came before them unsafe, since the undo could
silently overwrite what they brought: an imported file, a settled conflict,
the demo data (and another database has a history of its own). They run
through ``run_clearing``: undo and redo wait while such a write is under way
(so no replay lands after it), and once it has committed the history is
cleared and the Undo action says why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.services import Actor, delete, restore, update
from desktop.session import current_actor
from desktop.ui.plain_text import no_mnemonic
from desktop.ui.problems import problem_line
from desktop.ui.tasks import Cancelled, Progress, Task, TaskRunner, describe_error

Make = Callable[[Session, Actor], "str | Sequence[str]"]
T = TypeVar("T")


def reason_of(error: BaseException) -> str:
    """Why a replay was refused, a line per problem, naming kinds and fields in words."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_line(p) for p in error.problems)
    # The environment (a full disk, a lock) and bugs in the user's words, a bug logged with its file named.
    return describe_error(error)


class Operation(QUndoCommand):
    """An undoable change. ``undo`` and ``redo`` are the history's bookkeeping only: the
    change itself is made by ``do``, ``reverse`` and ``make_again``, on the background writer."""

    def do(self, session: Session, actor: Actor) -> Any:
        raise NotImplementedError

    def reverse(self, session: Session, actor: Actor) -> None:
        raise NotImplementedError

    def make_again(self, session: Session, actor: Actor) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        """Reversed already (``UndoHistory.undo`` moves the index only once the replay committed)."""

    def redo(self) -> None:
        """Made already: by ``do`` when pushed, by ``make_again`` after an undo."""


class EditCommand(Operation):
    """Changing some fields of one record."""

    def __init__(self, text: str, kind: str, record_id: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        super().__init__(text)
        self.kind, self.record_id = kind, record_id
        self._before, self._after = before, after

    def do(self, session: Session, actor: Actor) -> bool:
        return update(session, actor, self.kind, self.record_id, self._after)

    def reverse(self, session: Session, actor: Actor) -> None:
        update(session, actor, self.kind, self.record_id, self._before)

    def make_again(self, session: Session, actor: Actor) -> None:
        update(session, actor, self.kind, self.record_id, self._after)


class CreateCommand(Operation):
    """Making one or more records of a kind (a record, attached files); undoing sends them to
    the trash, redoing restores them. ``make`` returns the id made, or the ids."""

    def __init__(self, text: str, kind: str, make: Make) -> None:
        super().__init__(text)
        self.kind = kind
        self._make = make
        self.record_ids: list[str] = []
        self._trash_ids: list[str] = []

    def do(self, session: Session, actor: Actor) -> str | Sequence[str]:
        made = self._make(session, actor)
        self.record_ids = [made] if isinstance(made, str) else list(made)
        return made

    def reverse(self, session: Session, actor: Actor) -> None:
        self._trash_ids = [delete(session, actor, self.kind, record_id) for record_id in self.record_ids]

    def make_again(self, session: Session, actor: Actor) -> None:
        for trash_id in reversed(self._trash_ids):
            restore(session, actor, trash_id)


class DeleteCommand(Operation):
    """Sending one or more records of a kind to the trash (with all they own); undoing restores them."""

    def __init__(self, text: str, kind: str, record_ids: Sequence[str]) -> None:
        super().__init__(text)
        self.kind = kind
        self.record_ids = list(record_ids)
        self._trash_ids: list[str] = []

    def do(self, session: Session, actor: Actor) -> list[str]:
        self.make_again(session, actor)
        return list(self._trash_ids)

    def reverse(self, session: Session, actor: Actor) -> None:
        for trash_id in reversed(self._trash_ids):
            restore(session, actor, trash_id)

    def make_again(self, session: Session, actor: Actor) -> None:
        self._trash_ids = [delete(session, actor, self.kind, record_id) for record_id in self.record_ids]


class UndoHistory(QUndoStack):
    """The window's undo history, whose commands are made by ``run`` and replayed before the
    index moves. ``undo`` and ``redo`` may be called from anywhere (the Edit menu, Ctrl+Z in a
    dialog or a grid): while an operation or a replay is under way they wait their turn by
    doing nothing, so a replay never lands on another command than the one it replayed."""

    #: title, message: an undo or redo the services refused (the history did not move)
    refused = Signal(str, str)
    #: the history was cleared, or an operation or a replay began or ended: the actions follow
    state_changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._pending = 0  # operations and replays under way
        #: Why the history is empty, for the Undo action ("" when it is empty for no reason worth saying).
        self.cleared_because = ""
        for signal in (self.indexChanged, self.canUndoChanged, self.canRedoChanged):
            signal.connect(self.state_changed)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _actor(self) -> Actor:
        return current_actor(self._runner.store)

    def _begin(self) -> None:
        self._pending += 1
        self.state_changed.emit()

    def _end(self) -> None:
        self._pending -= 1
        self.state_changed.emit()

    # --- operations -----------------------------------------------------------------------------

    def run(
        self,
        command: Operation,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        parent_widget: QWidget | None = None,
    ) -> Task[Any]:
        """Make ``command``'s change as one write; once committed it is on the history, then
        ``on_done`` has the result of ``do``. A refused change is not on the history."""
        actor = self._actor

        def done(result: Any) -> None:
            self._end()
            self.cleared_because = ""
            self.push(command)  # its redo does nothing: ``do`` made the change
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._end()
            if on_error is not None:
                on_error(error)
            elif not isinstance(error, Cancelled):
                self._runner.failed.emit(label or command.text(), error)

        self._begin()
        return self._runner.write(
            lambda session, _progress: command.do(session, actor()),
            done,
            failed,
            label=label,
            parent_widget=parent_widget,
        )

    def run_clearing(
        self,
        work: Callable[[Session, Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        why: Callable[[T], str],
        label: str = "",
        parent_widget: QWidget | None = None,
    ) -> Task[T]:
        """A write after which undoing earlier changes could overwrite what it brought (an import,
        a settled conflict, the demo). Undo and redo wait while it runs; once it has committed the
        history is cleared and ``why(result)`` is what Undo says ("" when it changed nothing: the
        history stays), then ``on_done`` has the result."""

        def done(result: T) -> None:
            self._end()
            because = why(result)
            if because:
                self.clear_because(because)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._end()
            if on_error is not None:
                on_error(error)
            elif not isinstance(error, Cancelled):
                self._runner.failed.emit(label, error)

        self._begin()
        return self._runner.write(work, done, failed, label=label, parent_widget=parent_widget)

    # --- undo and redo ------------------------------------------------------------------------------

    def undo(self) -> None:
        if self.busy or not self.canUndo():
            return
        command = self.command(self.index() - 1)
        if isinstance(command, Operation):
            texts = (
                self.tr("Not undone: {action}"),
                self.tr(
                    "“{action}” could not be undone:\n{reason}\n\nNothing was changed; Undo and Redo are as they were."
                ),
            )
            self._replay(command, command.reverse, super().undo, *texts)
        else:  # not ours (a plain QUndoCommand): undone by the stack itself
            super().undo()

    def redo(self) -> None:
        if self.busy or not self.canRedo():
            return
        command = self.command(self.index())
        if isinstance(command, Operation):
            texts = (
                self.tr("Not redone: {action}"),
                self.tr(
                    "“{action}” could not be redone:\n{reason}\n\nNothing was changed; Undo and Redo are as they were."
                ),
            )
            self._replay(command, command.make_again, super().redo, *texts)
        else:
            super().redo()

    def _replay(
        self,
        command: Operation,
        work: Callable[[Session, Actor], None],
        move: Callable[[], None],
        title: str,
        message: str,
    ) -> None:
        actor = self._actor

        def done(_result: None) -> None:
            self._end()
            move()  # the replay committed: only now does the history move

        def failed(error: BaseException) -> None:
            self._end()  # the index stays: the history is as it was
            self.refused.emit(
                title.format(action=command.text()), message.format(action=command.text(), reason=reason_of(error))
            )

        self._begin()
        self._runner.write(lambda session, _progress: work(session, actor()), done, failed, label=command.text())

    # --- clearing --------------------------------------------------------------------------------

    def clear_because(self, why: str) -> None:
        """Forget every command (what came in could be overwritten by undoing them); ``why`` is
        what the Undo action says until the next operation ("Nothing to undo (...)")."""
        self.clear()
        self.cleared_because = why
        self.state_changed.emit()

    # --- the Edit menu's actions --------------------------------------------------------------

    def make_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Undo and Redo actions that follow this history, say what they would undo or redo,
        wait while a change is under way, and say why there is nothing to undo after a clear."""
        undo_action = QAction(parent)
        undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo) or [QKeySequence("Ctrl+Z")])
        redo_action = QAction(parent)
        # Each key once: Linux's own Redo keys include Ctrl+Shift+Z, and a key given twice is ambiguous to
        # Qt, which then runs neither.
        keys = dict.fromkeys(
            ["Ctrl+Shift+Z", *(keys.toString() for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))]
        )
        redo_action.setShortcuts([QKeySequence(key) for key in keys])
        undo_action.triggered.connect(self.undo)  # the replaying undo below (PySide calls the override)
        redo_action.triggered.connect(self.redo)

        def update_actions() -> None:
            if not (shiboken6.isValid(self) and shiboken6.isValid(undo_action) and shiboken6.isValid(redo_action)):
                return  # the window is going
            if self.canUndo():
                undo_action.setText(self.tr("&Undo {action}").format(action=no_mnemonic(self.undoText())))
                undo_action.setToolTip("")
            elif self.cleared_because:
                undo_action.setText(self.cleared_because)
                undo_action.setToolTip(
                    self.tr(
                        "Changes made before it can no longer be undone: undoing one could overwrite what came "
                        "after it. The History page still lists them."
                    )
                )
            else:
                undo_action.setText(self.tr("&Undo"))
                undo_action.setToolTip("")
            undo_action.setStatusTip(undo_action.toolTip())
            undo_action.setEnabled(self.canUndo() and not self.busy)
            redo_text = self.tr("&Redo {action}").format(action=no_mnemonic(self.redoText()))
            redo_action.setText(redo_text if self.canRedo() else self.tr("&Redo"))
            redo_action.setEnabled(self.canRedo() and not self.busy)

        self.state_changed.connect(update_actions)
        self.undoTextChanged.connect(lambda _text: update_actions())
        self.redoTextChanged.connect(lambda _text: update_actions())
        update_actions()
        return undo_action, redo_action


__all__ = ["CreateCommand", "DeleteCommand", "EditCommand", "Operation", "Progress", "UndoHistory"]
