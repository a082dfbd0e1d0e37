"""The built bundle does what a focal point does first, with no Python around it.

Run: python build_spec/smoke_test.py [dist/Mainstream | dist/mainstream-X.Y.Z-linux-ARCH.tar.gz] [DEB]

(qutebrowser's scripts/dev/build_release.py smoke_test is the model.) A tarball is unpacked first,
so what is tested is what a user downloads. Each step runs the frozen ``mainstream`` in a bare
environment (a new home and data folder, no PYTHONPATH, a PATH of system folders only), offscreen:

1. ``--version`` names pyproject's version;
2. ``demo`` on a new database; 3. ``report --country PER``: a real PDF, its pages counted (and
   Burundi's in French);
4. ``export``; 5. ``import --trust`` into a second, new database, whose ``dump`` then equals the
   first's; 6. the window opened on that second database, which quits by itself once its dashboard
   is filled in (MAINSTREAM_QUIT_WHEN_READY): this is where a Qt module left out would show.

A .deb named as well is checked for the files it installs (``dpkg-deb -c``), unpacked, and its
``mainstream --version`` run.

Anything on standard error that is not in ``EXPECTED_STDERR`` fails the test, and so does a
bundle without the pieces a trial build showed are easily lost (ReportLab's accelerator, QtPdf,
the migrations, the LGPL libraries as files). Exits 0 and prints the time of each step.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle

#: Lines allowed on standard error, as regular expressions (none are expected today).
EXPECTED_STDERR: tuple[str, ...] = ()
#: The bundle's files whose absence a build does not report, and the program only at some point.
REQUIRED = (
    "_internal/_rl_accel*",
    "_internal/PySide6/Qt/lib/libQt6Pdf.so*",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/db/migrations/env.py",
    "_internal/db/migrations/versions/0001_*.py",
    "_internal/db/migrations/schema.sql",
    "_internal/resources/fonts/NotoSansArabic-Regular.ttf",
    "_internal/resources/translations/mainstream_fr.qm",
    "_internal/resources/translations/report_es.po",
    "_internal/resources/icons/mainstream-256.png",
    "_internal/bidi/__init__.py",
    "_internal/pycountry/__init__.py",
    "_internal/pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo",
    "_internal/babel/locale-data/fr.dat",
)
#: And those that must have been left out (docs/performance.md counts what that saves).
ABSENT = ("_internal/PySide6/Qt/lib/libQt6Quick.so*", "_internal/PySide6/Qt/lib/libQt6Qml.so*")
TIMEOUT_S = 120


class SmokeError(Exception):
    pass


def bare_environment(home: Path) -> dict[str, str]:
    """No virtual environment, Python path or user settings from the machine that runs the test."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    (home / "runtime").mkdir(parents=True, mode=0o700)
    return env


