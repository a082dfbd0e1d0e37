"""Editing one record: load, save, duplicate, delete, with undo.

All database work runs on the background runner; a save, a creation and a
delete are each one undoable operation (``UndoHistory.run``); a refused save
shows the services' messages next to the fields and saves nothing. A record
shown and not being edited is read again when a write anywhere changes it
(an undo, a restore, a conflict settled), as soon as it is shown.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.services import create, get
from db.services.changes import Changes
from db.services.choices import record_choices
from db.services.kinds import describe, spec_for
from desktop.ui.attachments_panel import AttachmentsPanel
from desktop.ui.children_panel import ChildrenPanel, make_panel
from desktop.ui.labels import kind_label, labelled
from desktop.ui.operations import Reloader
from desktop.ui.plain_text import heading_label, literal
from desktop.ui.problems import error_text
from desktop.ui.query_model import show_number
from desktop.ui.record_form import RecordForm, field_label
from desktop.ui.tasks import TaskRunner
from desktop.ui.undo import CreateCommand, DeleteCommand, EditCommand, UndoHistory

#: What a new record of a kind starts with, beside its country (the form shows it; the user may change it).
NEW_VALUES: dict[str, dict[str, Any]] = {"decision": {"status": "open"}}
#: Totals the form adds up as their parts are typed: (total, parts). A total typed by hand is kept.
SUMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "capacity_activity": ("participants_total", ("participants_female", "participants_male", "participants_other")),
}


def _info(columns: Any, name: str) -> dict[str, Any]:
    column = columns.get(name)
    return dict(column.info) if column is not None else {}


def load_for_editing(
    session: Session, kind: str, record_id: str | None, country: str | None, references: set[str]
) -> tuple[dict[str, Any] | None, dict[str, list[tuple[str, str]]]]:
    """The record (None for a new one) and the choices for its reference fields."""
    values = get(session, kind, record_id) if record_id else None
    if values is not None:
        country = values.get("country")
    choices = {target: record_choices(session, target, country) for target in references}
    return values, choices


def given(value: Any) -> bool:
    """Whether a new record's field was filled in: 0 is a count (0 men, 0% progress), not unknown.

    ``v not in (None, [], False)`` once dropped 0 too, since 0 == False; an
    unticked box is left to the field's default."""
    return value is not None and value is not False and value != []


