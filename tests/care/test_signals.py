"""Crisis wording in the user's own words: found, but not in figures of speech or distress told as past."""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile_kit.care import KINDS, Signal, entry_signals, signals

# These tests pin the rules alone; the learned reading is tested in tests/care/test_second_reading.py.
pytestmark = pytest.mark.usefixtures("rules_alone")


def _kinds(text):
    return {s.kind for s in signals(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Some nights I think about ending my life.", "self_harm"),
        ("i just want to go to sleep and not wake up", "self_harm"),
        ("I've been saving up my sleeping pills.", "self_harm"),
        ("I wrote goodbye letters to my sisters today.", "self_harm"),
        ("I can't go on without her. I really can't.", "cant_live_without"),
        ("Life without you isn't worth living.", "cant_live_without"),
        ("If he doesn't come back I'll end it.", "cant_live_without"),
        ("There's no point in anything anymore.", "hopelessness"),
        ("Everyone would be better off without me.", "hopelessness"),
        ("Nothing is ever going to get better for me.", "hopelessness"),
        ("Everyone thinks I'm fine. Honestly I want to die.", "self_harm"),
        ("It felt like there was no point in anything, and it still does.", "hopelessness"),
        # the writer's own danger beside another person's words or a story (round 22's rules set those aside)
        ("Since she left there's no point to anything.", "hopelessness"),
        ("I told her I can't live without her.", "cant_live_without"),
        ("Nobody would notice if I was gone.", "hopelessness"),
        ("They would all be better off without me.", "hopelessness"),
        ("Mum rang and said she loves me. I still want to die.", "self_harm"),
        ("Watched a film about a man whose wife left. I don't want to live either.", "self_harm"),
        # a past frame with no safety now does not set the words aside
        ("Two years ago I took an overdose. I've been saving my tablets again since he left.", "self_harm"),
        # a clock time is not an age told from the past
        ("I'm ok with it now. At 12 I'll jump off the bridge.", "self_harm"),
    ],
)
def test_crisis_wording_is_found_with_its_kind(text, kind):
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "This traffic is killing me.",
        "Dead tired after the night shift.",
        "I'd die for a coffee right now.",
        "Honestly dying of embarrassment, I waved at a stranger.",
        "I'd rather die than sit through another team-building day.",
        "My phone died halfway through the call.",
        "Kill me now, my aunt wants to set me up again.",
        "She made me laugh so hard I nearly died.",
    ],
)
def test_figures_of_speech_do_not_fire(text):
    assert signals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Last year I felt hopeless, I'm OK now.",
        "I used to think I couldn't go on without him. Turns out I could, and I'm happy.",
        "Three years ago I hurt myself. I got help and I'm safe now.",
        "I don't want to die, I just want this week to be over.",
        "I'm not going to hurt myself, I promise. Just sad tonight.",
        "Felt low today. Called my sister, went for a walk.",
    ],
)
def test_distance_negation_and_ordinary_sadness_do_not_fire(text):
    assert signals(text) == []


def test_a_signal_points_at_the_words_and_says_something_gentle():
    text = "sometimes i think evryone wud be better off w/o me"
    (signal,) = signals(text)
    assert (signal.kind, text[signal.span[0] : signal.span[1]]) == ("hopelessness", "better off w/o me")
    assert "talk to someone" in signal.message


