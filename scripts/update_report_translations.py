"""Bring the PDF report's catalogues (resources/translations/report_<lang>.po) up to date.

Collects every text the report words: the literal first argument of
``.t("…")`` and ``N_("…")`` calls and the literal arguments of
``.header("…", …)`` calls in ``desktop/reports``, the singular and plural of
``.n("…", "…", count)`` calls (one message with its plural forms), plus the English label of
every code in ``db.codes``. Translations already in a catalogue are kept;
code labels still untranslated are taken from the interface's Qt catalogue
(``mainstream_<lang>.ts``, context "codes"), so a status reads the same on
screen and on paper. Texts no longer used are dropped.

    python scripts/update_report_translations.py          # update the .po files
    python scripts/update_report_translations.py --check  # exit 1 if an update would change their messages

The check compares what the catalogues say (each text, its translation, where it
comes from), not their bytes: another Babel writes other header lines.
"""

from __future__ import annotations

import ast
import io
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.reports.labels import code_text  # noqa: E402

LANGUAGES = ("fr", "es")
SOURCES = ROOT / "desktop" / "reports"
CATALOGUES = ROOT / "resources" / "translations"


Text = str | tuple[str, str]  # a text, or a singular and its plural


def report_texts() -> dict[Text, str]:
    """Each text the report code words, with the file it is first written in (for the translator).

    Files only, not line numbers: the catalogues would otherwise be out of date after any edit."""
    found: dict[Text, str] = {}
    for path in sorted(SOURCES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "n" and len(node.args) >= 2:
                singular, plural = node.args[:2]
                if isinstance(singular, ast.Constant) and isinstance(plural, ast.Constant):
                    found.setdefault((str(singular.value), str(plural.value)), str(path.relative_to(ROOT)))
                continue
            if name in ("t", "N_"):
                arguments = node.args[:1]
            elif name == "header":
                arguments = node.args
            else:
                continue
            for argument in arguments:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.setdefault(argument.value, str(path.relative_to(ROOT)))
    return found


def code_texts() -> set[str]:
    from db import codes

    enums = [v for v in vars(codes).values() if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum]
    return {code_text(choice.value) for enum in enums for choice in enum}


def qt_codes(language: str) -> dict[str, str]:
    tree = ET.parse(CATALOGUES / f"mainstream_{language}.ts")
    words: dict[str, str] = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "codes":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                words[message.findtext("source") or ""] = translation.text
    return words


def messages(content: bytes) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """What a catalogue says, message by message, whichever Babel wrote it."""
    return [
        (str(m.id), str(m.string), tuple(sorted(path for path, _line in m.locations)), tuple(m.auto_comments))
        for m in read_po(io.BytesIO(content))
        if m.id
    ]


def updated(language: str, texts: dict[Text, str], codes: set[str]) -> bytes:
    path = CATALOGUES / f"report_{language}.po"
    old: dict[Text, object] = {}
    if path.exists():
        with path.open("rb") as handle:
            old = {_key(m.id): m.string for m in read_po(handle) if m.id}
    from_qt = qt_codes(language)
    catalog = Catalog(locale=language, project="Mainstream report", version="1", fuzzy=False)
    forms = catalog.num_plurals
    for text, where in sorted(texts.items(), key=lambda item: item[0] if isinstance(item[0], str) else item[0][0]):
        kept = old.get(text, "" if isinstance(text, str) else ("",) * forms)
        catalog.add(text, kept, locations=[(where, None)])  # type: ignore[arg-type]
    for text in sorted(codes - texts.keys()):
        catalog.add(text, old.get(text) or from_qt.get(text, ""), auto_comments=["a code-list label"])
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, no_location=False, sort_output=False)
    lines = [line for line in out.getvalue().split(b"\n") if not line.startswith(b'"POT-Creation-Date')]
    return b"\n".join(lines)


def _key(message_id: object) -> Text:
    if isinstance(message_id, tuple | list):
        return (str(message_id[0]), str(message_id[1]))
    return str(message_id)


def main(argv: list[str]) -> int:
    texts, codes = report_texts(), code_texts()
    stale = []
    for language in LANGUAGES:
        path = CATALOGUES / f"report_{language}.po"
        content = updated(language, texts, codes)
        if path.exists() and messages(path.read_bytes()) == messages(content):
            continue
        stale.append(path.name)
        if "--check" not in argv:
            path.write_bytes(content)
    if "--check" in argv and stale:
        print(f"out of date: {', '.join(stale)} (run python scripts/update_report_translations.py)")
        return 1
    print(f"{len(texts)} report texts and {len(codes)} code labels; updated: {', '.join(stale) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
