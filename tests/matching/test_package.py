"""The package's public face: no web framework inside, a pinned API, training from outcomes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import matching
from tests.matching.conftest import make_need, make_offer
from matching import MatchingError, Scorer, outcome_features, recommend

ROOT = Path(__file__).resolve().parents[2]


def test_importing_matching_pulls_in_neither_flask_nor_sqlalchemy_nor_the_app():
    code = "import sys, matching; print(sorted(m for m in ('flask', 'sqlalchemy', 'app') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_name_in_all_exists():
    assert all(hasattr(matching, name) for name in matching.__all__)


def test_every_package_error_derives_from_matching_error():
    assert all(issubclass(e, MatchingError) for e in
               (matching.InvalidRecord, matching.ModelError, matching.AllocationError))


def test_scorer_trained_from_outcomes_can_drive_recommend(today):
    needs = [make_need(id=f"n{i}", title=t, urgency=1 + i % 3)
             for i, t in enumerate(["需要轮椅", "需要化肥", "需要轮椅", "缺书包", "需要轮椅", "需要棉被"])]
    offers = [make_offer(id="o1", categories=("medical", "living", "education"))]
    outcomes = [(n.id, "o1", "轮椅" in n.title) for n in needs]
    X, y = outcome_features(needs, offers, outcomes, today=today)
    scorer = Scorer().fit(X, y)
    top = recommend(needs, offers, top=3, today=today, model=scorer)[0]["matches"]
    assert {m["need"] for m in top} == {"n0", "n2", "n4"}


def test_docstring_examples_run():
    import doctest

    import matching.labels
    import matching.scorer

    for module in (matching.labels, matching.scorer):
        assert doctest.testmod(module).failed == 0
