"""The README's promises that a script can check."""

import re
import shlex
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_test_command_is_the_one_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r'^TEST_COMMAND="(.+)"$', ci, re.MULTILINE)
    assert command is not None
    assert command.group(1) in readme


def test_readme_install_command_starts_the_installed_entry_point() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = "python3 -m venv .venv && .venv/bin/pip install ."
    line = next(line for line in readme.splitlines() if line.startswith(start))
    parts = [shlex.split(part) for part in line.split("&&")]
    assert parts[-1] == [".venv/bin/mainstream"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["mainstream"] == "desktop.cli:main"
