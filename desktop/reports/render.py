"""Lay out an ``Overview`` as the PDF country overview."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak, Spacer
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from db.services.overview_data import Overview
from desktop.reports import ProgressCallback, ReportRequest
from desktop.reports.document import TOC_LINES_PER_PAGE, Book, ContentsPage, OverviewDocument, canvas_maker
from desktop.reports.front import PROGRAMME, cover, glance
from desktop.reports.governance import coordination, policies
from desktop.reports.labels import LANGUAGE, Labels
from desktop.reports.plan import capacity, evidence, results, stakeholders, work_plan
from desktop.reports.story import Story
from desktop.reports.text import register_fonts

SECTION_BUILDERS = {
    "coordination": coordination,
    "policies": policies,
    "work_plan": work_plan,
    "results": results,
    "capacity": capacity,
    "evidence": evidence,
    "stakeholders": stakeholders,
}


def render(data: Overview, request: ReportRequest, out: BinaryIO, *, progress: ProgressCallback) -> int:
    """Write the PDF to ``out``; returns the number of pages."""
    language = LANGUAGE.set(request.language)  # flags are named in the report's language
    try:
        return _render(data, request, out, progress=progress)
    finally:
        LANGUAGE.reset(language)


def section_break(flowables: list[Flowable]) -> None:
    """End the section so far and start the next on a new page, never leaving a blank page between them.

    Space at the end of a section (after its last table) that did not fit on
    the section's last page would begin a page of its own, which the break
    then ended: a blank page. It is dropped; and the break does nothing on a
    page that has nothing on it yet.
    """
    while flowables and isinstance(flowables[-1], Spacer):
        flowables.pop()
    flowables.append(PageBreakIfNotEmpty())


def _render(data: Overview, request: ReportRequest, out: BinaryIO, *, progress: ProgressCallback) -> int:
    register_fonts()
    words = Labels(request.language)
    body = Story(words, data)
    glance(body)
    for key, build in SECTION_BUILDERS.items():
        if key in request.sections:
            section_break(body.flowables)
            start = len(body.flowables) - 1
            build(body)
            if len(body.flowables) == start + 1:
                body.flowables.pop()  # the section had nothing to show: no empty page
    front = Story(words, data)
    cover(front, logo=request.logo)
    contents_pages = -(-len(body.entries) // TOC_LINES_PER_PAGE)
    for number in range(contents_pages):
        front.add(PageBreak(), ContentsPage(number))
    front.add(PageBreak())
    flowables: list[Flowable] = [*front.flowables, *body.flowables]

    country = words.country(data.country)
    period = f"{words.date(data.start)} – {words.date(data.end)}"
    book = Book(
        title=f"{country} · {words.t('Country overview')} · {period}",
        footer_left=words.t("Data version {version}", version=data.data_version),
        page_words=lambda page, total: words.t("Page {page} of {total}", page=page, total=total),
        contents_title=words.t("Contents"),
        entries=body.entries,
    )
    document = OverviewDocument(
        out,
        book,
        title=f"{country}: {words.t('Country overview')} ({period})",
        author=words.t("IOM – UNDP joint programme"),
        subject=words.t(PROGRAMME),
    )
    total = len(flowables)

    def laid_out(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            progress(value, total, "layout")

    document.setProgressCallBack(laid_out)
    document.build(flowables, canvasmaker=canvas_maker(book))
    return book.total
