"""A child process for the reliability tests: adds entries to a journal and acknowledges each.

    python worker.py JOURNAL TAG COUNT [api|cli] [START_AT]

Each entry is added through the real code path (`Journal.add`, or the `log` CLI command run
in-process), and only after the call returned is it acknowledged: its uid (api) or summary
(cli) printed and flushed. A printed line is a write the kit reported as saved. COUNT 0 means "until killed". START_AT (a
`time.time()` value) lets several workers start writing at the same moment. Any error is
printed to stderr as one line and the worker exits 1.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timezone


def _entry(tag: str, n: int) -> dict[str, object]:
    return {
        "at": datetime(2026, 1, 1, tzinfo=timezone.utc),
        "channel": "text",
        "direction": "out",
        "kind": "note",
        "summary": f"{tag} {n}",
    }


def run_api(journal: str, tag: str, count: int) -> None:
    from reconcile_kit import Interaction, Journal

    with Journal.open(journal) as opened:
        n = 0
        while count == 0 or n < count:
            saved = opened.add(Interaction(**_entry(tag, n)))
            print(saved.uid, flush=True)
            n += 1


def run_cli(journal: str, tag: str, count: int) -> None:
    from reconcile_kit.cli import main

    for n in range(count):
        args = ["--journal", journal, "log", "--channel", "text", "--direction", "out",
                "--kind", "note", "--at", "2026-01-01T00:00:00+00:00", f"{tag} {n}"]
        try:
            main(args, standalone_mode=False)
        except SystemExit as stop:
            if stop.code:
                raise
        print(f"{tag} {n}", flush=True)


if __name__ == "__main__":
    path, label, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
    mode = sys.argv[4] if len(sys.argv) > 4 else "api"
    if len(sys.argv) > 5:
        time.sleep(max(0.0, float(sys.argv[5]) - time.time()))
    try:
        (run_cli if mode == "cli" else run_api)(path, label, total)
    except Exception as error:  # one line for the parent to show
        print(f"{type(error).__name__}: {error}", file=sys.stderr, flush=True)
        sys.exit(1)
