"""Bookmarks and contents entries open the page of their heading, however long the contents."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination
from report_helpers import Pdf

from db.services import Actor, create
from db.store import Store

COMMITTEES = 45


@pytest.fixture
def many_committees(store: Store) -> Store:
    actor = Actor("Kamal Ben Salah", store.device_id())
    with store.session() as session:
        for number in range(1, COMMITTEES + 1):
            name = f"Comité régional de la migration n° {number:02d}"
            if number % 3 == 0:
                name = f"اللجنة الجهوية للهجرة رقم {number:02d}"
            create(
                session,
                actor,
                "committee",
                {
                    "country": "TUN",
                    "name": name,
                    "kind": "technical_working_group",
                    "status": "active",
                    "mandate": "Suivi de la stratégie nationale migratoire. " * 12,
                },
            )
    return store


def _outline(reader: PdfReader) -> list[Destination]:
    found: list[Destination] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append(item)

    walk(reader.outline)
    return found


def _heading_page(pdf: Pdf, title: str, contents_pages: int) -> int:
    """The index (from 0) of the page after the contents that shows ``title``.

    Spaces are left out of the comparison: pypdf, which orders text by a rule of
    thumb rather than by position, moves the space between an Arabic word and
    the digits after it.
    """
    wanted = "".join(title.split())
    for index, page in enumerate(pdf.pages):
        if index > contents_pages and wanted in "".join(page.split()):
            return index
    raise AssertionError(f"{title!r} is on no page")


def test_a_contents_list_of_any_length_and_every_entry_opens_its_page(many_committees: Store, make_pdf) -> None:
    pdf = make_pdf(many_committees, "TUN", language="fr", period=(date(2025, 1, 1), date(2026, 12, 31)))
    reader = pdf.reader
    entries = _outline(reader)
    assert len(entries) > COMMITTEES  # the sections and every committee
    contents_pages = sum(1 for page in pdf.pages if "Table des matières" in page[:200] or "n° " in page[:120])
    assert contents_pages >= 1
    pages = {reader.get_destination_page_number(entry) for entry in entries}
    assert len(pages) > 10  # not all on the cover
    for entry in entries:
        if "Comité régional" in entry.title or "اللجنة الجهوية" in entry.title:
            assert reader.get_destination_page_number(entry) == _heading_page(pdf, entry.title, 2), entry.title


def test_contents_links_point_at_the_page_of_their_heading(many_committees: Store, make_pdf) -> None:
    pdf = make_pdf(many_committees, "TUN", language="fr", period=(date(2025, 1, 1), date(2026, 12, 31)))
    reader = pdf.reader
    index_of = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    linked: list[int] = []
    for page in reader.pages[1:4]:
        for ref in page.get("/Annots", []):
            annotation = ref.get_object()
            if annotation.get("/Subtype") == "/Link":
                linked.append(index_of[annotation["/Dest"][0].idnum])
    outline = [reader.get_destination_page_number(entry) for entry in _outline(reader)]
    assert len(linked) == len(outline) > COMMITTEES  # a second (and third) contents page works too
    assert linked == outline  # each line of the contents opens the page its bookmark opens
    assert outline == sorted(outline) and outline[0] > 1  # in document order, after the cover and the contents
