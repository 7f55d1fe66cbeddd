"""Scoring many messages: each distinct text once, a chunk at a time, in two processes when that is safe.

`scores(texts)` gives exactly `scoring.score` of each text. The distinct texts are read a chunk at
a time (`scoring.score_chunk`: the steps every message takes are done for the whole chunk, each
distinct word worked out once). A long list is shared with one forked helper process: whichever
of the two is free takes the next chunk, and the scores go into shared memory. `Scoring` hands
them out in order while later chunks are still being read, so an import can write its first rows
before its last messages are scored (`tone.imported`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from .scoring import Squashed, reader, score_chunk
from .words import Vocabulary

__all__ = ["CHUNK", "PARALLEL_FROM", "Scoring", "scores"]

CHUNK = 2_048  # distinct texts read together; two processes take turns chunk by chunk
PARALLEL_FROM = 40_000  # distinct texts; below this, starting a second process costs more than it saves
_WAIT_S = 0.0005  # how long to sleep while the helper finishes the chunk asked for
_LOCK_WAIT_S = 0.05  # how long to wait for the chunk counter before asking whether the other process stopped


def scores(texts: Iterable[Any]) -> list[float]:
    """`scoring.score` of every text, in order: the same numbers, faster.

    Each distinct text is scored once. A long list of distinct texts is scored by two processes
    at once when that is safe (`parallel_ok`), the same reading on each chunk, so the numbers are
    exactly those of scoring each text alone.
    """
    keys = [text if isinstance(text, str) else None for text in texts]
    distinct = [text for text in dict.fromkeys(keys) if text]
    known: dict[str | None, float] = {None: 0.0, "": 0.0}
    known.update(zip(distinct, Scoring(distinct).all()))
    return [known[key] for key in keys]


def parallel_ok(count: int) -> bool:
    """True when `count` distinct texts are worth a second process and forking one is safe."""
    import multiprocessing
    import os
    import sys
    import threading

    return (
        count >= PARALLEL_FROM
        and sys.platform.startswith("linux")  # macOS offers fork, but its system libraries are not safe across one
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1  # forking a process with other threads can deadlock (Jupyter kernels)
        and "fork" in multiprocessing.get_all_start_methods()
    )


class Scoring:
    """The scores of distinct texts, read chunk by chunk by this process and, when `parallel_ok`,
    a forked helper that takes every chunk this process has not taken yet.

    :param distinct: distinct non-empty texts
    """

    def __init__(self, distinct: list[str]) -> None:
        self.distinct = distinct
        self.count = (len(distinct) + CHUNK - 1) // CHUNK
        self.values: Any = [0.0] * len(distinct)
        self.done: Any = [False] * self.count
        self.helper: Any = None
        self._next, self._reading = 0, (reader(), Vocabulary(reader().lexicon, reader().phrases.files), Squashed())
        self._parent, self._alone = os.getpid(), False
        if parallel_ok(len(distinct)):
            self._start_helper()

    def _start_helper(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.values = context.RawArray("d", len(self.distinct))
        self.done = context.RawArray("b", self.count)
        self._next = context.Value("i", 0)
        self.helper = context.Process(target=self._help, daemon=True)
        self.helper.start()

    def _claim(self) -> int | None:
        """The next chunk nobody has taken, now this process's; None when all are taken, or when the
        other process stopped (killed, say, while it held the counter: `upto` then reads every chunk
        left here, and a helper whose parent is gone stops)."""
        if self.helper is None:
            taken, self._next = self._next, self._next + 1
            return taken if taken < self.count else None
        if self._alone:
            return None
        lock = self._next.get_lock()
        while not lock.acquire(timeout=_LOCK_WAIT_S):
            if self._other_stopped():
                self._alone = True  # the counter may stay locked for good
                return None
        try:
            taken = self._next.value
            self._next.value += 1
        finally:
            lock.release()
        return taken if taken < self.count else None

    def _other_stopped(self) -> bool:
        if os.getpid() != self._parent:  # the helper: is the process that forked it gone?
            return os.getppid() != self._parent
        return not self.helper.is_alive()

    def _read(self, chunk: int) -> None:
        at = chunk * CHUNK
        self.values[at : at + CHUNK] = score_chunk(self.distinct[at : at + CHUNK], *self._reading)
        self.done[chunk] = True

    def _help(self) -> None:
        """The helper's work (in the forked process): take chunks until none is left."""
        while (chunk := self._claim()) is not None:
            self._read(chunk)

    def upto(self, count: int) -> Any:
        """The scores of the first `count` texts (and maybe more), once read; this process reads the
        chunks nobody has taken meanwhile."""
        import time

        last = (count + CHUNK - 1) // CHUNK
        for chunk in range(last):
            while not self.done[chunk]:
                if (taken := self._claim()) is not None:
                    self._read(taken)
                elif not self.helper.is_alive() and not self.done[chunk]:  # it stopped: read the chunk here
                    self._read(chunk)
                else:
                    time.sleep(_WAIT_S)
        return self.values

    def all(self) -> list[float]:
        """Every text's score, in order."""
        values = list(self.upto(len(self.distinct)))
        self.close()
        return values

    def close(self) -> None:
        """Wait for the helper, stopping it first when scores are left that nobody will ask for."""
        if self.helper is not None:
            if not all(self.done):
                self.helper.terminate()
            self.helper.join()
