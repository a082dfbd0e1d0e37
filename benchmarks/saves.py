"""Timings for single saves, with and without the checkpoint after each commit.

Run: python benchmarks/saves.py [--size 100000] [--db EXISTING.db] [--saves 200]
Prints a Markdown table (copied into docs/performance.md) and writes JSON.

Each save is what the record editor does: one activity's title changed through
``db.services.update`` in a unit of work of its own (``Store.session``), timed
from the session's start until its connection is back in the pool, which is
where ``db.checkpoints`` copies the -wal into the file. "Without" removes that
listener from the engine, as the code was before; the rounds alternate so that
both meet the same machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's db, not an installed one

from sqlalchemy import select

from db.checkpoints import Checkpoints
from db.models import Activity
from db.services import Actor, update
from db.store import Store


def build(folder: Path, size: int) -> Path:
    path = folder / "saves.db"
    subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(path), "demo", "--size", str(size)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return path


def saves(path: Path, count: int, *, checkpoint: bool) -> dict[str, float]:
    """``count`` saves timed, then how long until the file holds them, and how many a copy has."""
    shipped = Checkpoints.on_checkin
    if not checkpoint:  # the listener bound when the engine is made does nothing, as before
        Checkpoints.on_checkin = lambda _self, _connection, _record: None  # type: ignore[method-assign]
    try:
        store = Store.open(path)
    finally:
        Checkpoints.on_checkin = shipped  # type: ignore[method-assign]
    actor = Actor("bench", store.device_id())
    with store.session() as session:
        ids = list(session.scalars(select(Activity.id).where(Activity.deleted_at.is_(None)).limit(count)))
    times = []
    tag = f"Saved {time.time_ns()}"  # this round's titles, told apart from the last round's
    for number, record_id in enumerate(ids):
        started = time.perf_counter()
        with store.session() as session:
            update(session, actor, "activity", record_id, {"title": f"{tag} {number}"})
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    store.wait_for_file()
    settled = time.perf_counter() - started
    copy = path.with_name("copy.db")  # the .db alone, as a file manager copies it
    shutil.copyfile(path, copy)
    raw = sqlite3.connect(f"file:{copy}?immutable=1", uri=True)
    in_copy = raw.execute("SELECT count(*) FROM activity WHERE title LIKE ?", (f"{tag} %",)).fetchone()[0]
    raw.close()
    copy.unlink()
    store.close()
    times.sort()
    return {
        "median_ms": statistics.median(times) * 1000,
        "p95_ms": times[int(len(times) * 0.95)] * 1000,
        "file_current_after_ms": settled * 1000,
        "saves_in_copy": in_copy,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="a copy of this database (built with demo --size) is used")
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = Path(shutil.copyfile(args.db, work / "saves.db")) if args.db else build(work, args.size)
        figures: dict[str, list[dict[str, float]]] = {"with": [], "without": []}
        for _ in range(args.rounds):
            for mode in ("without", "with"):
                figures[mode].append(saves(path, args.saves, checkpoint=mode == "with"))
    best = {mode: min(runs, key=lambda run: run["median_ms"]) for mode, runs in figures.items()}
    print(f"{args.saves} saves of one activity, best of {args.rounds} rounds, {os.cpu_count()} cores")
    print("| | median save | 95th percentile | file current after the last save | saves in a copy of the .db alone |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for mode, label in (("without", "no checkpoint (before)"), ("with", "checkpoint after each commit")):
        run = best[mode]
        print(
            f"| {label} | {run['median_ms']:.1f} ms | {run['p95_ms']:.1f} ms | {run['file_current_after_ms']:.1f} ms "
            f"| {run['saves_in_copy']} of {args.saves} |"
        )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "saves.json").write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
