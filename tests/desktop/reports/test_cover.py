"""The cover: programme, country, period, the key figures in a box, focal points, the logo set in Settings."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from report_helpers import squash

from db.services.settings import Profile, get_profile, save_profile
from db.store import Store


def _logo(path: Path) -> Path:
    Image.new("RGB", (600, 200), (0, 90, 160)).save(path)
    return path


def _set_logo(store: Store, logo: str) -> None:
    with store.session() as session:
        profile = get_profile(session)
        save_profile(session, Profile(profile.user_name, profile.agency, profile.default_country, logo))


def test_the_cover_holds_the_key_figures_and_the_focal_points(demo_store: Store, make_pdf) -> None:
    pdf = make_pdf(demo_store, "PER")
    cover = squash(pdf.pages[0])
    for words in (
        "Mainstreaming Migration into National Development Strategies",
        "Peru",
        "Period: January 1, 2025 to December 31, 2026",
        "Key figures",
        "2 committees active",
        "1 policy instrument",
        "work-plan progress",
        "indicator on track (latest actual, 2025–2026)",
        "IOM focal point",
        "UNDP focal point",
    ):
        assert words in cover, words
    assert not pdf.reader.pages[0].images  # no logo set


def test_the_logo_set_in_settings_is_drawn_on_the_cover_only(demo_store: Store, make_pdf, tmp_path: Path) -> None:
    _set_logo(demo_store, str(_logo(tmp_path / "logo.png")))
    pdf = make_pdf(demo_store, "PER", language="fr")
    assert len(pdf.reader.pages[0].images) == 1
    assert not any(page.images for page in pdf.reader.pages[1:])
    assert "Chiffres clés" in pdf.pages[0]


def test_a_logo_gone_from_its_folder_leaves_the_cover_without_it(demo_store: Store, make_pdf, tmp_path: Path) -> None:
    _set_logo(demo_store, str(tmp_path / "moved away.png"))
    pdf = make_pdf(demo_store, "PER")
    assert not pdf.reader.pages[0].images
    assert "Key figures" in pdf.pages[0]
