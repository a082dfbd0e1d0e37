"""Files linked to records (minutes, adopted policy texts, attendance sheets).

The bytes live once per SHA-256 in ``attachment_content`` so the same file
attached twice, or received twice from another machine, is stored once.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Record, text


class AttachmentContent(Base):
    __tablename__ = "attachment_content"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Record):
    """A file linked to any record; ``record_kind`` names the record's table."""

    __tablename__ = "attachment"
    __table_args__ = {"info": {"global_allowed": True}}

    record_kind: Mapped[str] = mapped_column(String(40), info={"record_kind": True})
    record_id: Mapped[str] = mapped_column(String(36), index=True, info={"record_id": True})
    filename: Mapped[str] = text(required=True)
    media_type: Mapped[str | None] = text()
    description: Mapped[str | None] = text()
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("attachment_content.sha256"), info={"sha256": True})
