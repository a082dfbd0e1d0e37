"""Attaching files to records. The bytes are stored once per SHA-256."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models import Attachment, AttachmentContent
from db.services.changelog import Actor
from db.services.records import create

#: A single attachment larger than this belongs on a shared drive, not in the database.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def attach(
    session: Session,
    actor: Actor,
    kind: str,
    record_id: str,
    filename: str,
    data: bytes,
    media_type: str | None = None,
    description: str | None = None,
) -> str:
    """Attach ``data`` to a record; returns the attachment's id."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError.single(
            "attachment", None, "content", f"is {len(data):,} bytes; at most {MAX_ATTACHMENT_BYTES:,} are allowed"
        )
    digest = hashlib.sha256(data).hexdigest()
    values = {
        "record_kind": kind,
        "record_id": record_id,
        "filename": filename,
        "media_type": media_type,
        "description": description,
        "sha256": digest,
    }
    # A savepoint, so the stored bytes go away again if the record is refused.
    with session.begin_nested():
        if session.get(AttachmentContent, digest) is None:
            session.add(AttachmentContent(sha256=digest, size=len(data), data=data))
            session.flush()
        return create(session, actor, "attachment", values)


def content(session: Session, digest: str) -> bytes | None:
    return session.scalar(select(AttachmentContent.data).where(AttachmentContent.sha256 == digest))


def attachments_of(session: Session, kind: str, record_id: str) -> list[dict[str, Any]]:
    """The live files attached to one record, oldest first, each with its size
    (read from the stored content, so the list never loads the bytes)."""
    query = (
        select(
            Attachment.id,
            Attachment.filename,
            Attachment.media_type,
            Attachment.description,
            Attachment.sha256,
            Attachment.created_at,
            AttachmentContent.size,
        )
        .join(AttachmentContent, AttachmentContent.sha256 == Attachment.sha256)
        .where(
            Attachment.record_kind == kind,
            Attachment.record_id == record_id,
            Attachment.deleted_at.is_(None),
        )
        .order_by(Attachment.created_at, Attachment.filename, Attachment.id)
    )
    return [dict(row) for row in session.execute(query).mappings()]


def held_contents(session: Session, digests: set[str]) -> set[str]:
    """Which of ``digests`` (SHA-256 of attached files) the database holds the bytes of."""
    held: set[str] = set()
    listed = sorted(digests)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        held.update(session.scalars(select(AttachmentContent.sha256).where(AttachmentContent.sha256.in_(chunk))))
    return held
