"""How a page hears of the writes made anywhere in the window.

Every write runs on ``TaskRunner.write``; once it has committed, the runner
emits ``changed`` with what it changed (``db.services.changes.Changes``: kinds,
records, trash, conflicts, history). A page (or a panel) follows that one
signal through a ``Reloader``: it says which changes concern it and how it
reads again. Shown, it reads again at once; not shown (another page in front,
a tab behind), it only notes that it is stale and reads again when it is next
shown. Nobody wires one page to another by hand.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from db.services.changes import Changes
from desktop.ui.tasks import TaskRunner


class Reloader(QObject):
    """Reads ``widget`` again (``reload``) when a committed write ``concerns`` it.

    ``always``: read again even when not shown, for what the window shows
    elsewhere too (the counts behind the country list, the number of conflicts
    on the sidebar).
    """

    def __init__(
        self,
        widget: QWidget,
        runner: TaskRunner,
        concerns: Callable[[Changes], bool],
        reload: Callable[[], None],
        *,
        always: bool = False,
    ) -> None:
        super().__init__(widget)  # goes with the widget, and with it the connection
        self._widget = widget
        self._concerns = concerns
        self._reload = reload
        self._always = always
        #: A change concerned the widget while it was not shown: it reads again when shown.
        self.stale = False
        widget.installEventFilter(self)
        runner.changed.connect(self.on_changed)

    def on_changed(self, changes: Changes) -> None:
        if not shiboken6.isValid(self._widget) or not self._concerns(changes):
            return
        if self._always or self._widget.isVisible():
            self.stale = False
            self._reload()
        else:
            self.stale = True

    def reload_if_stale(self) -> None:
        """After the widget's own write: read again unless the signal made it so already."""
        if self.stale:
            self.stale = False
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False


def of_kinds(kinds: set[str] | frozenset[str]) -> Callable[[Changes], bool]:
    """Changes to records of any of ``kinds``."""
    return lambda changes: changes.touches(kinds)


def any_record(changes: Changes) -> bool:
    return bool(changes.kinds)


__all__ = ["Reloader", "any_record", "of_kinds"]
