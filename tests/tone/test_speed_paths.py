"""Scoring in two processes gives exactly the numbers of scoring each message alone."""

from reconcile_kit.tone import batch, scoring
from reconcile_kit.tone.imported import import_with_tones
from tests.tone.test_imported import messages

TEXTS = [f"haha ok see you at {n}" if n % 3 else f"not great tbh, the train's cancelled {n} 🙄" for n in range(300)]


def test_two_processes_give_the_same_scores_in_the_same_order(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "CHUNK", 16)
    assert batch.parallel_ok(len(TEXTS)) and batch.scores(TEXTS) == [scoring.score(t) for t in TEXTS]


def test_the_scores_come_out_in_order_while_the_helper_reads(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "CHUNK", 16)
    running = batch.Scoring(TEXTS)
    first = list(running.upto(40)[:40])
    assert (first, running.all()) == ([scoring.score(t) for t in TEXTS[:40]], [scoring.score(t) for t in TEXTS])


def test_a_process_with_other_threads_never_forks(monkeypatch):
    import threading

    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    assert not batch.parallel_ok(len(TEXTS))


def test_an_import_scored_while_its_rows_are_written_suggests_what_scoring_alone_does(journal, monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "CHUNK", 8)
    frame = messages([("in", "text", text) for text in TEXTS[:120]])
    import_with_tones(journal, frame)
    assert journal.timeline()["tone"].astype(str).tolist() == [scoring.label(scoring.score(t)) for t in TEXTS[:120]]
