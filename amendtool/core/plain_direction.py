"""Counsel's plain paragraph that tells which way a figure moved, read against the change's
own figures: "We will now pay $4.15 for each Eligible RSU, down from $3.85" has both figures
right and their roles right (plain_contradictions.py passes it), yet tells employees a raise
is a cut. A direction word ("up from", "raised", "lowered") said of a figure of the change —
the first figure after it in its sentence — must go the way the change's figures go; one
said in a condition or of the market ("if our stock rose above $5.50") is not the change's.
The words are the firm's (resources/plain/direction.toml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from amendtool.core.facts import Fact, changed_facts, extract_placed
from amendtool.core.resource_toml import read_toml
from amendtool.core.segment import sentences
from amendtool.resources import resource_path

UP, DOWN = "up", "down"
_KINDS = frozenset({"money", "percent", "count"})  # figures that rise or fall
Pair = tuple[Fact, Fact]


class _Words(NamedTuple):
    said: re.Pattern[str]  # a direction word; group "up" or "down"
    conditions: re.Pattern[str]
    most_words: int
    messages: dict[str, str]


@cache
def _words() -> _Words:
    data = read_toml(resource_path("plain", "direction.toml"))

    def either(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])

    up, down = either(data["up"]), either(data["down"])
    said = rf"\b(?:(?P<up>{up})|(?P<down>{down}))\b(?!-)"  # never "cut-off"
    conditions = rf"\b(?:{either(data['conditions'])})\b"
    return _Words(
        re.compile(said, re.IGNORECASE),
        re.compile(conditions, re.IGNORECASE),
        int(data["most_words"]),
        data["messages"],
    )


def _key(fact: Fact) -> tuple[str, str]:
    return fact.kind, fact.unit.lower()


def _number(fact: Fact) -> float | None:
    try:
        return float(fact.value)
    except ValueError:
        return None


def change_pairs(old: str, new: str) -> list[Pair]:
    """Each figure of the change beside the one replacing it: the old and new figures of one
    kind (and unit), in the order printed, where the texts change as many of each."""
    removed, added = changed_facts(old, new)
    pairs: list[Pair] = []
    for key in dict.fromkeys(_key(f) for f in removed):
        was = [f for f in removed if _key(f) == key]
        now = [f for f in added if _key(f) == key]
        if len(was) == len(now):
            pairs += zip(was, now, strict=True)
    return pairs


def _directions(pairs: Sequence[Pair]) -> dict[tuple[str, str], tuple[str, Pair]]:
    """For each kind of figure the change moves one way only, that way and its first pair."""
    ways: dict[tuple[str, str], set[str]] = {}
    first: dict[tuple[str, str], Pair] = {}
    for was, now in pairs:
        if was.kind not in _KINDS or _key(was) != _key(now):
            continue
        before, after = _number(was), _number(now)
        if before is None or after is None or before == after:
            continue
        ways.setdefault(_key(was), set()).add(UP if after > before else DOWN)
        first.setdefault(_key(was), (was, now))
    return {k: (next(iter(w)), first[k]) for k, w in ways.items() if len(w) == 1}


def direction_said(
    old: str, new: str, paragraph: str, pairs: Sequence[Pair] | None = None
) -> list[str]:
    """What `paragraph` says moved the other way than the change from `old` to `new` moves
    it, one line each. `pairs`: the change's figures, old beside new, where they are read
    otherwise (a table's rows)."""
    pairs = change_pairs(old, new) if pairs is None else pairs
    ways = _directions(pairs)
    if not ways:
        return []
    figures = {(f.kind, f.value, f.unit.lower()) for pair in pairs for f in pair}
    words = _words()
    found: list[str] = []
    for sentence in sentences(paragraph):
        masked, placed = extract_placed(sentence)
        for match in words.said.finditer(masked):
            clause = re.split(r"[,;:()]", masked[: match.start()])[-1]
            if words.conditions.search(clause):
                continue
            said = _figure_after(masked, placed, match.end(), words.most_words)
            if said is None or (said.kind, said.value, said.unit.lower()) not in figures:
                continue
            way = ways.get(_key(said))
            told = UP if match.group("up") else DOWN
            if way is None or way[0] == told:
                continue
            was, now = way[1]
            end = masked.find(said.text, match.end()) + len(said.text)
            message = words.messages["wrong_way"].format(
                says=" ".join(masked[match.start() : end].split()),
                moves=words.messages["raises" if way[0] == UP else "lowers"],
                old=was.text,
                new=now.text,
            )
            found += [message] if message not in found else []
    return found


def _figure_after(
    masked: str, placed: list[tuple[tuple[int, int], Fact]], at: int, most: int
) -> Fact | None:
    """The first figure after `at` within `most` words of it, if any."""
    for (start, _end), fact in placed:
        if start >= at:
            return fact if len(masked[at:start].split()) <= most else None
    return None
