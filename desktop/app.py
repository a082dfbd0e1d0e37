"""Starting the GUI: check the system can show a window, open the database,
then hand over to Qt.

The database is opened before PySide6 is imported: Qt's import hook makes
later imports of SQLAlchemy and ReportLab slower.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

XCB_CURSOR_HELP = (
    "Mainstream cannot open its window: the system library libxcb-cursor0, which Qt needs on Linux, is missing.\n"
    "Install it and start Mainstream again:\n"
    "    Debian/Ubuntu:  sudo apt install libxcb-cursor0\n"
    "    Fedora:         sudo dnf install xcb-util-cursor\n"
    "    Arch:           sudo pacman -S xcb-util-cursor"
)
NO_DISPLAY_HELP = (
    "Mainstream cannot open its window: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are not "
    "set). Start it from a desktop session; the command-line commands (see 'mainstream --help') work without one."
)


def display_problem(environ: dict[str, str] | None = None, platform: str = sys.platform) -> str | None:
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
    if ctypes.util.find_library("xcb-cursor") is None:
        return XCB_CURSOR_HELP
    return None


def run_gui(db_path: Path) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    from db.errors import StoreError
    from db.store import Store

    try:
        store = Store.open(db_path)
        error = None
    except StoreError as exc:
        store, error = None, str(exc)

    from desktop.ui.application import start

    return start(store, error)
