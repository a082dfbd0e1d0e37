"""Knowledge products and attached files as IATI ``document-link`` elements.

Records hold no public address for a document, only the file attached: a link's
``url`` is the file's name (a relative address, so the files are published
beside the IATI file). A knowledge product is linked once per file attached to
it, from the work plan of its year; a file attached to a work plan, one of its
results or an activity is linked from that activity. A knowledge product with
no file has nothing to link to and is left out (docs/iati.md).
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import KnowledgeKind
from db.services.kinds import spec_for
from desktop.iati.codelists import codes

#: IATI DocumentCategory codes: what a knowledge product is (A08 results, outcomes and outputs;
#: A07 review of performance and evaluation), and what a file attached to a record is.
PRODUCT_CATEGORY = {
    KnowledgeKind.MIGRATION_PROFILE: "A08",
    KnowledgeKind.STUDY: "A08",
    KnowledgeKind.ASSESSMENT: "A07",
    KnowledgeKind.SURVEY: "A08",
    KnowledgeKind.DATA_SYSTEM: "A08",
}
ATTACHED_CATEGORY = {"work_plan": "A02", "result": "A08", "activity": "A08"}
#: The FileFormat code of a file whose type is not in the list.
ANY_FILE = "application/octet-stream"


@dataclass(frozen=True)
class Document:
    url: str
    format: str
    title: str
    category: str
    description: str | None = None
    day: dt.date | None = None


def file_format(filename: str, media_type: str | None) -> str:
    """The file's IANA media type as IATI's FileFormat list has it: as recorded, else from its name."""
    listed = codes("FileFormat")
    for candidate in ((media_type or "").split(";")[0].strip().lower(), mimetypes.guess_type(filename)[0] or ""):
        if candidate in listed:
            return candidate
    return ANY_FILE


def file_url(filename: str) -> str:
    """The file's name as a relative address: every character outside a URI's own percent-encoded."""
    return quote(filename.strip() or "file", safe="")


def _live(session: Session, kind: str, column: str, values: Iterable[Any]) -> list[dict[str, Any]]:
    table = spec_for(kind).table
    wanted = list(dict.fromkeys(values))
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 500):
        query = select(table).where(table.c[column].in_(wanted[start : start + 500]), table.c.deleted_at.is_(None))
        found.extend(dict(row) for row in session.execute(query).mappings())
    return found


class DocumentLinks:
    """The document links of a country's work plans and activities, read once for the whole file."""

    def __init__(
        self,
        session: Session,
        country: str,
        plans: list[dict[str, Any]],
        results: list[dict[str, Any]],
        activities: list[dict[str, Any]],
    ) -> None:
        self.by_record: dict[str, list[Document]] = defaultdict(list)
        table = spec_for("knowledge_product").table
        query = select(table).where(table.c.country == country, table.c.deleted_at.is_(None)).order_by(table.c.id)
        products = [dict(row) for row in session.execute(query).mappings()] if plans else []
        owners = {
            **{p["id"]: ("knowledge_product", p["id"]) for p in products},
            **{p["id"]: ("work_plan", p["id"]) for p in plans},
            **{r["id"]: ("result", r["work_plan_id"]) for r in results},
            **{a["id"]: ("activity", a["id"]) for a in activities},
        }
        files: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in _live(session, "attachment", "record_id", owners):
            if owners[row["record_id"]][0] == row["record_kind"]:
                files[row["record_id"]].append(row)
        for owner, (kind, target) in owners.items():
            attached = sorted(files.get(owner, []), key=lambda row: (row["filename"], row["id"]))
            if kind != "knowledge_product":
                self.by_record[target].extend(_attached(row, ATTACHED_CATEGORY[kind]) for row in attached)
        for product in products:  # after the plans' own files
            plan = _plan_for(plans, product["issued_on"])
            for row in sorted(files.get(product["id"], []), key=lambda row: (row["filename"], row["id"])):
                self.by_record[plan["id"]].append(
                    Document(
                        file_url(row["filename"]),
                        file_format(row["filename"], row["media_type"]),
                        product["title"],
                        PRODUCT_CATEGORY[KnowledgeKind(product["kind"])],
                        product["summary"] or row["description"],
                        product["issued_on"],
                    )
                )

    def of(self, record_id: str) -> list[Document]:
        """The links of a work plan's or an activity's ``iati-activity``."""
        return self.by_record.get(record_id, [])


def _attached(row: dict[str, Any], category: str) -> Document:
    created = row.get("created_at")
    return Document(
        file_url(row["filename"]),
        file_format(row["filename"], row["media_type"]),
        row["description"] or row["filename"],
        category,
        None,
        created.date() if isinstance(created, dt.datetime) else None,
    )


def _plan_for(plans: list[dict[str, Any]], day: dt.date | None) -> dict[str, Any]:
    """The work plan of the product's year; else the latest one (plans are ordered by their start)."""
    if day is not None:
        for plan in plans:
            if plan["start_year"] <= day.year <= plan["end_year"]:
                return plan
    return plans[-1]
