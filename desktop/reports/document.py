"""The page machinery of the overview: styles, page template, contents, page numbers.

The whole document is laid out in **one pass**. Each page is kept (as ReportLab's
canvas state) until the end, when the total is known: only then are the
running header, the "page X of Y" footer and the table of contents drawn onto
the pages already laid out. The contents' entries are known before layout (the
report makes its own headings), so the pages they need are reserved up front
and the page numbers are filled in at the end. ReportLab's usual
``multiBuild`` would lay everything out twice or three times for the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.reports.text import BASE, BOLD, fitted, para

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - 1.0 * cm  # room for the header and the footer

NAVY = colors.HexColor("#1F3A5F")
ACCENT = colors.HexColor("#2A7F9E")
LIGHT = colors.HexColor("#E8EEF4")
ZEBRA = colors.HexColor("#F5F7FA")
RULE = colors.HexColor("#B8C4D0")
MUTED = colors.HexColor("#5F6B78")
GOOD = colors.HexColor("#2E7D32")
BAD = colors.HexColor("#C62828")
NEUTRAL = colors.HexColor("#9E9E9E")
FEMALE = colors.HexColor("#8E4D9E")
MALE = colors.HexColor("#2A7F9E")
OTHER = colors.HexColor("#E0A030")

TOC_LINE = 17  # points per contents line
TOC_LINES_PER_PAGE = int((FRAME_HEIGHT - 60) // TOC_LINE)


def _style(name: str, **values: Any) -> ParagraphStyle:
    values.setdefault("fontName", BASE)
    return ParagraphStyle(name, **values)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle = field(default_factory=lambda: _style("body", fontSize=9.5, leading=13.5, spaceAfter=5))
    small: ParagraphStyle = field(default_factory=lambda: _style("small", fontSize=8, leading=10))
    small_bold: ParagraphStyle = field(
        default_factory=lambda: _style("small_bold", fontName=BASE + BOLD, fontSize=8, leading=10)
    )
    header: ParagraphStyle = field(
        default_factory=lambda: _style("header", fontName=BASE + BOLD, fontSize=8, leading=10, textColor=colors.white)
    )
    muted: ParagraphStyle = field(
        default_factory=lambda: _style("muted", fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=4)
    )
    h1: ParagraphStyle = field(
        default_factory=lambda: _style(
            "h1", fontName=BASE + BOLD, fontSize=19, leading=24, textColor=NAVY, spaceAfter=10
        )
    )
    h2: ParagraphStyle = field(
        default_factory=lambda: _style(
            "h2",
            fontName=BASE + BOLD,
            fontSize=13,
            leading=17,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        )
    )
    h3: ParagraphStyle = field(
        default_factory=lambda: _style(
            "h3",
            fontName=BASE + BOLD,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        )
    )
    figure: ParagraphStyle = field(
        default_factory=lambda: _style(
            "figure", fontName=BASE + BOLD, fontSize=20, leading=24, textColor=NAVY, alignment=TA_LEFT
        )
    )
    caption: ParagraphStyle = field(default_factory=lambda: _style("caption", fontSize=8, leading=10, textColor=MUTED))
    cover_title: ParagraphStyle = field(
        default_factory=lambda: _style(
            "cover_title", fontName=BASE + BOLD, fontSize=34, leading=40, textColor=NAVY, spaceAfter=10
        )
    )
    cover_sub: ParagraphStyle = field(
        default_factory=lambda: _style("cover_sub", fontSize=15, leading=20, textColor=ACCENT, spaceAfter=6)
    )
    centre: ParagraphStyle = field(
        default_factory=lambda: _style("centre", fontSize=8, leading=10, alignment=TA_CENTER)
    )


STYLES = Styles()


class Heading(Flowable):
    """A section heading that goes into the contents, the PDF's outline and the running header.

    Its text is an ordinary paragraph of user text (``text.para``: shaped and
    ordered like any other); this wrapper only carries what the contents need.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, level: int, key: str) -> None:
        super().__init__()
        self.inner = para(text, style)
        self.style = style
        self.title = text
        self.level = level
        self.key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)


