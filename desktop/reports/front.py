"""The cover and "At a glance": who, what period, from which data, and the key figures."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from db.services.overview_data import Person
from db.services.progress import years_text
from desktop.reports.charts import Bars, Series
from desktop.reports.document import (
    ACCENT,
    BAD,
    FEMALE,
    FRAME_WIDTH,
    GOOD,
    LIGHT,
    MALE,
    NAVY,
    NEUTRAL,
    OTHER,
    RULE,
    STYLES,
)
from desktop.reports.labels import N_
from desktop.reports.logo import logo_image
from desktop.reports.story import Story, long_text
from desktop.reports.text import BASE, label, para

PROGRAMME = N_("Mainstreaming Migration into National Development Strategies")


def cover(story: Story, *, logo: Path | None = None) -> None:
    """The cover: programme, country and period, the key figures in a box, the focal points.

    ``logo`` (the file set in Settings) is drawn at the top when it can be read; a file that is gone
    or is no image leaves the cover without it (the setting follows the database to other computers).
    """
    data, words = story.data, story.words
    country = words.country(data.country)
    drawn = logo_image(logo) if logo else None
    story.add(
        *([drawn, Spacer(1, 18)] if drawn else [Spacer(1, 40)]),
        label(words.t("IOM – UNDP joint programme"), STYLES.cover_sub),
        label(words.t(PROGRAMME), STYLES.h2),
        Spacer(1, 40 if drawn else 60),
        para(country, STYLES.cover_title),
        label(words.t("Country overview"), STYLES.cover_sub),
        label(
            words.t(
                "Period: {start} to {end}",
                start=words.date(data.start, style="long"),
                end=words.date(data.end, style="long"),
            ),
            STYLES.body,
        ),
        Spacer(1, 24),
    )
    tiles = key_figures(story)
    story.add(
        label(words.t("Key figures"), STYLES.h3),
        _tiles([tiles[key] for key in ("committees", "policies", "activities", "indicators")]),
        Spacer(1, 24),
    )
    programme = data.programme
    rows: list[tuple[str, str]] = []
    if programme:
        if programme.phase:
            rows.append((words.t("Phase"), programme.phase))
        if programme.start_year or programme.end_year:
            years = "–".join(str(y) for y in (programme.start_year, programme.end_year) if y)
            rows.append((words.t("Programme years"), years))
        if programme.national_strategy:
            rows.append((words.t("National development strategy"), programme.national_strategy))
        rows.append((words.t("IOM focal point"), _person(programme.iom_focal_point)))
        rows.append((words.t("UNDP focal point"), _person(programme.undp_focal_point)))
    rows.append((words.t("Issued on"), words.date(data.issued_on, style="long")))
    rows.append(
        (
            words.t("Data version"),
            words.t("{version} ({records} records)", version=data.data_version, records=words.number(data.records)),
        )
    )
    story.facts([(name, value or "—") for name, value in rows])
    story.add(
        Spacer(1, 30),
        label(
            words.t(
                "Made with Mainstream from the records the focal points keep. Two copies of this report "
                "with the same data version were made from the same records."
            ),
            STYLES.muted,
        ),
    )


def _person(person: Person | None) -> str:
    if person is None:
        return ""
    parts = [person.name, person.title, person.institution, person.email]
    return " · ".join(p for p in parts if p)


def key_figures(story: Story) -> dict[str, tuple[str, str, str]]:
    """The period's key figures, each as (figure, what it counts, detail): the glance's tiles, the cover's box."""
    data, words = story.data, story.words
    g = data.glance
    budget = g.budgets[0] if g.budgets else None
    trained_women = words.percent(g.trained_female / g.trained * 100) if g.trained else ""
    return {
        "committees": (
            words.number(g.committees_active),
            words.n("committee active", "committees active", g.committees_active),
            words.n("of {n} recorded", "of {n} recorded", g.committees),
        ),
        "meetings": (
            words.number(g.meetings),
            words.n("meeting held", "meetings held", g.meetings),
            words.t("in the period"),
        ),
        "decisions": (
            words.number(g.decisions_open),
            words.n("decision open", "decisions open", g.decisions_open),
            words.n("{n} closed", "{n} closed", g.decisions_closed),
        ),
        "policies": (
            words.number(sum(g.policies.values())),
            words.n("policy instrument", "policy instruments", sum(g.policies.values())),
            ", ".join(f"{words.number(n)} {words.code(s).lower()}" for s, n in list(g.policies.items())[:3]),
        ),
        "activities": (
            words.percent(g.average_progress) if g.average_progress is not None else "—",
            words.t("work-plan progress"),
            words.n("average of {n} activity", "average of {n} activities", g.activities),
        ),
        "budget": (
            words.percent(budget.execution) if budget and budget.execution is not None else "—",
            words.t("budget executed"),
            words.t(
                "{spent} of {planned}",
                spent=words.money(budget.spent, budget.currency),
                planned=words.money(budget.planned, budget.currency),
            )
            if budget
            else "",
        ),
        "indicators": (
            words.number(g.indicators["on_track"]),
            words.n(
                "indicator on track ({period})",
                "indicators on track ({period})",
                g.indicators["on_track"],
                period=judged_on(story),
            )
            if g.indicator_years
            else words.n("indicator on track", "indicators on track", g.indicators["on_track"]),
            words.t(
                "{off} off track, {none} without data",
                off=words.number(g.indicators["off_track"]),
                none=words.number(g.indicators["no_data"]),
            ),
        ),
        "trained": (
            words.number(g.trained),
            words.n("person trained", "people trained", g.trained),
            words.t("{share} women", share=trained_women) if trained_women else "",
        ),
    }


