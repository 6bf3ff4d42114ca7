"""Score need–offer pairs in [0, 1] from their features: a scikit-learn estimator.

Without training the score is a weighted mean of the features with :data:`DEFAULT_WEIGHTS`. After
:meth:`Scorer.fit` on past outcomes (completed pledge = 1; recommended but not taken, cancelled or
expired = 0) it is a logistic regression on the same features, its weights non-negative by default
so that more of a good thing (closer, more urgent, better text match) never lowers a score.
"""

from __future__ import annotations

import hashlib
import os
from typing import Mapping, Sequence

import joblib
import numpy as np
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.base import BaseEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_array, check_X_y

from .exceptions import ModelError
from .features import FEATURE_NAMES, PairData
from .records import Need, Offer

__all__ = ["DEFAULT_WEIGHTS", "MODEL_FORMAT", "Scorer"]

#: Weights of the untrained scorer, normalised to sum 1 so the score is a weighted mean in [0, 1].
DEFAULT_WEIGHTS: dict[str, float] = {
    # Chosen on bench/eval_items/tune and bench/eval; urgency, equity and priority re-chosen on tune,
    # eval, blind6 and blind7 only (bench/order_within_item.py --grid --keep coverage); see
    # docs/matching.md, "The scorer" and "Order among needs of one item".
    "item": 0.36,       # the item asked for comes first: the concept agreement ...
    "text": 0.12,       # ... and the words (names outside the lexicon, details)
    "unit": 0.04,
    "category": 0.03,
    "region": 0.05,
    "pairing": 0.02,
    "distance": 0.02,
    "target": 0.03,
    "coverage": 0.08,
    "urgency": 0.05,
    "deadline": 0.03,
    "equity": 0.05,
    "priority": 0.10,   # the 精准 priority rule: closes the need AND (紧急 OR helped at most once)
}

#: Version of the saved-model format; :meth:`Scorer.load` refuses any other.
MODEL_FORMAT = "matching-scorer/3"  # 2: item and unit features; 3: the priority feature


