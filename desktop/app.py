"""Starting the GUI: check the system can show a window, set up the log
(``desktop.logs``), open the database, then hand over to Qt.

The database is opened before PySide6 is imported: Qt's import hook makes
later imports of SQLAlchemy and ReportLab slower.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

NO_DISPLAY_HELP = (
    "Mainstream cannot open its window: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are not "
    "set). Start it from a desktop session; the command-line commands (see 'mainstream --help') work without one."
)


def debian_package(library: str) -> str:
    """The Debian/Ubuntu package that usually ships a library file:
    libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    stem, _, version = library.partition(".so.")
    stem = stem.lower()
    major = version.split(".")[0]
    return f"{stem}-{major}" if stem[-1:].isdigit() else f"{stem}{major}"


def qt_xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside the installed PySide6, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def missing_x11_libraries(plugin: Path | None = None) -> list[str]:
    """System libraries Qt's X11 plugin needs and cannot find. Qt itself only
    says it "could not load the Qt platform plugin" and aborts."""
    missing: list[str] = []
    plugin = plugin or qt_xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is not None and ldd is not None:
        try:
            result = subprocess.run([ldd, str(plugin)], check=False, capture_output=True, text=True, timeout=10)
            listing = result.stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        for line in listing.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.strip() == "not found" and name not in missing:
                missing.append(name)
    # Some Qt builds load it at run time, so ldd does not always list it.
    cursor = "libxcb-cursor.so.0"
    if cursor not in missing and ctypes.util.find_library("xcb-cursor") is None:
        missing.append(cursor)
    return missing


def missing_libraries_help(missing: list[str]) -> str:
    packages = " ".join(debian_package(name) for name in missing)
    return (
        "Mainstream cannot open its window: Qt needs these system libraries, which are missing: "
        f"{', '.join(missing)}.\n"
        "Install them and start Mainstream again:\n"
        f"    Debian/Ubuntu:  sudo apt install {packages}\n"
        "    Other systems:  install the packages that provide these files "
        "(for libxcb-cursor: xcb-util-cursor on Fedora and Arch)."
    )


def display_problem(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """Why Qt would fail to show a window here, in words a user can act on; None if it should work."""
    env = os.environ if environ is None else environ
    if platform != "linux":
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith("xcb"):
        return None  # offscreen, wayland, vnc, ...: no X libraries needed
    if not qpa and env.get("WAYLAND_DISPLAY"):
        return None  # Qt prefers Wayland when a Wayland session is there
    if not env.get("DISPLAY"):
        return NO_DISPLAY_HELP
    missing = missing_x11_libraries()
    return missing_libraries_help(missing) if missing else None


def run_gui(db_path: Path) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    from db.errors import StoreError
    from db.store import Store
    from desktop.logs import log, setup_logging

    setup_logging("application", hooks=True)
    opened: Store | StoreError
    try:
        opened = Store.open(db_path)
    except StoreError as exc:
        log.warning("the database %s cannot be opened: %s", db_path, exc)
        opened = exc

    from desktop.ui.application import start

    return start(opened, db_path)
