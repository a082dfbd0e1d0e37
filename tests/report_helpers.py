"""Reading a generated PDF back (pypdf), for the report tests and the GUI's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pypdf import PdfReader

from desktop.reports import ReportResult


@dataclass
class Pdf:
    result: ReportResult
    reader: PdfReader
    pages: list[str]  # the text of each page

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def body(self, country: str) -> str:
        """The text of all pages without their running header and footer, so text that runs on reads whole.

        The header and footer are drawn last on each page, so they come last in its text, from the line
        that starts with the country's name and a middle dot.
        """
        kept = []
        for page in self.pages:
            at = page.rfind(f"\n{country} · ")
            kept.append(page[:at] if at >= 0 else page)
        return squash(" ".join(kept))

    def page_of(self, needle: str, *, after: int = 0) -> int:
        """The number (from 1) of the first page from ``after`` holding ``needle``."""
        for number, page in enumerate(self.pages, start=1):
            if number > after and needle in squash(page):
                return number
        raise AssertionError(f"{needle!r} is on no page")

    def fonts(self) -> dict[str, bool]:
        """Each font the pages use -> whether its file is embedded."""
        found: dict[str, bool] = {}
        for page in self.reader.pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                descriptor = font.get("/FontDescriptor")
                embedded = bool(descriptor) and any(
                    key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                found[str(font["/BaseFont"])] = embedded
        return found


def squash(text: str) -> str:
    """Text as extracted, with runs of white space (line breaks in a cell) made one space."""
    return re.sub(r"\s+", " ", text)
