"""What goes into the frozen Mainstream and what stays out, in plain Python.

``mainstream.spec`` (PyInstaller) and the packaging scripts read everything from
here, and ``tests/test_build_spec.py`` checks it against the source tree without
PyInstaller: every file named exists, the version is pyproject's, every module
the migrations import is bundled. See docs/packaging.md.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
BUILD_SPEC = ROOT / "build_spec"
PYPROJECT = ROOT / "pyproject.toml"
LOCK = BUILD_SPEC / "requirements.lock"
ICONS = ROOT / "resources" / "icons"

#: The name people see (desktop.APP_NAME), the folder PyInstaller makes and the macOS .app.
APP_NAME = "Mainstream"
#: The command (pyproject's [project.scripts]); on Windows the console executable is ``mainstream-cli.exe``
#: beside ``Mainstream.exe``, because Windows does not tell ``mainstream.exe`` from ``Mainstream.exe``.
COMMAND = "mainstream"
WINDOWS_CONSOLE = "mainstream-cli"
#: The reverse-domain id of the macOS bundle and of the Linux desktop entry.
APP_ID = "org.mainstream.desk"
SUMMARY = "Offline desk for the focal points of the joint programme on migration and development"
ENTRY = BUILD_SPEC / "launch.py"

#: Files read at run time, not imported: (pattern under ROOT, folder in the bundle). Alembic reads
#: env.py and the revisions as files; new databases are made from schema.sql.
DATA = (
    ("resources/fonts/*.ttf", "resources/fonts"),
    ("resources/fonts/*.txt", "resources/fonts"),
    ("resources/fonts/README.md", "resources/fonts"),
    ("resources/translations/*.qm", "resources/translations"),
    ("resources/translations/report_*.po", "resources/translations"),
    ("resources/icons/*.png", "resources/icons"),
    ("resources/iati/*.xsd", "resources/iati"),
    ("resources/iati/LICENCE.md", "resources/iati"),
    ("resources/iati/codelists/*", "resources/iati/codelists"),
    ("db/migrations/env.py", "db/migrations"),
    ("db/migrations/script.py.mako", "db/migrations"),
    ("db/migrations/schema.sql", "db/migrations"),
    ("db/migrations/versions/*.py", "db/migrations/versions"),
    ("LICENSE", "."),
)

#: Imported in ways PyInstaller's analysis does not see. ReportLab imports its C accelerator
#: (the rl_accel package) by name inside exec(): without it PDFs are silently about 20% slower.
HIDDEN_IMPORTS = (
    "_rl_accel",
    "reportlab.lib.rl_accel",
    "alembic.ddl.sqlite",
    "alembic.runtime.migration",
    "alembic.runtime.environment",
)

#: Python modules never imported by Mainstream that hooks would otherwise pull in. Babel looks for
#: pkg_resources (its message extractors' entry points); bundled, setuptools would also be imported at
#: every start by PyInstaller's runtime hook for it.
EXCLUDED_MODULES = (
    "tkinter",
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtVirtualKeyboard",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
    "PySide6.QtDesigner",
    "PySide6.QtSql",
    "PySide6.QtTest",
)

#: Qt libraries, plugins and translations left out of the bundle, as patterns on their path in it.
#: QtPdf must stay: the Reports page imports it, and its absence shows only when the window opens.
QT_LEFT_OUT = (
    r"libQt6(Quick|Qml|VirtualKeyboard|WaylandClient|WaylandCompositor|WlShell|WebEngine|Designer|ShaderTools)\w*",
    r"Qt6(Quick|Qml|VirtualKeyboard|WebEngine|Designer|ShaderTools)\w*\.dll",
    r"Qt(Quick|Qml|VirtualKeyboard|WebEngine)\w*\.framework",
    r"plugins/(wayland-\w+|wayland-shell-integration|wayland-decoration-client|wayland-graphics-integration-\w+)/",
    r"plugins/platforms/libqwayland\w*",
    r"plugins/platforminputcontexts/\w*virtualkeyboard\w*",
    r"plugins/(qmltooling|qmllint|scenegraph|designer)/",
    r"Qt/qml/",
)
#: The languages of the interface and of the report (docs/translations.md): the only ones whose Qt
#: translations, Babel locale data and pycountry country names are kept (about 60 MB less).
LANGUAGES = ("en", "fr", "es")

#: LGPL libraries shipped as their source files beside the program, not inside its archive, so a
#: user can replace them (python-bidi: LGPL-3.0, pycountry: LGPL-2.1).
REPLACEABLE = ("bidi", "pycountry")


def project() -> dict[str, object]:
    """pyproject.toml's [project] table."""
    with PYPROJECT.open("rb") as handle:
        table: dict[str, object] = tomllib.load(handle)["project"]
    return table


