"""The trainer of the learned reading (benchmarks/train_checks.py, benchmarks/learners.py): how it folds
writers, and that the naive Bayes it ships reads in the kit exactly as scikit-learn computed it."""

import sys
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import learners  # noqa: E402
import train_checks  # noqa: E402

from reconcile_kit.guide import learned, learned_file  # noqa: E402


def test_writer_folds_keep_each_writer_whole_and_are_even():
    # 25 writers of 3 to 27 texts each: 10 folds, a writer's texts all in one fold
    groups = np.array([f"W{w:02}" for w in range(25) for _ in range(3 + w)])
    held = learners.writer_folds(groups)
    assert sorted(set(held.tolist())) == list(range(10))
    for writer in set(groups.tolist()):
        assert len(set(held[groups == writer].tolist())) == 1, writer
    sizes = np.bincount(held)
    assert sizes.sum() == 375
    assert sizes.max() - sizes.min() <= 27  # as even as whole writers allow (the largest writer has 27)
    assert (learners.writer_folds(groups) == held).all()  # the same corpus, the same folds


def test_fewer_writers_than_folds_gives_one_fold_per_writer():
    groups = np.array(["A", "A", "B", "C", "C", "C"])
    held = learners.writer_folds(groups)
    assert len(set(held.tolist())) == 3
    assert held[0] == held[1] and held[3] == held[4] == held[5]
    assert len({held[0], held[2], held[3]}) == 3


def test_shipped_naive_bayes_reads_as_scikit_learn_computed_it():
    # Six texts over three features; the label goes with "w:busy" and against "w:fault".
    names = np.array(["w:busy", "w:fault", "w:sorry"])
    x = sparse.csr_matrix(np.array([
        [1, 0, 1], [1, 0, 1], [1, 1, 0], [0, 1, 1], [0, 1, 1], [0, 0, 1],
    ], dtype=float))  # fmt: skip
    y = np.array([True, True, True, False, False, False])
    fitted = learners.bayes(x, y)
    shipped = learners.bayes_weights(fitted, names)
    expected = fitted.predict_proba(learners.present(x))[:, 1]
    texts = [{str(n) for n, on in zip(names, row) if on} for row in x.toarray()]
    read = [learned._chance(shipped["bias"], shipped["weights"], found, 0.0) for found in texts]
    assert read == pytest.approx(expected.tolist(), abs=1e-3)
    # smoothing 0.1: "busy" is in 3 of 3 texts with the label and 0 of 3 without
    assert shipped["weights"]["w:busy"] == pytest.approx(6.868, abs=1e-3)
    assert expected.round(4).tolist() == [0.9757, 0.9757, 0.9944, 0.0113, 0.0113, 0.04]


def test_a_weights_file_reads_back_as_it_was_trained(tmp_path):
    content = {"version": 1, "trained_on": {"apology.jsonl": "ab12"}, "labels": {
        "excuse": {"bias": 0.1, "weights": {"w:a": 1.0, "#size": -0.5}, "add": 0.4, "keep": 0.3, "cv": {"recall": 0.8},
                   "bayes": {"bias": -2.0, "weights": {"w:busy": 1.5, "w:work": -0.25}},
                   "given": {"bias": 0.25, "weights": {"w:busy": 0.002}}},
        "vague": {"bias": -0.3, "weights": {"w:b": 2.0, "w:a": -12.408}, "add": 0.5, "keep": 0.5, "cv": {}},
    }, "flawed": {"bias": 1.5, "weights": {"w:a": 0.125}}}  # fmt: skip
    path = tmp_path / "learned_apology.npz"
    learned_file.write(path, content)
    first = path.read_bytes()
    learned_file.write(path, content)
    assert path.read_bytes() == first  # the same models make the same file, byte for byte
    stored = learned_file.read(path)
    assert stored.features == ["w:a", "w:b", "w:busy", "w:work"]
    assert stored.meta == {"version": 1, "trained_on": {"apology.jsonl": "ab12"}, "flawed": 4, "labels": {
        "excuse": {"add": 0.4, "keep": 0.3, "cv": {"recall": 0.8}, "own": 0, "bayes": 1, "given": 2},
        "vague": {"add": 0.5, "keep": 0.5, "cv": {}, "own": 3},
    }}  # fmt: skip
    assert stored.weights[:, 0].tolist() == [1.0, 0.0, 0.0, 0.0] and stored.size.tolist() == [-0.5, 0.0, 0.0, 0.0, 0.0]
    assert stored.weights[:, 3].tolist() == [-12.408, 2.0, 0.0, 0.0] and stored.bias.tolist() == [0.1, -2.0, 0.25, -0.3, 1.5]
    with pytest.raises(ValueError, match="not a whole number of thousandths"):
        learned_file.write(path, {**content, "flawed": {"bias": 0.0, "weights": {"w:a": 0.0001}}})


