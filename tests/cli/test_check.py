"""`reconcile-kit check first|ask|apology [FILE|-]`: findings with their words marked, in the journal's context; --json; bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.cli.check import marked
from tests.states import build

from .helpers import main_run, run

ASK = "Would you like to grab a coffee sometime? Please, just one chance."
APOLOGY = "I'm sorry if you felt hurt, but I was stressed. I will do better."


@pytest.fixture(scope="module")
def journals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("check")
    return {name: build(name, folder / f"{name}.sqlite3") for name in ("sparse", "closure", "boundary")}


def check(path, *args: str, stdin: str | bytes | None = None):
    return run("--journal", str(path), "check", *args) if stdin is None else _stdin(path, stdin, *args)


def _stdin(path, stdin, *args):
    from click.testing import CliRunner

    from reconcile_kit.cli import cli

    return CliRunner().invoke(cli, ["--journal", str(path), "check", *args], input=stdin)


def test_each_finding_has_its_words_marked_and_its_note(journals, tmp_path):
    (tmp_path / "ask.txt").write_text(ASK)
    result = check(journals["sparse"], "ask", str(tmp_path / "ask.txt"))
    assert result.stdout.splitlines()[:6] == [
        "Checked as an ask to meet: 12 words, 2 sentences.",
        "",
        "1. (the whole draft)",
        "   No day, week or time is mentioned. A rough time, like 'some time next week', makes it easy to answer "
        "yes or no (S2.2).",
        "",
        "2. [[Please]], just one chance.",
    ]
    assert result.exit_code == 0


def test_a_draft_with_nothing_to_note_gets_the_guides_good_word(journals):
    result = check(journals["sparse"], "first", stdin="Saw the film poster today and thought of you. Hope you're well.")
    assert result.stdout.splitlines() == ["Checked as a first message: 12 words, 2 sentences.", "",
                                          "Short, light and with no ask: that fits a first message (S1.2, S1.6)."]  # fmt: skip


def test_an_apology_shows_parts_score_and_suggestions(journals):
    out = check(journals["sparse"], "apology", "-", stdin=APOLOGY).stdout.splitlines()
    assert out[0] == "Checked as an apology: score 1/100 (a guide, not a verdict)."
    assert out[2:7] == ["1. I'm sorry [[if you felt hurt]], but I was stressed.",
                        "   'If' makes the hurt sound uncertain. Say what you did instead: 'I'm sorry I ...' (S4.3).", "",
                        "2. I'm sorry [[if you felt hurt]], but I was stressed.",
                        "   This is sorry for how they feel rather than for what you did. Name your part instead: "
                        "'I'm sorry I ...' (S4.3)."]  # fmt: skip
    start = out.index("Parts of an apology (Lewicki et al. 2016; Schumann 2014):")
    assert out[start + 1 : start + 8] == ["[ ] Says you regret it", "[ ] Explains what went wrong", "[ ] Owns your part",
                                          "[x] Says what you will do differently", "[ ] Offers to make it right",
                                          "[ ] Asks for forgiveness", "[ ] Says what it did to them"]  # fmt: skip
    assert out[out.index("Suggestions:") + 1 : out.index("Suggestions:") + 3] == [
        "- Apologise for what you did, not for how they feel about it.",
        "- Replace the 'if' with what you did: 'I'm sorry I ...'."]


@pytest.mark.parametrize(("state", "first_note"), [
    ("closure", "   Sam said no. If you answer at all, one short, warm line"),
    ("boundary", "   Sam asked for no contact. Please do not send this"),
])  # fmt: skip
def test_a_closed_path_adds_contact_closed_first_and_still_exits_0(journals, state, first_note):
    result = check(journals[state], "first", stdin="Hope you're well.")
    assert (result.exit_code, result.stdout.splitlines()[2], result.stdout.splitlines()[3].startswith(first_note)) == (
        0, "1. (the whole draft)", True)


def test_colour_on_a_terminal_brackets_when_piped():
    span = (ASK.index("one chance"), ASK.index("one chance") + 10)
    assert (marked(ASK, span, colour=False), "\x1b[" in marked(ASK, span, colour=True)) == (
        "Please, just [[one chance]].", True)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.integers(-5, 210), st.integers(-5, 210))
def test_marked_never_fails_and_keeps_the_words(text, start, end):
    shown = marked(text, (start, end), colour=False)
    words = " ".join(text[max(0, start) : max(0, end)].split())
    assert shown == "(the whole draft)" or (f"[[{words[:20]}" in shown if len(words) <= 120 else "[[" in shown)


# -- --json ------------------------------------------------------------------------------------

KEYS = ["schema", "check", "ok", "findings", "words", "sentences", "score", "components", "suggestions", "notes"]


@pytest.mark.parametrize(("what", "text", "counts"), [("first", ASK, (12, 2)), ("ask", ASK, (12, 2)),
                                                      ("apology", APOLOGY, (None, None))])  # fmt: skip
def test_json_has_the_documented_keys(journals, what, text, counts):
    report = json.loads(check(journals["sparse"], what, "--json", stdin=text).stdout)
    assert (list(report), report["schema"], report["check"], (report["words"], report["sentences"])) == (
        KEYS, 1, what, counts)
    assert all(list(f) == ["rule", "start", "end", "words", "message", "guide_ids"] for f in report["findings"])


def test_json_findings_point_into_the_text(journals):
    report = json.loads(check(journals["closure"], "apology", "--json", stdin=APOLOGY).stdout)
    assert [(f["rule"], f["words"]) for f in report["findings"]][:3] == [
        ("contact_closed", APOLOGY), ("conditional", "if you felt hurt"), ("blames_feelings", "if you felt hurt")]
    assert (report["ok"], report["score"], report["components"]["repentance"]) == (False, 1, True)


# -- bad input: one line, status 2 -------------------------------------------------------------


@pytest.mark.parametrize(("make", "message"), [
    (lambda tmp: str(tmp / "missing.txt"), "Error: Invalid value for '[FILE|-]': File '{tmp}/missing.txt' does not exist."),
    (lambda tmp: (tmp / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00") and str(tmp / "photo.jpg"),
     "Error: Invalid value for '[FILE|-]': {tmp}/photo.jpg is not text (it looks like a binary file)"),
    (lambda tmp: (tmp / "empty.txt").write_text(" \n") and str(tmp / "empty.txt"),
     "Error: Invalid value for '[FILE|-]': {tmp}/empty.txt is empty, so there is nothing to check"),
    (lambda tmp: str(tmp), "Error: Invalid value for '[FILE|-]': File '{tmp}' is a directory."),
])  # fmt: skip
def test_unreadable_input_is_one_line_and_status_2(journals, capsys, tmp_path, make, message):
    code, out, err = main_run(capsys, "--journal", str(journals["sparse"]), "check", "first", make(tmp_path))
    assert (code, out, err.count("\n"), err.startswith(message.format(tmp=tmp_path))) == (2, "", 1, True)


@pytest.mark.parametrize(("stdin", "message"), [
    (b"", "Error: Invalid value for '[FILE|-]': standard input is empty, so there is nothing to check; pipe a draft in"),
    (b"caf\xe9\n", "Error: Invalid value for '[FILE|-]': standard input is not text"),
    ("x" * 100_001, "Error: Invalid value for '[FILE|-]': standard input has 100,001 characters; the check reads at most 100,000"),
])  # fmt: skip
def test_bad_standard_input_from_the_console_script(journals, stdin, message):
    command = [sys.executable, "-m", "reconcile_kit", "--journal", str(journals["sparse"]), "check", "ask", "-"]
    data = stdin if isinstance(stdin, bytes) else stdin.encode()
    done = subprocess.run(command, input=data, capture_output=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr.count(b"\n"), done.stderr.decode().startswith(message)) == (
        2, b"", 1, True)


def test_the_console_script_checks_a_file_and_exits_0(journals, tmp_path):
    (tmp_path / "ask.txt").write_text(ASK)
    command = [sys.executable, "-m", "reconcile_kit", "--journal", str(journals["sparse"]), "check", "first", str(tmp_path / "ask.txt")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr, "[[Would you like to grab]]" in done.stdout) == (0, "", True)


def test_without_a_journal_the_text_alone_is_checked_and_no_journal_is_made(tmp_path):
    result = check(tmp_path / "none.sqlite3", "first", stdin="Hope you're well.")
    assert (result.exit_code, result.stdout.splitlines()[-1], (tmp_path / "none.sqlite3").exists()) == (
        0, "Short, light and with no ask: that fits a first message (S1.2, S1.6).", False)


# -- one voice with the advice (docs/cli.md) -----------------------------------------------------------


def test_a_message_while_a_warm_reply_settles_hears_the_wait(tmp_path):
    path = build("warm_yesterday", tmp_path / "journal.sqlite3")
    out = _stdin(path, "Saw the race photos, amazing! Hope the legs recover.", "first").stdout
    assert out.splitlines()[-1] == ("Sam replied warmly yesterday. Let it settle: give it 2 more days, until Fri 4 Dec, "
                                    "before you write again (S1.3).")  # fmt: skip


def test_an_ask_hears_why_the_guide_would_wait(tmp_path):
    path = build("unanswered", tmp_path / "journal.sqlite3")
    out = _stdin(path, "Would you like to catch up over a coffee some time next week?", "ask")
    assert out.stdout.splitlines()[0] == "Checked as an ask to meet: 13 words, 1 sentence."
    assert out.stdout.splitlines()[-1] == (
        "The guide would wait before asking: fewer than 2 warm replies on 2 different days in the last 14 days; 3 of "
        "your messages are still waiting for an answer (S2.1).")


@pytest.mark.parametrize("state", ["closure", "block", "safety", "cold_word_after_no"])
def test_on_a_closed_path_a_draft_gets_no_tips_on_wording(tmp_path, state):
    path = build(state, tmp_path / "journal.sqlite3")
    report = json.loads(_stdin(path, "Coffee? Please, I need you, you owe me one chance.", "ask", "--json").stdout)  # fmt: skip
    assert ([f["rule"] for f in report["findings"]], report["notes"]) == (["contact_closed"], [])


CRISIS_LINE = ("Support: These words sound like you might be thinking about hurting yourself or not being alive. You do not "
               "have to carry that alone: please reach out to someone you trust or a crisis line now.")
EMERGENCY_LINE = ("If you or anyone else is in danger right now, call your local emergency number: 999 (United Kingdom, "
                  "Ireland); 112 (Ireland, European Union); 911 (United States, Canada); 000 (Australia); 111 (New Zealand).")


@pytest.mark.parametrize("state", ["sparse", "boundary"])
def test_crisis_wording_puts_the_support_card_first_and_never_the_all_clear(journals, state):
    out = check(journals[state], "first", stdin="I keep thinking about ending it all").stdout.splitlines()
    assert (out[:2], "Checked as a first message: 7 words, 1 sentence." in out) == ([CRISIS_LINE, EMERGENCY_LINE], True)
    assert [line for line in out if "fits a first message" in line] == []


def test_fear_of_him_in_a_draft_brings_the_abuse_card(journals):
    out = check(journals["sparse"], "first", stdin="I'm scared of what he'll do if I write.").stdout.splitlines()
    assert (out[0], "Samaritans" in "\n".join(out), out[-1]) == (
        "Support: It sounds like you may be afraid of what someone could do to you. Your safety comes first, and people who "
        "know about this can help you make a plan. If you are in danger right now, call the emergency number.",
        False, "Checked as a first message: 9 words, 1 sentence.")