def version() -> str:
    """The version the bundle carries, pyproject's."""
    return str(project()["version"])


def distribution() -> str:
    """The distribution name whose metadata holds the version (desktop.DISTRIBUTION)."""
    return str(project()["name"])


def data_files() -> list[tuple[str, str]]:
    """Every data file as PyInstaller's (source path, folder in the bundle) pairs."""
    files: list[tuple[str, str]] = []
    for pattern, folder in DATA:
        matches = sorted(ROOT.glob(pattern))
        if not matches:
            raise FileNotFoundError(f"build_spec: nothing matches {pattern}")
        files.extend((str(path), folder) for path in matches if path.name != "__init__.py")
    return files


def migration_imports() -> set[str]:
    """The modules env.py and the revisions import: Alembic runs them from files, so PyInstaller's
    analysis never reads them and each must be bundled by name."""
    names: set[str] = set()
    folder = ROOT / "db" / "migrations"
    for path in [folder / "env.py", *sorted((folder / "versions").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    names.discard("__future__")
    return names


def hidden_imports() -> list[str]:
    return sorted({*HIDDEN_IMPORTS, *migration_imports()})


def left_out(destination: str) -> bool:
    """Whether a file PyInstaller would bundle at ``destination`` (its path in the bundle) is left out."""
    path = PurePosixPath(destination.replace("\\", "/")).as_posix()
    if any(re.search(pattern, path) for pattern in QT_LEFT_OUT):
        return True
    language = (
        re.search(r"Qt6?/translations/\w+?_([a-z]{2})(_\w+)?\.qm$", path)
        or re.search(r"babel/locale-data/([a-z]{2,3})(_\w+)?\.dat$", path)
        or re.search(r"pycountry/locales/([a-z]{2,3})(_\w+|@\w+)?/", path)
    )
    return bool(language) and language.group(1) not in LANGUAGES


def collection_modes() -> dict[str, str]:
    """PyInstaller's module_collection_mode: the replaceable libraries as .py files."""
    return dict.fromkeys(REPLACEABLE, "py")


def metadata_text() -> str:
    """A METADATA file for the bundle's own dist-info, so ``mainstream --version`` and exchange files
    name pyproject's version without installing the project into the build environment."""
    return f"Metadata-Version: 2.1\nName: {distribution()}\nVersion: {version()}\n"


def metadata_folder() -> str:
    """The dist-info folder's name, as importlib.metadata looks for it."""
    return f"{distribution().replace('-', '_')}-{version()}.dist-info"


def version_tuple() -> tuple[int, int, int, int]:
    """The version as Windows' four numbers (a pre-release tag is dropped)."""
    numbers = [int(part) for part in re.findall(r"\d+", version())[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def windows_version_info() -> str:
    """The version resource of the Windows executables (PyInstaller's VSVersionInfo, as text): the
    name and version Explorer shows in their properties."""
    numbers = version_tuple()
    strings = ", ".join(
        f"StringStruct({key!r}, {value!r})"
        for key, value in (
            ("ProductName", APP_NAME),
            ("FileDescription", APP_NAME),
            ("ProductVersion", version()),
            ("FileVersion", version()),
            ("LegalCopyright", "MIT licence"),
        )
    )
    return (
        f"VSVersionInfo(ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}), "
        f"kids=[StringFileInfo([StringTable('040904B0', [{strings}])]), "
        "VarFileInfo([VarStruct('Translation', [1033, 1200])])])\n"
    )
