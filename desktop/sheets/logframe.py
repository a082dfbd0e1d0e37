"""A work plan from a results framework (logframe) laid out the common way.

One row per outcome, output and activity, numbered 1, 1.1, 1.1.1; on a result's
row (or the rows below it with no number) an indicator, its baseline and a
target per year; on an activity's row its budget. The columns are found by
their headers in English, French or Spanish ("Indicator", "Indicateur",
"Línea de base", "Target 2026", "Meta 2026", ...) or named by the user
(``--column indicator="KPI"``). Everything is created in one batch through
``write_records``: all or nothing, refusals by row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.models.base import new_id
from db.services.changelog import Actor
from db.services.changes import Changes, take
from db.services.records import write_records
from db.store import Store
from desktop.sheets.cells import as_text, fold, is_empty
from desktop.sheets.load import Refusal, backup_of
from desktop.sheets.read import SheetError, read_workbook

#: Each role a column can play, and words its header may hold (folded), in English, French, Spanish.
ROLES: dict[str, tuple[str, ...]] = {
    "code": ("code", "no.", "n°", "nº", "#", "ref", "código", "codigo", "numéro", "número"),
    "level": ("level", "niveau", "nivel", "type", "tipo"),
    "means": ("means of verification", "verification", "vérification", "verificación", "source"),
    "indicator": ("indicator", "indicateur", "indicador"),
    "baseline_year": ("baseline year", "année de référence", "año de base", "año línea de base"),
    "baseline": ("baseline", "référence", "reference", "línea de base", "linea de base", "base"),
    "budget": ("budget", "presupuesto", "coût", "costo", "cost"),
    "agency": ("responsible", "responsable", "agency", "agence", "agencia", "lead"),
    "statement": (
        "result", "statement", "description", "activity", "objective", "résultat", "intitulé", "activité",
        "resultado", "actividad", "objetivo", "narrative",
    ),
}  # fmt: skip
#: A target column's header: a year, with or without "Target", "Cible", "Meta".
YEAR = re.compile(r"\b(19|20)\d{2}\b")
LEVELS = {
    "outcome": ("outcome", "effet", "efecto", "resultado", "impact", "objective", "objectif", "objetivo"),
    "output": ("output", "produit", "producto", "extrant"),
    "activity": ("activity", "activité", "actividad", "activite"),
}
AGENCIES = {"iom": ("iom", "oim"), "undp": ("undp", "pnud"), "government": ("government", "gouvernement", "gobierno")}
CODE = re.compile(r"^\d+(\.\d+)*\.?$")
#: The column a refused field came from.
FIELD_ROLES = {
    "title": "statement",
    "statement": "statement",
    "code": "code",
    "planned_budget": "budget",
    "baseline_value": "baseline",
    "baseline_year": "baseline_year",
    "means_of_verification": "means",
    "responsible_agency": "agency",
}


@dataclass
class LogframeOutcome:
    path: Path
    dry_run: bool
    columns: dict[str, str] = field(default_factory=dict)
    created: Counter[str] = field(default_factory=Counter)
    refusals: list[Refusal] = field(default_factory=list)
    backup: Path | None = None
    work_plan_id: str | None = None
    #: what the import wrote, once committed (for the application's pages)
    changes: Changes | None = None


def find_columns(header: list[Any], given: dict[str, str]) -> tuple[dict[str, int], dict[int, int]]:
    """(role -> column, column -> year of the target it holds), from the user's names first."""
    titles = [fold(as_text(title)) if not is_empty(title) else "" for title in header]
    roles: dict[str, int] = {}
    for role, name in given.items():
        if role not in ROLES and role != "target":
            raise SheetError(f"has no column role '{role}' (roles: {', '.join([*ROLES, 'target'])})")
        if fold(name) not in titles:
            raise SheetError(f"has no column '{name}' for {role}")
        roles[role] = titles.index(fold(name))
    years: dict[int, int] = {}
    for col, title in enumerate(titles):
        found = YEAR.search(title)
        if found and col not in roles.values() and "baseline" not in title and "base" not in title.split():
            years[col] = int(found.group(0))
    for role, words in ROLES.items():
        if role in roles:
            continue
        for col, title in enumerate(titles):
            if col in roles.values() or col in years or not title:
                continue
            if any(title == word or word in title.split() or (len(word) > 4 and word in title) for word in words):
                roles[role] = col
                break
    return roles, years


