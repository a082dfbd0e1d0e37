"""Whose records a partner's files may change.

When the user trusts a partner they say for which countries (or every
country, as for headquarters). A file is refused whole if one change it brings
touches a record of another country: where the record is here (the country of
its latest change held), or where the change would put it. Records of no
country (shared ones) are any trusted partner's to change. Changes held here
already are not the sender's doing and are not checked.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.services.history import record_labels
from db.services.kinds import LABEL_FIELDS, check_country, check_uuid, describe
from db.services.operations import MOST_COUNTRIES_HELD, Operation
from db.services.references import chunks

#: At most this many partners' authorities in a file's manifest ("accepts").
MOST_PARTNERS_SAID = 10_000


@dataclass(frozen=True)
class Authority:
    """The countries a partner may change; ``countries`` None: every country."""

    countries: frozenset[str] | None

    @classmethod
    def every_country(cls) -> Authority:
        return cls(None)

    @classmethod
    def of(cls, countries: Iterable[str] | None) -> Authority:
        return cls(None if countries is None else frozenset(countries))

    def allows(self, country: str | None) -> bool:
        return country is None or self.countries is None or country in self.countries

    def stored(self) -> list[str] | None:
        """As the partner table keeps it."""
        return None if self.countries is None else sorted(self.countries)

    def describe(self) -> str:
        if self.countries is None:
            return "every country"
        return ", ".join(sorted(self.countries)) or "no country (shared records only)"


#: How much of a record's id a refusal shows: enough to find it, short enough to read.
ID_SHOWN = 8


@dataclass(frozen=True)
class Overreach:
    """The first change a file brings outside its sender's authority."""

    kind: str
    record_id: str
    country: str
    #: The record's title or name, as it is here or else as the file gives it; None if it has none.
    label: str | None = None

    @property
    def record(self) -> str:
        """The record as a person knows it: ``"Comité national" (committee 1234abcd…)``; its label
        is quoted as typed (plain text: whoever shows it must show it as such)."""
        short = self.record_id if len(self.record_id) <= ID_SHOWN else f"{self.record_id[:ID_SHOWN]}…"
        return f'"{self.label}" ({self.kind} {short})' if self.label else f"{self.kind} {short}"

    def refusal(self, sender: str, authority: Authority) -> str:
        """The one line refusing the file, after its name."""
        return (
            f"changes {self.record} of {self.country}, but its sender {sender} is trusted here for "
            f"{authority.describe()} only: refused"
        )


def countries_held(session: Session, record_ids: Collection[str]) -> dict[str, str | None]:
    """Each record's country as its latest change held here logged it (records never seen: absent)."""
    found: dict[str, tuple[str, str | None]] = {}
    for chunk in chunks(record_ids):
        marks = ", ".join(f":id{i}" for i in range(len(chunk)))
        rows = session.execute(
            text(f"SELECT record_id, changed_at, country FROM change WHERE record_id IN ({marks})"),
            {f"id{i}": rid for i, rid in enumerate(chunk)},
        )
        for rid, at, country in rows:
            if rid not in found or str(at) >= found[rid][0]:
                found[rid] = (str(at), country)
    return {rid: country for rid, (_at, country) in found.items()}


def changed_countries(operation: Operation) -> list[str | None]:
    """The countries a change says its record is in, before and after it."""
    countries = [operation.country]
    given = operation.fields.get("country")
    if operation.action == "update" and isinstance(given, list):
        countries.extend(value for value in given if value is None or isinstance(value, str))
    elif operation.action == "create" and (given is None or isinstance(given, str)):
        countries.append(given)
    return countries


def first_overreach(session: Session, operations: Iterable[Operation], authority: Authority) -> Overreach | None:
    """The first change of ``operations`` (those not held here) that ``authority`` does not allow."""
    if authority.countries is None:
        return None
    fresh = [op for op in operations if op.checked]
    for op in fresh:
        for country in changed_countries(op):
            if not authority.allows(country):
                return _overreach(session, op, str(country), fresh)
    here = countries_held(session, {op.record_id for op in fresh if op.action != "create"})
    for op in fresh:
        country = here.get(op.record_id)
        if not authority.allows(country):
            return _overreach(session, op, str(country), fresh)
    return None


def _overreach(session: Session, op: Operation, country: str, operations: list[Operation]) -> Overreach:
    return Overreach(op.kind, op.record_id, country, label_of(session, op.kind, op.record_id, operations))


def label_of(session: Session, kind: str, record_id: str, operations: Iterable[Operation]) -> str | None:
    """The record's label (its title, name, ...) as it is here, else the last one the file's
    ``operations`` give it (a record never seen here); None if neither names it."""
    here = record_labels(session, kind, [record_id]).get(record_id)
    if here and here != record_id:
        return here
    label = None
    for op in operations:
        if op.record_id != record_id or op.kind != kind:
            continue
        if op.action == "create":
            values = dict(op.fields)
        elif op.action == "update":
            values = {
                name: change[1] for name, change in op.fields.items() if isinstance(change, list) and len(change) == 2
            }
        else:
            continue
        if any(values.get(name) for name in LABEL_FIELDS):
            label = describe(kind, values)
    return label


def file_countries(operations: Iterable[Operation], listed: Iterable[str] | None) -> list[str]:
    """The countries a file covers: those its manifest lists, else those its changes name."""
    if listed is not None:
        return sorted(set(listed))
    return sorted({country for op in operations if op.checked for country in changed_countries(op) if country})


def check_accepts(value: object) -> dict[str, list[str] | None]:
    """A manifest's "accepts" ({device: country codes, or None for every country}: whose records the
    sender accepts from each of its partners), checked; ValueError saying what is wrong."""
    if value is None:
        return {}
    if type(value) is not dict or len(value) > MOST_PARTNERS_SAID:
        raise ValueError("is not a table of installations")
    checked: dict[str, list[str] | None] = {}
    for device, countries in value.items():
        try:
            device_id = check_uuid(device)
        except ValueError:
            device_id = None
        if device_id is None or device_id != device:
            raise ValueError(f"names {str(device)[:40]!r}, not an installation id")
        if countries is None:
            checked[device] = None
            continue
        codes = country_codes(
            countries, not_a_list="gives an installation something other than a list of country codes", names="names"
        )
        checked[device] = sorted(set(codes))
    return checked


def country_codes(value: object, *, not_a_list: str, names: str) -> list[str]:
    """``value`` as a list of ISO codes written exactly as stored, from a file's manifest; ValueError
    ``not_a_list``, or "``names`` 'X', not a country code"."""
    if type(value) is not list or len(value) > MOST_COUNTRIES_HELD:
        raise ValueError(not_a_list)
    for code in value:
        try:
            found = check_country(code)
        except ValueError:
            found = None
        if found is None or found != code:
            raise ValueError(f"{names} {str(code)[:20]!r}, not a country code")
    return list(value)
