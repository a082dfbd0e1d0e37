"""What each kind of record looks like to the services: its fields, how each is
checked and converted, which record owns it, which records it refers to.

Everything here is derived from the models' columns and their ``info``, so a
rule is declared once, beside its column.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Column, Date, Float, Integer, Table

from db.models import RECORD_MODELS, Record

#: Columns that belong to the bookkeeping of a record, never to its data.
#: In the order every row writer lists them after the data fields.
META = ("created_at", "updated_at", "changed_by_device", "deleted_at", "trash_id")
META_FIELDS = frozenset(META)

Checker = Callable[[Any], Any]
"""Turns an input value into the stored value or raises ``ValueError(reason)``."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    required: bool
    check: Checker
    #: the kind this field refers to (a single reference or a list of them)
    ref: str | None = None
    many: bool = False
    owner: bool = False
    default: Any = None


@dataclass
class KindSpec:
    kind: str
    model: type[Record]
    table: Table
    fields: dict[str, FieldSpec]
    global_allowed: bool
    owner: FieldSpec | None = None
    refs: list[FieldSpec] = field(default_factory=list)
    #: (child kind, owner field) pairs of the kinds this kind owns
    children: list[tuple[str, str]] = field(default_factory=list)

    def blank(self) -> dict[str, Any]:
        """Values of a record with nothing filled in (each list its own)."""
        values = dict(self._template)
        for name in self.list_fields:
            values[name] = []
        return values

    @property
    def list_fields(self) -> tuple[str, ...]:
        return self._list_fields

    def __post_init__(self) -> None:
        self.checks = {name: spec.check for name, spec in self.fields.items()}
        self.required = tuple(name for name, spec in self.fields.items() if spec.required)
        self._template = {name: spec.default for name, spec in self.fields.items()}
        self._list_fields = tuple(name for name, spec in self.fields.items() if isinstance(spec.default, list))


# --- checkers -----------------------------------------------------------------


def _text(max_len: int, email: bool) -> Checker:
    def check(value: Any) -> str | None:
        if (
            type(value) is str
            and not email
            and 0 < len(value) <= max_len
            and not value[0].isspace()
            and not value[-1].isspace()
            and "\x00" not in value
        ):
            return value  # the common case: already clean
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError(f"must be text, not {type(value).__name__}")
        text: str = value.strip()
        if not text:
            return None
        if len(text) > max_len:
            raise ValueError(f"is {len(text):,} characters long; at most {max_len:,} are allowed")
        if "\x00" in text:
            raise ValueError("contains a NUL character")
        if email and not EMAIL.match(text):
            raise ValueError(f"'{text[:80]}' is not an e-mail address")
        return text

    return check


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _choice(choices: type[StrEnum]) -> Checker:
    allowed = {c.value for c in choices}

    def check(value: Any) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise ValueError(f"must be a code (text), not {type(value).__name__}")
        if value not in allowed:
            raise ValueError(f"'{value[:40]}' is not one of: {', '.join(sorted(allowed))}")
        return value

    return check


def _date(value: Any) -> dt.date | None:
    if type(value) is str and len(value) == 10:
        return _iso_date(value)
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        raise ValueError("must be a date without a time")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _bad_date(value)
    raise ValueError(f"must be a date (YYYY-MM-DD), not {type(value).__name__}")


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=8192)
def _iso_date(value: str) -> dt.date:
    # Loads repeat the same few thousand dates many times: parse each once.
    # fromisoformat alone would also take week dates such as 2025-W01-1.
    if not ISO_DAY.fullmatch(value):
        return _bad_date(value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> dt.date:
    raise ValueError(f"'{value[:40]}' is not a date in the form YYYY-MM-DD")


def _number(kind: type, minimum: float | None, maximum: float | None) -> Checker:
    low = -math.inf if minimum is None else minimum
    high = math.inf if maximum is None else maximum

    def check(value: Any) -> Any:
        if type(value) is kind and low <= cast(float, value) <= high:
            return value  # the common case, and NaN never gets here (comparisons fail)
        if value is None:
            return None
        if isinstance(value, str):
            raise ValueError(f"must be a number, not “{value[:20]}”")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"must be a number, not {type(value).__name__}")
        if kind is int and isinstance(value, float):
            if not value.is_integer():
                raise ValueError(f"must be a whole number, not {value}")
            value = int(value)
        if not math.isfinite(value):
            raise ValueError("must be a finite number")
        if minimum is not None and value < minimum:
            raise ValueError(f"must be at least {minimum:g}" if minimum else "cannot be negative")
        if maximum is not None and value > maximum:
            raise ValueError(f"must be at most {maximum:g}")
        return kind(value)

    return check


def _flag(value: Any) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def _list(item: Checker, what: str) -> Checker:
    def check(value: Any) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValueError(f"must be a list of {what}")
        if len(value) > 1000:
            raise ValueError("has more than 1,000 entries")
        out: list[Any] = []
        for entry in value:
            try:
                checked = item(entry)
            except ValueError as exc:
                raise ValueError(f"entry {entry!r}: {exc}") from None
            if checked is None:
                raise ValueError(f"has an empty entry; each must be {what}")
            if checked not in out:
                out.append(checked)
        return out

    return check


