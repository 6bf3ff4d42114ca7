"""Match the verified needs of poor households with society's offers: score, recommend, allocate.

The package imports neither Flask nor the ORM; the portal hands it plain :class:`Need` and
:class:`Offer` records. Text is cut by :func:`search.analysis.analyze`, as in search.

Main entry points: :func:`recommend`, :func:`allocate`, :class:`Scorer` (a scikit-learn estimator),
:class:`LiveNeedIndex` (a
worker's long-lived index over many needs, kept current as they change), :class:`Lexicon` (the items: names, broader links, units, extraction that skips negated mentions),
:func:`normalise_unit` / :func:`unit_factor` (the one unit rule) and :func:`reason_labels` (Chinese
labels of a match's reasons for the portal).
"""

from .allocation import Plan, compare_plans, gini, greedy_allocation, solve_allocation
from .api import allocate, load_scorer, outcome_features, recommend, recommend_batches
from .candidates import CandidateIndex, recall_at_k
from .evaluation import evaluate, ranking_metrics, read_labels
from .exceptions import AllocationError, InvalidRecord, MatchingError, ModelError
from .features import FEATURE_NAMES, PairData
from .labels import reason_labels
from .lexicon import Lexicon, default_lexicon
from .live import LiveNeedIndex
from .records import CATEGORIES, KINDS, Need, Offer, china_today, need_from_dict, offer_from_dict, read_needs, read_offers
from .rules import is_admissible, rule_violations
from .scorer import DEFAULT_WEIGHTS, MODEL_FORMAT, Scorer
from .units import normalise_unit, unit_factor

__all__ = [
    "AllocationError",
    "CATEGORIES",
    "CandidateIndex",
    "DEFAULT_WEIGHTS",
    "FEATURE_NAMES",
    "InvalidRecord",
    "KINDS",
    "Lexicon",
    "LiveNeedIndex",
    "MODEL_FORMAT",
    "MatchingError",
    "ModelError",
    "Need",
    "Offer",
    "PairData",
    "Plan",
    "Scorer",
    "allocate",
    "china_today",
    "compare_plans",
    "default_lexicon",
    "evaluate",
    "gini",
    "greedy_allocation",
    "is_admissible",
    "load_scorer",
    "need_from_dict",
    "normalise_unit",
    "offer_from_dict",
    "outcome_features",
    "ranking_metrics",
    "read_labels",
    "read_needs",
    "read_offers",
    "reason_labels",
    "recall_at_k",
    "recommend",
    "recommend_batches",
    "rule_violations",
    "solve_allocation",
    "unit_factor",
]
