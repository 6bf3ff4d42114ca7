"""Write the labelled evaluation set of the matcher: bench/eval/{needs,offers,labels}.jsonl.

Needs and offers come from the generator of ``matching_bench.py`` (fixed seed), which knows the
catalogue item behind every text. The labels follow the written rules of ``docs/matching.md``
("Label rules"); they use the hidden item identity, the quantities, urgency, help history and the
regions — never the scorer or its text similarity::

    relevance 3  same specific item, the offer covers the whole need, and the need is 紧急 or its
                 beneficiary has been helped at most once
    relevance 2  same specific item otherwise
    relevance 1  same category and kind, another item, and a regional tie: the offer is aimed at a
                 region containing the need (not "anywhere"), or the donor is in the need's province
                 or in an east–west partner of the need's region
    relevance 0  any other pair (unlabelled); pairs breaking a hard rule are never labelled

Run (deterministic; the files are committed)::

    .venv/bin/python bench/make_eval_set.py
    .venv/bin/python -m matching evaluate --needs bench/eval/needs.jsonl \
        --offers bench/eval/offers.jsonl --labels bench/eval/labels.jsonl --today 2026-11-28
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from matching_bench import ITEMS, TODAY, generate  # noqa: E402

from matching.regions import is_paired  # noqa: E402
from matching.rules import is_admissible  # noqa: E402


def _need_json(n) -> dict:
    return {"id": n.id, "title": n.title, "description": n.description, "category": n.category, "kind": n.kind,
            "quantity": n.quantity, "unit": n.unit, "region": n.region, "beneficiary": n.beneficiary,
            "urgency": n.urgency, "deadline": n.deadline.isoformat() if n.deadline else None,
            "created": n.created.isoformat() if n.created else None, "times_helped": n.times_helped}


def _offer_json(o) -> dict:
    return {"id": o.id, "title": o.title, "description": o.description, "categories": list(o.categories),
            "kind": o.kind, "quantity": o.quantity, "unit": o.unit, "regions": list(o.regions),
            "donor_region": o.donor_region, "valid_until": o.valid_until.isoformat() if o.valid_until else None}


def relevance(need, need_item: int, offer, offer_items: list[int]) -> int:
    """Return the label of an admissible pair by the written rules (see module docstring)."""
    if need_item in offer_items:
        if offer.quantity >= need.quantity and (need.urgency == 3 or need.times_helped <= 1):
            return 3
        return 2
    same_cat_kind = any(ITEMS[k][0] == need.category for k in offer_items) and offer.kind == need.kind
    donor = offer.donor_region
    tie = bool(offer.regions) or (donor is not None and (donor[:2] == need.region[:2]
                                                         or is_paired(donor, need.region)))
    return 1 if same_cat_kind and tie else 0


def main(argv=None) -> int:
    """Generate the evaluation files."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--needs", type=int, default=2000)
    p.add_argument("--offers", type=int, default=200)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", default=str(Path(__file__).resolve().parent / "eval"))
    args = p.parse_args(argv)
    needs, offers, need_items, offer_items = generate(args.needs, args.offers, args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "needs.jsonl", "w", encoding="utf-8") as fh:
        for n in needs:
            fh.write(json.dumps(_need_json(n), ensure_ascii=False) + "\n")
    with open(out / "offers.jsonl", "w", encoding="utf-8") as fh:
        for o in offers:
            fh.write(json.dumps(_offer_json(o), ensure_ascii=False) + "\n")
    counts = [0, 0, 0, 0]
    with open(out / "labels.jsonl", "w", encoding="utf-8") as fh:
        for o, items in zip(offers, offer_items):
            for n, item in zip(needs, need_items):
                if not is_admissible(n, o, TODAY):
                    continue
                rel = relevance(n, int(item), o, items)
                counts[rel] += 1
                if rel:
                    fh.write(json.dumps({"offer": o.id, "need": n.id, "relevance": rel}) + "\n")
    print(f"{len(needs)} needs, {len(offers)} offers; admissible pairs by relevance 0..3: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
