"""The 23 objectives of the Global Compact for Migration, by number and short title.

A policy lists the objectives it serves as numbers (1–23); a form that showed
them as bare numbers asked people to know them by heart. The titles are the
objectives' own, shortened to fit a line, in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TITLES = (
    QT_TRANSLATE_NOOP("gcm", "Accurate and disaggregated data"),
    QT_TRANSLATE_NOOP("gcm", "Minimize adverse drivers of migration"),
    QT_TRANSLATE_NOOP("gcm", "Accurate and timely information"),
    QT_TRANSLATE_NOOP("gcm", "Legal identity and documentation"),
    QT_TRANSLATE_NOOP("gcm", "Pathways for regular migration"),
    QT_TRANSLATE_NOOP("gcm", "Fair recruitment and decent work"),
    QT_TRANSLATE_NOOP("gcm", "Reduce vulnerabilities in migration"),
    QT_TRANSLATE_NOOP("gcm", "Save lives; missing migrants"),
    QT_TRANSLATE_NOOP("gcm", "Response to smuggling of migrants"),
    QT_TRANSLATE_NOOP("gcm", "Prevent and end trafficking in persons"),
    QT_TRANSLATE_NOOP("gcm", "Integrated border management"),
    QT_TRANSLATE_NOOP("gcm", "Screening, assessment and referral"),
    QT_TRANSLATE_NOOP("gcm", "Detention only as a last resort"),
    QT_TRANSLATE_NOOP("gcm", "Consular protection and assistance"),
    QT_TRANSLATE_NOOP("gcm", "Access to basic services"),
    QT_TRANSLATE_NOOP("gcm", "Inclusion and social cohesion"),
    QT_TRANSLATE_NOOP("gcm", "End discrimination; evidence-based discourse"),
    QT_TRANSLATE_NOOP("gcm", "Skills development and recognition"),
    QT_TRANSLATE_NOOP("gcm", "Migrants' and diasporas' contribution to development"),
    QT_TRANSLATE_NOOP("gcm", "Cheaper, safer remittances; financial inclusion"),
    QT_TRANSLATE_NOOP("gcm", "Safe return and sustainable reintegration"),
    QT_TRANSLATE_NOOP("gcm", "Portability of social security"),
    QT_TRANSLATE_NOOP("gcm", "International cooperation and partnerships"),
)


def objective_label(number: int) -> str:
    """ "5. Pathways for regular migration", in the interface language; a number outside 1–23 as itself."""
    if not 1 <= number <= len(TITLES):
        return str(number)
    return f"{number}. {QCoreApplication.translate('gcm', str(TITLES[number - 1]))}"


__all__ = ["TITLES", "objective_label"]
