"""A notice paragraph on a restated table read against the table's rows: each figure it
pairs ("is now 1,040. It was 1,000.", "from 2.5 to 12.0") must be one row's own old and new
figure, told the way that row changed. Both figures may be figures the table changes and
still no row's change: paired by value across the table, "Tranche 33 is now 1,040. It was
1,000." took the old figure of another row (Tranche 33 was 1,033), and the check by values
alone found nothing wrong; "now 2.5. It was 4.0." told the first tier's change (2.5 to 4.0)
backwards, and read by value across the table (2.5 to 12.0) it was no error either. A pair
said beside a row's name (its first cell, "Tier A") is read against that row's change."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, Finding
from amendtool.core.facts import Fact, extract_placed
from amendtool.core.items import AmendmentItem, letter
from amendtool.core.named_rows import rows_named, table_captions
from amendtool.core.plain_row_changes import is_table_item, row_changes
from amendtool.core.plain_row_holdings import (
    IT_WAS,
    NUMERIC,
    WAS,
    figures_held,
    last_number,
)
from amendtool.core.segment import sentences

_NOW = re.compile(r"\bnow\b", re.I)
_FROM = re.compile(r"\bfrom\W*$", re.I)
_TO = re.compile(r"^\W*to\W*$", re.I)
# "now holds 9,000, down from 11,000": the figure after "up from" or "down from" is the old one
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\W*$", re.I)
# "from 27,000 to 29,500", read as one ratio "27,000 to 29,500": its two ends
_ENDS = re.compile(r"(\S+)\s+to\s+(\S+)")

Pair = tuple[Decimal, Decimal]


class RowPair(NamedTuple):
    """One figure a row changed, as numbers and as the table prints them."""

    row: str
    pair: Pair
    printed: tuple[str, str]


class SaidPair(NamedTuple):
    """An old and a new figure a paragraph pairs, as printed, and the words saying them."""

    pair: Pair
    printed: tuple[str, str]
    words: str
    whole: str = ""  # the pair as the reading of figures printed it whole ("27,000 to 29,500")


def check_row_pairs(amendment: Amendment) -> list[Finding]:
    """Each figure pair a restated table's own notice paragraph states that no row of it
    changes, or that a row changes the other way round (counsel's paragraph is read with
    its other figures: plain_table_facts.py)."""
    findings = []
    for index, item in enumerate(amendment.change_items):
        if item.plain_summary is not None:
            continue
        rows = table_pairs(item)
        if not rows:
            continue
        text = amendment.plain_summary(item).text
        for problem in pair_problems(text or "", rows, item):
            message = f"item {letter(index)}: the notice's plain paragraph {problem}"
            findings.append(Finding(ERROR, "plain_facts", message, index))
    return findings


def pair_problems(
    text: str, rows: list[RowPair], item: AmendmentItem | None = None, offer: Sequence[str] = ()
) -> list[str]:
    """What is wrong with each pair of figures `text` states against the table's rows, and
    with each figure it says a row named alone now holds, one line each ("states 1,000 to
    1,040, which no row of the table changes …"). `item`: the table's item, whose rows the
    change leaves alone may be named too, as may the other rows of its table in `offer`."""
    captions = table_captions(item, offer) if item is not None else []
    found = [problem for _figure, problem in figures_held(text, item, offer) if problem]
    for said in pairs_said(text):
        judged, problem = verdict(said, rows, captions)
        if not judged and _of_the_table(said.pair, rows):
            old, new = said.printed
            own = sorted(r.printed[0] for r in rows if r.pair[1] == said.pair[1])
            hint = f"; the row that is now {new} was {own[0]}" if own else ""
            problem = f"states {old} to {new}, which no row of the table changes{hint}"
        if problem and problem not in found:
            found.append(problem)
    return found


def table_pairs(item: AmendmentItem) -> list[RowPair]:
    """Each figure the item's table changed, row by row ([] for no table)."""
    if not is_table_item(item):
        return []
    out = []
    for change in row_changes(item):
        if change.heading or change.old.kind not in NUMERIC:
            continue
        a, b = last_number(change.old.text), last_number(change.new.text)
        if a is not None and b is not None:
            out.append(RowPair(change.row, (a, b), (change.old.text, change.new.text)))
    return out


def judged_figures(
    text: str, rows: list[RowPair], item: AmendmentItem | None = None, offer: Sequence[str] = ()
) -> frozenset[str]:
    """The figures, as `text` prints them, of each pair it states that `verdict` judges
    (a row's change, told either way: read there whole, never figure by figure), and each
    figure `figures_held` judges."""
    captions = table_captions(item, offer) if item is not None else []
    pairs = [
        p
        for said in pairs_said(text)
        if verdict(said, rows, captions)[0]
        for p in [*said.printed, said.whole]
        if p
    ]
    held = [figure for figure, _problem in figures_held(text, item, offer)] if item else []
    return frozenset([*pairs, *held])


def verdict(said: SaidPair, rows: list[RowPair], captions: Sequence[str] = ()) -> tuple[bool, str]:
    """Whether a pair said is judged as one row's change, and what is wrong with it ("" for
    nothing): a pair beside a row's name is read against that row (one the change leaves
    alone changes nothing); any other, against every row."""
    names = rows_named(said.words, [*(_caption(r.row) for r in rows), *captions])
    named = [r for r in rows if _caption(r.row) in names]
    old, new = said.printed
    if names and not named:
        theirs = [r for r in rows if said.pair in (r.pair, r.pair[::-1])]
        if not theirs:
            return False, ""
        return True, (
            f"states {old} to {new} for the row \u201c{names[0]}\u201d, which is the change "
            f"of the row \u201c{theirs[0].row}\u201d (the row \u201c{names[0]}\u201d does "
            "not change)"
        )
    if named:
        if said.pair in {r.pair for r in named}:
            return True, ""
        back = [r for r in named if r.pair == said.pair[::-1]]
        if back:
            return True, _backwards(said, back)
        theirs = [r for r in rows if r.pair == said.pair]
        if theirs:
            own = named[0]
            return True, (
                f"states {old} to {new} for the row \u201c{own.row}\u201d, which is the "
                f"change of the row \u201c{theirs[0].row}\u201d (the row \u201c{own.row}\u201d "
                f"changes {own.printed[0]} to {own.printed[1]})"
            )
        # one end is the row's own figure, the other not ("He held 8,100 (0.5%)": it was 0.7%)
        ends = [r for r in named if said.pair[0] == r.pair[0] or said.pair[1] == r.pair[1]]
        if ends:
            own = ends[0]
            return True, (
                f"states {old} to {new} for the row \u201c{own.row}\u201d, which changes "
                f"{own.printed[0]} to {own.printed[1]}"
            )
        return False, ""
    if said.pair in {r.pair for r in rows}:
        return True, ""
    back = [r for r in rows if r.pair == said.pair[::-1]]
    return (True, _backwards(said, back)) if back else (False, "")


def _backwards(said: SaidPair, rows: list[RowPair]) -> str:
    old, new = said.printed
    names = " and ".join(f"\u201c{r.row}\u201d" for r in dict.fromkeys(rows))
    row = rows[0]
    which, verb = ("row", "changes") if len(rows) == 1 else ("rows", "change")
    return (
        f"states the change of the {which} {names} the wrong way round: {new} as the new "
        f"value and {old} as the old one (the {which} {verb} {row.printed[0]} to "
        f"{row.printed[1]})"
    )


def _caption(row: str) -> str:
    return " ".join(row.split())


def _of_the_table(pair: Pair, rows: list[RowPair]) -> bool:
    """Both figures are ones the table changes: an old figure and a new one."""
    return any(r.pair[0] == pair[0] for r in rows) and any(r.pair[1] == pair[1] for r in rows)


def pairs_said(text: str) -> list[SaidPair]:
    """(old, new) of each "… now X. It was Y." and "from Y to X" the paragraph states, with
    the figures as printed and the sentences saying them."""
    said = [part for s in sentences(text) for part in IT_WAS.split(s)]
    out: list[SaidPair] = []
    for n, sentence in enumerate(said):
        _, placed = extract_placed(sentence)
        figures = [(span, f) for span, f in placed if f.kind in NUMERIC]
        following = said[n + 1] if n + 1 < len(said) else ""
        if _NOW.search(sentence) and figures and WAS.search(following):
            out += _now_and_then(sentence, figures, following)
        for (one, was), ((two, _), now) in pairwise(figures):
            between = sentence[one[1] : two]
            if _FROM.search(sentence[: one[0]]) and _TO.match(between):
                out += _pair(was, now, sentence)
            elif _UP_FROM.search(sentence[:two]) and _NOW.search(sentence[: one[0]]):
                out += _pair(now, was, sentence)  # "now X …, up from Y"
        for span, fact in figures:
            ends = _ENDS.fullmatch(fact.text) if fact.kind == "ratio" else None
            if ends and _FROM.search(sentence[: span[0]]):
                old, new = (Fact("number", "", end) for end in ends.groups())
                out += _pair(old, new, sentence, whole=fact.text)
    return out


def _now_and_then(
    sentence: str, figures: list[tuple[tuple[int, int], Fact]], following: str
) -> list[SaidPair]:
    """The pairs of "… now holds 6,100 (0.5%). He held 8,100 (0.7%).": a figure and the
    ones beside it describe one holding, then and now, so each figure said now is paired
    with the one said in the same place then (6,100 with 8,100, 0.5% with 0.7%); where
    they are not said alike, the first figure then with the first said now."""
    now = _NOW.search(sentence)
    start = now.end() if now else 0
    news = [f for span, f in figures if span[0] >= start] or [figures[-1][1]]
    _, after = extract_placed(following)
    olds = [f for _, f in after if f.kind in NUMERIC]
    words = f"{sentence} {following}"
    if len(olds) == len(news):
        return [p for old, new in zip(olds, news, strict=True) for p in _pair(old, new, words)]
    return _pair(olds[0], news[0], words) if olds else []


def _pair(old: Fact, new: Fact, words: str, whole: str = "") -> list[SaidPair]:
    a, b = last_number(old.text), last_number(new.text)
    return (
        [SaidPair((a, b), (old.text, new.text), words, whole)]
        if a is not None and b is not None
        else []
    )
