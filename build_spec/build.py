"""Builds Mainstream for people without Python, from a clean checkout.

Run: python build_spec/build.py [--packages] [--fast] [--venv FOLDER] [--dist FOLDER]

1. an environment of its own (build/bundle-venv) with exactly the versions and hashes of
   build_spec/requirements.lock (PyInstaller included); made again only when the lock changes;
2. PyInstaller on build_spec/mainstream.spec: dist/Mainstream/ (one folder; on macOS also
   dist/Mainstream.app);
3. with ``--packages``, what a user downloads: on Linux a tarball and a .deb (build_spec/linux.py),
   on Windows the Inno Setup installer (build_spec/windows.iss, if ``iscc`` is on the PATH), on
   macOS a .dmg of the .app (hdiutil). ``--fast`` compresses little (CI: the packages are only
   checked, not published).

Nothing is downloaded but the locked packages. Build on the oldest system you support: the bundle
uses that system's C library and runs on that one and newer ones. docs/packaging.md says more.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle

BUILD = bundle.ROOT / "build"
STAMP = "mainstream-lock.sha256"


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def environment(venv: Path) -> Path:
    """The build environment, installed from the lock alone (--require-hashes, --no-deps): a package
    changed on the index or missing from the lock fails the build instead of slipping in."""
    made_by = f"{sys.executable} {sys.version}".encode()
    digest = hashlib.sha256(bundle.LOCK.read_bytes() + made_by).hexdigest()
    python = venv_python(venv)
    if python.exists() and (venv / STAMP).exists() and (venv / STAMP).read_text().strip() == digest:
        return python
    if venv.exists():
        shutil.rmtree(venv)
    run([sys.executable, "-m", "venv", str(venv)])
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet"]
    run([*pip, "install", "--require-hashes", "--no-deps", "--only-binary", ":all:", "-r", str(bundle.LOCK)])
    (venv / STAMP).write_text(digest + "\n")
    return python


def freeze(python: Path, dist: Path) -> Path:
    """PyInstaller's one-folder build; the folder."""
    work = BUILD / "pyinstaller"
    env = {**os.environ, "PYTHONNOUSERSITE": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    command = [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(bundle.BUILD_SPEC / "mainstream.spec")]
    run(command, env=env)
    return dist / bundle.APP_NAME


def packages(folder: Path, dist: Path, fast: bool) -> list[Path]:
    """The downloads for this system."""
    if sys.platform.startswith("linux"):
        import linux

        return [linux.tarball(folder, dist, fast=fast), linux.deb(folder, dist, BUILD / "deb", fast=fast)]
    if sys.platform == "win32":
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        if iscc is None:
            print("Inno Setup's iscc is not on the PATH: dist\\Mainstream is built, the installer is not")
            return []
        script = bundle.BUILD_SPEC / "windows.iss"
        run([iscc, f"/DAppVersion={bundle.version()}", f"/DSourceDir={folder}", f"/O{dist}", str(script)])
        return sorted(dist.glob(f"Mainstream-{bundle.version()}-setup.exe"))
    if sys.platform == "darwin":
        image = dist / f"Mainstream-{bundle.version()}.dmg"
        image.unlink(missing_ok=True)
        app = dist / f"{bundle.APP_NAME}.app"
        run(
            [
                "hdiutil",
                "create",
                "-volname",
                bundle.APP_NAME,
                "-srcfolder",
                str(app),
                "-ov",
                "-format",
                "UDZO",
                str(image),
            ]
        )
        return [image]
    return []


def run(command: list[str], env: dict[str, str] | None = None) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, env=env)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", action="store_true", help="also make the packages users download")
    parser.add_argument("--fast", action="store_true", help="compress the packages little (for checks)")
    parser.add_argument("--venv", type=Path, default=BUILD / "bundle-venv", help="the build environment")
    parser.add_argument("--dist", type=Path, default=bundle.ROOT / "dist", help="where the bundle goes")
    args = parser.parse_args(argv)
    started = time.monotonic()
    python = environment(args.venv.resolve())
    print(f"environment ready in {time.monotonic() - started:.0f} s", flush=True)
    folder = freeze(python, args.dist.resolve())
    print(f"{folder}: {folder_size(folder) / 1e6:.0f} MB, built in {time.monotonic() - started:.0f} s", flush=True)
    if args.packages:
        for made in packages(folder, args.dist.resolve(), args.fast):
            print(f"{made}: {made.stat().st_size / 1e6:.0f} MB", flush=True)
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
