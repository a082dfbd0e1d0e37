"""Who the programme works with: the country programme, institutions, contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Mapped

from db.codes import InstitutionKind, Sector, Sex
from db.models.base import Record, code, day, ref, text, year


class CountryProgramme(Record):
    """The joint programme in one country: its phase, period and focal points."""

    __tablename__ = "country_programme"

    phase: Mapped[str | None] = text()
    start_year: Mapped[int | None] = year()
    end_year: Mapped[int | None] = year()
    national_strategy: Mapped[str | None] = text()
    md_priorities: Mapped[str | None] = text(long=True)
    iom_focal_point_id: Mapped[str | None] = ref("contact")
    undp_focal_point_id: Mapped[str | None] = ref("contact")


class Institution(Record):
    """A ministry, agency, UN agency, donor, NGO, university, ... ."""

    __tablename__ = "institution"
    __table_args__ = {"info": {"global_allowed": True}}

    name: Mapped[str] = text(required=True)
    acronym: Mapped[str | None] = text()
    kind: Mapped[str] = code(InstitutionKind, required=True)
    sector: Mapped[str | None] = code(Sector)
    iati_identifier: Mapped[str | None] = text()
    website: Mapped[str | None] = text()


class Contact(Record):
    """A person; sex is kept so that participation can be disaggregated."""

    __tablename__ = "contact"
    __table_args__ = {"info": {"global_allowed": True}}

    name: Mapped[str] = text(required=True)
    title: Mapped[str | None] = text()
    institution_id: Mapped[str | None] = ref("institution")
    email: Mapped[str | None] = text(email=True)
    phone: Mapped[str | None] = text()
    sex: Mapped[str | None] = code(Sex)


__all__ = ["Contact", "CountryProgramme", "Institution", "date", "day"]
