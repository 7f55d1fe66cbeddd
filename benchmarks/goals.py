"""Issue 15's goals for the language checks, and the figures judged against them.

`goal_rows` judges one part (one held-out set) against each goal; `pooled_rows` judges the sum of
many parts, with its interval and how often a part would meet the goal by chance; `today_rows`
shows the apology findings pooled over the parts labelled by today's DEFINITIONS.md alone. The
figures come from `bench_language.measure`; the counting is `tallies`'. The goals themselves are
in the issue and in docs/guide-quality.md ("Goals").
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from tallies import Tally, chance_part_holds, holds, pooled, pr, wilson  # noqa: E402

from reconcile_kit.care.signals import CRISIS  # noqa: E402
from reconcile_kit.guide.apology import PARTS  # noqa: E402
from reconcile_kit.guide.apology_flaws import MESSAGES  # noqa: E402
from reconcile_kit.guide.drafts import APPLIES_TO  # noqa: E402

__all__ = ["APOLOGY_FINDINGS", "COMPONENTS", "DRAFT_FINDINGS", "CARE_KINDS", "GOALS", "goal_rows", "pooled_rows",
           "today_rows"]  # fmt: skip

APOLOGY_FINDINGS = tuple(MESSAGES)  # the apology finding ids, in the order the workbench explains them
COMPONENTS = PARTS  # the parts of a good apology
DRAFT_FINDINGS = APPLIES_TO  # which kind of draft each finding applies to
CARE_KINDS = CRISIS  # the crisis kinds, each measured on its own
GOALS = {  # issue 15, judged on the held-out third
    "finding": (0.90, 0.85), "responsibility": (None, 0.90), "draft": (0.90, 0.90), "care": (0.90, 0.95),
    "clean_flagged": 1 / 30, "ranking": 0.97, "apology_ms": 0.020, "corpus_s": 2.0,
}  # fmt: skip


def goal_rows(new: dict[str, dict[str, Any]], old: dict[str, dict[str, Any]], split: str,
              old_name: str = "old checker") -> list[dict[str, Any]]:  # fmt: skip
    """One `make bench` row per quality goal on `split`, the dev figure and the old checker's (`old_name`) in the row."""
    rows = []

    def add(name: str, get: Callable[[dict[str, Any]], Any], text: Callable[[Any], str], goal: str, judge: Callable[[Any], bool | None]) -> None:
        value = get(new[split])
        before = text(get(old[split])) if old.get(split) else "—"
        dev = text(get(new["dev"])) if "dev" in new and split != "dev" else ""
        note = f"dev: {dev}" if dev else ""
        rows.append(common.row(f"{name} ({split})", text(value), contender=f"{old_name}: {before}",
                               goal=goal, holds=judge(value), note=note))  # fmt: skip

    p_goal, r_goal = GOALS["finding"]
    for key in APOLOGY_FINDINGS:
        add(f"apology `{key}`", lambda f, k=key: f["apology"]["findings"][k], pr, f"P ≥ {p_goal}, R ≥ {r_goal}",
            lambda t: holds(t, p_goal, r_goal))  # fmt: skip
    if new[split]["apology"]["vague_now"]:
        add("apology `vague` by round 13's sentence", lambda f: f["apology"]["vague_now"], pr,
            "(as `vague`; not counted)", lambda t: None)  # fmt: skip
    for key in COMPONENTS:
        goal, hold = ("", lambda t: None)
        if key == "responsibility":
            r_part = GOALS["responsibility"][1]
            goal, hold = f"R ≥ {r_part}", lambda t: holds(t, None, r_part)
        add(f"apology part `{key}`", lambda f, k=key: f["apology"]["parts"].get(k), pr, goal, hold)
    one_in = round(1 / GOALS["clean_flagged"])  # at most one clean apology in this many given a finding
    add("clean apologies given any finding", lambda f: (len(f["apology"]["clean_flagged"]), f["apology"]["clean"]),
        lambda v: f"{v[0]} of {v[1]}", f"at most 1 in {one_in}", lambda v: v[0] * one_in <= v[1])  # fmt: skip
    add("P(sincere apology outscores a flawed one)", lambda f: f["apology"]["ranking"], lambda v: f"{v:.3f}",
        f"≥ {GOALS['ranking']}", lambda v: v >= GOALS["ranking"])  # fmt: skip
    p_goal, r_goal = GOALS["draft"]
    for key in DRAFT_FINDINGS:
        add(f"draft `{key}`", lambda f, k=key: f["drafts"][k], pr, f"P ≥ {p_goal}, R ≥ {r_goal}",
            lambda t: holds(t, p_goal, r_goal))  # fmt: skip
    p_goal, r_goal = GOALS["care"]
    for key in (*CARE_KINDS, "crisis") if new[split]["care"] else ():
        goal = f"P ≥ {p_goal}, R ≥ {r_goal}" if key == "crisis" else ""
        add(f"care `{key}`" if key != "crisis" else "care: any crisis wording",
            lambda f, k=key: f["care"][k] if f["care"] else None, pr, goal,
            (lambda t: holds(t, p_goal, r_goal)) if key == "crisis" else (lambda t: None))  # fmt: skip
    return rows


