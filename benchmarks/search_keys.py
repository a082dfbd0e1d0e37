"""Each key of a search typed one at a time, over 100,000 activity texts, as the list model filters.

Run: python benchmarks/search_keys.py [--size 100000] [--runs 5]
Prints, per search, the slowest key (the best of the runs for each key) and every key's time.

The texts are those of the synthetic activities (``desktop.demo.synthetic``: a title ending in
"#000584", the code "A-000584"), folded as the model folds them. Each key narrows the rows the
previous key found when it can (``Needle.narrows``), keeps them when it finds the same
(``Needle.same``), else looks at every text, as ``QueryModel._show_search`` does; painting the
rows is not included (``benchmarks/gui.py`` times that, on a database).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code, not an installed one

from desktop.ui.search import Needle, fold

SEARCHES = ("#04383", "coastal 0584", "a-0012", "perú")
PLACES = ("in the capital", "in northern districts", "in border provinces", "in coastal regions", "nationwide")


def texts(size: int) -> list[str]:
    rng = random.Random(1)
    made = [fold(f"Support to returnees {rng.choice(PLACES)} #{i:06d}\x1fA-{i:06d}") for i in range(1, size + 1)]
    return [*made, fold("Perfil Migratorio del Perú\x1fPER-1")]


def keys(query: str, ids: list[str], all_texts: list[str]) -> dict[str, float]:
    """Seconds per key typed, and the rows found."""
    seconds: dict[str, float] = {}
    shown, previous = (ids, all_texts), None
    for end in range(1, len(query) + 1):
        needle = Needle(query[:end])
        if not needle:
            continue
        start = time.perf_counter()
        if not needle.same(previous):
            shown = needle.found(*(shown if needle.narrows(previous) else (ids, all_texts)))
        seconds[query[:end]] = time.perf_counter() - start
        previous = needle
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    all_texts = texts(args.size)
    ids = [str(n) for n in range(len(all_texts))]
    print("| search | slowest key | each key (ms, best of runs) |")
    print("| --- | ---: | --- |")
    for query in SEARCHES:
        best: dict[str, float] = {}
        for _run in range(args.runs):
            for typed, seconds in keys(query, ids, all_texts).items():
                best[typed] = min(best.get(typed, seconds), seconds)
        each = ", ".join(f"{typed!r} {seconds * 1000:.0f}" for typed, seconds in best.items())
        print(f"| {query!r} | {max(best.values()) * 1000:.0f} ms | {each} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
