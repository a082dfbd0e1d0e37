"""Every live record as canonical JSON, and the same shape read back.

Canonical means: kinds in dependency order, records sorted by id, keys sorted,
one record per line, no insignificant spaces, text as UTF-8 (never escaped).
So two databases holding the same records give byte-identical dumps, and
``dump | load`` into an empty database and ``dump`` again gives the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterator, Mapping
from typing import Any, TextIO

import orjson
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models import AttachmentContent
from db.services.changelog import Actor, jsonable
from db.services.kinds import kind_names, spec_for
from db.services.records import WriteSummary, write_records

FORMAT = "mainstream-dump"
VERSION = 1
#: The key that carries an attachment's bytes in a dump.
CONTENT_KEY = "content_base64"


def _encode(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=jsonable)


def live_records(session: Session, kind: str, country: str | None = None) -> Iterator[dict[str, Any]]:
    """The live records of one kind, sorted by id, as JSON-ready dicts."""
    spec = spec_for(kind)
    table = spec.table
    query = select(*(table.c[name] for name in spec.fields)).where(table.c.deleted_at.is_(None))
    if country is not None:
        query = query.where(or_(table.c.country == country, table.c.country.is_(None)))
    for row in session.execute(query.order_by(table.c.id)).mappings():
        yield dict(row)


def dump(session: Session, out: TextIO, country: str | None = None) -> int:
    """Write every live record (of ``country`` and global ones, if given) to ``out``."""
    count = 0
    out.write(f'{{"format":"{FORMAT}","version":{VERSION},"records":{{')
    for position, kind in enumerate(kind_names()):
        out.write(("," if position else "") + f'\n"{kind}":[')
        for index, record in enumerate(live_records(session, kind, country)):
            if kind == "attachment":
                data = session.scalar(
                    select(AttachmentContent.data).where(AttachmentContent.sha256 == record["sha256"])
                )
                record[CONTENT_KEY] = base64.b64encode(data or b"").decode("ascii")
            out.write(("," if index else "") + "\n" + _encode(record))
            count += 1
        out.write("]")
    out.write("\n}}\n")
    return count


def _bad(reason: str) -> ValidationError:
    return ValidationError.single("file", None, None, reason)


def parse_dump(text: str | bytes) -> dict[str, list[dict[str, Any]]]:
    """Parse and check the outer shape of a dump; returns its records by kind."""
    try:
        if isinstance(text, bytes):
            text.decode("utf-8")  # orjson's own message for bad UTF-8 names no position
        data = orjson.loads(text)
    except UnicodeDecodeError as exc:
        raise _bad(f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise _bad(f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad(f'is not a Mainstream dump (no "format": "{FORMAT}")')
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        raise _bad(f"is a dump of version {version!r}; this Mainstream reads version {VERSION}")
    records = data.get("records")
    if not isinstance(records, dict):
        raise _bad('has no "records" object')
    known = set(kind_names())
    for kind, rows in records.items():
        if kind not in known:
            raise ValidationError.single(kind, None, None, "is not a kind of record")
        if not isinstance(rows, list):
            raise ValidationError.single(kind, None, None, "must be a list of records")
    return records


def load(session: Session, actor: Actor, records: Mapping[str, list[dict[str, Any]]]) -> WriteSummary:
    """Create or update the records of a parsed dump, all or nothing."""
    contents: dict[str, bytes] = {}
    batch: dict[str, list[dict[str, Any]]] = dict(records)
    if "attachment" in batch:
        batch["attachment"] = [_take_content(row, contents) for row in batch["attachment"]]
    return write_records(session, actor, batch, mode="upsert", contents=contents)


def _take_content(row: Any, contents: dict[str, bytes]) -> Any:
    if not isinstance(row, dict) or CONTENT_KEY not in row:
        return row
    row = dict(row)
    encoded = row.pop(CONTENT_KEY)
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, TypeError, ValueError):
        raise ValidationError.single("attachment", row.get("id"), CONTENT_KEY, "is not valid base64") from None
    digest = hashlib.sha256(data).hexdigest()
    if row.get("sha256") != digest:
        raise ValidationError.single(
            "attachment", row.get("id"), "sha256", "does not match the attached content (damaged or altered)"
        )
    contents[digest] = data
    return row