def _pooled_row(name: str, where: str, parts: list[Tally], goal: tuple[float | None, float | None],
                shown_as: str | None = None) -> tuple[dict[str, Any], float]:  # fmt: skip
    """One row of a goal pooled over `parts`, with its interval, and the chance that a part of the
    median size meets the goal. `shown_as`: the goal text of a row shown beside the goals, not counted."""
    total = pooled(parts)
    p_goal, r_goal = goal
    p_low, p_high = wilson(total.tp, total.tp + total.fp)
    r_low, r_high = wilson(total.tp, total.tp + total.fn)
    chance = chance_part_holds(total, parts, p_goal, r_goal)
    goal_text = " and ".join(g for g in (p_goal and f"P ≥ {p_goal}", r_goal and f"R ≥ {r_goal}") if g)
    row = common.row(
        f"{name} ({where})", pr(total), goal=shown_as or goal_text,
        holds=None if shown_as else holds(total, p_goal, r_goal),
        note=f"95% interval P {p_low:.2f} to {p_high:.2f}, R {r_low:.2f} to {r_high:.2f} ({total.tp + total.fn} wanted); "
             f"a part of the median size meets it by chance {chance:.0%} of the time",
    )  # fmt: skip
    return row, chance


def pooled_rows(new: dict[str, dict[str, Any]], splits: list[str]) -> list[dict[str, Any]]:
    """One `make bench` row per goal of a label, pooled over the held-out `splits`, with its interval
    and the chance that a part of the median size meets it."""
    rows = []
    chances = []

    def add(name: str, parts: list[Tally], goal: tuple[float | None, float | None], counted: bool = True) -> None:
        row, chance = _pooled_row(name, f"pooled over {len(parts)} held-out parts", parts, goal,
                                  None if counted else "(as `vague`; not counted)")  # fmt: skip
        if counted:
            chances.append(chance)
        rows.append(row)

    for key in APOLOGY_FINDINGS:
        add(f"apology `{key}`", [new[s]["apology"]["findings"][key] for s in splits], GOALS["finding"])
    held = sum(bool(row["holds"]) for row in rows)
    # `vague` as each part's readers would label it today: round 13's sentence where the part was labelled before it
    add("apology `vague` by round 13's sentence where a part predates it", [
        new[s]["apology"]["vague_now"] or new[s]["apology"]["findings"]["vague"] for s in splits
    ], GOALS["finding"], counted=False)  # fmt: skip
    rows.append(common.row(
        f"every apology finding (pooled over {len(splits)} held-out parts)", f"{held} of {len(APOLOGY_FINDINGS)}",
        goal="all", holds=held == len(APOLOGY_FINDINGS),
        note=f"at the pooled rates a part of the median size would meet all {len(APOLOGY_FINDINGS)} by chance "
             f"{math.prod(chances):.1%} of the time (each finding drawn on its own)",
    ))  # fmt: skip
    add("apology part `responsibility`", [new[s]["apology"]["parts"]["responsibility"] for s in splits], GOALS["responsibility"])
    for key in DRAFT_FINDINGS:
        add(f"draft `{key}`", [new[s]["drafts"][key] for s in splits], GOALS["draft"])
    with_care = [s for s in splits if new[s]["care"]]
    if with_care:
        add("care: any crisis wording", [new[s]["care"]["crisis"] for s in with_care], GOALS["care"])
    return rows


def today_rows(new: dict[str, dict[str, Any]], splits: list[str]) -> list[dict[str, Any]]:
    """The apology findings pooled over the parts labelled by today's DEFINITIONS.md alone: those not
    read again for `vague` (`vague_read_again`, the parts written before round 13's sentence). Shown
    beside the goals, not counted; nothing when every part, or fewer than two, are such parts."""
    today = [s for s in splits if new[s]["apology"]["vague_now"] is None]
    if len(today) < 2 or len(today) == len(splits):
        return []
    where = f"pooled over the {len(today)} held-out parts labelled by today's definitions"
    totals = {key: [new[s]["apology"]["findings"][key] for s in today] for key in APOLOGY_FINDINGS}
    rows = [_pooled_row(f"apology `{key}`", where, parts, GOALS["finding"], "(the goal, on these parts; not counted)")[0]
            for key, parts in totals.items()]  # fmt: skip
    short = [key for key, parts in totals.items() if not holds(pooled(parts), *GOALS["finding"])]
    rows.append(common.row(
        f"every apology finding ({where})", f"{len(APOLOGY_FINDINGS) - len(short)} of {len(APOLOGY_FINDINGS)}",
        goal="(the goal, on these parts; not counted)", holds=None,
        note=("short: " + ", ".join(f"`{key}`" for key in short)) if short else "",
    ))  # fmt: skip
    return rows
