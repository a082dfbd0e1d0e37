"""The IATI 2.03 activity file of a country: built from the records, checked against the
official schema and the rules it does not state, and only then written (docs/iati.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import IATI_ORGANISATION_ID, IATI_ORGANISATION_TYPE, Agency, InstitutionKind
from db.services.kinds import spec_for
from db.services.settings import get_profile
from desktop.iati.build import AGENCY_NAMES, MULTILATERAL, IatiBuilder, Reporter
from desktop.iati.validate import problems

__all__ = ["IatiError", "IatiResult", "reporter_for", "write_iati"]


class IatiError(Exception):
    """The file cannot be written; the message is one line."""


@dataclass(frozen=True)
class IatiResult:
    path: Path
    activities: int
    reporter: Reporter


def reporter_for(session: Session, ref: str | None) -> Reporter:
    """The reporting organisation: IOM or UNDP by their reference, another by an institution
    recorded with that IATI identifier; by default the agency of the user's profile (else IOM)."""
    if ref is None:
        agency = Agency.UNDP if get_profile(session).agency == "undp" else Agency.IOM
        ref = IATI_ORGANISATION_ID[agency]
    if ref in AGENCY_NAMES:
        return Reporter(ref, AGENCY_NAMES[ref], MULTILATERAL)
    table = spec_for("institution").table
    row = session.execute(
        select(table.c.name, table.c.kind).where(table.c.iati_identifier == ref, table.c.deleted_at.is_(None))
    ).first()
    if row is None:
        known = ", ".join(f"{ref} ({name})" for ref, name in AGENCY_NAMES.items())
        raise IatiError(
            f"--reporting-org {ref[:60]}: not one of {known}, nor the IATI identifier of an institution recorded here"
        )
    return Reporter(ref, row.name, IATI_ORGANISATION_TYPE[InstitutionKind(row.kind)])


def build_iati(
    session: Session, country: str, *, reporting_org: str | None = None, today: dt.date | None = None
) -> tuple[etree._ElementTree, int, Reporter]:
    reporter = reporter_for(session, reporting_org)
    tree, count = IatiBuilder(session, country, reporter, today=today).build()
    return tree, count, reporter


def write_iati(
    session: Session, country: str, path: Path, *, reporting_org: str | None = None, today: dt.date | None = None
) -> IatiResult:
    """Build, check and write; a file that does not pass is never written."""
    tree, count, reporter = build_iati(session, country, reporting_org=reporting_org, today=today)
    if count == 0:
        raise IatiError(f"{country} has no work plan: an IATI file needs at least one activity")
    found = problems(tree, today=today)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise IatiError(f"the IATI file would not be valid: {found[0]}{more}")
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        tree.write(str(partial), xml_declaration=True, encoding="UTF-8", pretty_print=True)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return IatiResult(path, count, reporter)
