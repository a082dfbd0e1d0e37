"""Timings for the desktop application on the 100,000-activity database:
start-up, search as you type, sorting, and memory while scrolling.

Run: python benchmarks/gui.py [--size 100000] [--db EXISTING.db] [--runs 3] [--out benchmarks/out]
Prints a Markdown table (copied into docs/performance.md) and writes JSON.

Each run starts the real ``mainstream`` entry point (``desktop.cli.main``) as
a process of its own on Qt's offscreen platform, with empty settings (a first
start). The only addition is a probe, installed before anything else is
imported, that wraps the main window class when ``desktop.ui.application``
is imported. The probe changes nothing in the program; it watches:

1. start-up: from just before the process is spawned until the main window
   is shown and the Overview dashboard has painted its figures;
2. search: on the work-plan activities page, keys typed one at a time with a
   typing pause between them; for each key, the time from the key press until
   the list model holds the rows for the new text and the table has painted;
3. sorting: clicks on column headers over the full list; the time from the
   click until the model holds the rows in the new order and the table has
   painted;
4. memory: the table scrolled from the first row to the last, a screenful at a
   time, each screen painted; the process's peak resident memory (ru_maxrss)
   at the end, which covers everything above.

Figures are the best of ``--runs`` runs (memory: the highest of them), with the
calibration figure of benchmarks/foundation.py alongside, because this
machine's speed drifts by a third from one minute to the next.
"""

from __future__ import annotations

import json
import os
import sys
import time

#: What is typed into the search box, one key at a time.
SEARCHES = ("#04383", "coastal", "Perfil Migratorio", "perú")
#: Column titles clicked, in this order (the list starts sorted by title, ascending).
SORTS = ("Title", "Code", "Status", "Progress", "Planned end", "Budget", "Work plan", "Title")
#: Pause between keys, as a quick typist types.
TYPING_PAUSE_S = 0.15


# --- inside the measured process ---------------------------------------------------------


def child(db: str, spawned: float) -> None:
    """Runs in the application's process: install the probe, then start ``mainstream``."""
    from importlib.abc import MetaPathFinder
    from importlib.machinery import PathFinder

    marks: dict[str, object] = {"spawned": spawned, "first_line": FIRST_LINE}

    class Probe(MetaPathFinder):
        def find_spec(self, name: str, path: object, target: object = None) -> object:
            if name != "desktop.ui.application":
                return None
            spec = PathFinder.find_spec(name, path)  # type: ignore[arg-type]
            loader = spec.loader  # type: ignore[union-attr]
            execute = loader.exec_module

            def exec_module(module: object) -> None:
                execute(module)
                wrap_window(module, marks)

            loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Probe())
    # As `python -m desktop.cli` from the checkout: an editable install made before
    # `resources` became a package does not map it.
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from desktop.cli import main

    main(["--db", db])
    print("PROBE " + json.dumps(marks), flush=True)


def wrap_window(module: object, marks: dict[str, object]) -> None:
    from PySide6.QtCore import QTimer

    base = module.MainWindow  # type: ignore[attr-defined]
    marks["qt_imported"] = time.time()

    class Watched(base):  # type: ignore[misc, valid-type]
        def __init__(self, store: object) -> None:
            marks["window_building"] = time.time()
            super().__init__(store)
            marks["window_built"] = time.time()
            self.dashboard.loaded.connect(self._probe_dashboard_loaded)

        def _probe_dashboard_loaded(self, _board: object) -> None:
            if "dashboard_filled" in marks or not self.isVisible():
                return
            self.repaint()  # the figures on screen, not only in the model
            marks["dashboard_filled"] = time.time()
            QTimer.singleShot(0, self._probe_scenario)

        def _probe_scenario(self) -> None:
            try:
                scenario(self, marks)
            except BaseException:  # reported by the driver; the process must end either way
                import traceback

                marks["error"] = traceback.format_exc()
                self.close()

    module.MainWindow = Watched  # type: ignore[attr-defined]


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open("/proc/self/statm", encoding="ascii") as handle:
        current = int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return current, peak