def judged_on(story: Story) -> str:
    """Which actuals "on track" was judged on, e.g. "latest actual, 2025" (``db.services.progress``)."""
    return story.words.t("latest actual, {years}", years=years_text(story.data.glance.indicator_years))


def glance(story: Story) -> None:
    data, words = story.data, story.words
    g = data.glance
    story.heading(words.t("At a glance"), 0)
    story.note(
        words.t(
            "Figures for {country}, {start} to {end}.",
            country=words.country(data.country),
            start=words.date(data.start),
            end=words.date(data.end),
        )
    )
    story.add(_tiles(list(key_figures(story).values())), Spacer(1, 14))
    if not any(
        (
            g.committees,
            g.meetings,
            g.policies,
            g.activities,
            g.trainings,
            data.knowledge,
            data.practices,
            data.stakeholders,
        )
    ):
        story.text(
            words.t("Nothing has been recorded for {country} in this period yet.", country=words.country(data.country))
        )
        return
    charts = []
    if g.policies:
        charts.append(
            (
                words.t("Policy instruments by status"),
                Bars(
                    [words.code(s) for s in g.policies],
                    [[n] for n in g.policies.values()],
                    [Series("", ACCENT)],
                    width=FRAME_WIDTH,
                    number=words.number,
                    value_text=[words.number(n) for n in g.policies.values()],
                ),
            )
        )
    if g.activities:
        charts.append(
            (
                words.t("Work-plan activities by status"),
                Bars(
                    [words.code(s) for s in g.activities_by_status],
                    [[n] for n in g.activities_by_status.values()],
                    [Series("", NAVY)],
                    width=FRAME_WIDTH,
                    number=words.number,
                    value_text=[words.number(n) for n in g.activities_by_status.values()],
                ),
            )
        )
    if sum(g.indicators.values()):
        states = ("on_track", "off_track", "no_data")
        charts.append(
            (
                (
                    words.t("Indicators ({period})", period=judged_on(story))
                    if g.indicator_years
                    else words.t("Indicators")
                ),
                Bars(
                    [words.t(_STATE_WORDS[s]) for s in states],
                    [[g.indicators[s]] for s in states],
                    [Series("", NEUTRAL)],
                    width=FRAME_WIDTH,
                    number=words.number,
                    value_text=[words.number(g.indicators[s]) for s in states],
                    colours=[GOOD, BAD, NEUTRAL],
                ),
            )
        )
    if g.trained:
        charts.append(
            (
                words.t("People trained by sex"),
                sex_bars(story, [(words.t("All events"), (g.trained_female, g.trained_male, g.trained_other))]),
            )
        )
    if len(g.budgets) > 1:
        story.note(
            words.t(
                "Budgets in other currencies: {list}.",
                list="; ".join(
                    f"{words.money(b.spent, b.currency)} / {words.money(b.planned, b.currency)}" for b in g.budgets[1:]
                ),
            )
        )
    for title, chart in charts:
        story.add(KeepTogether([para(title, STYLES.h3), chart]))
    if data.programme and data.programme.md_priorities:
        story.subheading(words.t("Migration and development priorities"))
        story.add(*long_text(data.programme.md_priorities, STYLES.body))


_STATE_WORDS = {"on_track": N_("On track"), "off_track": N_("Off track"), "no_data": N_("No data")}


def state_words(state: str) -> str:
    return _STATE_WORDS[state]


def sex_bars(story: Story, rows: list[tuple[str, tuple[int, int, int]]]) -> Bars:
    words = story.words
    series = [Series(words.t("Women"), FEMALE), Series(words.t("Men"), MALE), Series(words.t("Other"), OTHER)]
    texts = []
    for _name, (f, m, o) in rows:
        total = f + m + o
        share = words.percent(f / total * 100) if total else ""
        texts.append(words.t("{total} ({share} women)", total=words.number(total), share=share) if total else "0")
    return Bars(
        [r[0] for r in rows],
        [list(r[1]) for r in rows],
        series,
        width=FRAME_WIDTH,
        value_text=texts,
        number=words.number,
    )


def _tiles(tiles: list[tuple[str, str, str]]) -> Table:
    cells = []
    for figure, what, detail in tiles:
        cells.append([label(figure, STYLES.figure), label(what, STYLES.small_bold), label(detail, STYLES.caption)])
    grid = [cells[i : i + 4] for i in range(0, len(cells), 4)]
    table = Table(grid, colWidths=[FRAME_WIDTH / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BASE, 8),  # not the table's default Helvetica, which is not embedded
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 2, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table
