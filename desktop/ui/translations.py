"""The interface languages: which ones ship, which one the user chose, and
installing Qt's translators for it.

Our messages are in ``resources/translations/mainstream_<code>.qm`` (compiled
from the ``.ts`` files by ``scripts/update_translations.py``); Qt's own, for the
buttons of standard dialogs, come with Qt (``qtbase_<code>.qm``). English is
the language of the source, but it has a ``.qm`` too: the plural forms ("1
decision", "2 decisions"), which is why it is always installed underneath the
chosen language. A change of language takes effect at the next start.
"""

from __future__ import annotations

import gettext
from functools import cache
from importlib.resources import as_file
from importlib.resources.abc import Traversable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from resources import resource

#: The languages translated so far, by ISO 639-1 code, each named in itself.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("fr", "Français"), ("es", "Español"))
#: Where the choice is kept; "" (or nothing) means the system's language.
SETTING = "ui/language"
SOURCE_LANGUAGE = "en"
CONTEXT = "translations"  # lupdate needs the literal wherever a text is written out
#: For the Settings page, next to the language chooser (show it with ``restart_note()``).
RESTART_NOTE = str(QT_TRANSLATE_NOOP("translations", "The new language is used from the next start of Mainstream."))

#: Qt's own texts that its translations (qtbase_fr, qtbase_es) lack: the file dialog's labels gained an
#: accelerator ("&Look in:") that the shipped translations do not have. Ours come with our .qm, which
#: is installed after Qt's and so searched first.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

#: The translators installed by ``install_translators``, so a second call can take them out.
_installed: list[QTranslator] = []
#: The language installed last (see ``current_language``).
_current = SOURCE_LANGUAGE


def restart_note() -> str:
    """The sentence saying that a new language needs a restart, in the current language."""
    return QCoreApplication.translate(CONTEXT, RESTART_NOTE)


def qm_file(code: str) -> Traversable:
    """Where the compiled translation of ``code`` ships (it may not exist)."""
    return resource("translations", f"mainstream_{code}.qm")


def shipped_codes() -> list[str]:
    """The languages of ``LANGUAGES`` whose ``.qm`` ships, in that order."""
    return [code for code, _name in LANGUAGES if qm_file(code).is_file()]


def available_languages() -> list[tuple[str, str]]:
    """The choices for a language chooser: (code, name), "System default" first with code ""."""
    names = dict(LANGUAGES)
    return [("", QCoreApplication.translate("translations", "System default"))] + [
        (code, names[code]) for code in shipped_codes()
    ]


def saved_language() -> str:
    """The code the user chose, or "" for the system's language (also when the choice no longer ships)."""
    value = QSettings().value(SETTING, "")
    code = value if isinstance(value, str) else ""
    return code if code in dict(LANGUAGES) else ""


def save_language(code: str) -> None:
    """Keep the choice for the next start ("" for the system's language)."""
    QSettings().setValue(SETTING, code)


def resolve_language(language: str) -> str:
    """The shipped language to use for a choice: the choice itself, or for "" the first of the
    system's interface languages that ships; English when nothing fits."""
    shipped = shipped_codes()
    if language:
        wanted = [language]
    else:
        wanted = [name.replace("-", "_").split("_")[0].lower() for name in QLocale.system().uiLanguages()]
    return next((code for code in wanted if code in shipped), SOURCE_LANGUAGE)


def _load_ours(app: QCoreApplication, code: str) -> QTranslator | None:
    file = qm_file(code)
    if not file.is_file():
        return None
    translator = QTranslator(app)
    with as_file(file) as path:
        loaded = translator.load(str(path))
    return _kept(translator, loaded)


def _load_qt(app: QCoreApplication, code: str) -> QTranslator | None:
    """Qt's own words (standard buttons, dialogs), from the translations that come with Qt."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return _kept(translator, translator.load(f"qtbase_{code}", folder))


def _kept(translator: QTranslator, loaded: bool) -> QTranslator | None:
    if loaded:
        return translator
    translator.deleteLater()
    return None


def current_language() -> str:
    """The code of the language the interface is shown in ("en" until translators are installed)."""
    return _current


def installed_language() -> str | None:
    """The code passed through ``install_translators`` and still in place; None when none is."""
    return _current if _installed else None


@cache
def _country_catalog(code: str) -> gettext.NullTranslations:
    import pycountry  # slow to import: only when a country is named

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)


def country_text(english: str) -> str:
    """A country's English name from ``pycountry`` in the interface language ("Peru" -> "Pérou"),
    from the ISO 3166 translations that come with pycountry."""
    return english if _current == SOURCE_LANGUAGE else _country_catalog(_current).gettext(english)


def remove_translators(app: QCoreApplication) -> None:
    """Take out what ``install_translators`` put in: back to the source English, system locale."""
    global _current  # noqa: PLW0603 - one interface language per process
    _current = SOURCE_LANGUAGE
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install the translators for ``language`` ("" = the system's), replacing earlier ones.

    Returns the code of the language now shown (English when the choice does not
    ship). Install before building any window: texts are translated as widgets
    are made. An explicit choice also becomes the default locale (keeping the
    system's country), so dates and numbers read in the same language; counts
    ("%Ln") get thousands separators.
    """
    global _current  # noqa: PLW0603 - one interface language per process
    remove_translators(app)
    code = resolve_language(language)
    _current = code
    layers = [SOURCE_LANGUAGE] if code == SOURCE_LANGUAGE else [SOURCE_LANGUAGE, code]
    for layer in layers:  # the last installed is searched first
        for translator in (_load_qt(app, layer), _load_ours(app, layer)):
            if translator is not None and app.installTranslator(translator):
                _installed.append(translator)
    locale = QLocale.system()
    if language and QLocale(language).language() != locale.language():
        locale = QLocale(QLocale(language).language(), locale.territory())
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # "1,234" even in the C locale
    QLocale.setDefault(locale)
    return code


__all__ = [
    "LANGUAGES",
    "RESTART_NOTE",
    "available_languages",
    "country_text",
    "current_language",
    "install_translators",
    "installed_language",
    "remove_translators",
    "restart_note",
    "save_language",
    "saved_language",
]