def scenario(window: object, marks: dict[str, object]) -> None:
    """Search, sort and scroll on the activities page, then close the window."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTabWidget

    app = QCoreApplication.instance()
    marks["rss_after_start_mb"] = rss_mb()[0]
    page = window.activities  # type: ignore[attr-defined]
    table, model, box = page.list.table, page.list.model, page.list.search
    for row, (_title, widget) in enumerate(window.pages):  # type: ignore[attr-defined]
        if isinstance(widget, QTabWidget) and widget.indexOf(page) >= 0:
            window.sidebar.setCurrentRow(row)  # type: ignore[attr-defined]
            widget.setCurrentWidget(page)
    loads: list[tuple[float, int]] = []
    model.loaded.connect(lambda rows: loads.append((time.perf_counter(), rows)))

    def wait_until(done: object, timeout: float = 30.0) -> None:
        """Run the event loop (sleeping, not spinning) until ``done()``, checked at each load and every 5 ms."""
        limit = time.perf_counter() + timeout
        loop = QEventLoop()

        def check(*_args: object) -> None:
            if done() or time.perf_counter() > limit:  # type: ignore[operator]
                loop.quit()

        poll = QTimer(interval=5)
        poll.timeout.connect(check)
        model.loaded.connect(check)
        poll.start()
        if not done():  # type: ignore[operator]
            loop.exec()
        poll.stop()
        model.loaded.disconnect(check)
        if not done():  # type: ignore[operator]
            raise TimeoutError("the list did not load in time")

    def pause(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def settled() -> bool:
        return not window.runner.busy  # type: ignore[attr-defined]

    wait_until(lambda: model.rowCount() > 0 and settled())
    marks["rows"] = model.rowCount()
    pause(0.3)
    phases = {"started": marks["rss_after_start_mb"], "activities shown": rss_mb()[0]}

    def until_loaded(act: object, wanted: object) -> tuple[float, int]:
        """Do ``act``; seconds until the model announced the rows ``wanted`` (a check on the model) and painted."""
        loads.clear()
        started = time.perf_counter()
        act()  # type: ignore[operator]
        wait_until(lambda: loads and wanted())  # type: ignore[operator]
        table.viewport().repaint()
        return time.perf_counter() - started, loads[-1][1]

    def type_key(widget: object, char: str) -> None:
        """One key press and release typing ``char`` (QTest's own only knows ASCII)."""
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))

    searches: dict[str, list[tuple[str, float, int]]] = {}
    box.setFocus()
    for text in SEARCHES:
        steps = []
        for end in range(1, len(text) + 1):
            typed = text[:end]
            seconds, rows = until_loaded(
                lambda key=text[end - 1]: type_key(box, key),
                lambda typed=typed: model.search_text == typed.strip(),
            )
            steps.append((typed, seconds, rows))
            pause(TYPING_PAUSE_S)
        seconds, rows = until_loaded(box.clear, lambda: model.search_text == "")
        steps.append(("(cleared)", seconds, rows))
        searches[text] = steps
        pause(0.3)
    marks["searches"] = searches
    phases["searched"] = rss_mb()[0]

    header = table.horizontalHeader()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    sorts = []
    for title in SORTS:
        column = titles.index(title)
        before = header.sortIndicatorSection(), header.sortIndicatorOrder()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        seconds, rows = until_loaded(
            lambda x=x: QTest.mouseClick(
                header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
            ),
            lambda column=column: model.sort_column == column,
        )
        order = "descending" if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else "ascending"
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) != before
        sorts.append((f"{title} ({order})", seconds, rows))
        pause(0.3)
    marks["sorts"] = sorts
    phases["sorted"] = rss_mb()[0]

    # In the default order (the last click above), every row from the first to the last, a screenful at a time.
    assert (model.sort_column, model.sort_order) == (1, Qt.SortOrder.AscendingOrder)
    bar = table.verticalScrollBar()
    bar.setValue(0)
    started, slowest, screens = time.perf_counter(), 0.0, 0
    while True:
        step = time.perf_counter()
        table.viewport().repaint()
        app.processEvents()
        slowest = max(slowest, time.perf_counter() - step)
        screens += 1
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
    last = table.rowAt(table.viewport().height() - 1)
    marks["scroll"] = {
        "screens": screens,
        "seconds": time.perf_counter() - started,
        "slowest_screen_s": slowest,
        "last_row_shown": last if last >= 0 else model.rowCount() - 1,
        "last_row_text": model.index(model.rowCount() - 1, 1).data(),
    }
    marks["rss_end_mb"], marks["peak_rss_mb"] = rss_mb()
    phases["scrolled"] = marks["rss_end_mb"]
    marks["rss_phases_mb"] = phases
    window.close()  # type: ignore[attr-defined]


FIRST_LINE = time.time()


# --- the driver ---------------------------------------------------------------------------


def calibration() -> float:
    """Seconds for a fixed pure-Python job: the speed of this machine right now."""
    import subprocess

    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "sum(range(10**8))"], check=True)
    return time.perf_counter() - started