def test_signal_is_a_frozen_record_with_known_kinds():
    signal = Signal("hopelessness", (0, 3), "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        signal.kind = "self_harm"  # type: ignore[misc]
    assert KINDS == ("self_harm", "cant_live_without", "hopelessness", "afraid_of_them")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_is_read_safely(text):
    assert all(0 <= s.span[0] <= s.span[1] <= len(text) and s.kind in KINDS for s in signals(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Honestly I can't see the point of any of it now.", "hopelessness"),
        ("my kids would all be better off without me", "hopelessness"),
        ("I don't want to be here any more.", "self_harm"),
        ("I'm not sure I can keep myself safe this weekend.", "self_harm"),
        ("Some nights I want to fall asleep and not wake up.", "self_harm"),
        ("I just want to disappear.", "self_harm"),
        ("Been writing notes to my family, in case.", "self_harm"),
        ("I keep thinking about swerving off the road on the way home.", "self_harm"),
        ("I can't see a way forward from here.", "hopelessness"),
        ("It'd be simpler for everyone if I wasn't around.", "hopelessness"),
        ("I don't know if I can keep going like this.", "hopelessness"),
        ("I'm terrified of what he'll do when he finds out I moved.", "afraid_of_them"),
        ("She threatened to take the kids if I leave.", "afraid_of_them"),
        ("I don't feel safe in my own flat with him.", "afraid_of_them"),
        ("he keeps saying I'll regret it if I see my friends", "afraid_of_them"),
        ("I'm scared he's going to turn up at work again.", "afraid_of_them"),
    ],
)
def test_indirect_crisis_wording_is_found(text, kind):
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't see the point of that new app, honestly.",
        "I don't want to be here at this wedding, the speeches are endless.",
        "Everyone would be better off with longer lunch breaks.",
        "I want to disappear under a blanket all weekend.",
        "I'm afraid I can't come on Saturday.",
        "I'm scared of how she'll react to the new haircut lol",
        "I'm scared I'll say something daft at the party.",
    ],
)
def test_everyday_worries_are_not_crisis_wording(text):
    assert signals(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Honestly don't know why I bother getting up.", "hopelessness"),
        ("The kids would be calmer without me, if I'm honest.", "hopelessness"),
        ("I'm so done. With everything.", "hopelessness"),
        ("I just want it all to be over.", "hopelessness"),
        ("I'm not going to be around much longer.", "self_harm"),
        ("I've written my family letters. They'll understand one day.", "self_harm"),
        ("I keep picturing not being alive and it feels calm.", "self_harm"),
        ("i cant do life without her", "cant_live_without"),
        ("What's the point of getting up.", "hopelessness"),
        ("He had me by the throat on Sunday.", "afraid_of_them"),
        ("She keeps turning up outside my work.", "afraid_of_them"),
        ("I'm scared to tell him I'm moving out.", "afraid_of_them"),
    ],
)
def test_more_indirect_crisis_wording_is_found(text, kind):
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "What's the point of ironing shirts, honestly.",
        "I don't want to wake up early tomorrow, it's Saturday!",
        "My friend is scared of her landlord putting the rent up.",
        "I could sleep forever after that night shift.",
        "I just want this week to be over.",
        "I'm drowning in paperwork lol.",
    ],
)
def test_more_everyday_words_are_not_crisis_wording(text):
    assert signals(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Maybe they'd all manage fine if I wasn't here.", "hopelessness"),
        ("I honestly don't see a reason to get up any more.", "hopelessness"),
        ("I've been working out how I'd do it.", "self_harm"),
        ("I'm sick of waking up.", "self_harm"),
        ("I can't picture a life without him.", "cant_live_without"),
        ("I'm frightened she'll come to the flat after the pub.", "afraid_of_them"),
    ],
)
def test_crisis_wording_read_from_its_structure(text, kind):
    assert kind in _kinds(text)


def test_stop_existing_in_a_group_chat_is_a_joke():
    assert signals("I want to stop existing in the family group chat lol") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("It would be kinder to them all if I just disappeared.", "hopelessness"),
        ("Not sure how much longer I can hold on.", "hopelessness"),
        ("I keep thinking about the edge of the quarry.", "self_harm"),
    ],
)
def test_crisis_wording_with_kinder_longer_and_places(text, kind):
    assert kind in _kinds(text)


def test_nothing_left_in_the_cupboard_is_not_hopelessness():
    assert signals("Nothing left in the cupboard, need to go shopping.") == []


