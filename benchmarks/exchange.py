"""Timings of exchange files on the ``demo --size N`` database (issue 5).

Run: python benchmarks/exchange.py [--size 100000]
Measures, each as a real ``mainstream`` process (start-up included) with its
peak memory: export of everything; import of that file into an empty database
(records per second); the same import again (nothing to do). Beside each, raw
``sqlite3`` inserting as many rows in one transaction on the same machine, and
the ratio. Prints a Markdown table for docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable


#: Runs the command and reports its own peak memory on the last line of stderr.
MEASURED = (
    "import resource, sys\n"
    "from desktop.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak resident memory (MB) of one ``mainstream`` process.

    The disk is synced first: otherwise the kernel is still writing out the previous
    step's files (the 160 MB demo database, the export) while this one waits on its own
    syncs at commit, which made the same import vary by a tenth from run to run."""
    os.sync()
    started = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-c", MEASURED, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    seconds = time.perf_counter() - started
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def raw_sqlite(rows: int, folder: Path) -> float:
    """Inserting ``rows`` rows of about a record's width with sqlite3.executemany, one transaction."""
    path = folder / "raw.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(
        "CREATE TABLE t (id TEXT PRIMARY KEY, country TEXT, title TEXT, status TEXT, budget REAL, "
        "start TEXT, finish TEXT, created_at TEXT, device TEXT)"
    )
    data = [
        (
            f"{i:036d}",
            "PER",
            f"Activity {i}",
            "ongoing",
            1000.0 + i,
            "2026-01-01",
            "2026-12-31",
            "2026-11-23 10:00:00.000000",
            "d" * 36,
        )
        for i in range(rows)
    ]
    os.sync()
    started = time.perf_counter()
    with connection:
        connection.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", data)
    seconds = time.perf_counter() - started
    connection.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source, target, package = folder / "source.db", folder / "target.db", folder / "all.mxf"
        subprocess.run(
            [PYTHON, "-m", "desktop.cli", "--db", str(source), "demo", "--size", str(args.size)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        records = int(sqlite3.connect(source).execute("SELECT count(*) FROM change").fetchone()[0])
        export_s, export_mb = run(["--db", str(source), "export", "-o", str(package)])
        import_s, import_mb = run(["--db", str(target), "import", str(package), "--trust"])
        again_s, again_mb = run(["--db", str(target), "import", str(package)])
        raw_s = raw_sqlite(records, folder)
        size_mb = os.path.getsize(package) / 1e6
    raw_rate = records / raw_s
    print(f"demo --size {args.size:,}: {records:,} changes, exchange file {size_mb:.1f} MB\n")
    print("| step | target | measured | records/s | peak memory | raw sqlite3, as many rows | ratio |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for label, target, seconds, peak in (
        ("export everything", "< 5 s, < 500 MB", export_s, export_mb),
        ("import into an empty database", "≥ 30,000 records/s, < 500 MB", import_s, import_mb),
        ("import again (nothing to do)", "< 3 s, < 500 MB", again_s, again_mb),
    ):
        print(
            f"| {label} | {target} | {seconds:.2f} s | {records / seconds:,.0f} | {peak:.0f} MB | "
            f"{raw_s:.2f} s ({raw_rate:,.0f}/s) | {seconds / raw_s:.1f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
