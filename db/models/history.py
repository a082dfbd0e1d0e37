"""The change log and this installation's own settings.

Every change made through the services leaves one ``Change`` row: who, when,
which device, and for each field its old and new value. The history view, undo,
the trash and the exchange files all read it. Exchange files carry its rows
as operations; ``(device, changed_at, record_id)`` names one everywhere.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class Change(Base):
    __tablename__ = "change"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: UTC, to the microsecond; never repeats or goes backwards on one device.
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(200))
    device: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    #: create, update, delete or restore.
    action: Mapped[str] = mapped_column(String(10))
    #: {field: [old, new]} for every field the change touched.
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: Set on the rows of one delete, so the trash can restore them together.
    trash_id: Mapped[str | None] = mapped_column(String(36))
    #: The record's country when it changed: exchange files are cut by country.
    country: Mapped[str | None] = mapped_column(String(3))
    #: The record's version vector as the author knew it: {device: latest changed_at}.
    #: A change another device made later than its entry here was unknown to the author.
    seen: Mapped[dict[str, str] | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_change_operation", "device", "changed_at", "record_id", unique=True),)


class Setting(Base):
    """Per-installation values: the device id, the user's name, ... ."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))