class Scorer(BaseEstimator):
    """Score need–offer pairs from the features of :mod:`matching.features`.

    Parameters
    ----------
    weights : dict of str to float, optional
        Weights of the untrained weighted mean; missing features take :data:`DEFAULT_WEIGHTS`.
    C : float, default=1.0
        Inverse strength of the L2 penalty when fitting.
    positive : bool, default=True
        Constrain learned weights to be ≥ 0 (every feature can only raise the score).
    class_weight : {"balanced"} or None, default="balanced"
        Reweight classes when fitting; past outcomes have far more negatives than positives.
    max_samples : int, optional
        Fit on a random subsample of at most this many pairs (drawn with ``random_state``).
    max_iter : int, default=1000
        Iteration limit of the optimiser.
    random_state : int, RandomState or None
        Seed of the subsample and of the unconstrained solver.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
        Learned weights, in :data:`matching.features.FEATURE_NAMES` order.
    intercept_ : float
    n_features_in_ : int
    feature_names_in_ : ndarray of str
    model_version_ : str
        ``MODEL_FORMAT`` plus a hash of the learned weights, stored with each match.

    Examples
    --------
    >>> s = Scorer()
    >>> s.score_features([[1] * len(FEATURE_NAMES)]).round(3).tolist()
    [1.0]
    """

    def __init__(self, weights: Mapping[str, float] | None = None, C: float = 1.0, positive: bool = True,
                 class_weight: str | None = "balanced", max_samples: int | None = None,
                 max_iter: int = 1000, random_state=None) -> None:
        self.weights = weights
        self.C = C
        self.positive = positive
        self.class_weight = class_weight
        self.max_samples = max_samples
        self.max_iter = max_iter
        self.random_state = random_state

    # ----------------------------------------------------------------------------------------------
    def _default_vector(self) -> np.ndarray:
        w = dict(DEFAULT_WEIGHTS)
        if self.weights:
            unknown = set(self.weights) - set(FEATURE_NAMES)
            if unknown:
                raise ValueError(f"unknown feature weights: {sorted(unknown)}")
            w.update(self.weights)
        vec = np.array([float(w[f]) for f in FEATURE_NAMES])
        if (vec < 0).any() or vec.sum() <= 0:
            raise ValueError("weights must be >= 0 and not all zero")
        return vec / vec.sum()

    @property
    def is_fitted(self) -> bool:
        """Return whether :meth:`fit` has run."""
        return hasattr(self, "coef_")

    @property
    def model_version(self) -> str:
        """Return the version string stored with each match (default weights or learned ones)."""
        if self.is_fitted:
            return self.model_version_
        digest = hashlib.sha1(self._default_vector().round(10).tobytes()).hexdigest()[:10]
        return f"{MODEL_FORMAT}:default:{digest}"

    def linear_weights(self) -> tuple[np.ndarray, float]:
        """Return ``(w, b)`` such that the score is monotone in ``X @ w + b``.

        Candidate generation uses these to rank needs before exact scoring.
        """
        if self.is_fitted:
            return np.asarray(self.coef_, dtype=np.float64), float(self.intercept_)
        return self._default_vector(), 0.0

    # ----------------------------------------------------------------------------------------------
    def fit(self, X, y, sample_weight=None):
        """Learn feature weights from past outcomes.

        Parameters
        ----------
        X : array-like of shape (n_pairs, n_features)
            Feature matrix, columns in :data:`FEATURE_NAMES` order (see :meth:`PairData.features`).
        y : array-like of shape (n_pairs,)
            1 for a completed pledge, 0 for recommended-not-taken, cancelled or expired.
        sample_weight : array-like, optional

        Returns
        -------
        self : Scorer
        """
        X, y = check_X_y(X, y, dtype=np.float64)
        if X.shape[1] != len(FEATURE_NAMES):
            raise ValueError(f"X must have {len(FEATURE_NAMES)} feature columns, got {X.shape[1]}")
        y = (np.asarray(y) > 0).astype(np.float64)
        if len(np.unique(y)) < 2:
            raise ValueError("y needs both positive and negative outcomes")
        sw = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, np.float64)
        rng = check_random_state(self.random_state)
        if self.max_samples is not None and len(y) > self.max_samples:
            keep = np.sort(rng.choice(len(y), size=self.max_samples, replace=False))
            X, y, sw = X[keep], y[keep], sw[keep]
        if self.class_weight == "balanced":
            pos = y.sum()
            cw = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * (len(y) - pos)))
            sw = sw * cw
        elif self.class_weight is not None:
            raise ValueError("class_weight must be 'balanced' or None")
        if self.positive:
            coef, intercept = self._fit_positive(X, y, sw)
        else:
            lr = LogisticRegression(C=self.C, max_iter=self.max_iter, random_state=rng.randint(2**31 - 1))
            lr.fit(X, y, sample_weight=sw)
            coef, intercept = lr.coef_.ravel(), float(lr.intercept_[0])
        self.coef_ = coef
        self.intercept_ = intercept
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        self.feature_names_in_ = np.array(FEATURE_NAMES, dtype=object)
        digest = hashlib.sha1(np.r_[coef, intercept].round(10).tobytes()).hexdigest()[:10]
        self.model_version_ = f"{MODEL_FORMAT}:fit:{digest}"
        return self

    def _fit_positive(self, X, y, sw):
        # Weighted, L2-penalised logistic loss, weights bounded below by 0 (intercept free).
        total = sw.sum()

        def loss(theta):
            w, b = theta[:-1], theta[-1]
            z = X @ w + b
            # log(1 + exp(z)) - y z, computed stably
            nll = np.logaddexp(0.0, z) - y * z
            p = expit(z)
            val = (sw @ nll) / total + 0.5 * (w @ w) / (self.C * total)
            g = sw * (p - y) / total
            grad = np.r_[X.T @ g + w / (self.C * total), g.sum()]
            return val, grad

        theta0 = np.zeros(X.shape[1] + 1)
        bounds = [(0.0, None)] * X.shape[1] + [(None, None)]
        res = minimize(loss, theta0, jac=True, method="L-BFGS-B", bounds=bounds,
                       options={"maxiter": self.max_iter})
        return res.x[:-1].copy(), float(res.x[-1])

    # ----------------------------------------------------------------------------------------------
    def score_features(self, X) -> np.ndarray:
        """Return the score in [0, 1] of each row of a feature matrix.

        Parameters
        ----------
        X : array-like of shape (n_pairs, n_features)

        Returns
        -------
        numpy.ndarray of shape (n_pairs,)
        """
        X = check_array(X, dtype=np.float64, ensure_min_samples=0)
        if X.shape[1] != len(FEATURE_NAMES):
            raise ValueError(f"X must have {len(FEATURE_NAMES)} feature columns, got {X.shape[1]}")
        w, b = self.linear_weights()
        z = X @ w + b
        out = expit(z) if self.is_fitted else z
        return np.clip(out, 0.0, 1.0)

    def decision_function(self, X) -> np.ndarray:
        """Return the linear score ``X @ w + b`` (monotone in :meth:`score_features`)."""
        X = check_array(X, dtype=np.float64)
        w, b = self.linear_weights()
        return X @ w + b

    def predict_proba(self, X) -> np.ndarray:
        """Return ``[[1 - s, s]]`` per row, ``s`` the score, for scikit-learn tooling."""
        s = self.score_features(X)
        return np.c_[1.0 - s, s]

    def predict(self, X) -> np.ndarray:
        """Return 1 where the score is at least 0.5."""
        return (self.score_features(X) >= 0.5).astype(int)

    def score_pairs(self, needs: Sequence[Need], offers: Sequence[Offer], today=None) -> np.ndarray:
        """Return the score of each aligned pair ``(needs[i], offers[i])``.

        The hard rules are not checked here; see :func:`matching.recommend` for admissible results.
        """
        if len(needs) != len(offers):
            raise ValueError("needs and offers must be aligned pairs of equal length")
        data = PairData(needs, offers, today=today)
        idx = np.arange(len(needs))
        return self.score_features(data.features(idx, idx))

    def explain(self, need: Need, offer: Offer, today=None) -> dict[str, float]:
        """Return the reasons of one pair: feature name → value in [0, 1], rounded to 3 places."""
        data = PairData([need], [offer], today=today)
        row = data.features([0], [0])[0]
        return reasons_dict(row)

    # ----------------------------------------------------------------------------------------------
    def save(self, path: str | os.PathLike) -> None:
        """Write the scorer (parameters, learned state, model version) to ``path`` with joblib."""
        state = {k: v for k, v in self.__dict__.items() if k.endswith("_") and not k.startswith("_")}
        payload = {"format": MODEL_FORMAT, "features": list(FEATURE_NAMES),
                   "params": self.get_params(deep=False), "state": state}
        try:
            joblib.dump(payload, os.fspath(path))
        except OSError as exc:
            raise ModelError(f"cannot write model to {os.fspath(path)}: {exc.strerror}") from exc

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Scorer":
        """Read a scorer written by :meth:`save`.

        Raises
        ------
        ModelError
            If the file is missing, corrupt, or of another model format or feature set.
        """
        name = os.fspath(path)
        try:
            payload = joblib.load(name)
        except FileNotFoundError as exc:
            raise ModelError(f"model file not found: {name}") from exc
        except Exception as exc:  # joblib/pickle raise many kinds on a corrupt file
            raise ModelError(f"cannot read model file {name}: {exc}") from exc
        if not isinstance(payload, dict) or payload.get("format") != MODEL_FORMAT:
            found = payload.get("format") if isinstance(payload, dict) else type(payload).__name__
            raise ModelError(f"{name}: model format {found!r}, expected {MODEL_FORMAT!r}")
        if payload.get("features") != list(FEATURE_NAMES):
            raise ModelError(f"{name}: model was trained on features {payload.get('features')}")
        scorer = cls(**payload["params"])
        for key, value in payload["state"].items():
            setattr(scorer, key, value)
        return scorer


def reasons_dict(row) -> dict[str, float]:
    """Return a feature row as ``{feature: value}`` rounded to 3 places (the ``reasons`` of a match)."""
    return {name: round(float(v), 3) for name, v in zip(FEATURE_NAMES, row)}
