"""`reconcile-kit demo`: builds the demo journal where it is told to."""

from __future__ import annotations

from .helpers import run


def test_demo_command_builds_the_demo(tmp_path):
    result = run("demo", str(tmp_path / "d.sqlite3"), "--ending", "closure")
    assert result.stdout == (
        f"Built the demo journal (ending: closure) with 64 entries: {tmp_path / 'd.sqlite3'}\n"
        f'Look around with: reconcile-kit --journal "{tmp_path / "d.sqlite3"}" list\n'
    )
