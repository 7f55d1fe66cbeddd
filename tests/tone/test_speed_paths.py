"""Scoring in two processes gives exactly the numbers of scoring each message alone."""

from reconcile_kit.tone import scoring

TEXTS = [f"haha ok see you at {n}" if n % 3 else f"not great tbh, the train's cancelled {n} 🙄" for n in range(300)]


def test_two_processes_give_the_same_scores_in_the_same_order(monkeypatch):
    monkeypatch.setattr(scoring, "PARALLEL_FROM", 10)
    assert scoring._parallel_ok(TEXTS) and scoring.scores(TEXTS) == [scoring.score(t) for t in TEXTS]


def test_a_process_with_other_threads_never_forks(monkeypatch):
    import threading

    monkeypatch.setattr(scoring, "PARALLEL_FROM", 10)
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert not scoring._parallel_ok(TEXTS)
