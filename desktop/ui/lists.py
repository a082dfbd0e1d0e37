"""What each list in the application shows, as ``ListQuery`` definitions.

Built by functions, not at import time, so column titles are translated with
the translator the application has installed by then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import Select

from db.models import (
    Activity,
    CapacityActivity,
    Committee,
    Contact,
    GoodPractice,
    Institution,
    KnowledgeProduct,
    Policy,
    Result,
    WorkPlan,
)
from desktop.ui.query_model import ListColumn, ListQuery, show_date, show_number, show_percent


def tr(text: object) -> str:
    """A column title marked with ``QT_TRANSLATE_NOOP("lists", ...)``, translated."""
    return QCoreApplication.translate("lists", str(text))


#: Codes whose words are acronyms or otherwise not plain words.
SPECIAL_LABELS = {
    "iom": QT_TRANSLATE_NOOP("codes", "IOM"),
    "undp": QT_TRANSLATE_NOOP("codes", "UNDP"),
    "unct": QT_TRANSLATE_NOOP("codes", "UNCT"),
    "mou": QT_TRANSLATE_NOOP("codes", "MoU"),
    "sgbv": QT_TRANSLATE_NOOP("codes", "SGBV"),
    "inter_ministerial": QT_TRANSLATE_NOOP("codes", "Inter-ministerial"),
    "e_learning": QT_TRANSLATE_NOOP("codes", "E-learning"),
    "un_agency": QT_TRANSLATE_NOOP("codes", "UN agency"),
    "international_ngo": QT_TRANSLATE_NOOP("codes", "International NGO"),
    "national_ngo": QT_TRANSLATE_NOOP("codes", "National NGO"),
    "co_chair": QT_TRANSLATE_NOOP("codes", "Co-chair"),
    "women_children": QT_TRANSLATE_NOOP("codes", "Women and children"),
    "return_reintegration": QT_TRANSLATE_NOOP("codes", "Return and reintegration"),
    "migration_data": QT_TRANSLATE_NOOP("codes", "Migration data"),
}


def code_label(value: Any) -> str:
    """The text for a stored code, e.g. 'in_progress' -> 'In progress'."""
    if value is None:
        return ""
    text = SPECIAL_LABELS.get(str(value)) or str(value).replace("_", " ").capitalize()
    return QCoreApplication.translate("codes", str(text))


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
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Code")), Activity.code),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Title")), Activity.title),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Status")), Activity.status, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Progress")), Activity.progress, show_percent, align_right=True),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Agency")), Activity.responsible_agency, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Planned start")), Activity.planned_start, show_date),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Planned end")), Activity.planned_end, show_date),
            ListColumn(
                tr(QT_TRANSLATE_NOOP("lists", "Budget")), Activity.planned_budget, show_number, align_right=True
            ),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Currency")), Activity.currency),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Work plan")), WorkPlan.title),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Country")), Activity.country),
        ),
        searched=(Activity.title, Activity.code),
        base=_activities_from,
        country_column=Activity.country,
        # an activity always has a result and the result a work plan: the joins drop no row
        base_alone=_live(Activity),
    )


def _live(model: Any) -> Callable[[Select[Any]], Select[Any]]:
    return lambda statement: statement.select_from(model).where(model.deleted_at.is_(None))


def simple(model: Any, columns: list[ListColumn], searched: list[Any]) -> ListQuery:
    """A list over one table: its live records, with the country as the last column."""
    return ListQuery(
        id_column=model.id,
        columns=(*columns, ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Country")), model.country)),
        searched=tuple(searched),
        base=_live(model),
        country_column=model.country,
    )


def committees() -> ListQuery:
    m = Committee
    return simple(
        m,
        [
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Acronym")), m.acronym),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Name")), m.name),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Type")), m.kind, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Status")), m.status, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Established")), m.established_on, show_date),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Legal basis")), m.legal_basis),
        ],
        [m.name, m.acronym, m.legal_basis],
    )


def policies() -> ListQuery:
    m = Policy
    return simple(
        m,
        [
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Type")), m.kind, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Title")), m.title),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Status")), m.status, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Legal reference")), m.legal_reference),
        ],
        [m.title, m.legal_reference],
    )


def work_plans() -> ListQuery:
    m = WorkPlan
    return simple(
        m,
        [
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "From")), m.start_year),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Title")), m.title),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "To")), m.end_year),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Status")), m.status, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Approved on")), m.approved_on, show_date),
        ],
        [m.title],
    )


def capacity_activities() -> ListQuery:
    m = CapacityActivity
    return simple(
        m,
        [
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Starts")), m.start_on, show_date),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Title")), m.title),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Type")), m.kind, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Place")), m.place),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Women")), m.participants_female, show_number, align_right=True),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Men")), m.participants_male, show_number, align_right=True),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Total")), m.participants_total, show_number, align_right=True),
        ],
        [m.title, m.place, m.organisers],
    )


def knowledge_products() -> ListQuery:
    m = KnowledgeProduct
    return simple(
        m,
        [
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Type")), m.kind, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Title")), m.title),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Status")), m.status, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Issued")), m.issued_on, show_date),
        ],
        [m.title, m.summary],
    )


def good_practices() -> ListQuery:
    m = GoodPractice
    return simple(
        m,
        [
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Theme")), m.theme, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Title")), m.title),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Submitted by")), m.submitted_by),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Submitted on")), m.submitted_on, show_date),
        ],
        [m.title, m.summary],
    )


def institutions() -> ListQuery:
    m = Institution
    return simple(
        m,
        [
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Acronym")), m.acronym),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Name")), m.name),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Type")), m.kind, code_label),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Sector")), m.sector, code_label),
        ],
        [m.name, m.acronym],
    )


def contacts() -> ListQuery:
    m = Contact
    return simple(
        m,
        [
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Title")), m.title),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Name")), m.name),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "E-mail")), m.email),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Phone")), m.phone),
            ListColumn(tr(QT_TRANSLATE_NOOP("lists", "Sex")), m.sex, code_label),
        ],
        [m.name, m.email, m.title],
    )