def one_run(db: str, folder: str, run: int) -> dict[str, object]:
    import subprocess

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=os.path.join(folder, f"config-{run}"),
        XDG_DATA_HOME=os.path.join(folder, f"data-{run}"),
    )
    spawned = time.time()
    result = subprocess.run(
        [sys.executable, __file__, "--child", db, repr(spawned)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("PROBE ")]
    if not lines:
        raise RuntimeError(f"the probe reported nothing:\n{result.stdout}\n{result.stderr}")
    marks: dict[str, object] = json.loads(lines[-1].removeprefix("PROBE "))
    if "error" in marks:
        raise RuntimeError(f"the scenario failed:\n{marks['error']}")
    for name in ("first_line", "qt_imported", "window_building", "window_built", "dashboard_filled"):
        marks[f"{name}_s"] = marks[name] - spawned  # type: ignore[operator]
    return marks


def main() -> int:
    import argparse
    import platform
    import subprocess
    import tempfile
    from pathlib import Path

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="use this database (built with demo --size) instead of a new one")
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "big.db"
            subprocess.run(
                [sys.executable, "-m", "desktop.cli", "--db", str(db), "demo", "--size", str(args.size)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        calibrations = [calibration() for _ in range(3)]
        runs = [one_run(str(db), folder, run) for run in range(args.runs)]
        calibrations += [calibration() for _ in range(3)]

    def best(get: object) -> float:
        return min(get(run) for run in runs)  # type: ignore[operator]

    def slowest_key(run: dict[str, object], text: str) -> float:
        return max(seconds for _typed, seconds, _rows in run["searches"][text])  # type: ignore[index]

    results: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "calibration_s": [round(c, 2) for c in calibrations],
        "runs": args.runs,
        "rows": runs[0]["rows"],
        "start_s": best(lambda run: run["dashboard_filled_s"]),
        "start_phases_s": {
            name: best(lambda run, name=name: run[f"{name}_s"])
            for name in ("first_line", "qt_imported", "window_building", "window_built", "dashboard_filled")
        },
        "search_slowest_key_s": {text: best(lambda run, text=text: slowest_key(run, text)) for text in SEARCHES},
        "search_steps_best_run": {
            text: min((run["searches"][text] for run in runs), key=lambda steps: max(s for _t, s, _r in steps))
            for text in SEARCHES
        },
        "sort_s": {
            label: min(run["sorts"][i][1] for run in runs) for i, (label, _s, _r) in enumerate(runs[0]["sorts"])
        },
        "peak_rss_mb": max(run["peak_rss_mb"] for run in runs),
        "rss_after_start_mb": max(run["rss_after_start_mb"] for run in runs),
        "rss_phases_mb": max((run["rss_phases_mb"] for run in runs), key=lambda phases: phases["scrolled"]),
        "scroll": min((run["scroll"] for run in runs), key=lambda scroll: scroll["seconds"]),
    }
    (args.out / "gui.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")

    print(f"Machine: {results['machine']}; {results['rows']:,} activities listed")
    print(
        f"Best of {args.runs} runs; calibration (sum(range(10**8))) took {min(calibrations):.2f}–"
        f"{max(calibrations):.2f} s during the run\n"
    )
    print("| scenario | target | measured |")
    print("| --- | --- | --- |")
    phases = results["start_phases_s"]
    print(
        f"| start to main window shown with the Overview filled | < 1.5 s | {results['start_s']:.2f} s "
        f"(Qt imported {phases['qt_imported']:.2f} s, window built {phases['window_built']:.2f} s) |"
    )
    for text, seconds in results["search_slowest_key_s"].items():
        print(f"| typing “{text}”: slowest key until the list shows its rows | < 100 ms | {seconds * 1000:.0f} ms |")
    for label, seconds in results["sort_s"].items():
        print(f"| sort by {label}, all rows | < 200 ms | {seconds * 1000:.0f} ms |")
    scroll = results["scroll"]
    print(
        f"| peak memory, start + search + sort + scrolling all {results['rows']:,} rows "
        f"({scroll['screens']:,} screens, slowest {scroll['slowest_screen_s'] * 1000:.0f} ms) | < 400 MB | "
        f"{results['peak_rss_mb']:.0f} MB (after start {results['rss_after_start_mb']:.0f} MB) |"
    )
    print(
        "\nResident memory after each phase (MB): "
        + ", ".join(f"{phase} {mb:.0f}" for phase, mb in results["rss_phases_mb"].items())
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], float(sys.argv[3]))
    else:
        sys.exit(main())
