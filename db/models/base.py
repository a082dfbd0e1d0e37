"""The declarative base, the columns every synchronised record carries, and
column helpers that record validation rules beside the column they govern.

Validation (``db.services.validation``) reads the rules from ``Column.info``, so
a field's type, bounds, choices and references are declared once, here.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Longest text a single-line field accepts; longer input is a mistake or an attack.
SHORT_TEXT = 500
#: Longest text a free-text field (minutes, mandate, summary) accepts.
LONG_TEXT = 100_000


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record(Base):
    """A record that travels between machines.

    Its UUID never changes; deletes only set ``deleted_at`` (a tombstone) so the
    trash can restore them and exchange files can carry the delete.
    """

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    country: Mapped[str | None] = mapped_column(String(3), index=True, info={"country": True})
    created_at: Mapped[datetime] = mapped_column(DateTime, info={"meta": True})
    updated_at: Mapped[datetime] = mapped_column(DateTime, info={"meta": True})
    changed_by_device: Mapped[str] = mapped_column(String(36), info={"meta": True})
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, info={"meta": True})
    trash_id: Mapped[str | None] = mapped_column(String(36), index=True, info={"meta": True})


# --- column helpers -------------------------------------------------------


def text(*, required: bool = False, long: bool = False, email: bool = False) -> MappedColumn[Any]:
    info: dict[str, Any] = {"max_len": LONG_TEXT if long else SHORT_TEXT}
    if email:
        info["email"] = True
    return mapped_column(Text if long else String(SHORT_TEXT), nullable=not required, info=info)


def code(choices: type[StrEnum], *, required: bool = False) -> MappedColumn[Any]:
    return mapped_column(String(40), nullable=not required, info={"choices": choices})


def codes(choices: type[StrEnum]) -> MappedColumn[Any]:
    """A list of codes, e.g. the themes a policy covers."""
    return mapped_column(JSON, nullable=False, default=list, info={"list_of": choices})


def tags(pattern: str, *, description: str) -> MappedColumn[Any]:
    """A list of short strings that must each match ``pattern`` (SDG targets)."""
    return mapped_column(JSON, nullable=False, default=list, info={"list_pattern": pattern, "description": description})


def numbers(minimum: int, maximum: int) -> MappedColumn[Any]:
    """A list of whole numbers in a range (Global Compact objectives 1–23)."""
    return mapped_column(JSON, nullable=False, default=list, info={"list_range": (minimum, maximum)})


def ref(target: str, *, owner: bool = False, required: bool = False) -> MappedColumn[Any]:
    """A reference to another record by UUID.

    ``owner`` marks the parent a record belongs to: deleting the parent sends
    the record to the trash with it, and the record takes the parent's country.
    """
    return mapped_column(
        String(36),
        ForeignKey(f"{target}.id"),
        nullable=not required,
        index=True,
        info={"ref": target, "owner": owner},
    )


def refs(target: str) -> MappedColumn[Any]:
    """A list of references (e.g. an activity's implementing partners)."""
    return mapped_column(JSON, nullable=False, default=list, info={"list_ref": target})


def day(*, required: bool = False) -> MappedColumn[Any]:
    return mapped_column(Date, nullable=not required, info={})


def year(*, required: bool = False) -> MappedColumn[Any]:
    return mapped_column(Integer, nullable=not required, info={"min": 1900, "max": 2200})


def count(*, required: bool = False) -> MappedColumn[Any]:
    return mapped_column(Integer, nullable=not required, info={"min": 0, "max": 10_000_000})


def amount(*, minimum: float | None = 0.0) -> MappedColumn[Any]:
    return mapped_column(Float, nullable=True, info={"min": minimum, "max": 1e13})


def percent() -> MappedColumn[Any]:
    return mapped_column(Float, nullable=True, info={"min": 0.0, "max": 100.0})


def flag(default: bool = False) -> MappedColumn[Any]:
    return mapped_column(Boolean, nullable=False, default=default, info={})


__all__ = [
    "Base",
    "Record",
    "amount",
    "code",
    "codes",
    "count",
    "date",
    "day",
    "flag",
    "new_id",
    "numbers",
    "percent",
    "ref",
    "refs",
    "tags",
    "text",
    "year",
]
