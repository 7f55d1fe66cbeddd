"""The learned reading (`guide.learned`): its features, its arithmetic, the shipped weights, the decision.

Its reading of crisis wording in care notes is tested in tests/care/test_second_reading.py."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pytest

from reconcile_kit.guide import (
    apology,
    check_apology,
    check_first_message,
    check_meet_ask,
    drafts,
    learned,
    learned_file,
)
from reconcile_kit.guide.clauses import read

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "tests" / "data" / "corpora" / "train"


def test_features_read_words_clauses_and_the_rules_answers():
    found = learned.features(read("I snapped at you. It was not my fault"), ["r:but"])
    assert {"w:snapped", "b:^ i", "b:i snapped", "b:my fault", "r:but", "len:2"} <= found
    # who did what: the subject, the verb as a lemma and as a kind
    assert {"s:i>snap", "s:i>@harm", "s:i>@past", "s:i>snap at"} <= found
    assert "s:you>snap" not in found


def test_features_read_texting_style_as_plain_english():
    assert learned.features(read("im sorry i lied to u")) == learned.features(read("I'm sorry I lied to you"))


def test_apologising_formally_reads_the_same_as_saying_sorry():
    assert learned.features(read("I apologise for reading your messages.")) == learned.features(
        read("I'm sorry for reading your messages.")
    )
    assert learned.features(read("My apologies, I forgot.")) == learned.features(read("My sorry, I forgot."))
    found = learned.features(read("I apologized to your mum."))  # telling of an apology: left as it is
    assert {"w:apologized", "s:i>apologize to"} <= found


def test_a_negated_clause_is_its_own_feature():
    assert "n:i>@harm" in learned.features(read("I never lied to you"))
    assert "n:i>@harm" not in learned.features(read("I lied to you"))
    assert {"n:i>be", "s:i>be there"} <= learned.features(read("i wasnt there"))


def test_probability_is_the_logistic_of_bias_plus_weights():
    label = learned.LabelModel(bias=-1.0, weights={"w:sorry": 2.0, "w:if": -0.5}, add=0.5, keep=0.5)
    assert learned.probability(label, {"w:sorry"}) == pytest.approx(0.7310586, abs=1e-6)
    assert learned.probability(label, {"w:sorry", "w:if"}) == pytest.approx(0.6224593, abs=1e-6)
    assert learned.probability(label, set()) == pytest.approx(0.2689414, abs=1e-6)
    assert learned.probability(learned.LabelModel(5000.0, {}, 0.5, 0.5), set()) == pytest.approx(1.0)


def test_the_shipped_models_are_read_in_one_pass_as_one_by_one():
    found = learned.features(read("I'm sorry I snapped at you, work has been mental lately"), ["r:excuse"])
    how_much = learned.size(found)
    for kind in ("apology", "draft", "care"):
        models = learned.model(kind)
        at_once = learned.chances(models, found)
        linears = {m for label in models.values() for m in learned.opinions(label) if m is not None}
        assert set(at_once) == linears
        for m in linears:
            assert at_once[m] == pytest.approx(learned._chance(m.bias, m.weights, found, how_much), abs=1e-12)
    assert learned.chances({"excuse": learned.LabelModel(0.0, {}, 0.5, 0.5)}, found) == {}  # a test's own: one by one


def test_a_second_opinion_is_averaged_with_the_labels_own_model():
    # own model: logistic(0) = 0.5; flawed at all: logistic(2) = 0.8808; this finding among flawed
    # apologies: logistic(-1 + 3) = 0.8808, so the mean is (0.5 + 0.8808 * 0.8808) / 2
    flawed = learned.Linear(bias=2.0, weights={})
    given = learned.Linear(bias=-1.0, weights={"w:work": 3.0})
    label = learned.LabelModel(0.0, {"w:sorry": 0.0}, 0.5, 0.5, flawed=flawed, given=given)
    assert learned.probability(label, {"w:sorry", "w:work"}) == pytest.approx(0.6379017, abs=1e-6)
    # without "work": given is logistic(-1) = 0.2689
    assert learned.probability(label, {"w:sorry"}) == pytest.approx(0.3684414, abs=1e-6)
    # both halves are needed for the second opinion
    assert learned.probability(learned.LabelModel(0.0, {}, 0.5, 0.5, flawed=flawed), {"w:work"}) == 0.5


def test_naive_bayes_is_averaged_into_the_labels_own_opinion():
    # own: logistic(0) = 0.5, naive Bayes logistic(-3 + 4) = 0.7311, so the own opinion is 0.6155;
    # second opinion as above, 0.8808 * 0.8808; the probability is (0.6155 + 0.7758) / 2 = 0.6957
    bayes = learned.Linear(bias=-3.0, weights={"w:work": 4.0})
    flawed = learned.Linear(bias=2.0, weights={})
    given = learned.Linear(bias=-1.0, weights={"w:work": 3.0})
    label = learned.LabelModel(0.0, {"w:sorry": 0.0}, 0.5, 0.5, flawed=flawed, given=given, bayes=bayes)
    assert learned.probability(label, {"w:sorry", "w:work"}) == pytest.approx(0.6956664, abs=1e-6)
    # without a second opinion, the own opinion is the probability: logistic(-3) = 0.0474 with 0.5
    assert learned.probability(learned.LabelModel(0.0, {}, 0.5, 0.5, bayes=bayes), {"w:sorry"}) == pytest.approx(
        0.2737129, abs=1e-6
    )


def test_every_shipped_apology_finding_has_a_second_opinion_and_no_part_has_one():
    models = learned.model("apology")
    for name, label in models.items():
        has = label.flawed is not None and label.given is not None
        assert has == (name in apology.PENALTIES), name
    assert len({id(label.flawed) for label in models.values() if label.flawed}) == 1  # one shared model
    assert not any(name.startswith(("r:", "p:", "q:")) for name in models["excuse"].flawed.weights)


def test_naive_bayes_is_shipped_for_findings_only_never_for_parts_or_crisis_wording():
    apology_models = learned.model("apology")
    with_bayes = sorted(name for name, label in apology_models.items() if label.bayes)
    # as trained in round 20 (docs/guide-quality.md): every finding but `vague`, `but` and `blames_feelings`
    # (round 19: every finding but `vague`; round 18: nor `no_responsibility`)
    assert with_bayes == ["blame_shift", "conditional", "excuse", "minimizing", "no_responsibility", "passive", "pleading"]
    assert set(with_bayes) <= set(apology.PENALTIES)
    for label in apology_models.values():
        assert "#size" not in (label.bayes.weights if label.bayes else {})  # there or not: no size
    assert not any(label.bayes for label in learned.model("care").values())  # a crisis is read as before


def test_size_counts_what_the_text_says_not_what_the_rules_answered():
    assert learned.size({"w:sorry", "b:^ sorry", "s:i>lie", "r:excuse", "p:regret", "q:excuse|tired"}) == 0.06


def test_best_part_is_the_clause_whose_words_weigh_most():
    reading = read("I'm sorry I snapped, but work has been mental lately. I love you.")
    label = learned.LabelModel(0.0, {"w:work": 1.5, "w:sorry": 0.2}, 0.5, 0.5)
    start, end = learned.best_part(label, reading)
    assert reading.text[start:end] == "but work has been mental lately."


def test_the_shipped_weights_were_trained_on_the_training_corpus_as_it_is():
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(TRAIN.glob("*.jsonl"))}
    for kind, path in learned.WEIGHTS.items():
        meta = learned_file.read(path).meta
        assert meta["trained_on"] == digests, "the training corpus changed: run `make train`"
        for name, label in meta["labels"].items():
            # an apology finding (it has a second opinion, "given") may be added from 0.3, the others from 0.5
            least_add = 0.3 if "given" in label else 0.5
            assert 0.0 <= label["keep"] <= label["add"] and least_add <= label["add"] < 1.0, (kind, name)
            assert learned.model(kind)[name].weights, (kind, name)
    assert sorted(learned.model("draft")) == ["anger", "asks_to_meet", "date_framing", "pleading"]  # no_time_frame: the rules
    assert sorted(learned.model("care")) == ["cant_live_without", "crisis", "hopelessness", "self_harm"]
    assert "excuse" in learned.model("apology")


def test_without_weights_the_checks_are_the_rules_alone(rules_alone):
    text = "I'm sorry if you were hurt, but you started it."
    _, findings, parts = apology.rules_reading(text)
    report = check_apology(text)
    assert [f.rule for f in report.findings] == [f.rule for f in findings]
    assert report.components == parts
    assert check_meet_ask("dinner at mine?").rules == tuple(dict.fromkeys(f.rule for f in drafts.rules_findings("ask", "dinner at mine?")))


def test_the_model_adds_a_finding_the_rules_missed_with_the_sentence_and_the_plain_words(monkeypatch):
    shoves = learned.LabelModel(-4.0, {"w:mental": 6.0}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"excuse": shoves} if kind == "apology" else {})
    text = "I'm sorry I missed your recital. Work has been mental."
    report = check_apology(text)
    excuse = [f for f in report.findings if f.rule == "excuse"]
    assert len(excuse) == 1
    assert text[slice(*excuse[0].span)] == "Work has been mental"
    assert excuse[0].message == apology.MESSAGES["excuse"]
    assert report.score < 50  # a finding keeps it below every clean apology


def test_the_model_can_overrule_a_rule_finding_and_a_part(monkeypatch):
    never = learned.LabelModel(-30.0, {}, 0.5, 0.5)
    always = learned.LabelModel(30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"conditional": never, "repair": always})
    report = check_apology("I'm sorry if I hurt you when I left the party early without saying goodbye.")
    assert "conditional" not in report.rules
    assert report.components["repair"] is True


def test_draft_findings_follow_the_kind(monkeypatch):
    always = learned.LabelModel(30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"asks_to_meet": always, "date_framing": always} if kind == "draft" else {})
    assert check_first_message("Hope you're well, and that the new flat is treating you kindly.").rules == ("asks_to_meet",)
    assert "asks_to_meet" not in check_meet_ask("Would you like a coffee on Saturday morning at the place by the park?").rules
    assert check_first_message("").rules == ()


def test_the_model_adds_no_minimizing_where_every_smallness_is_named_to_reject_it(monkeypatch):
    always = learned.LabelModel(30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"minimizing": always} if kind == "apology" else {})
    assert "minimizing" not in check_apology("I'm sorry I forgot your birthday. It might look small, but it wasn't.").rules
    assert "minimizing" not in check_apology("I read your diary. People would call it a small thing. It wasn't small.").rules
    # a smallness claimed beside the rejected one: the model may add it
    assert "minimizing" in check_apology("It might look small, but it wasn't. Then again it was only one night out.").rules
    assert "minimizing" in check_apology("I'm sorry I forgot your birthday and made you wait at the station.").rules


def test_a_few_words_are_left_to_the_rules(monkeypatch):
    always = learned.LabelModel(30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"excuse": always})
    assert "excuse" not in check_apology("Sorry I lied to you.").rules  # 5 words: under learned.MIN_WORDS_APOLOGY
    assert "excuse" in check_apology("I'm sorry I lied to you.").rules  # 6 words ("i'm", "sorry", "i", ...): read
    assert "excuse" in check_apology("I'm sorry I lied to you about the money and the car last winter.").rules


def test_a_draft_needs_more_words_than_an_apology(monkeypatch):
    always = learned.LabelModel(30.0, {}, 0.5, 0.5)
    monkeypatch.setattr(learned, "model", lambda kind: {"anger": always} if kind == "draft" else {})
    assert "anger" not in check_meet_ask("Coffee at the market on Saturday at ten?").rules  # 7 words: under MIN_WORDS
    assert "anger" in check_meet_ask("Coffee at the market on Saturday at ten, like we said we would?").rules


# --- the shipped weights, on examples of our own (never corpus texts) ---------------------------


def test_the_learned_reading_finds_an_excuse_the_rules_miss():
    text = ("Sorry I never showed at your sister's engagement do. My manager kept piling jobs on me all week "
            "and the trains were a nightmare, so it wasn't really down to me.")  # fmt: skip
    _, findings, _ = apology.rules_reading(text)
    assert "excuse" not in [f.rule for f in findings]
    assert check_apology(text).rules == ("excuse", "no_responsibility")  # "wasn't really down to me" denies it too


def test_the_learned_reading_keeps_clear_flaws():
    text = "I'm sorry you feel that way. Honestly, you know exactly how to wind me up, and it was only a couple of texts anyway."
    # no turning word after the apology, so no `but` (DEFINITIONS.md); the defence is named twice over.
    # Whether "a couple of texts" names the act (`vague`) is where readers split: texts named, what they
    # said not. Since round 16 a rule's `vague` may be held to a `keep` threshold above 0.5
    # (docs/guide-quality.md), and here the model is not that sure; the three clear flaws stand.
    assert check_apology(text).rules == ("blames_feelings", "blame_shift", "minimizing")
    assert check_apology(text).score == 0


# Drafts of our own, none of them angry: plain asks, opt-outs, warm first messages.
CALM_DRAFTS = [
    ("ask", "r u free tmrw after work for a quick coffee?"),
    ("ask", "Would you like to grab a coffee on Saturday morning and catch up? No pressure at all if not."),
    ("ask", "Hey, fancy a walk along the canal this weekend? If you'd rather not, no worries at all."),
    ("ask", "I'd love to catch up properly. Are you around for a coffee sometime next week? Totally fine if you're busy."),
    ("ask", "Would you be up for a coffee at the market on Sunday? I'd like to hear how the new job is going."),
    ("ask", "If you ever feel like a coffee and a catch-up, I'm around Thursday afternoon. Either way, take care."),
    ("first", "Hi Sam, saw the new series of that baking show started and thought of you. Hope you're doing well."),
    ("first", "Hey, it's been a while. I hope work is treating you better these days and that your mum is well."),
    ("first", "Happy birthday Jo! Hope the day is lovely and the cake is as good as last year's."),
    ("first", "Just heard the news about the promotion, congratulations! You worked so hard for it."),
]
CALM_ASKS = [
    "Want to come with me to the craft fair on Saturday afternoon? A few of us are going.",
    "Would you come with me to the garden centre on Sunday? I need help choosing a tree for Dad.",
    "Fancy coming along to the farmers market with me Saturday morning?",
    "Do you want to come with me to walk the dogs by the river on Thursday?",
    "Are you free for a quick coffee on Tuesday? I'd like to give you back your books.",
    "Could we meet for a tea at the station café on Monday at 11? Nothing heavy, just to talk.",
    "Shall we grab a sandwich in the park at lunchtime on Friday?",
    "Would you like to join me and my sister for brunch on Sunday? She's been asking after you.",
    "Any chance you'd want to come see the exhibition with me next weekend? Daytime, obviously.",
    "Would you be up for a walk up the hill on Saturday? Bring your boots.",
    "Come with me to the match on Saturday? Dad's got a spare ticket.",
    "Want to go for a bike ride with me on Sunday morning like we planned ages ago?",
    "Lunch at the café near your work on Wednesday? My treat, just to catch up.",
]
COLD_DRAFTS = [
    ("first", "Oh so now you reply? Real mature, whatever."),
    ("ask", "The least you can do after everything is meet me for a coffee on Friday."),
    ("ask", "Meet me Saturday or don't bother ever messaging me again."),
    ("first", "I guess you're too busy for me these days. Must be nice."),
]


def _check(kind, text):
    return check_first_message(text) if kind == "first" else check_meet_ask(text)


def test_the_learned_reading_of_anger_in_drafts_of_our_own():
    assert {text: _check(kind, text).rules for kind, text in CALM_DRAFTS if _check(kind, text).rules} == {}
    assert [text for kind, text in COLD_DRAFTS if "anger" not in _check(kind, text).rules] == []


# Asks of our own that read as a date in everyday words, none of them in the rules' table.
DATE_ASKS = [
    "Drinks Saturday night? I'll book us a table at the rooftop bar.",
    "There's a jazz night at the Blue Lantern on Friday, fancy coming with me? Wear something nice.",
    "Fancy a few cocktails on Friday night? I know a little rooftop place you would love.",
]


def test_calm_asks_of_our_own_are_not_dates():
    # round 4 held date_framing's model back: it read "come with me" as a date (the match below)
    assert {text: check_meet_ask(text).rules for text in CALM_ASKS if check_meet_ask(text).rules} == {}


def test_the_rules_alone_miss_dates_in_everyday_words(rules_alone):
    assert [text for text in DATE_ASKS if "date_framing" in check_meet_ask(text).rules] == []  # the rules alone


def test_dates_in_everyday_words_are_found():
    assert {text: check_meet_ask(text).rules for text in DATE_ASKS} == {text: ("date_framing",) for text in DATE_ASKS}


def test_sincere_apologies_of_our_own_with_the_learned_reading():
    from tests.guide.test_apology import GOOD_APOLOGIES

    flagged = {text: check_apology(text).rules for text in GOOD_APOLOGIES if check_apology(text).findings}
    assert flagged == {}
    owned = "I'm sorry I read your messages while you were in the shower. It was a betrayal of your trust."
    assert check_apology(owned).rules == () and check_apology(owned).score >= 50


def test_the_kit_reads_a_weights_file_as_the_models_the_trainer_made(tmp_path, monkeypatch):
    content = {"version": 1, "trained_on": {}, "labels": {
        "excuse": {"bias": 0.1, "weights": {"w:busy": 1.0, "#size": -0.5}, "add": 0.4, "keep": 0.3, "cv": {},
                   "bayes": {"bias": -2.0, "weights": {"w:busy": 1.5, "w:work": -0.25}},
                   "given": {"bias": 0.25, "weights": {"w:work": 0.75}}},
        "vague": {"bias": -0.3, "weights": {"w:busy": -1.0}, "add": 0.5, "keep": 0.5, "cv": {}},
    }, "flawed": {"bias": 1.5, "weights": {"w:sorry": 0.125}}}  # fmt: skip
    path = tmp_path / "learned_apology.npz"
    learned_file.write(path, content)
    monkeypatch.setitem(learned.WEIGHTS, "apology", path)
    learned.model.cache_clear()
    try:
        models = learned.model("apology")
    finally:
        learned.model.cache_clear()  # the shipped models again for the tests after this one
    excuse, vague = models["excuse"], models["vague"]
    assert (excuse.bias, dict(excuse.weights), excuse.add, excuse.keep) == (0.1, {"w:busy": 1.0, "#size": -0.5}, 0.4, 0.3)
    assert (excuse.bayes.bias, dict(excuse.bayes.weights)) == (-2.0, {"w:busy": 1.5, "w:work": -0.25})
    assert (excuse.given.bias, dict(excuse.given.weights)) == (0.25, {"w:work": 0.75})
    assert (excuse.flawed.bias, dict(excuse.flawed.weights)) == (1.5, {"w:sorry": 0.125})
    assert (vague.bayes, vague.given, vague.flawed, dict(vague.weights)) == (None, None, None, {"w:busy": -1.0})
    assert excuse.weights.get("w:work", 0.0) == 0.0 and "#size" not in vague.weights and len(excuse.weights) == 2
    # the file's matrix is the bank: every model read at once as one by one
    found = {"w:busy", "w:work", "w:sorry"}
    at_once = learned.chances(models, found, 0.5)
    assert len(at_once) == 5
    for m, chance in at_once.items():
        assert chance == pytest.approx(learned._chance(m.bias, m.weights, found, 0.5), abs=1e-12)
    assert at_once[excuse] == pytest.approx(1 / (1 + math.exp(-(0.1 + 1.0 - 0.25))), abs=1e-12)
