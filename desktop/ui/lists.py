"""What each list in the application shows, as ``ListQuery`` definitions.

Built by functions, not at import time, so column titles are translated with
the translator the application has installed by then.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Select

from db.models import Activity, Result, WorkPlan
from desktop.ui.query_model import ListColumn, ListQuery, show_date, show_number, show_percent


def tr(text: str) -> str:
    return QCoreApplication.translate("lists", text)


def code_label(value: Any) -> str:
    """The text for a stored code, e.g. 'in_progress' -> 'In progress'."""
    return "" if value is None else QCoreApplication.translate("codes", str(value).replace("_", " ").capitalize())


def agency_label(value: Any) -> str:
    names = {"iom": "IOM", "undp": "UNDP", "joint": tr("Joint"), "government": tr("Government")}
    return "" if value is None else names.get(value, str(value))


def _activities_from(statement: Select[Any]) -> Select[Any]:
    return (
        statement.select_from(Activity)
        .join(Result, Activity.result_id == Result.id)
        .join(WorkPlan, Result.work_plan_id == WorkPlan.id)
        .where(Activity.deleted_at.is_(None))
    )


def activities() -> ListQuery:
    return ListQuery(
        id_column=Activity.id,
        columns=(
            ListColumn(tr("Code"), Activity.code),
            ListColumn(tr("Title"), Activity.title),
            ListColumn(tr("Status"), Activity.status, code_label),
            ListColumn(tr("Progress"), Activity.progress, show_percent, align_right=True),
            ListColumn(tr("Agency"), Activity.responsible_agency, agency_label),
            ListColumn(tr("Planned start"), Activity.planned_start, show_date),
            ListColumn(tr("Planned end"), Activity.planned_end, show_date),
            ListColumn(tr("Budget"), Activity.planned_budget, show_number, align_right=True),
            ListColumn(tr("Currency"), Activity.currency),
            ListColumn(tr("Work plan"), WorkPlan.title),
            ListColumn(tr("Country"), Activity.country),
        ),
        searched=(Activity.title, Activity.code),
        base=_activities_from,
        country_column=Activity.country,
    )
