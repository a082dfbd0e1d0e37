"""build_spec/ agrees with the source tree, without building anything: what the spec bundles
exists, the version is pyproject's, the lock pins what pyproject asks for, and the Linux packages
are laid out as the smoke test expects. (The bundle itself is built only by .ci/bundle.)"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

import desktop
from db.migrations import REVISIONS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build_spec"))
import bundle  # noqa: E402
import linux  # noqa: E402
import smoke_test  # noqa: E402

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_name_version_and_command_come_from_pyproject() -> None:
    assert bundle.version() == PYPROJECT["project"]["version"] == desktop.FALLBACK_VERSION
    assert bundle.distribution() == PYPROJECT["project"]["name"] == desktop.DISTRIBUTION
    assert bundle.APP_NAME == desktop.APP_NAME
    assert bundle.COMMAND in PYPROJECT["project"]["scripts"]
    assert bundle.metadata_text().splitlines()[1:] == [f"Name: {bundle.distribution()}", f"Version: {bundle.version()}"]
    assert bundle.metadata_folder() == f"mainstream_desk-{bundle.version()}.dist-info"


def test_every_data_file_exists_and_the_migrations_travel_as_files() -> None:
    files = bundle.data_files()  # raises if a pattern matches nothing
    assert all(Path(source).is_file() for source, _ in files)
    shipped = {Path(source).relative_to(ROOT).as_posix() for source, _ in files}
    assert {"db/migrations/env.py", "db/migrations/schema.sql", "LICENSE"} <= shipped
    revisions = {name for name in shipped if name.startswith("db/migrations/versions/")}
    assert sorted(Path(name).name[:4] for name in revisions) == list(REVISIONS)
    for folder in ("resources/fonts", "resources/translations", "resources/icons"):
        assert any(name.startswith(folder + "/") for name in shipped)


def test_every_module_the_migrations_import_is_bundled_by_name() -> None:
    hidden = bundle.hidden_imports()
    assert {"alembic", "sqlalchemy", "db.models"} <= bundle.migration_imports()  # read from the files
    assert bundle.migration_imports() <= set(hidden)
    assert "_rl_accel" in hidden  # or PDFs are silently about 20% slower
    import importlib.util

    assert [name for name in hidden if importlib.util.find_spec(name) is None] == []


def test_the_interface_and_report_languages_are_kept() -> None:
    translations = ROOT / "resources" / "translations"
    interface = {path.stem.split("_")[1] for path in translations.glob("mainstream_*.qm")}
    report = {path.stem.split("_")[1] for path in translations.glob("report_*.po")}
    assert interface | report | {"en"} == set(bundle.LANGUAGES)


@pytest.mark.parametrize(
    ("destination", "left_out"),
    [
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),  # the Reports page needs it when the window opens
        ("PySide6/Qt/lib/libQt6PdfWidgets.so.6", False),
        ("PySide6/Qt/lib/libQt6Charts.so.6", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtbase_es.qm", False),
        ("babel/locale-data/fr.dat", False),
        ("babel/locale-data/es_419.dat", False),
        ("babel/locale-data/root.dat", False),
        ("pycountry/locales/es/LC_MESSAGES/iso3166-1.mo", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", True),
        ("PySide6/Qt/lib/libQt6QmlModels.so.6", True),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", True),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6\\Qt6Quick.dll", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", True),
        ("babel/locale-data/de.dat", True),
        ("pycountry/locales/pt_BR/LC_MESSAGES/iso3166-1.mo", True),
    ],
)
def test_what_is_left_out_of_the_bundle(destination: str, left_out: bool) -> None:
    assert bundle.left_out(destination) is left_out


def test_the_lock_pins_every_dependency_with_hashes() -> None:
    """For this interpreter: each requirement of pyproject (and of the bundle extra) is locked at a
    version its bounds allow, with hashes; nothing locked is unhashed."""
    text = bundle.LOCK.read_text(encoding="utf-8")
    pins: dict[str, str] = {}
    for block in re.split(r"\n(?=\S)", text):
        first = block.splitlines()[0]
        if first.startswith("#"):
            continue
        requirement = Requirement(first.rstrip(" \\"))
        assert "--hash=sha256:" in block, f"{requirement.name} is locked without a hash"
        if requirement.marker is None or requirement.marker.evaluate():
            pins[canonicalize_name(requirement.name)] = str(requirement.specifier).removeprefix("==")
    wanted = [*PYPROJECT["project"]["dependencies"], *PYPROJECT["project"]["optional-dependencies"]["bundle"]]
    for line in wanted:
        requirement = Requirement(line)
        if requirement.marker is not None and not Marker(str(requirement.marker)).evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in build_spec/requirements.lock: run python build_spec/lock.py"
        assert requirement.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]}: {line}"


def test_the_spec_reads_everything_from_bundle_py() -> None:
    spec = (ROOT / "build_spec" / "mainstream.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    for used in ("bundle.data_files()", "bundle.hidden_imports()", "bundle.EXCLUDED_MODULES", "bundle.left_out"):
        assert used in spec
    assert "BUNDLE(" in spec and "bundle.WINDOWS_CONSOLE" in spec
    for icon in ("mainstream.ico", "mainstream.icns"):
        assert (bundle.ICONS / icon).is_file()


def test_the_windows_installer_installs_both_executables() -> None:
    script = (ROOT / "build_spec" / "windows.iss").read_text(encoding="utf-8")
    assert f"{bundle.APP_NAME}.exe" in script and f"{bundle.WINDOWS_CONSOLE}" in script
    for key in ("SetupIconFile", "LicenseFile"):
        relative = re.search(rf"^{key}=(.+)$", script, re.MULTILINE).group(1).replace("\\", "/")
        assert (ROOT / "build_spec" / relative).is_file()
    base = re.search(r"^OutputBaseFilename=(.+)$", script, re.MULTILINE).group(1)
    build = (ROOT / "build_spec" / "build.py").read_text(encoding="utf-8")
    assert base.replace("{#AppVersion}", "{bundle.version()}") + ".exe" in build


def test_the_windows_executables_carry_pyproject_version() -> None:
    text = bundle.windows_version_info()
    call = ast.parse(text, mode="eval").body  # PyInstaller evaluates it as one expression
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert f"filevers={bundle.version_tuple()}" in text and f"'ProductVersion', '{bundle.version()}'" in text
    numbers = bundle.version_tuple()
    assert len(numbers) == 4 and ".".join(map(str, numbers)).startswith(bundle.version().split("rc")[0])


def test_ci_builds_and_smoke_tests_the_bundle() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash .ci/bundle" in run
    script = (ROOT / ".ci" / "bundle").read_text(encoding="utf-8")
    assert "build_spec/build.py --packages" in script and "build_spec/smoke_test.py" in script
    assert '"bundle"' not in str(PYPROJECT["project"]["optional-dependencies"]["test"])


def test_the_icon_is_package_data_in_every_size_the_desktop_asks_for() -> None:
    assert "icons/*" in PYPROJECT["tool"]["setuptools"]["package-data"]["resources"]
    for size in linux.ICON_SIZES:
        assert (bundle.ICONS / f"mainstream-{size}.png").is_file()


def fake_bundle(folder: Path) -> Path:
    """A stand-in for dist/Mainstream: a ``mainstream`` that prints the version."""
    (folder / "_internal/db/migrations").mkdir(parents=True)
    (folder / "_internal/db/migrations/schema.sql").write_text("-- schema\n")
    program = folder / bundle.COMMAND
    program.write_text(f"#!/bin/sh\necho mainstream {bundle.version()}\n")
    program.chmod(0o755)
    return folder


def test_the_tarball_adds_itself_to_the_menu_from_where_it_is_unpacked(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    made = linux.tarball(fake_bundle(tmp_path / "Mainstream"), dist, fast=True)
    with tarfile.open(made) as archive:
        archive.extractall(tmp_path / "user", filter="tar")
    unpacked = tmp_path / "user" / f"mainstream-{bundle.version()}"
    data = tmp_path / "data"
    result = subprocess.run(
        ["sh", str(unpacked / "install-desktop-entry.sh")],
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "added to the applications menu" in result.stdout
    entry = (data / "applications" / f"{bundle.APP_ID}.desktop").read_text()
    assert f'Exec="{unpacked}/{bundle.COMMAND}"' in entry.splitlines()
    assert f"Icon={bundle.APP_ID}" in entry.splitlines()
    assert (data / f"icons/hicolor/256x256/apps/{bundle.APP_ID}.png").is_file()


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is Debian's")
def test_the_deb_installs_what_the_smoke_test_checks(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    made = linux.deb(fake_bundle(tmp_path / "Mainstream"), dist, tmp_path / "staging", fast=True)
    assert made.name.startswith(f"mainstream_{bundle.version()}_")
    work = tmp_path / "work"
    work.mkdir()
    smoke_test.check_deb(made, work)  # raises SmokeError if a file is missing
    control = subprocess.run(["dpkg-deb", "-f", str(made), "Depends"], check=True, capture_output=True, text=True)
    assert "libxcb-cursor0" in control.stdout
