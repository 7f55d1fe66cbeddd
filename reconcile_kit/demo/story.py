"""The invented story behind the demo journal: milestones, everyday lines, extras.

Alex writes to Robin (they/them). Every name and event here is made up. Each milestone row is
(day, time UTC, channel, direction, kind, tone, summary, mood, tags, text); the comment after it
names the guide item it shows (the S-ids docs/guide-engine.md cites).
"""

from __future__ import annotations

from typing import Any

_APOLOGY = (
    "I'm sorry for how I handled the move. I decided without asking you, and that was wrong of me. "
    "I can see now how alone it left you. I've been learning to talk things through before I decide. "
    "If there is anything I can do to make it right, I'd like to hear it."
)

COMMON: list[tuple[Any, ...]] = [
    ("01-18", "10:40", "text", "in", "message", "neutral",
     "Robin's last message for a long while: where to leave the spare keys", 2, "before", ""),
    # S1.1, S1.2: after months of silence, a short text about a shared memory
    ("06-14", "19:20", "text", "out", "message", "none",
     "A short hello: the film we both loved is back at the Rex", 3, "film",
     "Hi Robin, I saw the film we loved is on at the Rex again. It made me smile. Hope you're keeping well."),
    ("06-15", "12:05", "text", "in", "message", "positive",
     "Robin wrote back warmly; they had spotted the poster too", 4, "film", ""),
    # S1.3: wait after a warm reply
    ("06-16", "21:00", "other", "out", "note", "none",
     "Waiting a few days before writing again, so there is room to breathe", 4, "", ""),
    # S1.5: a run of three unanswered messages
    ("06-27", "18:10", "text", "out", "message", "none",
     "Asked how the first weeks at the new job went", 3, "", ""),
    ("06-28", "20:45", "text", "out", "message", "none", "Sent a photo of the bakery on the corner", 2, "", ""),
    ("06-29", "22:15", "text", "out", "message", "none",
     "Asked whether my messages were getting through", 2, "", ""),
    ("07-03", "09:30", "text", "in", "message", "neutral",
     "Robin answered briefly: a hectic week at work", 3, "", ""),
    ("07-03", "21:00", "other", "out", "note", "none",
     "Three messages with no answer: slowing down and letting them set the pace", 3, "", ""),
    # S2.1, S2.2: the ask, framed as catching up, with a time frame
    ("07-26", "11:00", "text", "out", "meet_ask", "none",
     "Asked if they'd like a coffee some time next week to catch up", 3, "coffee",
     "Would you like to grab a coffee some time next week and catch up? Completely fine if not."),
    ("07-26", "16:40", "text", "in", "message", "positive",
     "Robin said yes: Saturday morning at the park café", 5, "coffee", ""),
    # S3.1: catching up
    ("08-01", "10:30", "in_person", "both", "meeting", "positive",
     "Coffee at the park café: the choir, their new job, a lot of laughing", 4, "coffee", ""),
    ("08-16", "17:00", "in_person", "both", "meeting", "positive",
     "A long walk by the river; easy and light", 4, "", ""),
    ("08-24", "19:30", "call", "in", "message", "positive",
     "Robin called to share good news about their sister", 4, "family", ""),
    # S4.1, S4.3: the heart-to-heart and the apology
    ("09-05", "18:00", "in_person", "both", "apology", "positive",
     "Heart-to-heart on a long walk: I apologised for how I handled the move", 3, "heart-to-heart", _APOLOGY),
    ("09-06", "09:15", "text", "in", "message", "positive",
     "Robin thanked me for the talk and said it meant a lot", 4, "heart-to-heart", ""),
    ("09-19", "11:00", "in_person", "both", "meeting", "positive",
     "Wandered round the farmers' market together", 4, "", ""),
]  # fmt: skip

RECONCILING: list[tuple[Any, ...]] = [
    # S5.1: yes, and slowly
    ("10-03", "19:30", "in_person", "both", "date", "positive",
     "Dinner together: we agreed to try again, slowly", 5, "outcome", ""),
    ("10-10", "20:00", "in_person", "both", "date", "positive",
     "A second easy evening: the film at the Rex at last", 5, "film", ""),
    ("10-14", "21:10", "text", "in", "message", "positive",
     "Robin wrote that they're glad we're taking it slowly", 5, "", ""),
]  # fmt: skip

CLOSURE: list[tuple[Any, ...]] = [
    # S5.4, S5.5: a kind no, accepted with grace
    ("09-29", "18:30", "in_person", "in", "refusal", "positive",
     "Robin said kindly that they'd rather not get back together, and wished me well", 2, "outcome", ""),
    ("09-30", "10:00", "text", "out", "message", "none",
     "Thanked Robin for being honest and wished them well too", 2, "",
     "Thank you for telling me honestly. I'm glad we talked, and I wish you well."),
    ("10-05", "21:00", "other", "out", "note", "none",
     "Wrote down what I learned; giving myself time", 3, "closure", ""),
]  # fmt: skip

