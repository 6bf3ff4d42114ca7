"""Time item extraction (names, negation cues) per record text and the lexicon's load, with and without
the thesauri's names (Cilin, cnsyn).

Extraction runs on every need and offer that the matcher scores, so a bigger lexicon or a slower
negation rule shows up here first. The texts are the titles and descriptions that
``bench/matching_bench.py`` generates, and those of the readable parts of ``bench/eval_items`` (half of
whose needs hold a negated or past mention; the parts in ``bench.eval_item_parts.UNREAD`` are left out, so that
timing extraction never reads a text nobody may read, see ``readable_need_files``). Each variant extracts every
text once with the cache bypassed; the variants alternate ``--rounds`` times in one process, so the
ratio holds under a shared machine's load. ``--baseline DIR`` adds a third variant: the ``matching``
package of another checkout (e.g. ``git archive main matching search | tar -x -C /tmp/main``),
imported under another name, to compare the negation rules of that version too. Run::

    .venv/bin/python bench/lexicon_bench.py --records 50000 --rounds 3 [--baseline /tmp/main]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_item_parts import UNREAD  # noqa: E402
from bench.matching_bench import _machine, generate  # noqa: E402
from matching import read_needs  # noqa: E402
from matching.lexicon import Lexicon  # noqa: E402


def _load_other(root: str):
    """Import ``root``/matching as the package ``matching_baseline`` and return its Lexicon class."""
    spec = importlib.util.spec_from_file_location("matching_baseline", os.path.join(root, "matching", "__init__.py"),
                                                  submodule_search_locations=[os.path.join(root, "matching")])
    module = importlib.util.module_from_spec(spec)
    sys.modules["matching_baseline"] = module
    spec.loader.exec_module(module)
    return sys.modules["matching_baseline.lexicon"].Lexicon


def readable_need_files(root: Path | None = None) -> list[Path]:
    """The needs.jsonl of every part under ``root`` (default bench/eval_items) whose folder is not in ``UNREAD``.

    Only the folders' names are looked at here; an unread part's file is never opened (docs/matching.md, "How a round
    works": the unread checks are read by no tool unless named). Sorted by path."""
    root = root or Path(__file__).resolve().parent / "eval_items"
    return [path for path in sorted(root.glob("*/needs.jsonl")) if path.parent.name not in UNREAD]


def _time(lex, texts) -> float:
    extract = type(lex)._extract.__wrapped__  # the uncached function: every text is really extracted
    start = time.perf_counter()
    for t in texts:
        extract(lex, t)
    return time.perf_counter() - start


def main(argv=None) -> int:
    """Print seconds per variant and round, the median per 10,000 texts, and ratios to the lexicon alone."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--records", type=int, default=50_000, help="needs generated (offers: a tenth)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--baseline", default=None, help="root of another checkout whose matching/ to compare")
    args = p.parse_args(argv)
    needs, offers, _, _ = generate(args.records, max(1, args.records // 10))
    texts = [x for r in (*needs, *offers) for x in (r.title, r.description) if x]
    # The readable item evaluation parts' texts: half of their needs hold a negated or past mention.
    for path in readable_need_files():
        texts += [x for r in read_needs(path) for x in (r.title, r.description) if x]
    loaders = {"lexicon alone": lambda: Lexicon.load(thesaurus=False), "lexicon + Cilin + cnsyn": Lexicon.load}
    if args.baseline:
        loaders["baseline"] = _load_other(args.baseline).load
    variants = {name: load() for name, load in loaders.items()}  # also reads (and caches) the data files
    times: dict[str, list[float]] = {k: [] for k in variants}
    loads: dict[str, list[float]] = {k: [] for k in variants}
    for r in range(args.rounds):
        for name, lex in variants.items():
            times[name].append(_time(lex, texts))
            start = time.perf_counter()
            loaders[name]()
            loads[name].append(time.perf_counter() - start)
            print(f"round {r + 1} {name}: {times[name][-1]:.2f} s, load {loads[name][-1]:.2f} s", flush=True)
    print(f"{len(texts)} texts, {_machine()}, load {os.getloadavg()[0]:.1f}, "
          f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    base = statistics.median(times["lexicon alone"])
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name}: median {med / len(texts) * 1e4:.3f} s per 10,000 texts, ratio {med / base:.2f}; "
              f"load (files cached) median {statistics.median(loads[name]):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
