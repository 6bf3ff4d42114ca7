"""Evaluate the matcher on several item-evaluation parts at once: NDCG@10 both ways and hard-rule violations.

Each part is ``python -m matching evaluate`` on bench/eval_items/PART/ (``eval`` is the older general set in
bench/eval/), run as a separate process, ``--jobs`` at a time, with the evaluation date every figure in
docs/matching.md uses (2026-11-28). One line per part is printed as it finishes (progress) and the table
again, sorted, at the end::

    .venv/bin/python bench/eval_item_parts.py                 # every readable part
    .venv/bin/python bench/eval_item_parts.py blind31 blind32 # these parts
    .venv/bin/python bench/eval_item_parts.py --unread        # the unread checks (the lead, once a round)

Line shape: ``PART  <offers → needs NDCG@10> / <needs → offers NDCG@10>  viol <recommend> / <allocate>``.
The parts in ``UNREAD`` are the checks nobody may read or tune on (docs/matching.md, "How a round works"):
they are left out unless named or ``--unread`` is given. The older rounds' records call this script by its
earlier name, ``evalall.sh``. Exit status 1 if a part is missing or its evaluation fails.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from make_item_eval_set import SEEDS  # noqa: E402

TODAY = "2026-11-28"
UNREAD = ("blind15", "blind37", "blind38")


def part_dir(part: str) -> Path:
    """bench/eval for ``eval``, bench/eval_items/PART otherwise."""
    return ROOT / "bench" / "eval" if part == "eval" else ROOT / "bench" / "eval_items" / part


def evaluate(part: str) -> str:
    """One part's line (see the module docstring); ``PART ERROR …`` when the evaluation fails."""
    d = part_dir(part)
    if not (d / "labels.jsonl").exists():
        return f"{part:<8} ERROR missing {d.relative_to(ROOT)}"
    cmd = [sys.executable, "-m", "matching", "evaluate", "--needs", str(d / "needs.jsonl"),
           "--offers", str(d / "offers.jsonl"), "--labels", str(d / "labels.jsonl"), "--today", TODAY]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    try:
        if run.returncode:
            raise ValueError(f"exit status {run.returncode}")
        report = json.loads(run.stdout)
        v = report["violations"]
        return (f"{part:<8} {report['ndcg_at_k']:.4f} / {report['needs_to_offers']['ndcg_at_k']:.4f}"
                f"  viol {v['recommend']} / {v['allocate']}")
    except (ValueError, KeyError, TypeError) as e:  # json.JSONDecodeError is a ValueError
        return f"{part:<8} ERROR {e}: {(run.stderr or run.stdout)[-300:]}"


def _natural(part: str) -> tuple[str, int]:
    """Sort key: blind2 before blind10."""
    stem = part.rstrip("0123456789")
    return stem, int(part[len(stem):] or 0)


def choose_parts(named: list[str], unread: bool = False) -> list[str]:
    """The parts to evaluate: the unread checks with ``unread``, else those named, else every readable one."""
    if unread:
        return list(UNREAD)
    if named:
        return list(named)
    return [part for part in SEEDS if part not in UNREAD] + ["eval"]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("parts", nargs="*", help="parts to evaluate (default: every readable part and eval)")
    p.add_argument("--unread", action="store_true", help="evaluate the unread checks only")
    p.add_argument("--jobs", type=int, default=3, help="parts evaluated at once (default 3)")
    args = p.parse_args(argv)
    parts = choose_parts(args.parts, unread=args.unread)
    lines = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(evaluate, part): part for part in parts}
        for done, future in enumerate(as_completed(futures), 1):
            lines[futures[future]] = future.result()
            print(f"[{done}/{len(parts)}] {lines[futures[future]]}", flush=True)
    print()
    for part in sorted(lines, key=_natural):
        print(lines[part])
    return 1 if any(" ERROR " in line for line in lines.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
