"""The work plan (activities, Gantt chart, budgets), results, capacity building, evidence, stakeholders."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from db.services.overview_data import ActivityInfo, IndicatorInfo, PeriodValue, WorkPlanInfo
from desktop.reports.bidi import RIGHT_TO_LEFT, is_rtl
from desktop.reports.charts import Bars, Gantt, GanttRow, Series
from desktop.reports.document import ACCENT, BAD, FRAME_WIDTH, GOOD, MUTED, NAVY, NEUTRAL, STYLES
from desktop.reports.front import sex_bars, state_words
from desktop.reports.story import Story, cell
from desktop.reports.tables import Row, Rows
from desktop.reports.text import label, para

ACTIVITY_COLOURS = {
    "planned": NEUTRAL, "ongoing": ACCENT, "delayed": BAD, "completed": GOOD, "cancelled": MUTED, "suspended": MUTED,
}  # fmt: skip
#: Above this many activities the Gantt chart shows one bar per result (the activities' span), not per activity.
GANTT_ACTIVITIES = 400


def work_plan(story: Story) -> None:
    data, words = story.data, story.words
    if not data.work_plans:
        return
    story.heading(words.t("Work plan"), 0)
    for plan in data.work_plans:
        _plan(story, plan)


def plan_heading(title: str, start_year: int, end_year: int) -> str:
    """A work plan's title with its years, which keep the title's direction.

    After a French title ending in Arabic, the years would join the Arabic
    (UAX #9: digits after Arabic read right to left) and print "(2027–2025)"
    before it; a left-to-right mark after the title keeps them after it, as typed.
    """
    mark = "\u200e" if RIGHT_TO_LEFT.search(title) and not is_rtl(title) else ""
    return f"{title}{mark} ({start_year}–{end_year})"


def name_and_date(name: str | None, when: str) -> str:
    """ "NAME — DATE", the date whole after an Arabic name.

    After Arabic, UAX #9 joins a date's leading day to the Arabic and prints
    "déc. 2025 1"; a left-to-right mark before the date keeps it as written.
    """
    mark = "\u200e" if name and when and RIGHT_TO_LEFT.search(name) else ""
    return " — ".join(v for v in (name, mark + when if when else "") if v)


def _plan(story: Story, plan: WorkPlanInfo) -> None:
    words = story.words
    story.heading(plan_heading(plan.title, plan.start_year, plan.end_year), 1)
    approved = ""
    if plan.approved_on or plan.approved_by:
        approved = " — ".join(v for v in (words.date(plan.approved_on, style="long"), plan.approved_by) if v)
    story.facts(
        [
            (words.t("Status"), words.code(plan.status)),
            (words.t("Approved"), approved),
            (words.t("Government priorities"), plan.government_priorities),
        ]
    )
    activities = [a for r in plan.results for a in r.activities]
    if not plan.results:
        story.note(words.t("No result has been recorded for this work plan."))
        return
    story.subheading(words.t("Results and activities"))
    header = story.header("Code", "Activity", "Agency", "Status", "Progress", "Budget", "Spent")
    rows: list[Row] = []
    for result in plan.results:
        rows.append(
            Row(
                [
                    cell(
                        words.t(
                            "{code} {kind}: {statement}",
                            code=result.code,
                            kind=words.code(result.kind),
                            statement=result.statement,
                        ),
                        bold=True,
                    )
                ],
                group=True,
            )
        )
        rows.extend(_activity_row(story, a) for a in result.activities)
    widths = [0.1, 0.29, 0.12, 0.11, 0.13, 0.13, 0.12]
    story.add(Rows(header, rows, [FRAME_WIDTH * w for w in widths]))
    if activities:
        _gantt(story, plan, len(activities))
        _budgets(story, plan)


def _activity_row(story: Story, a: ActivityInfo) -> Row:
    words = story.words
    colour = ACTIVITY_COLOURS.get(a.status, NEUTRAL)
    return Row(
        [
            cell(a.code),
            cell(a.title),
            cell(words.code(a.agency)),
            cell(words.code(a.status), bold=True, colour=colour),
            cell(words.percent(a.progress)),
            cell(words.money(a.planned_budget, a.currency)),
            cell(words.money(a.expenditure, a.currency)),
        ]
    )


def _gantt(story: Story, plan: WorkPlanInfo, count: int) -> None:
    data, words = story.data, story.words
    rows: list[GanttRow] = []
    if count <= GANTT_ACTIVITIES:
        for result in plan.results:
            if not result.activities:
                continue
            rows.append(GanttRow(f"{result.code} {result.statement}", None, None, NAVY, None, group=True))
            for a in result.activities:
                planned = (a.planned_start, a.planned_end) if a.planned_start and a.planned_end else None
                rows.append(
                    GanttRow(
                        f"{a.code} {a.title}".strip(),
                        planned,
                        (a.actual_start, a.actual_end),
                        ACTIVITY_COLOURS.get(a.status, NEUTRAL),
                        a.progress,
                    )
                )
        note = words.t(
            "Planned period as a bar, filled as far as the activity has progressed; the dark line "
            "below is the actual period."
        )
    else:
        for result in plan.results:
            starts = [a.planned_start for a in result.activities if a.planned_start]
            ends = [a.planned_end for a in result.activities if a.planned_end]
            progress = [a.progress for a in result.activities if a.progress is not None]
            if starts and ends:
                rows.append(
                    GanttRow(
                        f"{result.code} {result.statement}",
                        (min(starts), max(ends)),
                        None,
                        ACCENT,
                        sum(progress) / len(progress) if progress else None,
                    )
                )
        note = words.t(
            "{n} activities: one bar per result, from the first planned start to the last planned end "
            "of its activities, filled to their average progress.",
            n=words.number(count),
        )
    if not any(r.planned or r.actual for r in rows):
        return
    story.subheading(words.t("Timeline of the activities"))
    story.note(note)
    story.add(Gantt(rows, data.start, data.end, width=FRAME_WIDTH, axis_label=words.axis_label))


def _budgets(story: Story, plan: WorkPlanInfo) -> None:
    words = story.words
    by_currency: dict[str, list[tuple[str, float, float]]] = {}
    for result in plan.results:
        sums: dict[str, list[float]] = {}
        for a in result.activities:
            if a.planned_budget is None and a.expenditure is None:
                continue
            entry = sums.setdefault(a.currency, [0.0, 0.0])
            entry[0] += a.planned_budget or 0.0
            entry[1] += a.expenditure or 0.0
        for currency, (planned, spent) in sums.items():
            by_currency.setdefault(currency, []).append((result.code, planned, spent))
    if not by_currency:
        return
    story.subheading(words.t("Budget and expenditure by result"))
    for currency, results in by_currency.items():
        header = story.header("Result", "Budget", "Spent", "Executed")
        rows = [
            Row(
                [
                    cell(code),
                    cell(words.money(planned, currency)),
                    cell(words.money(spent, currency)),
                    _execution_bar(
                        words.percent(spent / planned * 100) if planned else "—", spent / planned if planned else 0.0
                    ),
                ]
            )
            for code, planned, spent in results
        ]
        planned = sum(r[1] for r in results)
        spent = sum(r[2] for r in results)
        rows.append(
            Row(
                [
                    cell(words.t("Total"), bold=True),
                    cell(words.money(planned, currency), bold=True),
                    cell(words.money(spent, currency), bold=True),
                    _execution_bar(
                        words.percent(spent / planned * 100) if planned else "—", spent / planned if planned else 0.0
                    ),
                ]
            )
        )
        story.add(Rows(header, rows, [FRAME_WIDTH * w for w in (0.2, 0.22, 0.22, 0.36)]), Spacer(1, 8))


def _execution_bar(text: str, share: float) -> Bars:
    colour = BAD if share > 1 else GOOD if share >= 0.5 else ACCENT
    return Bars(
        [""],
        [[min(share, 1.0) * 100]],
        [Series("", colour)],
        width=FRAME_WIDTH * 0.36 - 8,
        label_width=0,
        value_text=[text],
        scale=100,
        axis=False,
    )


def results(story: Story) -> None:
    data, words = story.data, story.words
    plans = [p for p in data.work_plans if any(r.indicators for r in p.results)]
    if not plans:
        return
    story.heading(words.t("Results"), 0)
    story.note(
        words.t(
            "Each indicator's baseline, and the target and actual of every period in the report's span, by sex "
            "where recorded; a period is on track when its actual reaches its target. At a glance counts the "
            "latest period of each indicator."
        )
    )
    header = story.header("Indicator", "Baseline", "Period", "Target", "Actual", "Status")
    for plan in plans:
        story.heading(plan.title, 1)
        rows: list[Row] = []
        for result in plan.results:
            if not result.indicators:
                continue
            rows.append(Row([cell(f"{result.code} {result.statement}", bold=True)], group=True))
            for indicator in result.indicators:
                rows.extend(_indicator_rows(story, indicator))
        story.add(Rows(header, rows, [FRAME_WIDTH * w for w in (0.38, 0.12, 0.14, 0.11, 0.11, 0.14)]))


_STATE_COLOURS = {"on_track": GOOD, "off_track": BAD, "no_data": NEUTRAL}
_STATE_MARKS = {"on_track": "✔", "off_track": "✘", "no_data": "–"}


def _indicator_rows(story: Story, i: IndicatorInfo) -> list[Row]:
    """One row per period of the report's span (the latest period when none overlaps it), by sex where recorded."""
    words = story.words
    unit = f" {i.unit}" if i.unit else ""
    percent = i.measure == "percentage"
    sexes = {"female": words.t("W"), "male": words.t("M"), "other": words.t("O")}

    def value(v: float | None) -> str:
        if v is None:
            return ""
        return words.percent(v) if percent else words.number(v, decimals=2) + unit

    def with_sexes(total: str, parts: list[tuple[str, float | None]]) -> str:
        shown = " · ".join(f"{sexes.get(s, s)}\u00a0{value(v)}" for s, v in parts if v is not None)  # "W 60" unbroken
        return f"{total}\n{shown}".strip() if shown else total

    baseline = value(i.baseline_value) + (f" ({i.baseline_year})" if i.baseline_year else "")
    periods: list[PeriodValue | None] = [*i.periods] or [i.latest]
    rows: list[Row] = []
    for index, p in enumerate(periods):
        state = i.state_of(p)
        mark = cell(f"{_STATE_MARKS[state]} {words.t(state_words(state))}", bold=True, colour=_STATE_COLOURS[state])
        rows.append(
            Row(
                [
                    cell(i.statement if index == 0 else ""),
                    cell(baseline if index == 0 else ""),
                    cell(f"{words.date(p.period_start)} – {words.date(p.period_end)}" if p else ""),
                    cell(with_sexes(value(p.target), [(s, t) for s, t, _a in p.by_sex]) if p else ""),
                    cell(with_sexes(value(p.actual), [(s, a) for s, _t, a in p.by_sex]) if p else ""),
                    mark,
                ]
            )
        )
    return rows


def capacity(story: Story) -> None:
    data, words = story.data, story.words
    if not data.trainings:
        return
    g = data.glance
    story.heading(words.t("Capacity building"), 0)
    story.note(
        words.t(
            "{events}; {people}.",
            events=words.n(
                "{n} event from {start} to {end}",
                "{n} events from {start} to {end}",
                len(data.trainings),
                start=words.date(data.start),
                end=words.date(data.end),
            ),
            people=words.n("{n} participant", "{n} participants", g.trained),
        )
    )
    story.add(
        KeepTogether(
            [
                label(words.t("Participants by sex"), STYLES.h3),
                sex_bars(story, [(words.t("All events"), (g.trained_female, g.trained_male, g.trained_other))]),
            ]
        )
    )
    by_kind: dict[str, tuple[int, int, int]] = {}
    for t in data.trainings:
        f, m, o = by_kind.get(t.kind, (0, 0, 0))
        by_kind[t.kind] = (f + t.female, m + t.male, o + t.other)
    story.add(
        KeepTogether(
            [
                label(words.t("Participants by kind of event"), STYLES.h3),
                sex_bars(story, [(words.code(k), v) for k, v in by_kind.items()]),
            ]
        )
    )
    if data.trained_by_institution:
        story.add(
            KeepTogether(
                [
                    label(words.t("Participants by type of institution"), STYLES.h3),
                    sex_bars(story, [(words.code(k), v) for k, v in data.trained_by_institution.items()]),
                    label(
                        words.t("From the participation recorded by institution, which not every event keeps."),
                        STYLES.caption,
                    ),
                ]
            )
        )
    story.subheading(words.t("Events"))
    header = story.header("Date", "Event", "Kind", "Place", "Women", "Men", "Other", "Total")
    rows = [
        Row(
            [
                cell(words.date(t.start_on)),
                cell(t.title),
                cell(words.code(t.kind)),
                cell(t.place),
                cell(words.number(t.female)),
                cell(words.number(t.male)),
                cell(words.number(t.other)),
                cell(words.number(t.total), bold=True),
            ]
        )
        for t in data.trainings
    ]
    widths = (0.12, 0.27, 0.12, 0.15, 0.095, 0.095, 0.075, 0.075)  # "Hombres", "Femmes" whole in bold
    story.add(Rows(header, rows, [FRAME_WIDTH * w for w in widths]))


def evidence(story: Story) -> None:
    data, words = story.data, story.words
    if not data.knowledge and not data.practices:
        return
    story.heading(words.t("Evidence and good practices"), 0)
    if data.knowledge:
        story.subheading(words.t("Knowledge products"))
        header = story.header("Title", "Kind", "Status", "Issued", "Lead")
        rows = [
            Row(
                [
                    cell(k.title, bold=True),
                    cell(words.code(k.kind)),
                    cell(words.code(k.status)),
                    cell(words.date(k.issued_on)),
                    cell(k.lead),
                ]
            )
            for k in data.knowledge
        ]
        story.add(Rows(header, rows, [FRAME_WIDTH * w for w in (0.38, 0.15, 0.13, 0.12, 0.22)]), Spacer(1, 8))
    if data.practices:
        story.subheading(words.t("Good practices"))
        for practice in data.practices:
            story.add(para(practice.title, STYLES.h3))
            story.facts(
                [
                    (words.t("Theme"), words.code(practice.theme)),
                    (
                        words.t("Submitted"),
                        name_and_date(practice.submitted_by, words.date(practice.submitted_on)),
                    ),
                ]
            )
            story.text(practice.summary)


def stakeholders(story: Story) -> None:
    data, words = story.data, story.words
    if not data.stakeholders:
        return
    story.heading(words.t("Annex: stakeholders"), 0)
    header = story.header("Institution", "Acronym", "Sector", "Website")
    rows: list[Row] = []
    kinds: dict[str, list[Row]] = {}
    for s in data.stakeholders:
        kinds.setdefault(s.kind, []).append(
            Row([cell(s.name), cell(s.acronym), cell(words.code(s.sector)), cell(s.website)])
        )
    for kind, members in sorted(kinds.items(), key=lambda item: words.code(item[0]).casefold()):
        rows.append(Row([cell(f"{words.code(kind)} ({words.number(len(members))})", bold=True)], group=True))
        rows.extend(members)
    story.add(Rows(header, rows, [FRAME_WIDTH * w for w in (0.45, 0.12, 0.18, 0.25)]))
