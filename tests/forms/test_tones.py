"""ToneReview: suggested tones newest first, confirmed or corrected only on a button press."""

from __future__ import annotations

from reconcile_kit.forms import ToneReview
from reconcile_kit.tone.imported import import_with_tones

from .helpers_import import messages

CHAT = messages([("in", "haha go on then x"), ("out", "lovely"), ("in", "ok."), ("in", "<b>see</b> you at 6")])


def tones(journal) -> list[tuple[str, str, str]]:
    frame = journal.timeline()
    return list(zip(frame["uid"], frame["tone"].astype(str), frame["tone_by"].astype(str)))


def test_lists_the_suggestions_newest_first(journal):
    import_with_tones(journal, CHAT)
    form = ToneReview(journal)
    assert [(row["uid"], row["choice"].value) for row in form.rows] == [("u3", "neutral"), ("u2", "negative"), ("u0", "positive")]


def test_message_text_is_escaped(journal):
    import_with_tones(journal, CHAT)
    html = ToneReview(journal).list_box.children[0].children[0].value
    assert ("&lt;b&gt;see&lt;/b&gt; you at 6" in html, "<b>see" in html) == (True, False)


def test_nothing_changes_without_a_button(journal):
    import_with_tones(journal, CHAT)
    form = ToneReview(journal)
    form.fill(u2="neutral")
    assert tones(journal)[2] == ("u2", "negative", "suggested")


def test_keep_all_makes_every_shown_tone_yours(journal):
    import_with_tones(journal, CHAT)
    form = ToneReview(journal)
    form.fill(u2="neutral")
    assert (form.submit(), form.status) == (3, "Saved 3 tones as yours. Undo takes them back one by one.")
    assert tones(journal) == [("u0", "positive", "user"), ("u1", "none", "user"), ("u2", "neutral", "user"),
                              ("u3", "neutral", "user")]  # fmt: skip
    assert form.rows == []


def test_save_changes_saves_only_the_corrected_one_and_undo_takes_it_back(journal):
    import_with_tones(journal, CHAT)
    form = ToneReview(journal)
    form.fill(u0="negative")
    assert (form.save_changes(), [row["uid"] for row in form.rows]) == (1, ["u3", "u2"])
    assert tones(journal)[0] == ("u0", "negative", "user")
    journal.undo()
    assert tones(journal)[0] == ("u0", "positive", "suggested")


def test_saving_with_no_change_says_so(journal):
    import_with_tones(journal, CHAT)
    form = ToneReview(journal)
    assert (form.save_changes(), form.error) == (0, "Nothing to save: change a tone first, or keep all shown.")


def test_a_page_at_a_time(journal):
    import_with_tones(journal, messages([("in", f"message {n}") for n in range(25)]))
    assert [row["uid"] for row in ToneReview(journal, page=2).rows] == ["u24", "u23"]


def test_agreement_shows_once_there_are_enough_labels(journal):
    import_with_tones(journal, messages([("in", "haha lovely x")] * 1 + [("in", f"great news {n} x") for n in range(21)]))
    form = ToneReview(journal)
    assert form.agreement_line.value == ""
    form.submit()
    form.submit()
    assert "The suggested tones matched yours on 22 of 22" in ToneReview(journal).agreement_line.value
