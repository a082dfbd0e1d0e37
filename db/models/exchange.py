"""What exchanging files with other installations keeps locally.

Neither table travels: each installation has its own view of its partners and
of the conflicts it has seen (the conflicts themselves follow from the change
log, so every installation holding the same changes lists the same ones).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, String
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
