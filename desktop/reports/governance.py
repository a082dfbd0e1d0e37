"""Coordination (committees, members, meetings, decisions) and policy coherence."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from db.codes import Sector
from db.services.overview_data import CommitteeInfo, MeetingInfo
from desktop.reports.charts import Step, Timeline
from desktop.reports.document import ACCENT, BAD, FRAME_WIDTH, GOOD, MUTED, NAVY, NEUTRAL, STYLES
from desktop.reports.story import Story, cell
from desktop.reports.tables import Row, Rows, Text
from desktop.reports.text import label, para

DECISION_COLOURS = {"open": BAD, "in_progress": ACCENT, "done": GOOD, "dropped": NEUTRAL}
POLICY_COLOURS = {
    "in_drafting": NEUTRAL, "draft": NEUTRAL, "validated": ACCENT, "adopted": NAVY,
    "under_implementation": GOOD, "under_review": ACCENT, "superseded": MUTED,
}  # fmt: skip


def coordination(story: Story) -> None:
    data, words = story.data, story.words
    if not data.committees:
        return
    story.heading(words.t("Coordination"), 0)
    story.note(
        words.t(
            "The committees that coordinate migration and development, their members, and the meetings held "
            "from {start} to {end} with the decisions taken and their follow-up.",
            start=words.date(data.start),
            end=words.date(data.end),
        )
    )
    for committee in data.committees:
        _committee(story, committee)


def _committee(story: Story, committee: CommitteeInfo) -> None:
    words = story.words
    title = f"{committee.name} ({committee.acronym})" if committee.acronym else committee.name
    story.heading(title, 1)
    story.facts(
        [
            (words.t("Type"), words.code(committee.kind)),
            (words.t("Status"), words.code(committee.status)),
            (words.t("Legal basis"), committee.legal_basis),
            (words.t("Established"), words.date(committee.established_on, style="long")),
            (words.t("Lead institution"), committee.lead),
            (words.t("Part of"), committee.parent),
        ]
    )
    if committee.mandate:
        story.subheading(words.t("Mandate"))
        story.text(committee.mandate)
    if committee.members:
        story.subheading(words.t("Members by sector ({n})", n=words.number(len(committee.members))))
        story.add(_members(story, committee))
    story.subheading(words.t("Meetings in the period ({n})", n=words.number(len(committee.meetings))))
    if not committee.meetings:
        story.note(words.t("No meeting was held in the period."))
    for meeting in committee.meetings:
        _meeting(story, meeting)


def _members(story: Story, committee: CommitteeInfo) -> Rows:
    words = story.words
    order = {s.value: n for n, s in enumerate(Sector)}
    by_sector = sorted(committee.members, key=lambda m: (order.get(m.sector or "", 98), m.institution.casefold()))
    rows: list[Row] = []
    current: str | None = "-"
    for member in by_sector:
        if member.sector != current:
            current = member.sector
            rows.append(
                Row([cell(words.code(current) if current else words.t("Sector not given"), bold=True)], group=True)
            )
        name = f"{member.institution} ({member.acronym})" if member.acronym else member.institution
        rows.append(Row([cell(name), cell(words.code(member.role)), cell(member.representative)]))
    header = story.header("Institution", "Role", "Representative")
    return Rows(header, rows, [FRAME_WIDTH * 0.5, FRAME_WIDTH * 0.18, FRAME_WIDTH * 0.32])


def _meeting(story: Story, meeting: MeetingInfo) -> None:
    words = story.words
    where = words.t("online") if meeting.online and not meeting.place else meeting.place
    if meeting.online and meeting.place:
        where = words.t("{place} and online", place=meeting.place)
    title = words.date(meeting.held_on, style="long") + (f" — {where}" if where else "")
    story.add(para(title, STYLES.h3))
    story.facts(
        [
            (words.t("Agenda"), meeting.agenda),
            (words.t("Summary of the minutes"), meeting.minutes_summary),
            (words.t("Present"), ", ".join(meeting.present)),
        ]
    )
    if meeting.decisions:
        header = story.header("Decision", "Responsible", "Due", "Status", "Follow-up")
        rows = [
            Row(
                [
                    cell(d.text),
                    cell(d.responsible),
                    cell(words.date(d.due_on)),
                    _status(words.code(d.status), DECISION_COLOURS.get(d.status, NEUTRAL)),
                    cell(d.follow_up),
                ]
            )
            for d in meeting.decisions
        ]
        widths = [0.34, 0.2, 0.12, 0.1, 0.24]
        story.add(Rows(header, rows, [FRAME_WIDTH * w for w in widths]), Spacer(1, 6))


def _status(text: str, colour: object) -> Text:
    return cell(text, bold=True, colour=colour)


def policies(story: Story) -> None:
    data, words = story.data, story.words
    if not data.policies:
        return
    story.heading(words.t("Policy coherence"), 0)
    story.note(words.t("National migration policies and frameworks, and where each stands."))
    header = story.header("Policy instrument", "Kind", "Status", "Lead", "Since")
    rows = [
        Row(
            [
                cell(p.title, bold=True),
                cell(words.code(p.kind)),
                _status(words.code(p.status), POLICY_COLOURS.get(p.status, NEUTRAL)),
                cell(p.lead),
                cell(words.date(p.history[-1].changed_on) if p.history else ""),
            ]
        )
        for p in data.policies
    ]
    story.add(Rows(header, rows, [FRAME_WIDTH * w for w in (0.36, 0.12, 0.16, 0.24, 0.12)]), Spacer(1, 8))
    for policy in data.policies:
        story.heading(policy.title, 1)
        story.facts(
            [
                (words.t("Kind"), words.code(policy.kind)),
                (words.t("Status"), words.code(policy.status)),
                (words.t("Lead institution"), policy.lead),
                (words.t("Legal reference"), policy.legal_reference),
                (words.t("Sectors"), words.codes(policy.sectors)),
                (words.t("Themes"), words.codes(policy.themes)),
                (words.t("SDG targets"), ", ".join(policy.sdg_targets)),
                (words.t("Global Compact objectives"), ", ".join(str(n) for n in policy.gcm_objectives)),
            ]
        )
        if policy.summary:
            story.text(policy.summary)
        if policy.history:
            steps = [
                Step(s.changed_on, words.code(s.status), POLICY_COLOURS.get(s.status, NEUTRAL)) for s in policy.history
            ]
            timeline = Timeline(
                steps,
                width=FRAME_WIDTH,
                end=min(data.end, data.issued_on),
                dates=[words.date(s.changed_on) for s in policy.history],
            )
            # the caption goes overleaf with its timeline rather than alone at a page's foot
            story.add(KeepTogether([label(words.t("Status history"), STYLES.caption), timeline]))
            notes = [(words.date(s.changed_on), s.note) for s in policy.history if s.note]
            if notes:
                story.facts(notes)
