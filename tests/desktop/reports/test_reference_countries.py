"""Tunisia in French and Ecuador in Spanish, from the records behind their reference pages (docs/report/)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from report_helpers import squash

from db.services import Actor
from db.services.transfer import load, parse_dump
from db.store import Store

RECORDS = Path(__file__).resolve().parents[3] / "docs" / "report" / "tunisia-ecuador.json"


def _contents_pages(pdf) -> tuple[list[int], list[str]]:
    """The pages the contents page's links open, and the text of the contents page."""
    reader = pdf.reader
    index_of = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    linked = [
        index_of[ref.get_object()["/Dest"][0].idnum]
        for ref in reader.pages[1].get("/Annots", [])
        if ref.get_object().get("/Subtype") == "/Link"
    ]
    return linked, pdf.pages


def test_tunisia_in_french_and_ecuador_in_spanish_render_and_their_names_are_found(demo_store: Store, make_pdf) -> None:
    with demo_store.session() as session:
        load(session, Actor(user="Amel Chebbi", device=demo_store.device_id()), parse_dump(RECORDS.read_bytes()))
    tunisia = make_pdf(demo_store, "TUN", language="fr")
    ecuador = make_pdf(demo_store, "ECU", language="es")
    found = {
        "TUN": unicodedata.normalize("NFC", squash(tunisia.text)),
        "ECU": unicodedata.normalize("NFC", squash(ecuador.text)),
    }
    for name in ("اللجنة الوطنية للهجرة", "ديوان التونسيين بالخارج", "سناء الهمامي", "Comité national de la migration"):
        assert name in found["TUN"]
    for name in ("Verónica Ibáñez Yánez", "María José Peñaherrera", "Joaquín Núñez Ordóñez", "Cañar y Azuay"):
        assert name in found["ECU"]
    for pdf in (tunisia, ecuador):
        linked, pages = _contents_pages(pdf)
        assert linked and all(index > 1 for index in linked)  # past the cover and the contents
    linked, pages = _contents_pages(tunisia)
    committee = next(i for i, text in enumerate(pages) if "Membres par secteur" in text)
    assert committee in linked  # the committee's contents line opens its page


def test_a_status_history_caption_stays_on_the_page_of_its_timeline(demo_store: Store, make_pdf) -> None:
    """Ecuador's second policy printed "Historial de estados" at a page's foot, its timeline overleaf."""
    with demo_store.session() as session:
        load(session, Actor(user="Amel Chebbi", device=demo_store.device_id()), parse_dump(RECORDS.read_bytes()))
    ecuador = make_pdf(demo_store, "ECU", language="es")
    (timeline,) = [text for text in ecuador.pages if "15 mar 2018" in text]  # the Plan Nacional's first step
    assert "Historial de estados" in timeline