def _header_row(rows: list[list[Any]], given: dict[str, str]) -> int:
    for number, row in enumerate(rows[:20]):
        try:
            roles, _years = find_columns(row, given)
        except SheetError:
            continue
        if "code" in roles and ("statement" in roles or "indicator" in roles):
            return number
    raise SheetError("has no header row with a code column and a result or indicator column in its first 20 rows")


@dataclass(frozen=True)
class Detected:
    """What a logframe's sheet looks like: for the window to show the columns and let the user correct them."""

    sheets: tuple[str, ...]
    sheet: str
    headers: tuple[str, ...]
    #: role -> header found (or given) for it; "target YEAR" for each target column
    columns: dict[str, str]


def detect(path: Path, *, sheet: str | None = None, given: dict[str, str] | None = None) -> Detected:
    book = read_workbook(path)
    name = sheet or next(iter(book.sheets), "")
    if name not in book.sheets:
        raise SheetError(f"has no sheet '{sheet}'")
    rows = book.sheets[name]
    top = _header_row(rows, given or {})
    roles, years = find_columns(rows[top], given or {})
    header = rows[top]
    columns = {role: as_text(header[col]) for role, col in roles.items()}
    columns.update({f"target {year}": as_text(header[col]) for col, year in years.items()})
    titles = tuple(as_text(title) for title in header if not is_empty(title))
    return Detected(tuple(book.sheets), name, titles, columns)


def _level(code: str, text: str) -> str:
    named = fold(text)
    for level, words in LEVELS.items():
        if any(named.startswith(word) for word in words):
            return level
    depth = code.rstrip(".").count(".") + 1
    return "outcome" if depth == 1 else "output" if depth == 2 else "activity"