class RecordEditor(QWidget):
    saved = Signal(str, str)  # kind, id
    removed = Signal(str, str)  # kind, id: sent to the trash
    history_requested = Signal(str, str)

    def __init__(self, runner: TaskRunner, kind: str, history: UndoHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.kind = kind
        self._history = history
        self._loads = 0  # loads asked for: only the newest is shown
        self.record_id: str | None = None
        #: The record last shown, deleted here or found gone: an undo or a restore brings it back here.
        self.gone_id: str | None = None
        self.country: str | None = None
        self.form = RecordForm(kind)
        self.title = heading_label()  # it shows a record's name: plain text, never markup
        self.title.setWordWrap(True)
        self.children_panels = [
            make_panel(
                runner,
                child,
                owner_field,
                history,
                lambda child_kind: RecordEditor(runner, child_kind, history),
            )
            for child, owner_field in spec_for(kind).children
        ]
        #: files attached to the record (an attachment has none of its own)
        self.attachments = AttachmentsPanel(runner, history) if kind != "attachment" else None
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.form)
        for panel in self.children_panels:
            content_layout.addWidget(panel)
        if self.attachments is not None:
            content_layout.addWidget(self.attachments)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list straight to the first field
        # Never narrower than the form needs: the list beside it gives way instead of the fields
        # being cut at their right edge behind a sideways scroll bar.
        scroll.setMinimumWidth(
            content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.history_button = QPushButton(self.tr("&History"))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.revert_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._loaded: dict[str, Any] = {}
        self._computed_total: int | None = None  # the total this form added up last (``_fill_sums``)
        self.reloader = Reloader(self, runner, self._concerned, self._read_again)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.kind, self.record_id or ""))
        self.form.edited.connect(self._fill_sums)
        self.form.edited.connect(self._update_buttons)
        for panel in [*self.children_panels, *([self.attachments] if self.attachments else [])]:
            panel.changed.connect(self._on_owned_changed)
        if self.kind == "capacity_activity":
            by_institution = next(p for p in self.children_panels if p.kind == "capacity_participation")
            by_institution.model.modelReset.connect(self._show_accounted)
            self.form.edited.connect(self._show_accounted)

    def _show_accounted(self) -> None:
        """Under a training's participants by institution, how many of its participants they account
        for: fewer is fine (some came on their own), more is refused on saving."""
        panel = next(
            p for p in self.children_panels if isinstance(p, ChildrenPanel) and p.kind == "capacity_participation"
        )
        total = self.form.editors["participants_total"].value()
        rows = panel.model.rows
        if not rows or not isinstance(total, int):
            panel.note.hide()
            return
        counted = sum((row.get(sex) or 0) for row in rows for sex in ("female", "male", "other"))
        panel.note.setText(
            self.tr("Participants counted by institution: {counted} of {total}.").format(
                counted=show_number(counted), total=show_number(total)
            )
        )
        panel.note.show()

    def _fill_sums(self) -> None:
        """A training's total participants follows its women, men and others as they are typed, unless
        a total of one's own was typed (it stays, and the services check it against the parts)."""
        if self.kind not in SUMS:
            return
        total_name, part_names = SUMS[self.kind]
        editors = self.form.editors
        parts = [editors[name].value() for name in part_names]
        if not all(part is None or isinstance(part, int) for part in parts) or all(p is None for p in parts):
            return
        total = editors[total_name].value()
        computed = sum(part or 0 for part in parts)
        if total is None or total == self._computed_total:
            editors[total_name].set_value(computed)
            self._computed_total = computed

    def _on_owned_changed(self) -> None:
        """What the record owns changed (a period's value, a file): lists and the overview refresh."""
        if self.record_id is not None:
            self.saved.emit(self.kind, self.record_id)

    # --- loading ----------------------------------------------------------------

    @property
    def undo_stack(self) -> UndoHistory:
        """The window's undo history, which this editor's saves go on."""
        return self._history

    def _concerned(self, changes: Changes) -> bool:
        """A write changed the record shown (or the one gone from here: undone, restored), and nothing
        typed here would be lost by reading it again."""
        followed = self.record_id or self.gone_id
        if followed is None or self.dirty or not changes.touches([self.kind]):
            return False
        return changes.records is None or followed in changes.records

    def _read_again(self) -> None:
        followed = self.record_id or self.gone_id
        if followed is not None:
            self.open_record(followed)

    def _next_load(self) -> int:
        self._loads += 1
        return self._loads

    def open_record(self, record_id: str) -> None:
        references = set(self.form.references.values())
        kind, load = self.kind, self._next_load()
        self._runner.read(
            lambda session, _p: load_for_editing(session, kind, record_id, None, references),
            lambda loaded: self._show(load, record_id, *loaded),
        )

    def new_record(self, country: str | None, defaults: dict[str, Any] | None = None) -> None:
        self.gone_id = None
        references = set(self.form.references.values())
        kind, load = self.kind, self._next_load()
        values = {"country": country, **NEW_VALUES.get(kind, {}), **(defaults or {})}
        self._runner.read(
            lambda session, _p: load_for_editing(session, kind, None, country, references),
            lambda loaded: self._show(load, None, values, loaded[1]),
        )

    def _show(
        self,
        load: int,
        record_id: str | None,
        values: dict[str, Any] | None,
        choices: dict[str, list[tuple[str, str]]],
    ) -> None:
        if load != self._loads or not shiboken6.isValid(self):
            return  # another record asked for since, or deleted meanwhile
        if values is None:
            self.title.setText(self.tr("This record no longer exists (it may be in the trash)."))
            self.gone_id = record_id
            self.record_id = None
            self._show_owned(None)
            self.form.setEnabled(False)
            self._update_buttons()
            return
        self.record_id = record_id
        self.gone_id = None
        self.country = values.get("country")
        self._show_owned(record_id)
        self.form.setEnabled(True)
        self.form.set_choices(choices)
        self.form.load(values)
        self._loaded = dict(values)
        if self.kind in SUMS:  # a total that is the sum of its parts goes on following them
            total_name, part_names = SUMS[self.kind]
            parts_sum = sum(values.get(name) or 0 for name in part_names)
            self._computed_total = parts_sum if values.get(total_name) in (None, parts_sum) else None
        label = self._label(values, choices) if record_id else self.tr("New record")
        kind_name = kind_label(self.kind)
        self.title.setText(labelled(kind_name, label))
        self._update_buttons()

    def _label(self, values: dict[str, Any], choices: dict[str, list[tuple[str, str]]]) -> str:
        """The record's name; for one without a name of its own (an institution's participation in a
        training, its attendance at a meeting), the name of what it refers to, never its id."""
        label = describe(self.kind, values)
        if label != values.get("id"):
            return label
        columns = spec_for(self.kind).table.c
        # what it names first (the institution), the record it belongs to (the training) last
        for name, value in sorted(values.items(), key=lambda item: bool(_info(columns, item[0]).get("owner"))):
            column = columns.get(name)
            target = column.info.get("ref") if column is not None and isinstance(value, str) else None
            shown = dict(choices.get(target, [])).get(value) if target else None
            if shown:
                return shown
        return label

    def _show_owned(self, record_id: str | None) -> None:
        for panel in self.children_panels:
            panel.show_owner(record_id, self.country)
        if self.attachments is not None:
            self.attachments.show_record(self.kind, record_id)

    # --- saving -------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.form.isEnabled() and bool(self._loaded) and self.form.dirty

    def _update_buttons(self) -> None:
        loaded = self.form.isEnabled() and bool(self._loaded)
        self.save_button.setEnabled(loaded and (self.record_id is None or self.form.dirty))
        self.revert_button.setEnabled(loaded and self.form.dirty)
        self.duplicate_button.setEnabled(loaded and self.record_id is not None)
        self.delete_button.setEnabled(loaded and self.record_id is not None)
        self.history_button.setEnabled(loaded and self.record_id is not None)

    def save(self) -> None:
        """One undoable operation: the creation of a new record, or the edit of the fields changed."""
        if not self.form.isEnabled() or not self._loaded:
            return
        kind = self.kind
        if self.record_id is None:
            values = {k: v for k, v in self.form.values().items() if given(v)}
            if "country" in spec_for(kind).fields and "country" not in values and self.country:
                values["country"] = self.country
            text = self.tr("Create {label}").format(label=values.get("title") or kind_label(kind))
            command = CreateCommand(text, kind, lambda session, actor: create(session, actor, kind, values))
            self._history.run(command, self._on_saved, self._on_refused, label=self.tr("Saving"))
            return
        record_id = self.record_id
        changes = self.form.changes()
        before = {name: self._loaded.get(name) for name in changes}
        text = self.tr("Edit {fields}").format(fields=", ".join(field_label(name) for name in sorted(changes)))
        self._history.run(
            EditCommand(text, kind, record_id, before, changes),
            lambda _changed: self._on_saved(record_id),
            self._on_refused,
            label=self.tr("Saving"),
        )

    def _on_saved(self, record_id: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.saved.emit(self.kind, record_id)
        self.open_record(record_id)

    def _on_refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
        else:
            QMessageBox.warning(self, self.tr("Not saved"), literal(error_text(error)))

    def revert(self) -> None:
        self.form.load(self._loaded)
        self._update_buttons()

    def duplicate(self) -> None:
        """A new, unsaved record with this one's values (the user changes what differs)."""
        if self.record_id is None:
            return
        values = {k: v for k, v in self.form.values().items()}
        if values.get("title"):
            values["title"] = self.tr("{title} (copy)").format(title=values["title"])
        self.record_id = None
        self._loaded = {**values, "country": self.country}
        self.form.load({})
        for name, value in values.items():
            self.form.editors[name].set_value(value)
        self.title.setText(self.tr("Copy (not saved yet)"))
        self._update_buttons()

    def delete(self) -> None:
        if self.record_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            literal(
                self.tr(
                    "Send “{label}” and everything that belongs to it to the trash? You can restore it from "
                    "the Trash page, or undo with Ctrl+Z."
                ).format(label=describe(self.kind, self._loaded))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id = self.record_id
        text = self.tr("Delete {label}").format(label=describe(self.kind, self._loaded))

        def not_deleted(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Not deleted"), literal(error_text(error)))

        self._history.run(
            DeleteCommand(text, self.kind, [record_id]),
            lambda _trash_ids: self._on_deleted(record_id),
            not_deleted,
            label=self.tr("Deleting"),
        )

    def _on_deleted(self, record_id: str) -> None:
        if not shiboken6.isValid(self):
            return
        if record_id != self.record_id:  # another record is shown by now: it stays
            self.removed.emit(self.kind, record_id)
            return
        self._next_load()  # a load asked for meanwhile would show the record as gone, not as deleted here
        self.record_id = None
        self.gone_id = record_id
        self._loaded = {}
        self.form.load({})
        self.form.setEnabled(False)
        self._show_owned(None)
        self.title.setText(self.tr("Sent to the trash. Ctrl+Z brings it back."))
        self._update_buttons()
        self.removed.emit(self.kind, record_id)

    def confirm_leaving(self) -> bool:
        """Before showing another record: save, discard or stay."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this record first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # stay until the save is through (it may be refused)
        return answer == QMessageBox.StandardButton.Discard
