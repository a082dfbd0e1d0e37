"""The IATI file checked before it is written: against the official 2.03 schema (offline, with
lxml), then against what the schema does not say: codes from the code lists, dates in order,
a budget period of at most a year, sector percentages that add up to 100, identifiers that
start with the reporting organisation's.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cache
from pathlib import Path

from lxml import etree

from desktop.iati.codelists import codes
from resources import resource

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: (XPath of the attributes, the code list their values come from)
CODED = (
    ("//activity-status/@code", "ActivityStatus"),
    ("//activity-date/@type", "ActivityDateType"),
    ("//participating-org/@role", "OrganisationRole"),
    ("//participating-org/@type | //reporting-org/@type", "OrganisationType"),
    ("//recipient-country/@code", "Country"),
    ("//sector/@vocabulary", "SectorVocabulary"),
    ("//iati-activity/sector[not(@vocabulary) or @vocabulary='1']/@code", "Sector"),
    ("//tag/@vocabulary", "TagVocabulary"),
    ("//tag[@vocabulary='3']/@code", "UNSDG-Targets"),
    ("//budget/@type", "BudgetType"),
    ("//budget/@status", "BudgetStatus"),
    ("//transaction-type/@code", "TransactionType"),
    ("//related-activity/@type", "RelatedActivityType"),
    ("//result/@type", "ResultType"),
    ("//indicator/@measure", "IndicatorMeasure"),
    ("//@currency | //@default-currency", "Currency"),
    ("//document-link/@format", "FileFormat"),
    ("//document-link/category/@code", "DocumentCategory"),
    ("//document-link/language/@code", "Language"),
)


@cache
def schema() -> etree.XMLSchema:
    """The 2.03 activity schema, read from the shipped files: its includes are found beside it."""
    path = Path(str(resource("iati", "iati-activities-schema.xsd")))
    return etree.XMLSchema(etree.parse(str(path)))


def problems(tree: etree._ElementTree, *, today: dt.date | None = None) -> list[str]:
    """What is wrong with ``tree`` as an IATI 2.03 activity file; empty when it may be published."""
    found: list[str] = []
    checker = schema()
    if not checker.validate(tree):
        found.extend(f"line {error.line}: {error.message}" for error in list(checker.error_log)[:20])
        return found
    root = tree.getroot()
    for xpath, listed in CODED:
        allowed = codes(listed)
        for value in root.xpath(xpath):
            if str(value) not in allowed:
                found.append(f"{value.getparent().tag} {value.attrname}='{value}' is not in the IATI {listed} list")
    languages = codes("Language")
    for element in root.iter():
        lang = element.get(XML_LANG)
        if lang is not None and lang not in languages:
            found.append(f"{element.tag} xml:lang='{lang}' is not in the IATI Language list")
    for activity in root.iter("iati-activity"):
        found.extend(_activity_rules(activity, today or dt.date.today()))
    return found


def _day(element: etree._Element | None) -> dt.date | None:
    value = None if element is None else element.get("iso-date")
    return dt.date.fromisoformat(value) if value else None


def _activity_rules(activity: etree._Element, today: dt.date) -> list[str]:
    found: list[str] = []
    ident = activity.findtext("iati-identifier") or ""
    reporter = activity.find("reporting-org")
    where = f"activity {ident}"
    if reporter is not None and not ident.startswith(f"{reporter.get('ref')}-"):
        found.append(
            f"{where}: the identifier does not start with the reporting organisation's ({reporter.get('ref')})"
        )
    dates = {d.get("type"): _day(d) for d in activity.findall("activity-date")}
    for start, end in (("1", "3"), ("2", "4")):
        first, last = dates.get(start), dates.get(end)
        if first and last and last < first:
            found.append(f"{where}: its end ({last}) is before its start ({first})")
    for kind in ("2", "4"):
        actual = dates.get(kind)
        if actual and actual > today:
            found.append(f"{where}: an actual date ({actual}) is in the future")
    if "1" not in dates and "2" not in dates:
        found.append(f"{where}: it has neither a planned nor an actual start date")
    for budget in activity.findall("budget"):
        first, last = _day(budget.find("period-start")), _day(budget.find("period-end"))
        if first and last and (last < first or (last - first).days > 366):
            found.append(f"{where}: a budget's period ({first} to {last}) is not within a year")
    for transaction in activity.findall("transaction"):
        day = _day(transaction.find("transaction-date"))
        if day and day > today:
            found.append(f"{where}: a transaction's date ({day}) is in the future")
    shares: dict[str, float] = defaultdict(float)
    sectors = activity.findall("sector")
    for sector in sectors:
        shares[sector.get("vocabulary", "1")] += float(sector.get("percentage", "100"))
    for vocabulary, total in shares.items():
        if abs(total - 100) > 0.01:
            found.append(f"{where}: the sector percentages of vocabulary {vocabulary} add up to {total:g}, not 100")
    for period in activity.iter("period"):
        first, last = _day(period.find("period-start")), _day(period.find("period-end"))
        if first and last and last < first:
            found.append(f"{where}: an indicator period ends ({last}) before it starts ({first})")
    return found