@pytest.mark.parametrize(
    "text",
    [
        "cut again tonight. deeper than before. nobody needs to know",
        "Burnt my arm on the hob on purpose. Only time my head goes quiet.",
        "burned my arm with the lighter just to feel something",
        "Scratched my arms raw again in the shower.",
        "Smashed my head against the wall again until it bled.",
        "started cutting again since he left",
        "got new blades today and hid them in my wash bag",
    ],
)
def test_self_injury_told_as_a_plain_act_is_found(text):
    # round 21: the rules missed these ("burned my arm with the lighter" in a held-out note)
    assert _kinds(text) == {"self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "Cut my hand again chopping onions, honestly",
        "burnt my arm on the oven door again, so clumsy",
        "my hours got cut again at work",
        "My sister is cutting again and I'm scared for her.",
        "I didn't cut again this week. Proud of that.",
        "Bought new blades for the mower.",
        "banged my head on the cupboard door again",
        "Two years ago I was cutting again. I got help and I'm OK now.",
    ],
)
def test_accidents_other_people_and_recovery_are_not_self_injury(text):
    assert _kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "To whoever finds this: the passwords are in the green notebook and the cat goes to Jo.",
        "This is the last thing I'll write in here. Sorry for all of it.",
        "Gave my good coat to Aisha. Won't need it where I'm going.",
        "Sorry Mum. I'm going down to the river tonight. Don't look for me.",
        "By the time anyone reads this it'll be over. I love you all.",
        "if anyone finds this im sorry. tell mam i love her",
    ],
)
def test_a_farewell_note_is_self_harm_wording(text):
    # round 21: the rules missed farewell notes that say nothing of dying (docs/care.md)
    assert "self_harm" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dear future me: I hope by the time you read this he's a funny story.",
        "If you ever read this, I'm sorry for the way I left.",
        "He's not coming back. I know that now.",
        "Took his hoodie to the charity shop, I don't need it anymore.",
        "I don't know where I'm going with this letter.",
        "I'm not going back to him.",
        # an apology that respects a no says it will be the last
        "This is the last message you'll get from me. I'm sorry for everything and I wish you well.",
        "I know you asked me not to write. This is my last letter, I promise, and then I'll leave you in peace.",
        "Don't look for me at the party on Saturday, I'll stay away.",
        "I'll be coming back next week.",
        "Tell them I love them and I'll see them Saturday.",
        "When it's over I will feel better, I know it.",
        "I want to figure out where I'm going with my career.",
        "Sold his guitar, won't need it anymore.",
    ],
)
def test_an_unsent_letter_or_letting_go_is_not_a_farewell(text):
    assert _kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Been putting my heart tablets by in the tea caddy for weeks. The doctor won't miss them.",
        "3am. pills counted. enough i reckon",
        "Cleaned the rifle tonight and loaded it. It's sitting on the table.",
        "I'm sorry for the drinking. The revolver is in the truck.",
        "the gun's loaded. sorry mum",
        "Sat on the railway line past the station for twenty minutes tonight.",
        "Walked out on the bridge and stood at the railing till the lights went off.",
        "Drove to the cliffs. Stood at the edge a long time in the wind.",
        "had the belt round my neck for a long while last night",
        "did my arm again last nite. hoodie on at school",
        "skipped my insulin yesterday and today. on purpose.",
        "Sorry Kirsty. It's nae your fault. Dinna come lookin.",
        "Tell de chilren Daddy sorry. Me nah comin back.",
    ],
)
def test_means_got_ready_and_places_of_danger_are_self_harm_wording(text):
    # round 22: training notes the learned reading missed out of fold (docs/care.md); the rules missed them
    assert "self_harm" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was put on new tablets for my back and they knock me sideways.",
        "Saving up for a new car, finally.",
        "Cleaned the gun for the shoot on Saturday with Dad.",
        "The rifle is in the cabinet where it belongs.",
        "Stood at the edge of the dance floor all night like a lemon.",
        "Sat on the train home and cried the whole way.",
        "Don't come looking for sympathy from me.",
        "I bit my tongue again when his mum started on me.",
        "Skipped the gym again on purpose, I needed the rest.",
        "My tablets are ready to collect from the pharmacy.",
    ],
)
def test_medicine_sport_and_everyday_places_are_not_self_harm_wording(text):
    assert _kinds(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # someone else's danger (round 22: the rules carded these; the learned reading cannot take a card away)
        "Jess rang sobbing, says she can't see the point in anything since Nick. Drove over and stayed till her mum came.",
        "Becky rang at 11 saying she'd rather not wake up tomorrow. Drove straight over. She's asleep now, I'm staying.",
        "Called my sister three times today. Since her divorce she is saying there is no hope for her.",
        "Our Jade's ex turned up drunk saying he can't live without her. Drove him to A&E.",
        # a story, a film, a song
        "finished the book for english, the one where the girl says she cant live without him and walks into the sea",
        "The film was about an old couple, and the husband cannot live without his wife. We all cried.",
        # a past told from safety, the safety said in other words
        "In 1983, when Geoffrey left, I took an overdose and woke up in the Royal. Forty years ago now. I'm at peace.",
        "At 20 I tried to take my life. That boy didn't know it gets better. Jaylen leaving sucks. I'll live.",
        # things one cannot live without
        "cannot live without milk tea haha, 3 today. miss u Migs pero ok lang",
        "Can't live without air con in this heat. Footy Sunday.",
    ],
)
def test_someone_elses_danger_a_story_and_a_past_told_from_safety_are_not_the_writers(text):
    assert _kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # round 23: drawn from training crises neither reading carded out of fold (docs/care.md)
        ("Forty years with Len. I don't want to be alive for whatever is left.", "self_harm"),
        ("left the car keys on the table for Mags. going for a walk up the fell. not planning on walking back.", "self_harm"),
        ("if ur done w me then im done w living. i mean it", "self_harm"),
        ("The wedding is on Saturday. After that I don't need to stay alive.", "self_harm"),
        ("im not gonna be around to see u with him", "self_harm"),
        ("They are all tired of me. There is no way forward for me.", "hopelessness"),
    ],
)
def test_more_ways_of_saying_it_drawn_from_training_crises(text, kind):
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walked the dog up the fell and got the bus home, not planning on walking back up there in this rain.",
        "I don't want to be a live-in nanny again, not after the last family.",
        "I'm so done with this life of night shifts and microwave dinners.",
        "I don't need to stay around for the speeches, I'll leave after the meal.",
    ],
)
def test_and_their_near_misses_are_not(text):
    assert _kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a threat to oneself that hangs on the other's answer: their "don't" is no denial of it
        ("If you don't reply I'll kill myself", "self_harm"),
        ("If you don't come back I'm going to hurt myself", "self_harm"),
        ("If Sam doesn't answer tonight I'll kill myself", "self_harm"),
        ("if u dont reply ill kill myself", "self_harm"),
        ("If you say no tonight I'm done with everything.", "hopelessness"),
        ("Unless you answer I'll kill myself tonight", "self_harm"),
        ("I'll kill myself if you don't answer", "cant_live_without"),
    ],
)
def test_a_threat_to_oneself_conditioned_on_their_answer_is_found(text, kind):
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "if you don't reply I'll kill you, haha",
        "I'd kill for a coffee",
        "if you don't come I'll be gutted",
        "If you don't reply I'm not going to hurt myself, I promise.",
        "If you don't write back I won't kill myself, don't worry.",
        "If I'm not careful I'll hurt myself on this ladder.",
        "If he doesn't call I'll die of embarrassment.",
    ],
)
def test_near_misses_of_a_conditioned_threat_stay_quiet(text):
    assert _kinds(text) == set()


def _entry(direction, summary, text="", notes="", kind="message"):
    from datetime import datetime, timezone

    from reconcile_kit.model import Interaction

    return Interaction(at=datetime(2026, 5, 1, 18, tzinfo=timezone.utc), channel="text", direction=direction, kind=kind,
                       summary=summary, text=text, notes=notes)


@pytest.mark.parametrize(
    ("entry", "kinds"),
    [
        (_entry("out", "Note to self: I want to die, I can't go on without Sam", kind="note"), ["cant_live_without", "self_harm"]),
        (_entry("out", "Sent a plea", text="If you don't come back I'm going to hurt myself"), ["self_harm"]),
        (_entry("both", "Coffee with Sam", notes="Afterwards I felt there's no point in anything anymore."), ["hopelessness"]),
        (_entry("in", "Sam wrote back", text="I want to die, I can't do this"), []),  # their words, not the user's
        (_entry("in", "Sam wrote back", notes="Reading it I thought: I want to die."), ["self_harm"]),  # the notes are the user's
        (_entry("out", "Sent a short hello about the film"), []),
    ],
)
def test_a_logged_entry_is_read_in_the_users_own_words(entry, kinds):
    assert sorted(s.kind for s in entry_signals(entry)) == kinds
