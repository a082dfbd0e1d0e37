"""Timings for the foundation: demo --size, open, dump, load.

Run: python benchmarks/foundation.py [--size 100000] [--out benchmarks/out]
Prints a Markdown table (copied into docs/performance.md) and writes JSON.
Each command runs as a real `mainstream` process, as a user would run it; the
open and load figures are also taken inside one process, without imports.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable


def run(args: list[str], stdout: object = subprocess.DEVNULL) -> float:
    started = time.perf_counter()
    subprocess.run([PYTHON, "-m", "desktop.cli", *args], check=True, stdout=stdout)  # type: ignore[arg-type]
    return time.perf_counter() - started


def calibration() -> float:
    """Seconds for a fixed pure-Python job: the speed of this machine right now.
    On a shared virtual machine it drifts by a third within minutes, so the
    figures are the best of several runs and come with this number."""
    started = time.perf_counter()
    subprocess.run([PYTHON, "-c", "sum(range(10**8))"], check=True)
    return time.perf_counter() - started


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def in_process(code: str) -> dict[str, float]:
    output = subprocess.run([PYTHON, "-c", code], check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


OPEN_CODE = """
import json, sys, time
from sqlalchemy import text
from db.store import Store
started = time.perf_counter()
store = Store.open(sys.argv[1] if len(sys.argv) > 1 else {path!r})
with store.session() as session:
    session.execute(text("SELECT count(*) FROM activity")).scalar()
print(json.dumps({{"open": time.perf_counter() - started}}))
"""

LOAD_CODE = """
import json, time
from db.services import Actor, load, parse_dump
from db.store import Store
started = time.perf_counter()
data = open({dump!r}, "rb").read()
records = parse_dump(data)
parsed = time.perf_counter()
store = Store.open({target!r})
with store.session() as session:
    summary = load(session, Actor("bench", store.device_id()), records)
done = time.perf_counter()
print(json.dumps({{"parse": parsed - started, "total": done - started, "records": sum(summary.created.values())}}))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source, target, dump = work / "source.db", work / "target.db", work / "dump.json"
        calibrations = [calibration() for _ in range(3)]
        demo_s = min(run(["--db", str(fresh(source)), "demo", "--size", str(args.size)]) for _ in range(args.runs))
        opens = [in_process(OPEN_CODE.format(path=str(source)))["open"] for _ in range(5)]
        dumps = []
        for _ in range(args.runs):
            with dump.open("wb") as handle:
                dumps.append(run(["--db", str(source), "dump"], stdout=handle))
        dump_s = min(dumps)
        records = sum(len(rows) for rows in json.loads(dump.read_bytes())["records"].values())
        load_cli_s = min(run(["--db", str(fresh(target)), "load", str(dump)]) for _ in range(args.runs))
        inner = []
        for _ in range(args.runs):
            fresh(target)
            inner.append(in_process(LOAD_CODE.format(dump=str(dump), target=str(target))))
        load_inner = min(inner, key=lambda figures: figures["total"])
        calibrations += [calibration() for _ in range(3)]
        results = {
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "calibration_s": [round(c, 2) for c in calibrations],
            "runs": args.runs,
            "size": args.size,
            "records": records,
            "dump_bytes": dump.stat().st_size,
            "database_bytes": source.stat().st_size,
            "demo_s": demo_s,
            "open_s_median": statistics.median(opens),
            "dump_s": dump_s,
            "load_command_s": load_cli_s,
            "load_command_records_per_s": records / load_cli_s,
            "load_in_process_s": load_inner["total"],
            "load_in_process_records_per_s": records / load_inner["total"],
            "load_parse_s": load_inner["parse"],
        }
    (args.out / "foundation.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"Machine: {results['machine']}; demo --size {args.size:,} = {records:,} records")
    print(f"({results['dump_bytes'] / 1e6:.0f} MB of JSON, {results['database_bytes'] / 1e6:.0f} MB database)")
    print(
        f"Best of {args.runs} runs; calibration (sum(range(10**8))) took {min(calibrations):.2f}–"
        f"{max(calibrations):.2f} s during the run\n"
    )
    print("| scenario | target | measured |")
    print("| --- | --- | --- |")
    print(f"| `demo --size {args.size}` (whole command) | < 15 s | {demo_s:.1f} s |")
    opened = results["open_s_median"]
    print(f"| open the database, schema checked, first query (median of 5) | < 0.3 s | {opened:.3f} s |")
    print(f"| `dump` (whole command) | < 10 s | {dump_s:.1f} s |")
    print(
        f"| `load` into an empty database (whole command) | ≥ 20,000 records/s | "
        f"{results['load_command_records_per_s']:,.0f} records/s ({load_cli_s:.1f} s) |"
    )
    print(
        f"| `load`, in process without imports (parse {load_inner['parse']:.1f} s) | ≥ 20,000 records/s | "
        f"{results['load_in_process_records_per_s']:,.0f} records/s ({load_inner['total']:.1f} s) |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
