"""The frozen bundle beside the Python package: its size, and the time from start to a filled
dashboard and of a command-line command.

Run: python benchmarks/bundle.py [--bundle dist/Mainstream] [--size 100000] [--runs 3] [--out benchmarks/out]
Build the bundle first (python build_spec/build.py --packages). Prints a Markdown table (copied
into docs/performance.md) and writes JSON.

Both programs are started the same way, as a process of their own on Qt's offscreen platform with
empty settings (a first start): the bundle's ``mainstream``, and ``python -m desktop.cli`` from
this checkout with the interpreter running this script (the package as pip installs it). The
start is timed from just before the process is spawned until it prints the line the application
prints once its main window is shown with the Overview dashboard filled in and painted
(MAINSTREAM_QUIT_WHEN_READY, desktop/ui/application.py). The databases: the demo, and
``demo --size N``. ``--version`` is the command-line start: imports, nothing opened.

Best of ``--runs`` runs, the two programs taking turns, after a start of each that warms the disk
cache; the calibration job of
benchmarks/foundation.py alongside, because this machine's speed drifts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY_LINE = "mainstream: ready"  # desktop.ui.application.READY_LINE (not imported: no Qt here)


def calibration() -> float:
    """Seconds for a fixed pure-Python job: the speed of this machine right now."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "sum(range(10**8))"], check=True)
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def environment(folder: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "MAINSTREAM_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        MAINSTREAM_QUIT_WHEN_READY="1",
    )
    return env


def time_until_ready(command: list[str], db: Path, folder: Path) -> float:
    """Seconds from spawning the program on ``db`` until it says its dashboard is filled in."""
    errors = folder / "stderr.txt"
    folder.mkdir(parents=True, exist_ok=True)
    with errors.open("w") as stderr:
        spawned = time.perf_counter()
        with subprocess.Popen(
            [*command, "--db", str(db)],
            cwd=ROOT,
            env=environment(folder),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        ) as process:
            assert process.stdout is not None
            for line in process.stdout:
                if line.strip() == READY_LINE:
                    ready = time.perf_counter() - spawned
                    break
            else:
                raise RuntimeError(f"{command[0]} never became ready: {errors.read_text()}")
            process.wait(timeout=120)
    return ready


def time_command(command: list[str], folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=environment(folder), check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description="the bundle's size and start beside the package's")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Mainstream")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args()
    frozen = args.bundle.resolve() / "mainstream"
    if not frozen.exists():
        print(f"no bundle at {args.bundle}: run python build_spec/build.py --packages first", file=sys.stderr)
        return 2
    programs = {"bundle": [str(frozen)], "package": [sys.executable, "-m", "desktop.cli"]}
    results: dict[str, object] = {"calibration_s": [calibration()]}
    sizes = {"bundle folder": folder_size(args.bundle)}
    for pattern in ("mainstream-*-linux-*.tar.gz", "mainstream_*.deb"):
        for made in sorted(args.bundle.parent.glob(pattern)):
            sizes[made.name] = made.stat().st_size
    results["sizes_bytes"] = sizes
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        databases = {"demo": folder / "demo.db", f"demo --size {args.size}": folder / "large.db"}
        subprocess.run([str(frozen), "--db", str(databases["demo"]), "demo"], check=True, capture_output=True)
        large = [str(frozen), "--db", str(folder / "large.db"), "demo", "--size", str(args.size)]
        subprocess.run(large, check=True, capture_output=True)
        timings: dict[str, dict[str, list[float]]] = {name: {} for name in programs}
        for name, command in programs.items():  # a first start of each warms the disk cache
            time_until_ready(command, databases["demo"], folder / f"{name}-warm")
            time_command([*command, "--version"], folder / "version-warm")
        for run in range(args.runs):  # the two programs in turn, so the machine's drift hits both alike
            for name, command in programs.items():
                for label, db in databases.items():
                    seconds = time_until_ready(command, db, folder / f"{name}-{run}-{len(timings[name])}")
                    timings[name].setdefault(label, []).append(seconds)
                timings[name].setdefault("--version", []).append(time_command([*command, "--version"], folder))
        results["timings_s"] = timings
    results["calibration_s"].append(calibration())  # type: ignore[attr-defined]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bundle.json").write_text(json.dumps(results, indent=2) + "\n")

    print("| what | size |\n| --- | --- |")
    for name, size in sizes.items():
        print(f"| {name} | {size / 1e6:.0f} MB |")
    print("\n| start (best of runs) | bundle | package (python -m) |")
    print("| --- | --- | --- |")
    for label in [*databases, "--version"]:
        row = [f"{min(timings[name][label]):.2f} s" for name in programs]
        what = "`mainstream --version`" if label == "--version" else f"window, dashboard filled in: {label}"
        print(f"| {what} | {' | '.join(row)} |")
    low, high = sorted(results["calibration_s"])  # type: ignore[arg-type]
    print(f"\n(Calibration: {low:.2f}–{high:.2f} s.)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
