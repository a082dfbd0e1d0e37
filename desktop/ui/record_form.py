"""A form for any kind of record, built from the kind's columns.

The form shows every field a person records (DOMAIN.md), with the editor its
rule calls for, and under each field the services' message when a save is
refused. It knows nothing of validation itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy import Boolean, Column, Date, Float, Integer

from db.errors import Problem
from db.services.kinds import META_FIELDS, spec_for
from desktop.ui.countries import country_options
from desktop.ui.fields import (
    ChoiceEditor,
    DateEditor,
    FieldEditor,
    FlagEditor,
    MultiChoiceEditor,
    NumberEditor,
    TextEditor,
    code_options,
)
from desktop.ui.gcm import TITLES as GCM_TITLES
from desktop.ui.gcm import objective_label
from desktop.ui.problems import problem_line, reason_text

#: Field names that read badly when derived from the column name.
LABELS = {
    "md_priorities": QT_TRANSLATE_NOOP("fields", "M&D priorities"),
    "gcm_objectives": QT_TRANSLATE_NOOP("fields", "Global Compact objectives"),
    "sdg_targets": QT_TRANSLATE_NOOP("fields", "SDG targets (e.g. 10.7, 8.8)"),
    "iom_focal_point_id": QT_TRANSLATE_NOOP("fields", "IOM focal point"),
    "undp_focal_point_id": QT_TRANSLATE_NOOP("fields", "UNDP focal point"),
    "iati_identifier": QT_TRANSLATE_NOOP("fields", "IATI identifier"),
    "participants_female": QT_TRANSLATE_NOOP("fields", "Participants: women"),
    "participants_male": QT_TRANSLATE_NOOP("fields", "Participants: men"),
    "participants_other": QT_TRANSLATE_NOOP("fields", "Participants: other / undisclosed"),
    "participants_total": QT_TRANSLATE_NOOP("fields", "Participants: total"),
    "pre_test_score": QT_TRANSLATE_NOOP("fields", "Pre-test score (%)"),
    "post_test_score": QT_TRANSLATE_NOOP("fields", "Post-test score (%)"),
    "satisfaction": QT_TRANSLATE_NOOP("fields", "Satisfaction (%)"),
    "progress": QT_TRANSLATE_NOOP("fields", "Progress (%)"),
    "by_sex": QT_TRANSLATE_NOOP("fields", "Disaggregated by sex"),
    "approved_by_id": QT_TRANSLATE_NOOP("fields", "Approved by (committee)"),
    "activity_id": QT_TRANSLATE_NOOP("fields", "Work-plan activity"),
    "parent_id": QT_TRANSLATE_NOOP("fields", "Part of"),
    "kind": QT_TRANSLATE_NOOP("fields", "Type"),
    "online": QT_TRANSLATE_NOOP("fields", "Held online"),
}


def field_label(name: str) -> str:
    text = LABELS.get(name) or name.removesuffix("_id").replace("_", " ").capitalize()
    return QCoreApplication.translate("fields", str(text))


class TagsEditor(FieldEditor):
    """A list of short codes typed with commas: "10.7, 8.8"."""

    def __init__(self) -> None:
        # A text editor's line, read as a list: not a TextEditor itself, whose value is one text.
        self.text_editor = TextEditor(200)
        super().__init__(self.text_editor.widget)
        self.text_editor.changed.connect(self.changed)

    def value(self) -> list[str]:
        text = self.text_editor.value() or ""
        return [part.strip() for part in text.split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.text_editor.set_value(", ".join(str(v) for v in value or []))


def editor_for(column: Column[Any]) -> FieldEditor:
    info = column.info
    if "ref" in info:
        return ChoiceEditor(searchable=True)
    if "list_ref" in info:
        return MultiChoiceEditor()
    if "list_of" in info:
        return MultiChoiceEditor(code_options(info["list_of"]))
    if "list_pattern" in info:
        return TagsEditor()
    if "list_range" in info:
        low, high = info["list_range"]
        if (low, high) == (1, len(GCM_TITLES)):  # the Global Compact's objectives: with their titles
            return MultiChoiceEditor([(number, objective_label(number)) for number in range(low, high + 1)])
        return MultiChoiceEditor([(number, str(number)) for number in range(low, high + 1)])
    if "choices" in info:
        return ChoiceEditor(code_options(info["choices"]))
    if info.get("country"):
        return ChoiceEditor(list(country_options()), searchable=True)
    kind = column.type
    if isinstance(kind, Boolean):
        return FlagEditor()
    if isinstance(kind, Date):
        return DateEditor()
    if isinstance(kind, Integer):
        return NumberEditor(whole=True)
    if isinstance(kind, Float):
        return NumberEditor(whole=False)
    return TextEditor(int(info.get("max_len", 500)))


class RecordForm(QWidget):
    """Every field of one kind of record; ``edited`` fires on each user change."""

    edited = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        spec = spec_for(kind)
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.references: dict[str, str] = {}  # field -> kind it refers to
        self._loaded: dict[str, Any] = {}
        layout = QFormLayout()
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        owned = spec.owner is not None
        for column in spec.table.columns:
            name = column.name
            if name in META_FIELDS or name == "id" or (name == "country" and owned):
                continue
            editor = editor_for(column)
            required = name in spec.required or (name == "country" and not spec.global_allowed)
            label = QLabel(field_label(name).replace("&", "&&") + (" *" if required else ""))
            label.setBuddy(editor.widget)
            editor.widget.setAccessibleName(field_label(name))
            error = QLabel()
            error.setObjectName("fieldError")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(editor.widget)
            cell_layout.addWidget(error)
            layout.addRow(label, cell)
            editor.changed.connect(self.edited)
            editor.problem.connect(lambda text, label=error: self._show_typing_problem(label, text))
            self.editors[name] = editor
            self.errors[name] = error
            if "ref" in column.info or "list_ref" in column.info:
                self.references[name] = column.info.get("ref") or column.info["list_ref"]
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer = QVBoxLayout(self)
        outer.addWidget(self.general_error)
        outer.addLayout(layout)
        outer.addStretch(1)

    @staticmethod
    def _show_typing_problem(label: QLabel, text: str) -> None:
        """What a field says of the text typed into it (a date it cannot read), as the field is left."""
        label.setText(text)
        label.setVisible(bool(text))

    def set_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        """Options for the reference fields, by the kind they refer to."""
        for name, target in self.references.items():
            editor = self.editors[name]
            if isinstance(editor, (ChoiceEditor, MultiChoiceEditor)):
                editor.set_options(choices.get(target, []))

    def load(self, values: dict[str, Any]) -> None:
        self.clear_problems()
        self._loaded = dict(values)
        for name, editor in self.editors.items():
            editor.set_value(values.get(name))

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        """The fields whose shown value differs from the one loaded."""
        return {name: value for name, value in self.values().items() if value != self._normal(name)}

    def _normal(self, name: str) -> Any:
        value = self._loaded.get(name)
        return [] if value is None and isinstance(self.editors[name], MultiChoiceEditor) else value

    @property
    def dirty(self) -> bool:
        return bool(self.changes())

    def show_problems(self, problems: list[Problem]) -> None:
        self.clear_problems()
        general = []
        for problem in problems:
            label = self.errors.get(problem.field or "")
            if label is not None:
                label.setText(reason_text(problem.reason))
                label.show()
            else:
                general.append(problem_line(problem))
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        first = next((self.editors[p.field] for p in problems if p.field in self.editors), None)
        if first is not None:
            first.widget.setFocus()

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()
