"""How fast workbooks go out and come back, and the IATI file is made (issue 18), for docs/performance.md.

    python benchmarks/sheets.py                 # demo --size 10000 (10,000 activities over 20 countries)
    python benchmarks/sheets.py --size 100000   # the issue's 100,000-activity database
    python benchmarks/sheets.py --size 100000 --db scale.db   # one made before, kept between runs

Each measurement runs in a fresh child process, so its peak memory (max RSS) is its own:
the export of every record to one workbook, the import of that workbook unchanged
(read, every row checked, nothing to write), the import of it with 100 titles edited
(checked, backed up, written), and the IATI file of one country.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
started = time.perf_counter()
from pathlib import Path
from db.store import Store
from desktop.session import current_actor
what, db, path = sys.argv[1:4]
with Store.open(db, create=False) as store:
    began, began_cpu = time.perf_counter(), time.process_time()
    if what == "export":
        from desktop.sheets.export import export_workbook
        with store.session() as session:
            result = export_workbook(session, Path(path))
        count = result.total
    elif what == "import":
        from desktop.sheets.load import import_workbook
        outcome = import_workbook(store, current_actor(store), Path(path))
        assert not outcome.refusals, outcome.refusals[:3]
        count = sum(outcome.unchanged.values()) + outcome.changed
    else:
        from desktop.iati import write_iati
        with store.session() as session:
            count = write_iati(session, what, Path(path)).activities
    done, cpu = time.perf_counter(), time.process_time() - began_cpu
print(json.dumps({"seconds": done - began, "cpu_seconds": cpu, "records": count,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def calibration() -> float:
    """A fixed pure-Python job, to compare figures taken while the machine runs at another speed."""
    start = time.perf_counter()
    sum(range(10**8))
    return time.perf_counter() - start


def child(what: str, db: Path, path: Path, runs: int) -> dict[str, float]:
    best: dict[str, float] | None = None
    for _ in range(runs):
        command = [sys.executable, "-c", CHILD, what, str(db), str(path)]
        done = subprocess.run(command, check=False, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stderr)
        figures = json.loads(done.stdout)
        if best is None or figures["seconds"] < best["seconds"]:
            best = figures
    assert best is not None
    return best


EDIT = r"""
import sys
import openpyxl
book, edited, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
workbook = openpyxl.load_workbook(book)
sheet = workbook["Activity"]
title = next(cell.column for cell in sheet[1] if cell.value == "Title")
for row in range(2, 2 + count):
    sheet.cell(row, title).value = f"{sheet.cell(row, title).value} (revised)"
workbook.save(edited)
"""


def edit_titles(book: Path, edited: Path, count: int) -> None:
    """Edited as Excel would save it, in a process of its own: Linux keeps a process's peak memory
    across the start of its children, so a big parent would inflate every figure after it."""
    subprocess.run([sys.executable, "-c", EDIT, str(book), str(edited), str(count)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="demo --size N (activities)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--country", default="PER")
    parser.add_argument("--db", type=Path, help="an existing database made with demo --size N (it is not changed)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db = args.db or base / "scale.db"
        if args.db is None:
            subprocess.run(
                [sys.executable, "-m", "desktop.cli", "--db", str(db), "demo", "--size", str(args.size)],
                check=True,
                capture_output=True,
            )
        book, edited, xml = base / "all.xlsx", base / "edited.xlsx", base / "country.xml"
        calibrations = [calibration()]
        exported = child("export", db, book, args.runs)
        unchanged = child("import", db, book, args.runs)
        edit_titles(book, edited, 100)
        copies = [base / f"copy{n}.db" for n in range(args.runs)]
        written: dict[str, float] | None = None
        for copy in copies:  # each run imports the edits into a database that does not hold them yet
            shutil.copyfile(db, copy)
            figures = child("import", copy, edited, 1)
            if written is None or figures["seconds"] < written["seconds"]:
                written = figures
        assert written is not None
        iati = child(args.country, db, xml, args.runs)
        calibrations.append(calibration())
        results = {
            "size": args.size,
            "machine": f"{platform.machine()}, {platform.system()}, Python {platform.python_version()}",
            "workbook_mb": book.stat().st_size / 1024**2,
            "export": exported,
            "import_unchanged": unchanged,
            "import_100_edits": written,
            "iati": iati,
            "when": time.strftime("%Y-%m-%d"),
            "calibration_s": [round(c, 2) for c in calibrations],
        }
    print(json.dumps(results, indent=2))
    print(f"\n| demo --size {args.size:,}: {exported['records']:,.0f} records | time | peak memory |")
    print("| --- | --- | --- |")
    print(f"| export to one workbook ({results['workbook_mb']:.1f} MB) | {exported['seconds']:.1f} s | "
          f"{exported['peak_mb']:.0f} MB |")  # fmt: skip
    print(f"| import it unchanged | {unchanged['seconds']:.1f} s | {unchanged['peak_mb']:.0f} MB |")
    print(f"| import it with 100 titles edited | {written['seconds']:.1f} s | {written['peak_mb']:.0f} MB |")
    print(f"| IATI file of {args.country} ({iati['records']:,.0f} activities) | {iati['seconds']:.2f} s | "
          f"{iati['peak_mb']:.0f} MB |")  # fmt: skip


if __name__ == "__main__":
    main()
