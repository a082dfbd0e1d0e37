"""What each list in the application shows, as ``ListQuery`` definitions.

Built by functions, not at import time, so column titles are translated with
the translator the application has installed by then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
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


def tr(text: str) -> str:
    return QCoreApplication.translate("lists", text)


#: Codes whose words are acronyms or otherwise not plain words.
SPECIAL_LABELS = {
    "iom": "IOM", "undp": "UNDP", "unct": "UNCT", "mou": "MoU", "sgbv": "SGBV",
    "inter_ministerial": "Inter-ministerial",
    "e_learning": "E-learning", "un_agency": "UN agency", "international_ngo": "International NGO",
    "national_ngo": "National NGO", "co_chair": "Co-chair", "women_children": "Women and children",
    "return_reintegration": "Return and reintegration", "migration_data": "Migration data",
}


def code_label(value: Any) -> str:
    """The text for a stored code, e.g. 'in_progress' -> 'In progress'."""
    if value is None:
        return ""
    text = SPECIAL_LABELS.get(str(value)) or str(value).replace("_", " ").capitalize()
    return QCoreApplication.translate("codes", text)


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
            ListColumn(tr("Agency"), Activity.responsible_agency, code_label),
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


def _live(model: Any) -> Callable[[Select[Any]], Select[Any]]:
    return lambda statement: statement.select_from(model).where(model.deleted_at.is_(None))


def simple(model: Any, columns: list[ListColumn], searched: list[Any]) -> ListQuery:
    """A list over one table: its live records, with the country as the last column."""
    return ListQuery(
        id_column=model.id,
        columns=(*columns, ListColumn(tr("Country"), model.country)),
        searched=tuple(searched),
        base=_live(model),
        country_column=model.country,
    )


def committees() -> ListQuery:
    m = Committee
    return simple(m, [ListColumn(tr("Acronym"), m.acronym), ListColumn(tr("Name"), m.name),
                      ListColumn(tr("Type"), m.kind, code_label), ListColumn(tr("Status"), m.status, code_label),
                      ListColumn(tr("Established"), m.established_on, show_date),
                      ListColumn(tr("Legal basis"), m.legal_basis)], [m.name, m.acronym, m.legal_basis])


def policies() -> ListQuery:
    m = Policy
    return simple(m, [ListColumn(tr("Type"), m.kind, code_label), ListColumn(tr("Title"), m.title),
                      ListColumn(tr("Status"), m.status, code_label),
                      ListColumn(tr("Legal reference"), m.legal_reference)], [m.title, m.legal_reference])


def work_plans() -> ListQuery:
    m = WorkPlan
    return simple(m, [ListColumn(tr("From"), m.start_year), ListColumn(tr("Title"), m.title),
                      ListColumn(tr("To"), m.end_year), ListColumn(tr("Status"), m.status, code_label),
                      ListColumn(tr("Approved on"), m.approved_on, show_date)], [m.title])


def capacity_activities() -> ListQuery:
    m = CapacityActivity
    return simple(m, [ListColumn(tr("Starts"), m.start_on, show_date), ListColumn(tr("Title"), m.title),
                      ListColumn(tr("Type"), m.kind, code_label), ListColumn(tr("Place"), m.place),
                      ListColumn(tr("Women"), m.participants_female, show_number, align_right=True),
                      ListColumn(tr("Men"), m.participants_male, show_number, align_right=True),
                      ListColumn(tr("Total"), m.participants_total, show_number, align_right=True)],
                  [m.title, m.place, m.organisers])


def knowledge_products() -> ListQuery:
    m = KnowledgeProduct
    return simple(m, [ListColumn(tr("Type"), m.kind, code_label), ListColumn(tr("Title"), m.title),
                      ListColumn(tr("Status"), m.status, code_label),
                      ListColumn(tr("Issued"), m.issued_on, show_date)], [m.title, m.summary])


def good_practices() -> ListQuery:
    m = GoodPractice
    return simple(m, [ListColumn(tr("Theme"), m.theme, code_label), ListColumn(tr("Title"), m.title),
                      ListColumn(tr("Submitted by"), m.submitted_by),
                      ListColumn(tr("Submitted on"), m.submitted_on, show_date)], [m.title, m.summary])


def institutions() -> ListQuery:
    m = Institution
    return simple(m, [ListColumn(tr("Acronym"), m.acronym), ListColumn(tr("Name"), m.name),
                      ListColumn(tr("Type"), m.kind, code_label), ListColumn(tr("Sector"), m.sector, code_label)],
                  [m.name, m.acronym])


def contacts() -> ListQuery:
    m = Contact
    return simple(m, [ListColumn(tr("Title"), m.title), ListColumn(tr("Name"), m.name),
                      ListColumn(tr("E-mail"), m.email), ListColumn(tr("Phone"), m.phone),
                      ListColumn(tr("Sex"), m.sex, code_label)], [m.name, m.email, m.title])
