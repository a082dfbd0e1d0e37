"""Values kept per installation in the database: who the user is, their agency
and the country they work on. They live in the database, not in Qt's settings,
so that they follow the data file (and, later, its exchange files)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.codes import UserAgency
from db.errors import Problem, ValidationError
from db.models import Setting
from db.services.kinds import check_country

USER_NAME = "user_name"
USER_AGENCY = "user_agency"
DEFAULT_COUNTRY = "default_country"
REPORT_LOGO = "report_logo"  # a file path: the logo on the PDF report's cover (checked by the desktop)
MAX_NAME_LENGTH = 200
MAX_PATH_LENGTH = 4096


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return default if value is None else value


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


@dataclass(frozen=True)
class Profile:
    """The person at the keyboard, as entered in Settings ("" when not set)."""

    user_name: str = ""
    agency: str = ""
    default_country: str = ""
    report_logo: str = ""


def get_profile(session: Session) -> Profile:
    return Profile(
        user_name=get_setting(session, USER_NAME) or "",
        agency=get_setting(session, USER_AGENCY) or "",
        default_country=get_setting(session, DEFAULT_COUNTRY) or "",
        report_logo=get_setting(session, REPORT_LOGO) or "",
    )


def _problem(field: str, reason: str) -> Problem:
    return Problem("settings", None, field, reason)


def save_profile(session: Session, profile: Profile) -> Profile:
    """Check every value first and save all of them or none; the saved profile."""
    problems: list[Problem] = []
    name = " ".join(profile.user_name.split())
    if len(name) > MAX_NAME_LENGTH:
        problems.append(_problem("user_name", f"is longer than {MAX_NAME_LENGTH} characters"))
    if profile.agency and profile.agency not in {agency.value for agency in UserAgency}:
        allowed = ", ".join(agency.value for agency in UserAgency)
        problems.append(_problem("agency", f"'{profile.agency[:20]}' is not one of {allowed}"))
    try:
        country = check_country(profile.default_country) or ""
    except ValueError as exc:
        problems.append(_problem("default_country", str(exc)))
        country = ""
    logo = profile.report_logo.strip()
    if len(logo) > MAX_PATH_LENGTH or any(ch in logo for ch in "\0\n\r"):
        problems.append(_problem("report_logo", "is not a file path"))
    if problems:
        raise ValidationError(problems)
    saved = Profile(user_name=name, agency=profile.agency, default_country=country, report_logo=logo)
    set_setting(session, USER_NAME, saved.user_name)
    set_setting(session, USER_AGENCY, saved.agency)
    set_setting(session, DEFAULT_COUNTRY, saved.default_country)
    set_setting(session, REPORT_LOGO, saved.report_logo)
    return saved