def _number(value: Any) -> float | None:
    if is_empty(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = as_text(value).strip().replace("%", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def read_logframe(
    path: Path,
    *,
    country: str,
    title: str | None = None,
    sheet: str | None = None,
    given: dict[str, str] | None = None,
    agency: str = "joint",
    currency: str = "USD",
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, tuple[str, int]], dict[str, str]]:
    """The records the logframe makes ({kind: [values]}), where each came from (record id -> (sheet, row))
    and the columns found (role -> header)."""
    book = read_workbook(path)
    name = sheet or next(iter(book.sheets), "")
    if name not in book.sheets:
        raise SheetError(f"has no sheet '{sheet}'")
    rows = book.sheets[name]
    given = given or {}
    top = _header_row(rows, given)
    roles, years = find_columns(rows[top], given)
    header = rows[top]
    found = {role: as_text(header[col]) for role, col in roles.items()}
    found.update({f"target {year}": as_text(header[col]) for col, year in years.items()})
    first, last = (min(years.values()), max(years.values())) if years else (dt.date.today().year,) * 2
    plan_id = new_id()
    batch: dict[str, list[dict[str, Any]]] = {"work_plan": [], "result": [], "activity": [], "indicator": []}
    batch["indicator_period"] = []
    batch["work_plan"].append(
        {"id": plan_id, "country": country, "title": title or path.stem, "start_year": first, "end_year": last,
         "status": "draft"}
    )  # fmt: skip
    origin: dict[str, tuple[str, int]] = {plan_id: (name, top + 1)}
    results: dict[str, str] = {}  # code -> result id
    last_result: str | None = None

    def cell(row: list[Any], role: str) -> Any:
        col = roles.get(role)
        return row[col] if col is not None and col < len(row) else None

    for number, row in enumerate(rows[top + 1 :], start=top + 2):
        if all(is_empty(v) for v in row):
            continue
        code = "" if is_empty(cell(row, "code")) else as_text(cell(row, "code")).strip().rstrip(".")
        text = "" if is_empty(cell(row, "statement")) else as_text(cell(row, "statement")).strip()
        if code and CODE.match(code):
            level = _level(code, as_text(cell(row, "level") or ""))
            parent = next((results[p] for p in _prefixes(code) if p in results), None)
            if level == "activity":
                rid = new_id()
                where = parent or last_result
                budget = _number(cell(row, "budget"))
                named = fold(as_text(cell(row, "agency") or ""))
                responsible = next((key for key, words in AGENCIES.items() if any(w in named for w in words)), agency)
                batch["activity"].append(
                    {"id": rid, "country": country, "result_id": where, "code": code, "title": text,
                     "responsible_agency": responsible, "status": "planned", "planned_budget": budget,
                     "currency": currency if budget is not None else None,
                     "planned_start": dt.date(first, 1, 1), "planned_end": dt.date(last, 12, 31)}
                )  # fmt: skip
                origin[rid] = (name, number)
                owner = where
            else:
                rid = new_id()
                batch["result"].append(
                    {"id": rid, "country": country, "work_plan_id": plan_id, "parent_id": parent,
                     "kind": level, "code": code, "statement": text}
                )  # fmt: skip
                origin[rid] = (name, number)
                results[code] = rid
                last_result = owner = rid
        else:
            owner = last_result
        indicator = cell(row, "indicator")
        if not is_empty(indicator) and owner is not None:
            _indicator(batch, origin, (name, number), owner, country, as_text(indicator).strip(), row, cell, years)
    return batch, origin, found


def _prefixes(code: str) -> list[str]:
    parts = code.split(".")
    return [".".join(parts[:n]) for n in range(len(parts) - 1, 0, -1)]


def _indicator(
    batch: dict[str, list[dict[str, Any]]],
    origin: dict[str, tuple[str, int]],
    where: tuple[str, int],
    result_id: str,
    country: str,
    statement: str,
    row: list[Any],
    cell: Any,
    years: dict[int, int],
) -> None:
    iid = new_id()
    baseline = _number(cell(row, "baseline"))
    year = _number(cell(row, "baseline_year"))
    percent = "%" in statement or "%" in as_text(cell(row, "baseline") or "")
    batch["indicator"].append(
        {"id": iid, "country": country, "result_id": result_id, "statement": statement,
         "measure": "percentage" if percent else "number", "baseline_value": baseline,
         "baseline_year": int(year) if year else None,
         "means_of_verification": None if is_empty(cell(row, "means")) else as_text(cell(row, "means")).strip()}
    )  # fmt: skip
    origin[iid] = where
    for col, target_year in sorted(years.items(), key=lambda item: item[1]):
        target = _number(row[col] if col < len(row) else None)
        if target is None:
            continue
        pid = new_id()
        batch["indicator_period"].append(
            {"id": pid, "country": country, "indicator_id": iid, "period_start": dt.date(target_year, 1, 1),
             "period_end": dt.date(target_year, 12, 31), "target": target}
        )  # fmt: skip
        origin[pid] = where


def import_logframe(
    store: Store,
    actor: Actor,
    path: Path,
    *,
    country: str,
    dry_run: bool = False,
    title: str | None = None,
    sheet: str | None = None,
    given: dict[str, str] | None = None,
    agency: str = "joint",
) -> LogframeOutcome:
    batch, origin, found = read_logframe(path, country=country, title=title, sheet=sheet, given=given, agency=agency)
    outcome = LogframeOutcome(Path(path), dry_run, columns=found, work_plan_id=batch["work_plan"][0]["id"])
    try:
        with store.session() as session:
            summary = _write(session, actor, batch, origin, outcome)
            if summary is None or dry_run:
                raise _Rollback
            outcome.backup = backup_of(store.path)
            store.backup(outcome.backup)
        outcome.changes = take(session)
    except _Rollback:
        pass
    return outcome


class _Rollback(Exception):
    pass


def _write(
    session: Session,
    actor: Actor,
    batch: dict[str, list[dict[str, Any]]],
    origin: dict[str, tuple[str, int]],
    outcome: LogframeOutcome,
) -> Counter[str] | None:
    try:
        summary = write_records(session, actor, batch, mode="create")
    except ValidationError as exc:
        for problem in exc.problems:
            sheet, row = origin.get(problem.record_id or "", ("", 0))
            role = "indicator" if (problem.kind, problem.field) == ("indicator", "statement") else None
            role = role or FIELD_ROLES.get(problem.field or "", "")
            column = outcome.columns.get(role) or problem.field or ""
            outcome.refusals.append(Refusal(sheet, row, column, problem.reason))
        return None
    outcome.created = summary.created
    return summary.created