class ContentsPage(Flowable):
    """A reserved page of the table of contents; it is drawn once all page numbers are known."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 1

    def draw(self) -> None:
        cast(DeferredCanvas, self.canv)._contents_page = self.number  # the document's canvas (canvas_maker)


@dataclass
class Book:
    """What the layout learns about the pages, for the pass that draws headers, footers and contents."""

    title: str  # the running header's left side
    footer_left: str
    page_words: Callable[[int, int], str]  # (page, total) -> "Page 3 of 12"
    contents_title: str
    entries: list[tuple[int, str, str]]  # (level, title, key) in document order
    pages: dict[str, int] = field(default_factory=dict)  # heading key -> page number
    tops: dict[str, float] = field(default_factory=dict)  # heading key -> the height of its top on its page
    sections: dict[int, str] = field(default_factory=dict)  # page number -> section title
    total: int = 0


def canvas_maker(book: Book) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or BASE  # never the unembedded Helvetica
        return DeferredCanvas(book, *args, **kwargs)

    return make


class DeferredCanvas(Canvas):
    """Keeps every page until ``save`` so that the last pass can draw what needs the total."""

    def __init__(self, book: Book, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.book = book
        self._kept: list[dict[str, Any]] = []
        self._contents_page: int | None = None

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._kept.append(dict(self.__dict__))
        self._contents_page = None
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's private method, left out of its stubs

    def save(self) -> None:
        """Draw what needed the total onto each kept page, then write them.

        A page's destinations (bookmarks, contents links) are made here, as the
        page is written: ReportLab points a destination at the page being
        written, which during layout was always the first. The annotation
        counter runs on across pages (restoring each page's state would reuse
        its link names: "redefining named object").
        """
        total = len(self._kept)
        self.book.total = total
        on_page: dict[int, list[str]] = {}
        for key, page in self.book.pages.items():
            on_page.setdefault(page, []).append(key)
        annotations = 0
        for number, state in enumerate(self._kept, start=1):
            self.__dict__.update(state)
            self._annotationCount: int = max(annotations, state.get("_annotationCount", 0))
            for key in on_page.get(number, ()):
                self.bookmarkPage(key, fit="XYZ", top=self.book.tops.get(key))
            if number > 1:
                self._draw_header_footer(number, total)
            if state.get("_contents_page") is not None:
                self._draw_contents(state["_contents_page"])
            annotations = self._annotationCount
            super().showPage()
        super().save()

    def _draw_header_footer(self, number: int, total: int) -> None:
        book = self.book
        self.saveState()
        top = PAGE_HEIGHT - MARGIN + 0.35 * cm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, top - 4, PAGE_WIDTH - MARGIN, top - 4)
        self.setFillColor(MUTED)
        self.setFont(BASE, 7.5)
        self.drawString(MARGIN, top, book.title)
        section = book.sections.get(number, "")
        if section:
            shown = fitted(section, _RIGHT_HEADER, FRAME_WIDTH / 2)
            shown.wrap(FRAME_WIDTH / 2, 20)
            shown.drawOn(self, PAGE_WIDTH - MARGIN - FRAME_WIDTH / 2, top - 2)
        bottom = MARGIN - 0.6 * cm
        self.line(MARGIN, bottom + 10, PAGE_WIDTH - MARGIN, bottom + 10)
        self.drawString(MARGIN, bottom, book.footer_left)
        self.drawRightString(PAGE_WIDTH - MARGIN, bottom, book.page_words(number, total))
        self.restoreState()

    def _draw_contents(self, sheet: int) -> None:
        book = self.book
        first = sheet * TOC_LINES_PER_PAGE
        lines = book.entries[first : first + TOC_LINES_PER_PAGE]
        y = PAGE_HEIGHT - MARGIN - 0.6 * cm
        if sheet == 0:
            self.setFillColor(NAVY)
            self.setFont(BASE + BOLD, 19)
            self.drawString(MARGIN, y - 19, book.contents_title)
            y -= 50
        for level, title, key in lines:
            page = book.pages.get(key)
            if page is None:
                continue
            indent = 14 * level
            style = _TOC_STYLES[min(level, 1)]
            width = FRAME_WIDTH - indent - 40
            shown = fitted(title, style, width * 0.92, mirror=False)
            shown.wrap(width * 0.92, TOC_LINE * 2)
            shown.drawOn(self, MARGIN + indent, y - TOC_LINE + 4)
            self.setFont(style.fontName, style.fontSize)
            self.setFillColor(style.textColor)
            self.drawRightString(PAGE_WIDTH - MARGIN, y - TOC_LINE + 6, str(page))
            self.linkRect("", key, (MARGIN, y - TOC_LINE + 2, PAGE_WIDTH - MARGIN, y), relative=0, thickness=0)
            y -= TOC_LINE


_RIGHT_HEADER = _style("running", fontSize=7.5, leading=9, textColor=MUTED, alignment=2)
_TOC_STYLES = (
    _style("toc0", fontName=BASE + BOLD, fontSize=10.5, leading=13, textColor=NAVY, maxLineLength=1),
    _style("toc1", fontSize=9, leading=12, textColor=colors.black),
)


class OverviewDocument(BaseDocTemplate):
    """A4 pages with a cover; headings feed the contents, the outline and the running header."""

    def __init__(self, out: BinaryIO, book: Book, *, title: str, author: str, subject: str) -> None:
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 0.5 * cm,
            bottomMargin=MARGIN + 0.5 * cm,
            title=title,
            author=author,
            subject=subject,
            creator="Mainstream",
            lang=None,
        )
        self.book = book
        self._section = ""
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._page_end)])

    def _page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.book.sections[canvas.getPageNumber()] = self._section

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if isinstance(flowable, Heading):
            page = self.canv.getPageNumber()
            self.book.pages[flowable.key] = page
            bottom = float(getattr(self.frame, "_y", 0))  # where the frame has got to, just below the heading
            self.book.tops[flowable.key] = bottom + flowable.height + flowable.getSpaceBefore() + 4
            self.canv.addOutlineEntry(flowable.title, flowable.key, level=flowable.level, closed=flowable.level > 0)
            if flowable.level == 0:
                self._section = flowable.title
