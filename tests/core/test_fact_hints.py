"""Facts are read from every changed paragraph; a paragraph that lacks what a kind of fact
always holds ("%" or "cent" for a percentage) is not searched for it, and reads the same
facts as when every pattern searched it."""

from __future__ import annotations

import random
import re

import pytest

from amendtool.core import fact_hints, facts, plain_fact_reading, plain_facts

PIECES = (
    "$12.50 | 15% | 2 1/2% | 2½ percent | 1½-for-1 | fifteen percent | 3.5 per cent | "
    "one for every two | 1-for-2 | 2:1 | "
    "one to two | 1 to 3 | 3-for-1 | For every 2 Eligible Options, we grant you 1 | "
    "September 27, 2026 | Sept. 3 | 9/27/26 | 11:59 p.m. | midnight | noon | 100 shares | "
    "two business days | twenty options | 10 New Options for each | 4 | 1,000 | may | "
    "March | each | every | the | offer | to | for | per | cent | - | : | / | , | . | Each "
    "holder | EVERY | PERCENT | Ratio | an | a | half | one-half | two and one-half | "
    "in exchange for each | for everyone | FOR EACH | 10:30 a.m. | as follows: | 3 New Options"
).split(" | ")


def text(rng: random.Random) -> str:
    return " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))


class Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.texts = pattern, []  # type: list[str]

    def search(self, text: str, position: int = 0) -> re.Match[str] | None:
        self.texts.append(text)
        return self.pattern.search(text, position)


def test_the_facts_read_are_those_every_pattern_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    texts = [text(rng) for _ in range(600)]
    facts.clear_caches()
    hinted = [facts.extract(t) for t in texts]
    plain = [plain_facts.facts_in(t) for t in texts]
    for name in ("may_hold_date", "may_hold_percent", "may_hold_ratio"):
        monkeypatch.setattr(fact_hints, name, lambda _text: True)
    facts.clear_caches()
    assert [facts.extract(t) for t in texts] == hinted
    assert [plain_facts.facts_in(t) for t in texts] == plain  # the plain notice's facts
    assert sum(bool(found) for found in hinted) > 500  # the texts hold facts
    kinds = {fact.kind for found in plain for fact in found}
    assert {"date", "percent", "ratio"} <= kinds


def test_a_paragraph_without_a_percent_sign_or_cent_is_not_searched_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched = {name: Counting(getattr(facts, name)) for name in ("_PERCENT", "_RATIO", "_DATE")}
    for name, counting in searched.items():
        monkeypatch.setattr(facts, name, counting)
    facts.clear_caches()
    plain = "The committee may amend the plan at any time, and the holder keeps the option."
    assert facts.extract(plain) == []
    assert facts.extract("Holders of 15% may exchange one for every two by May 2, 2026.")
    for name, counting in searched.items():
        assert counting.texts and plain not in counting.texts, name


def test_the_plain_notice_reads_no_ratio_in_a_paragraph_without_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kinds = dict(plain_fact_reading._PATTERNS)
    counting = Counting(kinds["ratio"])
    patterns = [(k, counting if k == "ratio" else p) for k, p in plain_fact_reading._PATTERNS]
    monkeypatch.setattr(plain_fact_reading, "_PATTERNS", patterns)
    plain = "The committee may amend the plan at any time, and the holder keeps the option."
    assert plain_facts.facts_in(plain) == []
    assert [f.kind for f in plain_facts.facts_in("We grant one for every two.")] == ["ratio"]
    assert set(counting.texts) == {"We grant one for every two."}  # the plain one: never


def test_prose_saying_each_and_a_colon_is_not_searched_for_a_ratio(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most paragraphs of an offer say "each" and many end in a colon; a ratio needs "for
    each" or "for every", or digits either side of the colon."""
    counting = Counting(facts._RATIO)
    monkeypatch.setattr(facts, "_RATIO", counting)
    facts.clear_caches()
    prose = [
        "Each Eligible Option you exchange will be cancelled on the expiration date.",
        "The directors and executive officers are set forth in the following table:",
        "You may exchange each of your options, as follows: all or none of each grant.",
    ]
    for paragraph in prose:
        facts.extract(paragraph)
    assert counting.texts == []
    ratios = ["We grant 1 New Option for each 2 Eligible Options.", "a 2:1 exchange"]
    assert [f.value for t in ratios for f in facts.extract(t) if f.kind == "ratio"] == [
        "0.5",
        "0.5",
    ]
    assert set(counting.texts) == set(ratios)
