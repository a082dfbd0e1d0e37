"""What exchanging files with other installations keeps locally.

Neither table travels: each installation has its own view of its partners and
of the conflicts it has seen (the conflicts themselves follow from the change
log, so every installation holding the same changes lists the same ones).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class Partner(Base):
    """An installation whose exchange files this one has accepted."""

    __tablename__ = "partner"

    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: The person named in its latest file.
    name: Mapped[str] = mapped_column(String(200))
    #: Its Ed25519 public key, hex; a file claiming this device with another key is refused.
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    trusted_at: Mapped[datetime] = mapped_column(DateTime)
    #: What it held when it wrote its latest file: {country or "": {device: changed_at}}.
    knows: Mapped[dict[str, Any]] = mapped_column(JSON)
    last_import_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_export_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: The countries whose records its files may change (ISO codes, sorted); None: every country
    #: (headquarters). Records of no country are anyone's to change.
    countries: Mapped[list[str] | None] = mapped_column(JSON)
    #: When the user stopped trusting it: its files are refused until it is trusted again.
    distrusted_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: Whose records it accepts from this installation, as its latest file said: {"countries": [...]}
    #: or {"countries": None} (every country); None when it did not say. Exports for it keep to them.
    accepts: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Conflict(Base):
    """A field two people changed without knowing of each other's change."""

    __tablename__ = "conflict"

    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    #: Every competing value, the winner first: [{value, user, device, changed_at}].
    versions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    detected_at: Mapped[datetime] = mapped_column(DateTime)


class ChangeSignature(Base):
    """An author's signature of one of its operations: every change it logged with one stamp.

    The signature covers the SHA-256 of each change's content (``db.services.authorship``), so a
    relayed change cannot be altered or made up in its author's name. ``digests`` holds the digest of
    every change of the operation, those this installation does not hold included (a file cut by
    country carries only some of them), so that the operation can be relayed and checked again.
    """

    __tablename__ = "change_signature"

    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: The stamp as it travels ("2026-01-01 00:00:00.000000").
    changed_at: Mapped[str] = mapped_column(String(26), primary_key=True)
    #: 64 bytes of Ed25519 signature.
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    #: The changes' SHA-256 digests, 32 bytes each, sorted, end to end.
    digests: Mapped[bytes] = mapped_column(LargeBinary)


class AuthorKey(Base):
    """The public key an installation signs its changes with, as first learnt here: from its own
    file, or from a partner relaying its changes. A change claiming that installation and signed
    with another key is refused."""

    __tablename__ = "author_key"

    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: Ed25519 public key, hex.
    public_key: Mapped[str] = mapped_column(String(64))
    #: The installation whose file told it (the author itself, or a partner relaying its changes).
    told_by: Mapped[str] = mapped_column(String(36))
    learnt_at: Mapped[datetime] = mapped_column(DateTime)