# (first day, last day, threads): everyday back-and-forth, none during the unanswered run.
FILLER_SPANS: tuple[tuple[str, str, int], ...] = (
    ("06-19", "06-26", 3),
    ("07-05", "07-24", 6),
    ("08-03", "08-30", 7),
    ("09-08", "09-27", 6),
)
RECONCILING_SPANS: tuple[tuple[str, str, int], ...] = (("10-05", "10-13", 4),)

OUT_LINES: tuple[str, ...] = (
    "Shared a photo of the dog being silly on the beach",
    "Told them about my first choir rehearsal",
    "Sent the song that was playing on the road trip",
    "Wished them luck for the big presentation",
    "Asked for the name of that ramen place",
    "Sent a funny sign from the train station",
    "Told them I signed up for the pottery class",
    "Asked how their mum's garden is doing",
    "Shared a recipe I finally got right",
    "Said the bakery brought back the lemon buns",
    "Sent a picture of the sunset from the hill",
    "Asked what they are reading at the moment",
    "Told them the choir gave me a small solo",
    "Shared a short clip from the concert",
    "Asked how the running is going",
    "Told them about the book club I joined",
    "Sent a photo of my first wobbly pot",
    "Asked about the trip to the coast",
    "Said hello after a long day at work",
    "Shared a joke from the office",
    "Asked if they had tried the new café on the corner",
    "Sent a podcast I thought they would like",
    "Told them I repainted the kitchen",
    "Asked how their sister is settling in",
    "Shared a photo of the first autumn leaves",
    "Said thanks for the book tip; loved it",
    "Sent good luck for the weekend race",
)

IN_LINES: tuple[str, ...] = (
    "Robin sent a photo of their cat back",
    "Robin asked how the choir is going",
    "Robin laughed and said it made their day",
    "Robin shared a song from their playlist",
    "Robin replied with the ramen place's name and a tip",
    "Robin said the presentation went well",
    "Robin told me about their weekend hike",
    "Robin sent a thumbs up",
    "Robin said they're tired but glad to hear from me",
    "Robin recommended a book",
    "Robin asked to see the finished pot",
    "Robin shared news about their running club",
    "Robin sent a photo from the coast",
    "Robin said the garden is overflowing with courgettes",
    "Robin replied briefly; a busy day",
    "Robin asked how the kitchen turned out",
    "Robin said the new café is nice but pricey",
    "Robin shared a podcast back",
    "Robin sent a funny picture about choirs",
    "Robin said their sister loves the new flat",
    "Robin wished me a good week",
    "Robin asked about the book club",
    "Robin said the sunset photo made them smile",
    "Robin replied with a short 'sounds good'",
    "Robin told me about a film they saw",
    "Robin sent a picture of autumn in the park",
    "Robin said the race went better than they hoped",
)

EXTRAS_COMMON: dict[str, list[tuple[Any, ...]]] = {
    "reflections": [
        ("S1.4", "06-13", "I'm writing to Robin because I'd like us to be on good terms again. "
         "I don't expect anything back, and that is all right."),
        ("apology_draft", "08-30", "I'm sorry if you felt hurt when I moved, but I was under a lot of stress back then."),
        ("apology_draft", "09-03", _APOLOGY),
    ],
    "ticks": [("S1.1", "06-14"), ("S1.2", "06-14"), ("S1.3", "06-16"), ("S1.5", "07-03"),
              ("S2.2", "07-26"), ("S3.1", "08-01"), ("S4.3", "09-05")],
    "habits": [],
    "check_ins": [],
}  # fmt: skip

EXTRAS_RECONCILING: dict[str, list[tuple[Any, ...]]] = {
    "reflections": [
        ("S5.2", "10-04", "What broke it last time: I went quiet when things got hard. "
         "This time I say it out loud, early."),
    ],
    "ticks": [("S5.1", "10-03"), ("S5.2", "10-04"), ("S5.3", "10-04")],
    "habits": [("Going quiet instead of saying what's wrong", "10-04"),
               ("Making big plans without asking first", "10-04")],
    "check_ins": [
        (0, "10-07", False, "Told Robin I was worn out instead of disappearing"),
        (1, "10-09", False, ""),
        (0, "10-12", True, "Went quiet for an evening; we talked it through the next morning"),
        (1, "10-14", False, "Asked before booking the weekend away"),
    ],
}  # fmt: skip

EXTRAS_CLOSURE: dict[str, list[tuple[Any, ...]]] = {
    "reflections": [
        ("S5.5", "10-05", "I tried, kindly and honestly. It hurts, and I also know I did what I could. "
         "That is enough."),
    ],
    "ticks": [("S2.3", "09-30"), ("S5.4", "09-30"), ("S5.5", "10-05")],
    "habits": [],
    "check_ins": [],
}  # fmt: skip


def extras(ending: str) -> dict[str, list[tuple[Any, ...]]]:
    """The reflections, ticks, habits and check-ins of the demo with this ending."""
    more = EXTRAS_RECONCILING if ending == "reconciling" else EXTRAS_CLOSURE
    return {key: EXTRAS_COMMON[key] + more[key] for key in EXTRAS_COMMON}
