"""Refreshes build_spec/requirements.lock: every package the bundle is built from, at an exact
version with the hashes of its files, for every system and Python from 3.11 on.

Run: python build_spec/lock.py [--upgrade] [--check]

Needs uv (``pip install uv``). Without ``--upgrade`` the versions already locked are kept where
pyproject.toml's bounds still allow them, so a release does not change with whatever was newest
that day; ``--upgrade`` takes the newest within the bounds. ``--check`` exits 1 if the lock no
longer satisfies pyproject.toml (a dependency added or its bounds changed), without writing.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle

#: The oldest Python the project supports (pyproject's requires-python): the lock covers it and newer.
PYTHON = "3.11"


def compile_lock(out: Path, upgrade: bool) -> None:
    uv = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    command = [uv, "pip", "compile", "pyproject.toml", "--extra", "bundle", "--universal", "--generate-hashes"]
    command += ["--python-version", PYTHON, "--quiet", "-o", str(out)]
    command += ["--custom-compile-command", "python build_spec/lock.py"]
    if upgrade:
        command.append("--upgrade")
    subprocess.run(command, check=True, cwd=bundle.ROOT)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / "requirements.lock"
            shutil.copy2(bundle.LOCK, fresh)
            compile_lock(fresh, upgrade=False)
            if not filecmp.cmp(fresh, bundle.LOCK, shallow=False):
                print("build_spec/requirements.lock is out of date: run python build_spec/lock.py")
                return 1
        print("build_spec/requirements.lock is current")
        return 0
    compile_lock(bundle.LOCK, upgrade="--upgrade" in argv)
    print(f"wrote {bundle.LOCK.relative_to(bundle.ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
