"""Build tests/data/journal_v2.sqlite3 with the schema-v2 code: run it with commit 2cee820 of this
repository first on the path (`git worktree add /tmp/v2 2cee820`, then
`PYTHONPATH=/tmp/v2 python tests/reliability/make_journal_v2.py tests/data/journal_v2.sqlite3`).
The rows include the outcome form's "No answer came" note, which v3 tags `no_answer`."""
import sys
from datetime import datetime, timezone
from pathlib import Path
from reconcile_kit import Journal, Interaction
out = Path(sys.argv[1]); out.unlink(missing_ok=True)
at = lambda d, h: datetime(2026, 3, d, h, 0, tzinfo=timezone.utc)
with Journal.open(out) as j:
    rows = [
        Interaction(at=at(2, 19), channel="text", direction="out", kind="message", summary="Sent a photo of the lake", uid="a2" * 16, mood=3),
        Interaction(at=at(3, 9), channel="text", direction="in", kind="message", tone="positive", summary="They liked it", uid="b2" * 16),
        Interaction(at=at(9, 18), channel="text", direction="out", kind="meet_ask", summary="Asked about a coffee next week", uid="c2" * 16),
        Interaction(at=at(20, 12), channel="other", direction="out", kind="note", summary="No answer came", uid="d2" * 16),
        Interaction(at=at(21, 8), channel="other", direction="out", kind="note", summary="A note to myself", tags=("walk",), uid="e2" * 16),
    ]
    for r in rows:
        j.add(r)
    j.set_setting("their_name", "Sam")
    j.set_setting("outcome", "no_answer")
    j.add_reflection("S1.4", "Expect nothing.", at=at(1, 8))
    j._query("DELETE FROM undo_log")
print("ok")
