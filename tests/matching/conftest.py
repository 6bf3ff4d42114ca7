"""Fixtures of the matcher's tests: a fixed date, small hand-made needs and offers, and the lexicons."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from matching import Need, Offer

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def today() -> dt.date:
    return TODAY


def make_need(**kw) -> Need:
    """Build a need with sensible defaults for the fields a test does not care about."""
    base = dict(id="n1", title="需要一台轮椅", category="medical", quantity=1, region="520524101")
    base.update(kw)
    return Need(**base)


def make_offer(**kw) -> Offer:
    """Build an offer with sensible defaults for the fields a test does not care about."""
    base = dict(id="o1", title="捐赠轮椅", categories=("medical",), quantity=5)
    base.update(kw)
    return Offer(**base)


@pytest.fixture
def small_files(tmp_path: Path) -> dict[str, Path]:
    """Write a few needs and offers as JSON Lines and return their paths."""
    needs = [
        {"id": "n1", "title": "需要一台轮椅", "category": "medical", "quantity": 1, "region": "520524101",
         "urgency": 3},
        {"id": "n2", "title": "孩子上学缺书包文具", "category": "education", "quantity": 3, "region": "520524",
         "deadline": "2026-12-30", "beneficiary": "h1"},
        {"id": "n3", "title": "冬天需要棉衣棉被", "category": "living", "quantity": 5, "region": "622901",
         "times_helped": 2, "beneficiary": "h1"},
        {"id": "n4", "title": "老人需要代步车", "category": "medical", "quantity": 2, "region": "330102",
         "deadline": "2020-01-01"},
    ]
    offers = [
        {"id": "o1", "title": "捐赠电动轮椅", "categories": ["medical"], "quantity": 2, "regions": ["52"],
         "donor_region": "520102"},
        {"id": "o2", "title": "冬衣和被子", "categories": ["living", "education"], "quantity": 10,
         "donor_region": "350203"},
        {"id": "o3", "title": "学习用品", "categories": ["education"], "quantity": 5, "valid_until": "2026-12-31"},
        {"id": "o4", "title": "过期的轮椅", "categories": ["medical"], "quantity": 5, "valid_until": "2026-01-01"},
    ]
    paths = {"needs": tmp_path / "needs.jsonl", "offers": tmp_path / "offers.jsonl"}
    for key, rows in (("needs", needs), ("offers", offers)):
        paths[key].write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return paths


@pytest.fixture(scope="session")
def lex():
    """The built-in lexicon (``default_lexicon``, matching/data/lexicon.tsv), one for the whole session."""
    from matching.lexicon import default_lexicon

    return default_lexicon()


@pytest.fixture(scope="session")
def cilin_only_lexicon():
    """The built-in lexicon with Cilin's names but without cnsyn's (matching/thesaurus.py)."""
    from importlib import resources

    from matching.lexicon import Lexicon, cilin_groups, read_lexicon_rows

    text = (resources.files("matching") / "data" / "lexicon.tsv").read_text("utf-8")
    return Lexicon(read_lexicon_rows(text=text), cilin_groups())
