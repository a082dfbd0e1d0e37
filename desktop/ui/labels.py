"""Names of kinds of record as people read them, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    """A kind of record as people read it, translated: ``capacity_activity`` -> "Capacity activity".

    The texts are marked for lupdate in ``resources/translations/derived_strings.py``."""
    return QCoreApplication.translate("kinds", kind.replace("_", " ").capitalize())


def labelled(name: str, value: str) -> str:
    """ "Name: value", the way the language writes it (French puts a space before the colon)."""
    return QCoreApplication.translate("labels", "{name}: {value}").format(name=name, value=value)
