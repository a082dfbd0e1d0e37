"""Rules that look at more than one field of a record.

Each rule takes the record's full (merged) values and returns the problems as
(field, reason) pairs. Single-field rules live with the columns (``kinds``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Issues = Sequence[tuple[str, str]]
Rule = Callable[[dict[str, Any]], Issues]
#: What a rule says of a record that keeps it: one shared empty answer, as most records keep every rule.
FINE: Issues = ()


def _in_order(start: str, end: str, what: str) -> Rule:
    def rule(values: dict[str, Any]) -> Issues:
        first, last = values.get(start), values.get(end)
        if first is not None and last is not None and last < first:
            return [(end, f"{what} ends ({last}) before it starts ({first})")]
        return FINE

    return rule


def _not_self(field: str) -> Rule:
    def rule(values: dict[str, Any]) -> Issues:
        if values.get(field) is not None and values.get(field) == values.get("id"):
            return [(field, "a record cannot be its own parent")]
        return FINE

    return rule


def _approved_work_plan(values: dict[str, Any]) -> Issues:
    issues: list[tuple[str, str]] = []
    if values.get("status") == "approved" and values.get("approved_on") is None:
        issues.append(("approved_on", "an approved work plan needs the date it was approved"))
    start, end = values.get("start_year"), values.get("end_year")
    if start is not None and end is not None and end - start > 25:
        issues.append(("end_year", f"a work plan of {end - start + 1} years is not plausible"))
    return issues


def _money_has_currency(values: dict[str, Any]) -> Issues:
    if (values.get("planned_budget") or values.get("expenditure")) and not values.get("currency"):
        return [("currency", "a budget or expenditure needs its currency (ISO 4217, e.g. USD)")]
    return FINE


def _participants_within_total(values: dict[str, Any]) -> Issues:
    total = values.get("participants_total")
    parts = [values.get(f"participants_{sex}") or 0 for sex in ("female", "male", "other")]
    if total is not None and sum(parts) > total:
        return [
            (
                "participants_total",
                f"women, men and others add up to {sum(parts)}, more than the total of {total}",
            )
        ]
    return FINE


#: A training's headline count of each sex, and what each institution's participation counts of it.
SEXES = (("participants_female", "female"), ("participants_male", "male"), ("participants_other", "other"))
#: Why the institutions' counts do not fit the headline: one sentence per sex, so each words well in any language.
BY_INSTITUTION = {
    "female": "women by institution add up to {sum}, more than the {count} women who took part",
    "male": "men by institution add up to {sum}, more than the {count} men who took part",
    "other": "others by institution add up to {sum}, more than the {count} others who took part",
    "total": "participants by institution add up to {sum}, more than the total of {count}",
}


def participation_issues(headline: dict[str, Any], participations: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(part, reason) where the institutions' counts exceed the training's headline counts.

    Fewer is fine: participants who came on their own, or from institutions not
    listed, are counted in the headline only. More is a typing mistake (nobody
    can be sent by an institution without taking part). A headline left empty
    is unknown and checks nothing; ``part`` is "female", "male", "other" or "total"."""
    issues: list[tuple[str, str]] = []
    grand = 0
    for headline_name, part in SEXES:
        added = sum(row.get(part) or 0 for row in participations)
        grand += added
        count = headline.get(headline_name)
        if count is not None and added > count:
            issues.append((part, BY_INSTITUTION[part].format(sum=added, count=count)))
    total = headline.get("participants_total")
    if total is not None and grand > total and not issues:
        issues.append(("total", BY_INSTITUTION["total"].format(sum=grand, count=total)))
    return issues


def _percentage_indicator(values: dict[str, Any]) -> Issues:
    baseline = values.get("baseline_value")
    if values.get("measure") == "percentage" and baseline is not None and not 0 <= baseline <= 100:
        return [("baseline_value", "a percentage baseline must be between 0 and 100")]
    return FINE


RULES: dict[str, list[Rule]] = {
    "country_programme": [_in_order("start_year", "end_year", "the programme period")],
    "committee": [_not_self("parent_id")],
    "membership": [_in_order("start_on", "end_on", "the membership")],
    "work_plan": [_in_order("start_year", "end_year", "the work plan"), _approved_work_plan],
    "result": [_not_self("parent_id")],
    "activity": [
        _in_order("planned_start", "planned_end", "the planned period"),
        _in_order("actual_start", "actual_end", "the actual period"),
        _money_has_currency,
    ],
    "indicator": [_percentage_indicator],
    "indicator_period": [_in_order("period_start", "period_end", "the period")],
    "capacity_activity": [_in_order("start_on", "end_on", "the activity"), _participants_within_total],
}


def check_rules(kind: str, values: dict[str, Any]) -> Issues:
    issues: list[tuple[str, str]] = []
    for rule in RULES.get(kind, ()):
        issues.extend(rule(values))
    return issues
