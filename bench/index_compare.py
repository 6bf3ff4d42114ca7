"""Compare tantivy indexing CPU of this tree against an older commit, in one process, alternating.

The machine is shared, so absolute figures move with the load; this script builds the same
generated needs with the search package of ``--baseline`` (exported with ``git archive`` into a
temporary directory and imported as ``search_base``) and with this tree's, one after the other for
``--rounds`` rounds, and prints the process CPU per need (the spawned tokenizing workers included),
the wall rate and the ratio current / baseline; each build's CPU is also split into the parent's
(tantivy and the gathering) and the workers' (prepare() and the analysis). Both use the engine's defaults (two workers on two
cores) and the same writer heap as bench/search_bench.py.

    .venv/bin/python bench/index_compare.py --docs 100000 --baseline 41ead70 --rounds 2

``--baseline tantivy-py`` compares this tree with itself rebuilding through tantivy-py's writer
(``TantivyEngine(native_writer=False)``, one ``add_json`` call per document) instead of the native
writer: the writer alone, the analysis the same.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_bench import _children_cpu, generate_needs  # noqa: E402


def export_baseline(revision: str, into: Path) -> Path:
    """Extract ``revision``'s search package into ``into``/search_base; return ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "search"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "search").rename(into / "search_base")
    return into


def build(package: str, needs: list[dict], path: Path, heap: int, **options) -> tuple[float, float, float]:
    """Rebuild the needs index with ``package``'s tantivy engine, made with ``options``.

    Returns (CPU µs per need, of it the parent's µs per need, needs/s).
    """
    # The engine class itself: the package's registry names its engines by absolute module path.
    engine_class = importlib.import_module(f"{package}.engines.tantivy_engine").TantivyEngine
    engine = engine_class(path=path, heap_size=heap, **options)
    parent, children, wall = time.process_time(), _children_cpu(), time.perf_counter()
    engine.recreate("needs", needs)
    wall = time.perf_counter() - wall
    parent = time.process_time() - parent
    cpu = parent + _children_cpu() - children
    engine.close()
    shutil.rmtree(path, ignore_errors=True)
    return cpu / len(needs) * 1e6, parent / len(needs) * 1e6, len(needs) / wall


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--baseline", required=True,
                        help="git revision to compare against, or tantivy-py: this tree with tantivy-py's writer")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--heap", type=int, default=1_000_000_000, help="tantivy writer heap in bytes")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="index-compare-"))
    if args.baseline == "tantivy-py":
        baseline: tuple[str, dict] = ("search", {"native_writer": False})
    else:
        sys.path.insert(0, str(export_baseline(args.baseline, scratch)))  # spawned workers inherit sys.path
        baseline = ("search_base", {})
    print(f"date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M UTC}; {os.cpu_count()} cores; "
          "load average at start %.2f %.2f %.2f" % os.getloadavg())
    needs = generate_needs(args.docs)
    gc.freeze()
    spent: dict[str, list[float]] = {"baseline": [], "current": []}
    try:
        for round_ in range(1, args.rounds + 1):
            for label, (package, options) in (("baseline", baseline), ("current", ("search", {}))):
                cpu, parent, rate = build(package, needs, scratch / label, args.heap, **options)
                spent[label].append(cpu)
                print(f"round {round_} {label:8} ({args.baseline if label == 'baseline' else 'this tree'}): "
                      f"{cpu:6.1f} us CPU/need (parent {parent:5.1f}, workers {cpu - parent:5.1f}), "
                      f"{rate:8,.0f} needs/s wall; load {os.getloadavg()[0]:.2f}", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    before = sum(spent["baseline"]) / len(spent["baseline"])
    after = sum(spent["current"]) / len(spent["current"])
    print(f"mean CPU per need: baseline {before:.1f} us, current {after:.1f} us, ratio {after / before:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
