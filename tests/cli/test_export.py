"""`reconcile-kit export`: CSV with formulas defused, escaped Markdown, JSON, a private file."""

from __future__ import annotations

import json
import stat

from .helpers import on


def test_csv_export_neutralises_formulas(journal):
    on(journal, "log", "=HYPERLINK(\"x\")", "--direction", "out", "--notes", "+1", "--at", "2026-05-01 18:30")
    line = on(journal, "export", "--format", "csv").stdout.splitlines()[1]
    assert line.endswith(',2026-05-01T18:30:00+00:00,text,out,message,none,"\'=HYPERLINK(""x"")",,,manual,,\'+1')


def test_markdown_export_escapes_pipes_and_html(journal):
    on(journal, "log", "a | b <b>bold</b>", "--direction", "out", "--at", "2026-05-01 18:30")
    last = on(journal, "export", "--format", "markdown").stdout.splitlines()[-1]
    assert last == "| 2026-05-01 18:30 | out | text | message | none |  | a \\| b &lt;b&gt;bold&lt;/b&gt; |  |"


def test_json_export_lists_every_entry(demo):
    assert len(json.loads(on(demo, "export", "--format", "json").stdout)) == 72


def test_export_file_is_private(demo, tmp_path):
    result = on(demo, "export", "-o", str(tmp_path / "out.csv"))
    assert result.stdout == f"Exported 72 entries to {tmp_path / 'out.csv'}.\n"
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == 0o600
