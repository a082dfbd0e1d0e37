"""Mainstream, the application: command line, GUI, reports, exchange files, demo data."""

from __future__ import annotations

from functools import cache

APP_NAME = "Mainstream"
#: The distribution pip installs (pyproject.toml's project name), whose metadata holds the version.
DISTRIBUTION = "mainstream-desk"
#: The version when Mainstream runs from a source tree that was never installed (keep it pyproject's).
FALLBACK_VERSION = "0.1.0"


@cache
def version() -> str:
    """This program's version, "X.Y.Z": the installed distribution's, else ``FALLBACK_VERSION``.

    Asked for only when shown (``--version``, Help > About, the log, an exchange file's manifest):
    reading the metadata costs a few milliseconds a command need not spend."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:
        return FALLBACK_VERSION
