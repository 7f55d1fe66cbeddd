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


def test_only_linux_forks(monkeypatch):
    import sys

    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not batch.parallel_ok(len(TEXTS))


def test_chunks_a_stopped_helper_took_are_read_here(monkeypatch):
    import os
    import signal

    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "CHUNK", 16)
    running = batch.Scoring(TEXTS)
    os.kill(running.helper.pid, signal.SIGKILL)  # it may have claimed a chunk and died before reading it
    running.helper.join()
    assert running.all() == [scoring.score(t) for t in TEXTS]


def test_an_import_scored_while_its_rows_are_written_suggests_what_scoring_alone_does(journal, monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "CHUNK", 8)
    frame = messages([("in", "text", text) for text in TEXTS[:120]])
    import_with_tones(journal, frame)
    assert journal.timeline()["tone"].astype(str).tolist() == [scoring.label(scoring.score(t)) for t in TEXTS[:120]]


def test_a_helper_that_stopped_holding_the_counter_leaves_the_chunks_to_this_process(monkeypatch):
    import os
    import signal
    import threading

    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "CHUNK", 16)
    running = batch.Scoring(TEXTS)
    os.kill(running.helper.pid, signal.SIGKILL)
    running.helper.join()
    held, release = threading.Event(), threading.Event()

    def hold() -> None:  # the counter's lock, taken by another thread and never given back in time
        with running._next.get_lock():
            held.set()
            release.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    try:
        assert running.all() == [scoring.score(t) for t in TEXTS]
    finally:
        release.set()
        holder.join()

