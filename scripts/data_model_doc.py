"""Write docs/data-model.md from the models, so the reference never drifts.

Run: python scripts/data_model_doc.py  (tests/test_docs.py checks it is current)
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer

from db import codes
from db.models import RECORD_MODELS
from db.services.kinds import META_FIELDS

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "data-model.md"

HEADER = """# The data model

Generated from `db/models/` by `scripts/data_model_doc.py`; do not edit by hand.

Every record below is synchronised between machines. Besides the fields listed,
each carries: `id` (a UUID that never changes), `country` (ISO 3166-1 alpha-3;
empty for global records where allowed; an owned record takes its owner's),
`created_at`, `updated_at`, `changed_by_device` and, for the trash and exchange
files, `deleted_at` and `trash_id` (a delete is a tombstone, never a removal).
References name another record by its UUID; a reference must point to a live
record of the same country or a global one. "owner" marks the record a record
belongs to: deleting the owner sends it to the trash too.

Local tables that never travel: `change` (the change log), `setting`
(per-installation values such as the device id) and `attachment_content`
(attachment bytes, once per SHA-256).
"""


def _rule(column: Any) -> str:
    info = column.info
    if "ref" in info:
        return f"reference to `{info['ref']}`" + (" (owner)" if info["owner"] else "")
    if "list_ref" in info:
        return f"list of references to `{info['list_ref']}`"
    if "list_of" in info:
        return f"list of `{info['list_of'].__name__}` codes"
    if "list_pattern" in info:
        return f"list of {info['description']}"
    if "list_range" in info:
        low, high = info["list_range"]
        return f"list of whole numbers {low}–{high}"
    if "choices" in info:
        return f"`{info['choices'].__name__}` code"
    if info.get("record_kind"):
        return "kind of the record the file is attached to"
    if info.get("record_id"):
        return "id of that record"
    if info.get("sha256"):
        return "SHA-256 of the content"
    kind = column.type
    if isinstance(kind, Boolean):
        return "yes/no"
    if isinstance(kind, Date):
        return "date (YYYY-MM-DD)"
    if isinstance(kind, (Integer, Float)):
        low, high = info.get("min"), info.get("max")
        word = "whole number" if isinstance(kind, Integer) else "number"
        if low is not None and high is not None and high <= 100 and low == 0:
            return "percentage 0–100"
        return f"{word}" + (f" from {low:g}" if low is not None else "") + (f" to {high:g}" if high else "")
    if column.name == "currency":
        return "ISO 4217 currency code"
    return "e-mail address" if info.get("email") else f"text (at most {info.get('max_len', 500):,} characters)"


def _code_lists() -> list[str]:
    iati = {
        "InstitutionKind": ("IATI OrganisationType", codes.IATI_ORGANISATION_TYPE),
        "ResultKind": ("IATI ResultType", codes.IATI_RESULT_TYPE),
        "ActivityStatus": ("IATI ActivityStatus", codes.IATI_ACTIVITY_STATUS),
        "Measure": ("IATI IndicatorMeasure", codes.IATI_INDICATOR_MEASURE),
    }
    lines = ["", "## Code lists", ""]
    for name in dir(codes):
        value = getattr(codes, name)
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum:
            mapping = iati.get(name)
            entries = []
            for member in value:
                entry = f"`{member.value}`"
                if mapping:
                    entry += f" ({mapping[0]} {mapping[1][member]})"
                entries.append(entry)
            lines.append(f"- **{name}**: " + ", ".join(entries))
    lines += [
        "",
        f"IOM's IATI organisation identifier is `{codes.IATI_ORGANISATION_ID[codes.Agency.IOM]}`, UNDP's "
        f"`{codes.IATI_ORGANISATION_ID[codes.Agency.UNDP]}`; the programme's DAC sector is "
        f"`{codes.IATI_MIGRATION_SECTOR}` (facilitation of orderly, safe, regular and responsible migration and "
        "mobility) and it serves SDG target 10.7.",
    ]
    return lines


def render() -> str:
    lines = [HEADER]
    for model in RECORD_MODELS:
        table = model.__table__
        doc = " ".join((model.__doc__ or "").split())
        lines += [f"## `{table.name}`", ""]
        if doc:
            lines += [doc, ""]
        if table.info.get("global_allowed"):
            lines += ["May be global (no country).", ""]
        lines += ["| field | required | what it holds |", "| --- | --- | --- |"]
        for column in table.columns:
            if column.name in META_FIELDS or column.name in ("id", "country"):
                continue
            required = "yes" if not column.nullable and "list_of" not in column.info else ""
            lines.append(f"| `{column.name}` | {required} | {_rule(column)} |")
        lines.append("")
    lines += _code_lists()
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