def step(name: str, command: list[str], env: dict[str, str], cwd: Path) -> str:
    """Runs one command of the frozen program; its standard output."""
    started = time.monotonic()
    result = subprocess.run(
        command,
        check=False,
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )
    unexpected = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and not any(re.search(pattern, line) for pattern in EXPECTED_STDERR)
    ]
    if result.returncode != 0 or unexpected:
        what = f"exit status {result.returncode}" if result.returncode else "unexpected output on standard error"
        raise SmokeError(f"{name}: {what}\n$ {' '.join(command)}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    print(f"  {name}: {time.monotonic() - started:.1f} s", flush=True)
    return result.stdout


def check_files(folder: Path) -> None:
    for pattern in REQUIRED:
        if not list(folder.glob(pattern)):
            raise SmokeError(f"the bundle lacks {pattern}")
    for pattern in ABSENT:
        if list(folder.glob(pattern)):
            raise SmokeError(f"the bundle still holds {pattern}, which should be left out")


def pdf_pages(path: Path) -> int:
    """The pages of a complete PDF (header and end-of-file mark checked), counted from its objects."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeError(f"{path.name} is not a complete PDF")
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def smoke(folder: Path, work: Path) -> None:
    program = folder / bundle.COMMAND
    check_files(folder)
    env = bare_environment(work / "home")
    first, second = work / "first.db", work / "second.db"

    out = step("--version", [str(program), "--version"], env, work)
    if out.strip() != f"mainstream {bundle.version()}":
        raise SmokeError(f"--version says {out.strip()!r}, pyproject says {bundle.version()}")
    out = step("demo", [str(program), "--db", str(first), "demo"], env, work)
    if not re.search(r"\b[1-9]\d* records added", out):
        raise SmokeError(f"demo added nothing: {out}")
    report = work / "peru.pdf"
    out = step("report", [str(program), "--db", str(first), "report", "--country", "PER", "-o", str(report)], env, work)
    said = re.search(r"(\d+) pages", out)
    pages = pdf_pages(report)
    if not said or pages < 5 or int(said.group(1)) != pages:
        raise SmokeError(f"the Peru report has {pages} pages; the command said: {out}")
    # In French: the catalogue and the Babel locale data kept when other languages' are left out.
    french = work / "burundi-fr.pdf"
    command = [str(program), "--db", str(first), "report", "--country", "BDI", "--lang", "fr", "-o", str(french)]
    step("report in French", command, env, work)
    if pdf_pages(french) < 3:
        raise SmokeError("the French report of Burundi has fewer than 3 pages")
    exchange = work / "peru.mxf"
    step("export", [str(program), "--db", str(first), "export", "-o", str(exchange)], env, work)
    out = step("import", [str(program), "--db", str(second), "import", str(exchange), "--trust"], env, work)
    if "Imported" not in out:
        raise SmokeError(f"the import did not say it imported: {out}")
    dumps = [step(f"dump {db.stem}", [str(program), "--db", str(db), "dump"], env, work) for db in (first, second)]
    if dumps[0] != dumps[1] or len(dumps[0]) < 10_000:
        raise SmokeError("the second database does not hold what the first one sent")
    window = {**env, "MAINSTREAM_QUIT_WHEN_READY": "1"}
    out = step("window", [str(program), "--db", str(second)], window, work)
    if "mainstream: ready" not in out.splitlines():
        raise SmokeError(f"the window quit without showing its dashboard: {out}")
    print(f"  the Peru report: {pages} pages; the exchange file: {exchange.stat().st_size // 1024} KiB")


#: What the .deb must install, beside the bundle in /opt/mainstream.
DEB_FILES = (
    "./opt/mainstream/mainstream",
    "./opt/mainstream/_internal/db/migrations/schema.sql",
    "./usr/bin/mainstream -> /opt/mainstream/mainstream",
    f"./usr/share/applications/{bundle.APP_ID}.desktop",
    f"./usr/share/icons/hicolor/48x48/apps/{bundle.APP_ID}.png",
    f"./usr/share/icons/hicolor/256x256/apps/{bundle.APP_ID}.png",
    "./usr/share/doc/mainstream/copyright",
)


def check_deb(deb: Path, work: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], check=True, capture_output=True, text=True).stdout
    paths = {line.split(maxsplit=5)[-1] for line in listing.splitlines()}
    missing = [path for path in DEB_FILES if path not in paths]
    if missing:
        raise SmokeError(f"{deb.name} does not install {', '.join(missing)}")
    root = work / "deb"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    home = work / "deb-home"
    out = step("deb --version", [str(root / "opt/mainstream/mainstream"), "--version"], bare_environment(home), work)
    if out.strip() != f"mainstream {bundle.version()}":
        raise SmokeError(f"the .deb's mainstream --version says {out.strip()!r}")
    print(f"  {deb.name}: {len(paths)} files and folders, the menu entry and icons included")


def unpacked(path: Path, work: Path) -> Path:
    """The bundle folder: ``path`` itself, or the one a tarball holds, unpacked into ``work``."""
    if path.is_dir():
        return path
    with tarfile.open(path) as archive:
        archive.extractall(work / "unpacked", filter="tar")
    (top,) = (work / "unpacked").iterdir()
    return top


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else bundle.ROOT / "dist" / bundle.APP_NAME
    debs = [Path(arg).resolve() for arg in argv[1:]]
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="mainstream-smoke-"))
    try:
        print(f"smoke test of {target}", flush=True)
        smoke(unpacked(target.resolve(), work), work)
        for deb in debs:
            check_deb(deb, work)
    except (SmokeError, subprocess.SubprocessError, OSError) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
