"""How the learned reading of apologies grows with the number of training writers (round 6).

Usage::

    python benchmarks/learning_curve.py                 # the 25 writers of batches 1-5, 6/12/18/24 of them
    python benchmarks/learning_curve.py --add V         # ... each fold also trained on batch 7 (writers V*)

Each writer of batches 1 to 5 (ids T*) is read by a model trained on k of the other 24, picked at
random (fixed seeds), for k = 6, 12, 18, 24; with ``--add``, the writers whose ids start with the
given letters are added to every fold's training texts (k = 24 only). The figures are pooled over
the 25 writers: average precision and recall at precision 0.9 and 0.93, per finding, for one fixed
strength per finding (the one `make train` chose in round 6). Features and labels are those of
`train_checks` (`learned.features`, the label's own rule answer; `unsure` labels left out), so the
figures measure the effect of more writers alone, on each finding's own model (round 7 gave
findings a second opinion, `learned.LabelModel`, which this curve leaves out). Only the training corpus is read. Needs
scikit-learn, like `train_checks` (`make train` installs it); takes a few minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
import learners
import train_checks as T
from joblib import Parallel, delayed
from sklearn.metrics import average_precision_score

# The strength `make train` chose for each finding in round 6 (docs/guide-quality.md).
STRENGTH = {
    "but": 3.0, "conditional": 1.0, "blames_feelings": 0.3, "passive": 1.0, "excuse": 1.0, "blame_shift": 0.3,
    "minimizing": 0.3, "vague": 0.1, "no_responsibility": 0.1, "pleading": 3.0,
}  # fmt: skip
SIZES = (6, 12, 18, 24)


def recall_at(y: np.ndarray, probs: np.ndarray, precision: float) -> float:
    """The highest recall of any threshold whose precision is at least `precision`."""
    order = np.argsort(-probs, kind="stable")
    hits = np.cumsum(y[order])
    ok = hits / np.arange(1, len(y) + 1) >= precision
    return float(hits[ok].max() / y.sum()) if ok.any() else 0.0


def _fold(x, y, groups, writer, others, k, seed, added, strength) -> np.ndarray:
    picked = set(np.random.default_rng(seed).choice(others, size=k, replace=False)) | added
    train = np.isin(groups, list(picked))
    return learners.fit(x[train], y[train], strength).predict_proba(x[groups == writer])[:, 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", default="", help="first letters of writer ids added to every fold (e.g. V, or VWX)")
    args = parser.parse_args()
    feats, rows, writers, _turns = T.apology_examples()
    base = sorted({w for w in writers if w.startswith("T")})
    added = {w for w in writers if args.add and w[0] in args.add}
    sizes = (len(base) - 1,) if added else SIZES
    print(f"{len(base)} writers read; added to every fold: {sorted(added) or 'none'}")
    for label, strength in STRENGTH.items():
        key = f"r:{label}"
        keep = [i for i, row in enumerate(rows) if label not in row.get("unsure", [])]
        y = np.array([T._has(rows[i], label) for i in keep], dtype=bool)
        x, _names = T.matrix(feats, keep, key)
        groups = np.array([writers[i] for i in keep])
        read = np.isin(groups, base)
        cells = []
        for k in sizes:
            jobs = (delayed(_fold)(x, y, groups, w, [o for o in base if o != w], k, 1000 * k + j, added, strength)
                    for j, w in enumerate(base))  # fmt: skip
            probs = np.zeros(len(y))
            for w, p in zip(base, Parallel(n_jobs=-1)(jobs)):
                probs[groups == w] = p
            yr, pr = y[read], probs[read]
            cells.append(f"k={k}: AP {average_precision_score(yr, pr):.3f} R@P0.9 {recall_at(yr, pr, 0.9):.2f}"
                         f" R@P0.93 {recall_at(yr, pr, 0.93):.2f}")  # fmt: skip
        print(f"{label:18} " + " | ".join(cells), flush=True)


if __name__ == "__main__":
    main()
