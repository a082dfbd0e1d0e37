"""What a file would do that deserves a look before importing, in the interface language: the
lines of ``desktop.exchange.notices`` (the command line's too), translated, their numbers and
kinds of record written the interface's way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.services.merge_report import MergeReport
from desktop.exchange.notices import CONTEXT, notices, written
from desktop.exchange.plain import plain_line
from desktop.ui.exchange_common import number
from desktop.ui.labels import kind_label


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def notice_lines(report: MergeReport) -> list[str]:
    return [
        written(notice, translate=_translate, number=number, kind=kind_label, plain=plain_line)
        for notice in notices(report)
    ]
