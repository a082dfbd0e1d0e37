"""A country's work plans as IATI 2.03 activities.

Each work plan is an ``iati-activity`` of hierarchy 1 carrying the results,
indicators, baselines and periods (targets and actuals, by sex as a
``dimension``); each of its activities is one of hierarchy 2 carrying its
status, dates, participating organisations, budget per year and expenditure
as a transaction. Identifiers are the reporting organisation's reference and
the record's UUID, so they never change. Every activity has sector 15190 and
the SDG target 10.7 tag (docs/iati.md has the whole mapping).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pycountry
from babel.languages import get_official_languages
from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import (
    IATI_ACTIVITY_STATUS,
    IATI_INDICATOR_MEASURE,
    IATI_MIGRATION_SECTOR,
    IATI_ORGANISATION_ID,
    IATI_ORGANISATION_TYPE,
    IATI_RESULT_TYPE,
    ActivityStatus,
    Agency,
    InstitutionKind,
    Measure,
    ResultKind,
)
from db.services.kinds import spec_for
from desktop.iati.documents import DocumentLinks

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
AGENCY_NAMES = {
    IATI_ORGANISATION_ID[Agency.IOM]: "International Organization for Migration",
    IATI_ORGANISATION_ID[Agency.UNDP]: "United Nations Development Programme",
}
MULTILATERAL = "40"
#: IATI's vocabulary 3 of tags: the targets of the Sustainable Development Goals.
SDG_TARGETS = "3"
MIGRATION_TARGET = "10.7"
#: Languages an activity's texts are taken to be in, by preference, among the country's official ones.
TEXT_LANGUAGES = ("es", "fr", "en", "ar", "pt", "ru")
DEFAULT_CURRENCY = "USD"


@dataclass(frozen=True)
class Reporter:
    ref: str
    name: str
    type: str


def _rows(session: Session, kind: str, column: str, values: Iterable[Any]) -> list[dict[str, Any]]:
    table = spec_for(kind).table
    wanted = list(values)
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 500):
        query = select(table).where(table.c[column].in_(wanted[start : start + 500]), table.c.deleted_at.is_(None))
        found.extend(dict(row) for row in session.execute(query).mappings())
    return found


def text_language(country: str) -> str:
    """The language an activity's texts are said to be in: the country's official one we expect."""
    found = pycountry.countries.get(alpha_3=country)
    official = get_official_languages(found.alpha_2, de_facto=True) if found else ()
    return next((lang for lang in TEXT_LANGUAGES if lang in official), "en")


def alpha_2(country: str) -> str:
    found = pycountry.countries.get(alpha_3=country)
    return str(found.alpha_2) if found else country


def _sub(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    if not attributes:
        return etree.SubElement(parent, tag)
    return etree.SubElement(parent, tag, {key.replace("_", "-"): value for key, value in attributes.items()})


def _narrative(parent: etree._Element, tag: str, text: str | None, **attributes: str) -> etree._Element | None:
    if not text or not text.strip():
        return None
    element = _sub(parent, tag, **attributes)
    _sub(element, "narrative").text = _clean(text)
    return element


#: What XML 1.0 cannot hold: most control characters, lone surrogates, U+FFFE and U+FFFF.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    """XML 1.0 has no place for most control characters: they are left out, nothing else changes."""
    return NOT_XML.sub("", text)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _moment(value: dt.datetime | None) -> str:
    return (value or dt.datetime.now(dt.UTC).replace(tzinfo=None)).strftime("%Y-%m-%dT%H:%M:%SZ")


def yearly(total: float, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date, float]]:
    """``total`` spread over the calendar years between ``start`` and ``end`` by days (IATI: a
    budget's period is at most a year). The shares add up to ``total`` to the cent."""
    end = max(end, start)
    days = (end - start).days + 1
    parts: list[tuple[dt.date, dt.date, float]] = []
    year = start.year
    while year <= end.year:
        first, last = max(start, dt.date(year, 1, 1)), min(end, dt.date(year, 12, 31))
        parts.append((first, last, round(total * ((last - first).days + 1) / days, 2)))
        year += 1
    if parts:
        first, last, _value = parts[-1]
        parts[-1] = (first, last, round(total - sum(value for *_d, value in parts[:-1]), 2))
    return parts


class IatiBuilder:
    """Builds the ``iati-activities`` element of one country."""

    def __init__(self, session: Session, country: str, reporter: Reporter, *, today: dt.date | None = None) -> None:
        self.session = session
        self.country = country
        self.reporter = reporter
        self.today = today or dt.date.today()
        self.language = text_language(country)

    def build(self) -> tuple[etree._ElementTree, int]:
        plans_table = spec_for("work_plan").table
        query = (
            select(plans_table)
            .where(plans_table.c.country == self.country, plans_table.c.deleted_at.is_(None))
            .order_by(plans_table.c.start_year, plans_table.c.id)
        )
        plans = [dict(row) for row in self.session.execute(query).mappings()]
        results = _rows(self.session, "result", "work_plan_id", [p["id"] for p in plans])
        activities = _rows(self.session, "activity", "result_id", [r["id"] for r in results])
        indicators = _rows(self.session, "indicator", "result_id", [r["id"] for r in results])
        periods = _rows(self.session, "indicator_period", "indicator_id", [i["id"] for i in indicators])
        partner_ids = {pid for a in activities for pid in a["implementing_partners"]}
        self.institutions = {row["id"]: row for row in _rows(self.session, "institution", "id", partner_ids)}
        self.documents = DocumentLinks(self.session, self.country, plans, results, activities)
        by_plan: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for result in sorted(results, key=lambda r: (r["code"], r["id"])):
            by_plan[result["work_plan_id"]].append(result)
        self.result_of = {r["id"]: r for r in results}
        acts_by_plan: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for activity in sorted(activities, key=lambda a: (a["code"] or "", a["title"], a["id"])):
            acts_by_plan[self.result_of[activity["result_id"]]["work_plan_id"]].append(activity)
        self.indicators: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for indicator in sorted(indicators, key=lambda i: (i["statement"], i["id"])):
            self.indicators[indicator["result_id"]].append(indicator)
        self.periods: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for period in periods:
            self.periods[period["indicator_id"]].append(period)
        root = etree.Element("iati-activities", {"version": "2.03", "generated-datetime": _moment(None)})
        count = 0
        for plan in plans:
            children = acts_by_plan.get(plan["id"], [])
            self._work_plan(root, plan, by_plan.get(plan["id"], []), children)
            count += 1
            for activity in children:
                self._activity(root, plan, activity)
                count += 1
        return etree.ElementTree(root), count

    def identifier(self, record_id: str) -> str:
        return f"{self.reporter.ref}-{record_id}"

    def _start(self, element: etree._Element, record: dict[str, Any], hierarchy: int, currency: str) -> None:
        element.set("last-updated-datetime", _moment(record.get("updated_at")))
        element.set(XML_LANG, self.language)
        element.set("default-currency", currency)
        element.set("hierarchy", str(hierarchy))
        _sub(element, "iati-identifier").text = self.identifier(record["id"])
        reporting = _sub(element, "reporting-org", ref=self.reporter.ref, type=self.reporter.type)
        _sub(reporting, "narrative").text = self.reporter.name

    def _common(self, element: etree._Element) -> None:
        """Where and what for: the country, the migration sector, SDG target 10.7."""
        _sub(element, "recipient-country", code=alpha_2(self.country), percentage="100")
        _sub(element, "sector", vocabulary="1", code=IATI_MIGRATION_SECTOR, percentage="100")
        _sub(element, "tag", vocabulary=SDG_TARGETS, code=MIGRATION_TARGET)

    def _organisations(
        self, element: etree._Element, agencies: set[str], partners: Iterable[str], funders: Iterable[str] = ()
    ) -> None:
        written = False
        for funder in dict.fromkeys(f.strip() for f in funders if f and f.strip()):
            org = _sub(element, "participating-org", role="1")  # funding: named as typed, no reference known
            _sub(org, "narrative").text = _clean(funder)
            written = True
        for agency in (Agency.IOM, Agency.UNDP):
            if agency in agencies or Agency.JOINT in agencies:
                ref = IATI_ORGANISATION_ID[agency]
                org = _sub(element, "participating-org", ref=ref, type=MULTILATERAL, role="2")
                _sub(org, "narrative").text = AGENCY_NAMES[ref]
                written = True
        for pid in dict.fromkeys(partners):
            institution = self.institutions.get(pid)
            if institution is None:
                continue
            kind = IATI_ORGANISATION_TYPE[InstitutionKind(institution["kind"])]
            attributes = {"type": kind, "role": "4"}
            if institution["iati_identifier"]:
                attributes["ref"] = institution["iati_identifier"]
            org = _sub(element, "participating-org", **attributes)
            _sub(org, "narrative").text = _clean(institution["name"])
            written = True
        if not written:  # the schema wants one: the reporting organisation is accountable
            org = _sub(element, "participating-org", ref=self.reporter.ref, type=self.reporter.type, role="2")
            _sub(org, "narrative").text = self.reporter.name

    def _work_plan(
        self, root: etree._Element, plan: dict[str, Any], results: list[dict[str, Any]], children: list[dict[str, Any]]
    ) -> None:
        currency = next((a["currency"] for a in children if a["currency"]), None) or DEFAULT_CURRENCY
        element = _sub(root, "iati-activity")
        self._start(element, plan, 1, currency)
        _narrative(element, "title", plan["title"])
        description = plan["government_priorities"] or plan["title"]
        _narrative(element, "description", description, type="1")
        agencies = {a["responsible_agency"] for a in children}
        partners = [p for a in children for p in a["implementing_partners"]]
        self._organisations(element, agencies, partners, [a["funding_source"] or "" for a in children])
        _sub(element, "activity-status", code="2" if plan["status"] == "approved" else "1")
        _sub(element, "activity-date", type="1", iso_date=f"{plan['start_year']}-01-01")
        _sub(element, "activity-date", type="3", iso_date=f"{plan['end_year']}-12-31")
        self._common(element)
        self._documents(element, plan["id"])
        for activity in children:
            _sub(element, "related-activity", ref=self.identifier(activity["id"]), type="2")
        for result in results:
            self._result(element, result)

    def _result(self, parent: etree._Element, result: dict[str, Any]) -> None:
        indicators = self.indicators.get(result["id"], [])
        if not indicators:  # the schema wants at least one indicator in a result
            return
        element = _sub(parent, "result", type=IATI_RESULT_TYPE[ResultKind(result["kind"])])
        _narrative(element, "title", f"{result['code']} {result['statement']}")
        for indicator in indicators:
            self._indicator(element, indicator)

    def _indicator(self, parent: etree._Element, indicator: dict[str, Any]) -> None:
        measure = IATI_INDICATOR_MEASURE[Measure(indicator["measure"])]
        element = _sub(parent, "indicator", measure=measure, ascending="1")
        title = indicator["statement"] + (f" ({indicator['unit']})" if indicator["unit"] else "")
        _narrative(element, "title", title)
        _narrative(element, "description", indicator["means_of_verification"])
        qualitative = indicator["measure"] == Measure.QUALITATIVE
        if indicator["baseline_year"]:
            baseline = _sub(element, "baseline", year=str(indicator["baseline_year"]))
            if indicator["baseline_value"] is not None and not qualitative:
                baseline.set("value", _number(indicator["baseline_value"]))
            _narrative(baseline, "comment", indicator["baseline_note"])
        spans: dict[tuple[dt.date, dt.date], list[dict[str, Any]]] = defaultdict(list)
        for row in self.periods.get(indicator["id"], []):
            spans[(row["period_start"], row["period_end"])].append(row)
        for (start, end), rows in sorted(spans.items()):
            period = _sub(element, "period")
            _sub(period, "period-start", iso_date=start.isoformat())
            _sub(period, "period-end", iso_date=end.isoformat())
            ordered = sorted(rows, key=lambda r: (r["sex"] is not None, r["sex"] or ""))
            for name in ("target", "actual"):
                for row in ordered:
                    if row[name] is None and not row[f"{name}_note"]:
                        continue
                    value = _sub(period, name)
                    if row[name] is not None:
                        value.set("value", _number(row[name]))
                    if row["sex"]:
                        _sub(value, "dimension", name="sex", value=row["sex"])
                    _narrative(value, "comment", row[f"{name}_note"])

    def _activity(self, root: etree._Element, plan: dict[str, Any], activity: dict[str, Any]) -> None:
        currency = activity["currency"] or DEFAULT_CURRENCY
        element = _sub(root, "iati-activity")
        self._start(element, activity, 2, currency)
        _narrative(element, "title", activity["title"])
        result = self.result_of[activity["result_id"]]
        _narrative(element, "description", f"{result['code']} {result['statement']}", type="1")
        self._organisations(
            element,
            {activity["responsible_agency"]},
            activity["implementing_partners"],
            [activity["funding_source"] or ""],
        )
        _sub(element, "activity-status", code=IATI_ACTIVITY_STATUS[ActivityStatus(activity["status"])])
        planned_start = activity["planned_start"] or dt.date(plan["start_year"], 1, 1)
        planned_end = activity["planned_end"] or dt.date(plan["end_year"], 12, 31)
        planned_end = max(planned_end, planned_start)
        _sub(element, "activity-date", type="1", iso_date=planned_start.isoformat())
        actual_start = activity["actual_start"]
        if actual_start and actual_start <= self.today:
            _sub(element, "activity-date", type="2", iso_date=actual_start.isoformat())
        _sub(element, "activity-date", type="3", iso_date=planned_end.isoformat())
        actual_end = activity["actual_end"]
        if actual_end and actual_end <= self.today and (not actual_start or actual_start <= actual_end):
            _sub(element, "activity-date", type="4", iso_date=actual_end.isoformat())
        self._common(element)
        if activity["planned_budget"]:
            for first, last, value in yearly(activity["planned_budget"], planned_start, planned_end):
                budget = _sub(element, "budget", type="1", status="1")
                _sub(budget, "period-start", iso_date=first.isoformat())
                _sub(budget, "period-end", iso_date=last.isoformat())
                _sub(budget, "value", value_date=first.isoformat()).text = _number(value)
        if activity["expenditure"]:
            day = min(actual_end or self.today, self.today)
            transaction = _sub(element, "transaction")
            _sub(transaction, "transaction-type", code="4")
            _sub(transaction, "transaction-date", iso_date=day.isoformat())
            _sub(transaction, "value", value_date=day.isoformat()).text = _number(activity["expenditure"])
        self._documents(element, activity["id"])
        _sub(element, "related-activity", ref=self.identifier(plan["id"]), type="1")

    def _documents(self, element: etree._Element, record_id: str) -> None:
        """Its knowledge products and attached files, in the activity's language (``documents``)."""
        for document in self.documents.of(record_id):
            link = _sub(element, "document-link", url=document.url, format=document.format)
            title = _sub(link, "title")
            _sub(title, "narrative").text = _clean(document.title)
            _narrative(link, "description", document.description)
            _sub(link, "category", code=document.category)
            _sub(link, "language", code=self.language)
            if document.day is not None:
                _sub(link, "document-date", iso_date=document.day.isoformat())