def _pattern(pattern: str, description: str) -> Checker:
    compiled = re.compile(pattern)

    def check(value: Any) -> str:
        if not isinstance(value, str) or not compiled.match(value):
            raise ValueError(f"is not {description}")
        return value

    return check


CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_uuid(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and CANONICAL_UUID.fullmatch(value):
        return value
    if not isinstance(value, str):
        raise ValueError("must be a UUID")
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise ValueError(f"'{value[:40]}' is not a UUID") from None
    return str(parsed)


@cache
def country_codes() -> frozenset[str]:
    import pycountry  # slow to import; only needed when validating

    return frozenset(c.alpha_3 for c in pycountry.countries)


@cache
def currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def check_country(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value.upper() not in country_codes():
        raise ValueError(f"'{str(value)[:20]}' is not an ISO 3166-1 alpha-3 country code")
    return value.upper()


def check_currency(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value.upper() not in currency_codes():
        raise ValueError(f"'{str(value)[:20]}' is not an ISO 4217 currency code")
    return value.upper()


def _check_sha256(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError("is not a SHA-256 hex digest")
    return value


def _record_kind(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in kind_names() or value == "attachment":
        raise ValueError(f"'{value}' is not a kind of record")
    return str(value)


# --- building the specs ---------------------------------------------------------


def _field_spec(column: Column[Any]) -> FieldSpec:
    info = column.info
    required = not column.nullable
    name = column.name
    if name == "id":
        return FieldSpec(name, True, check_uuid)
    if info.get("country"):
        return FieldSpec(name, False, check_country)
    if name == "currency":
        return FieldSpec(name, False, check_currency)
    if "ref" in info:
        return FieldSpec(name, required, check_uuid, ref=info["ref"], owner=info["owner"])
    if "list_ref" in info:
        return FieldSpec(name, False, _list(check_uuid, "UUIDs"), ref=info["list_ref"], many=True, default=[])
    if "list_of" in info:
        return FieldSpec(name, False, _list(_choice(info["list_of"]), "codes"), default=[])
    if "list_pattern" in info:
        return FieldSpec(name, False, _list(_pattern(info["list_pattern"], info["description"]), "codes"), default=[])
    if "list_range" in info:
        low, high = info["list_range"]
        return FieldSpec(name, False, _list(_number(int, low, high), f"numbers {low}–{high}"), default=[])
    if "choices" in info:
        return FieldSpec(name, required, _choice(info["choices"]))
    if info.get("record_kind"):
        return FieldSpec(name, True, _record_kind)
    if info.get("record_id"):
        return FieldSpec(name, True, check_uuid)
    if info.get("sha256"):
        return FieldSpec(name, True, _check_sha256)
    kind = column.type
    if isinstance(kind, Boolean):
        return FieldSpec(name, False, _flag, default=False)
    if isinstance(kind, Date):
        return FieldSpec(name, required, _date)
    if isinstance(kind, Integer):
        return FieldSpec(name, required, _number(int, info.get("min"), info.get("max")))
    if isinstance(kind, Float):
        return FieldSpec(name, required, _number(float, info.get("min"), info.get("max")))
    if isinstance(kind, JSON):
        raise TypeError(f"{name}: a JSON column needs a list rule in its info")
    return FieldSpec(name, required, _text(info.get("max_len", 500), bool(info.get("email"))))


@cache
def kind_specs() -> dict[str, KindSpec]:
    specs: dict[str, KindSpec] = {}
    for model in RECORD_MODELS:
        table = model.__table__
        assert isinstance(table, Table)
        fields = {c.name: _field_spec(c) for c in table.columns if c.name not in META_FIELDS}
        spec = KindSpec(
            kind=table.name,
            model=model,
            table=table,
            fields=fields,
            global_allowed=bool(table.info.get("global_allowed")),
        )
        spec.refs = [f for f in fields.values() if f.ref]
        spec.owner = next((f for f in spec.refs if f.owner), None)
        specs[spec.kind] = spec
    for spec in specs.values():
        if spec.owner and spec.owner.ref:
            specs[spec.owner.ref].children.append((spec.kind, spec.owner.name))
    return specs


@cache
def kind_names() -> tuple[str, ...]:
    """Every kind, each after the kinds it refers to."""
    return tuple(m.__tablename__ for m in RECORD_MODELS)


def spec_for(kind: str) -> KindSpec:
    try:
        return kind_specs()[kind]
    except KeyError:
        raise ValueError(f"'{kind}' is not a kind of record") from None


LABEL_FIELDS = ("title", "name", "code", "statement", "text", "filename", "status", "held_on", "period_start")


def describe(kind: str, values: dict[str, Any]) -> str:
    """A short human label for a record, for messages, pickers and the trash."""
    if kind == "result" and values.get("code") and values.get("statement"):
        return _short(f"{values['code']} {values['statement']}")
    for name in LABEL_FIELDS:
        value = values.get(name)
        if value:
            return _short(str(value))
    return str(values.get("id", kind))


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "…"
