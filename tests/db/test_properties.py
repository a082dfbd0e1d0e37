"""Property: any text a person can type survives create → dump → load → get.

Services trim whitespace around text and turn empty text into "no value";
nothing else about the text may change (no normalisation, no escaping, no lost
joiners, marks or emoji)."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from db.services import Actor, create, dump, get, load, parse_dump
from db.store import Store

#: Any Unicode text except lone surrogates (not encodable) and NUL (refused on purpose).
typed_text = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))


def _expected(text: str) -> str | None:
    return text.strip() or None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=typed_text.filter(lambda t: 0 < len(t.strip()) <= 500), summary=typed_text)
@example(title="\u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf\u0dc0", summary="وزارة الشؤون الخارجية 🌍")
@example(title=" \u200b zero-width space\u200b ", summary="\t\n  ")
@example(title="e\u0301 vs \u00e9 \ufeff\u2028\u2029\x7f\x1f", summary='"quotes" \\ backslash \r\n line')
def test_any_text_survives_create_dump_load_get(empty_database: Path, title: str, summary: str) -> None:
    assume(_expected(title) is not None)
    with tempfile.TemporaryDirectory() as folder:
        source_path, target_path = Path(folder, "source.db"), Path(folder, "target.db")
        shutil.copyfile(empty_database, source_path)
        shutil.copyfile(empty_database, target_path)
        source, target = Store.open(source_path), Store.open(target_path)
        try:
            actor = Actor("Hypothesis", source.device_id())
            with source.session() as session:
                record = create(
                    session, actor, "good_practice", {"title": title, "summary": summary, "theme": "policy_coherence"}
                )
            out = io.StringIO()
            with source.session() as session:
                dump(session, out)
            with target.session() as session:
                load(session, actor, parse_dump(out.getvalue().encode("utf-8")))
            with target.session() as session:
                stored = get(session, "good_practice", record)
            again = io.StringIO()
            with target.session() as session:
                dump(session, again)
        finally:
            source.close()
            target.close()
    assert stored is not None
    assert stored["title"] == _expected(title)
    assert stored["summary"] == _expected(summary)
    assert again.getvalue() == out.getvalue()
