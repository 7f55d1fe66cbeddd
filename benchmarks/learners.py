"""The two learners of `train_checks.py` and how they are judged on writers they have not seen.

A logistic regression over naive-Bayes-scaled features (`Weighted`, `fit`), naive Bayes over which
features a text has (`bayes`), each as the kit reads a linear model once trained (`bayes_weights`;
the logistic one in `train_checks._shipped`), and out-of-fold probabilities over folds of whole
writers (`writer_folds`, `out_of_fold`), on every core. Needs scikit-learn (`make train`).
"""

from __future__ import annotations

import numpy as np
from joblib import Parallel, delayed
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.naive_bayes import BernoulliNB

# Cross-validation holds out whole writers, in this many folds (`writer_folds`). Until round 17 it
# held out one writer at a time (117 folds, `make train` 80 minutes; with ten, 9 minutes).
FOLDS = 10
# Naive Bayes' smoothing (BernoulliNB's alpha), for the naive Bayes a finding may average in (`bayes`);
# out of fold, 0.1 gave sincere apologies the fewest findings of 3, 1, 0.3, 0.1 and 0.03 at the same
# recall (docs/guide-quality.md, round 18).
BAYES_SMOOTHING = 0.1
PRUNE = 0.01  # weights smaller than this are not shipped


class Weighted:
    """Logistic regression over features scaled by how much more often they occur with the label
    than without (the log-count ratio of naive Bayes; Wang and Manning 2012, "NBSVM"). A word seen in
    three texts that all carry the label starts out weighing more than one spread evenly, which
    helps where there are a few hundred examples. The scaling folds into the weights (`coef_`), so
    the kit reads the shipped model as a plain linear one."""

    def __init__(self, strength: float) -> None:
        self.strength = strength

    def fit(self, x, y: np.ndarray) -> Weighted:
        seen = (x > 0).astype(float)
        with_label = 1.0 + np.asarray(seen[y].sum(axis=0)).ravel()
        without = 1.0 + np.asarray(seen[~y].sum(axis=0)).ravel()
        self.ratio = np.log((with_label / with_label.sum()) / (without / without.sum()))
        self.model = LogisticRegression(C=self.strength, solver="lbfgs", max_iter=5000).fit(self._scaled(x), y)
        return self

    def _scaled(self, x):
        return sparse.csr_matrix(x).multiply(self.ratio).tocsr()

    def predict_proba(self, x) -> np.ndarray:
        return self.model.predict_proba(self._scaled(x))

    @property
    def coef_(self) -> np.ndarray:
        return self.model.coef_ * self.ratio

    @property
    def intercept_(self) -> np.ndarray:
        return self.model.intercept_


def fit(x, y: np.ndarray, strength: float) -> Weighted:
    return Weighted(strength).fit(x, y)


def out_of_fold(x, y: np.ndarray, groups: np.ndarray, strength: float | None, among: np.ndarray | None = None) -> np.ndarray:
    """Each text's probability from a model trained without its writer (`writer_folds`, on every
    core): a logistic regression of this `strength`, or (None) naive Bayes (`bayes`); `among`:
    trained on those texts only (every text still gets a probability)."""
    probs = np.zeros(len(y))
    among = np.ones(len(y), dtype=bool) if among is None else among
    held = writer_folds(groups)
    folds = Parallel(n_jobs=-1)(delayed(_fold)(x, y, held != fold, strength, among) for fold in range(held.max() + 1))
    for fold, fold_probs in enumerate(folds):
        probs[held == fold] = fold_probs
    return probs


def writer_folds(groups: np.ndarray) -> np.ndarray:
    """Per text, the fold that holds its writer out: `FOLDS` folds of whole writers, each writer's
    texts in one fold, the folds as even in size as whole writers allow (`GroupKFold`, no shuffling:
    the same corpus gives the same folds). Fewer writers than `FOLDS`: one fold per writer."""
    held = np.zeros(len(groups), dtype=int)
    splits = GroupKFold(n_splits=min(FOLDS, len(np.unique(groups)))).split(groups, groups=groups)
    for fold, (_, test) in enumerate(splits):
        held[test] = fold
    return held


def _fold(x, y: np.ndarray, outside: np.ndarray, strength: float | None, among: np.ndarray) -> np.ndarray:
    """The probabilities of the held-out writers' texts (those not `outside`), from a model fitted
    on the other writers' texts that are `among` those allowed (`strength` None: naive Bayes)."""
    train = outside & among
    if y[train].min() == y[train].max():
        return np.full(int((~outside).sum()), float(y[train][0]))
    fitted = bayes(x[train], y[train]) if strength is None else fit(x[train], y[train], strength)
    return fitted.predict_proba(present(x[~outside]) if strength is None else x[~outside])[:, 1]


def present(x):
    """Which features a text has (1 or 0), as naive Bayes reads them: the rules' answers at 1."""
    return (x > 0).astype(float)


def bayes(x, y: np.ndarray) -> BernoulliNB:
    """Naive Bayes over which features a text has (`present`; `train_checks.matrix`'s columns but
    `#size`, see `train_checks._train_label`), smoothed by `BAYES_SMOOTHING`
    (`learned.LabelModel.bayes`). Read in the worker processes as the module sets it, so change the
    constant here, not at run time."""
    return BernoulliNB(alpha=BAYES_SMOOTHING).fit(present(x), y)


def bayes_weights(fitted: BernoulliNB, names: np.ndarray) -> dict:
    """Naive Bayes as the kit reads a linear model (`learned.Linear`): over features that are there or
    not, its log-odds are a bias (the prior and every feature's absence) plus, per feature present,
    the log-odds of having it with the label against without. `#size` is not one of its features."""
    has = fitted.feature_log_prob_  # log P(feature | class), classes (False, True)
    lacks = np.log1p(-np.exp(has))
    bias = fitted.class_log_prior_[1] - fitted.class_log_prior_[0] + float((lacks[1] - lacks[0]).sum())
    weights = (has[1] - lacks[1]) - (has[0] - lacks[0])
    return {"bias": round(float(bias), 4),
            "weights": {str(n): round(float(w), 3) for n, w in zip(names, weights) if abs(w) >= PRUNE}}
