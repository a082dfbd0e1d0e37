"""The installations this one exchanges files with.

(This installation's own signing key is not in the database: ``db.secrets``.)

A partner is remembered by device id with the public key its first accepted
file was signed with: a later file claiming that device under another key is an
impostor. What a partner held when it wrote its latest file lets an export to
it leave out what it has already.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Partner
from db.services.authority import Authority
from db.services.operations import Holdings


@dataclass(frozen=True)
class PartnerInfo:
    device: str
    name: str
    fingerprint: str
    public_key: str
    knows: Holdings
    last_import_at: dt.datetime | None
    last_export_at: dt.datetime | None
    #: Whose records its files may change.
    authority: Authority
    #: When the user stopped trusting it (its files are refused), or None.
    distrusted_at: dt.datetime | None = None
    #: Whose records it accepts from this installation, as its latest file said (None: it did not say).
    accepts: Authority | None = None


def _info(row: Partner) -> PartnerInfo:
    return PartnerInfo(
        row.device,
        row.name,
        row.fingerprint,
        row.public_key,
        row.knows,
        row.last_import_at,
        row.last_export_at,
        Authority.of(row.countries),
        row.distrusted_at,
        None if not row.accepts else Authority.of(row.accepts.get("countries")),
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def partners(session: Session) -> list[PartnerInfo]:
    return [_info(row) for row in session.scalars(select(Partner).order_by(Partner.name, Partner.device))]


def partner(session: Session, device: str) -> PartnerInfo | None:
    row = session.get(Partner, device)
    return None if row is None else _info(row)


def partner_with_key(session: Session, public_key: str) -> PartnerInfo | None:
    """The partner that signs with ``public_key`` (the latest trusted, if it took a new id)."""
    row = session.scalars(
        select(Partner).where(Partner.public_key == public_key).order_by(Partner.trusted_at.desc())
    ).first()
    return None if row is None else _info(row)


def remember_import(
    session: Session,
    device: str,
    name: str,
    public_key: str,
    fingerprint: str,
    knows: dict[str, Any],
    authority: Authority | None = None,
    *,
    new_key: bool = False,
    accepts: Authority | None = None,
) -> None:
    """After a file from ``device`` was merged: trust its key (a new partner with ``authority``,
    which must then be given; a known one's new key with ``new_key``), note what it holds."""
    now = _now()
    row = session.get(Partner, device)
    if row is None:
        if authority is None:
            raise ValueError("a new partner is trusted for some countries, or every one")
        session.add(
            Partner(
                device=device,
                name=name[:200],
                public_key=public_key,
                fingerprint=fingerprint,
                trusted_at=now,
                knows=knows,
                last_import_at=now,
                countries=authority.stored(),
                accepts=None if accepts is None else {"countries": accepts.stored()},
            )
        )
        return
    row.name = name[:200]
    row.knows = knows
    row.last_import_at = now
    if new_key:
        row.public_key, row.fingerprint, row.trusted_at = public_key, fingerprint, now
    if accepts is not None:
        row.accepts = {"countries": accepts.stored()}


def authorities_given(session: Session) -> dict[str, list[str] | None]:
    """{device: countries or None} of every partner trusted now: said in each file written, so that
    a partner's exports for this installation leave out what it would refuse."""
    rows = session.scalars(select(Partner).where(Partner.distrusted_at.is_(None)))
    return {row.device: row.countries for row in rows}


def set_authority(session: Session, device: str, authority: Authority) -> bool:
    """Trust a known partner (again) for ``authority``'s countries; False if it is not a partner."""
    row = session.get(Partner, device)
    if row is None:
        return False
    row.countries = authority.stored()
    row.distrusted_at = None
    row.trusted_at = _now()
    return True


def distrust(session: Session, device: str) -> bool:
    """Refuse the partner's files from now on (what it sent before stays); False if not a partner."""
    row = session.get(Partner, device)
    if row is None:
        return False
    row.distrusted_at = _now()
    return True


def remember_export(session: Session, device: str) -> None:
    row = session.get(Partner, device)
    if row is not None:
        row.last_export_at = _now()
