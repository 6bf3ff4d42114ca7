"""Parse the command line of ``python -m matching`` and run recommend, allocate, evaluate or lexicon.

Every input file is read and validated before anything is written; output goes to ``--out`` (written
whole, then renamed into place) or standard output. Exit status: 0 on success, 2 on invalid input
or model, 1 on any other matching error.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
import tempfile
from typing import Sequence

from .api import allocate, load_scorer, recommend
from .evaluation import evaluate, read_labels
from .exceptions import InvalidRecord, MatchingError, ModelError
from .lexicon import Lexicon
from .records import china_today, read_needs, read_offers

__all__ = ["main", "build_parser"]


def _date(text: str) -> _dt.date:
    try:
        if len(text) != 10:
            raise ValueError
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``python -m matching``."""
    parser = argparse.ArgumentParser(prog="python -m matching",
                                     description="Match needs of poor households with offers of help.")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--needs", required=True, help="needs, JSON Lines")
        p.add_argument("--offers", required=True, help="offers, JSON Lines")
        p.add_argument("--today", type=_date, default=None,
                       help="judge deadlines and validity as of this date (default: today in China)")
        p.add_argument("--model", default=None, help="scorer saved by Scorer.save (default weights if omitted)")
        p.add_argument("--out", default=None, help="output file (default: standard output)")

    rec = sub.add_parser("recommend", help="best matches per offer or per need")
    common(rec)
    rec.add_argument("--for", dest="for_", choices=("offers", "needs"), default="offers")
    rec.add_argument("--top", type=_positive_int, default=10)

    alloc = sub.add_parser("allocate", help="share offers among needs")
    common(alloc)
    alloc.add_argument("--max-per-beneficiary", type=_positive_int, default=None)
    alloc.add_argument("--method", choices=("auto", "lp", "flow", "milp", "lp+repair", "greedy"), default="auto")

    ev = sub.add_parser("evaluate", help="precision, recall, NDCG and rule violations on labelled data")
    common(ev)
    ev.add_argument("--labels", required=True, help="labels, JSON Lines {offer, need, relevance 0..3}")
    ev.add_argument("--k", type=_positive_int, default=10)
    ev.add_argument("--min-relevance", type=int, choices=(1, 2, 3), default=2)

    lex = sub.add_parser("lexicon", help="the item lexicon's size and sources, or what it extracts from TEXT")
    lex.add_argument("text", nargs="*", help="a need's or offer's text (each argument extracted apart)")
    lex.add_argument("--extra", action="append", default=[], help="an office's lexicon file (repeatable)")
    lex.add_argument("--no-thesaurus", action="store_true", help="without the names from the Cilin thesaurus")
    lex.add_argument("--out", default=None, help="output file (default: standard output)")
    return parser


def _lexicon_lines(args) -> list[dict]:
    """Return the ``lexicon`` command's output lines (sizes, or one extraction per text)."""
    lex = Lexicon.load(*args.extra, thesaurus=not args.no_thesaurus)
    if not args.text:
        groups = lex.concepts[len(lex):]
        return [{"concepts": len(lex), "names": sum(len(c.names) for c in lex.concepts[:len(lex)]),
                 "thesaurus_names": len(lex.thesaurus_names),
                 "thesaurus_concepts": len(set(lex.thesaurus_names.values())),
                 "group_items": len(groups), "group_item_names": sum(len(c.names) for c in groups),
                 "covering_groups": sorted(c.label for c in lex.concepts if c.group),
                 "version": lex.version}]
    lines = []
    for text in args.text:
        found = lex.extract(text)
        lines.append({"text": text, "asked": sorted(lex.concepts[c].label for c in found.concepts),
                      "excluded": sorted(lex.concepts[c].label for c in found.excluded)})
    return lines


def _write(lines: list[dict], out: str | None) -> None:
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    if out is None or out == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(out))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".matching-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "lexicon":
        try:
            _write(_lexicon_lines(args), args.out)
        except InvalidRecord as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return 0
    today = args.today or china_today()
    try:
        needs = read_needs(args.needs, today=today)
        offers = read_offers(args.offers)
        model = load_scorer(args.model)
        if args.command == "recommend":
            lines = recommend(needs, offers, top=args.top, today=today, model=model, for_=args.for_)
        elif args.command == "allocate":
            lines = allocate(needs, offers, max_per_beneficiary=args.max_per_beneficiary, today=today,
                             model=model, method=args.method)
        else:
            labels = read_labels(args.labels)
            lines = [evaluate(needs, offers, labels, k=args.k, today=today, model=model,
                              min_relevance=args.min_relevance)]
        _write(lines, args.out)
    except (InvalidRecord, ModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except MatchingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
