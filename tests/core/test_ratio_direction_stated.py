"""An exchange ratio printed "X for Y" is read the way the offer says it means: offers print
it new-for-old and old-for-new alike, so the direction of a change comes from the offer's own
explanation ("which means you will receive one New Option for every two shares"). Where the
offer does not say, neither the reason nor the notice says more or fewer: counsel does."""

from __future__ import annotations

import re

from amendtool.core.fact_names import describe_facts
from amendtool.core.facts import changed_facts
from amendtool.core.materiality_rules import house_rules
from amendtool.core.plain_fact_sentences import fact_sentences
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import placeholders
from amendtool.core.wording import house_wording

NEW_FIRST = (
    "An Eligible Option will be exchanged at a ratio of 1 for {n}, which means you will "
    "receive one New Option for every {w} shares subject to the Eligible Option."
)
OLD_FIRST = (
    "An Eligible Option will be exchanged at a ratio of {n} for 1, which means you will "
    "receive one New Option for every {w} shares subject to the Eligible Option."
)
ROW = "$20.00 to $39.99\t1 for {n}"


def _said(old: str, new: str) -> tuple[str, list[int], str]:
    changes, _ = fact_changes(old, new)
    ratios = [c for c in changes if c.kind == "ratio"]
    notice = " ".join(fact_sentences(ratios, house_wording()))
    reason = describe_facts(changed_facts(old, new), house_rules(), f"{old} {new}")
    return notice, [c.direction for c in ratios], reason


def test_new_for_old_as_the_offer_explains_it_is_more_for_a_smaller_second_figure() -> None:
    old, new = NEW_FIRST.format(n="2", w="two"), NEW_FIRST.format(n="1.75", w="1.75")
    notice, directions, reason = _said(old, new)
    assert set(directions) == {1}, (directions, notice)
    assert "more new securities" in reason and "fewer" not in reason, reason
    assert "fewer" not in notice, notice


def test_old_for_new_as_the_offer_explains_it_is_more_for_a_smaller_first_figure() -> None:
    old, new = OLD_FIRST.format(n="2", w="two"), OLD_FIRST.format(n="1.75", w="1.75")
    notice, directions, reason = _said(old, new)
    assert set(directions) == {1}, (directions, notice)
    assert "more new securities" in reason and "fewer" not in reason, reason
    assert "fewer" not in notice, notice


def test_an_unexplained_ratio_is_neither_more_nor_fewer_and_counsel_says_which() -> None:
    old, new = ROW.format(n="2"), ROW.format(n="1.75")
    notice, directions, reason = _said(old, new)
    assert directions == [0], (directions, notice)
    assert not re.search(r"\b(?:more|fewer)\b", reason), reason
    assert "1 for 2" in reason and "1 for 1.75" in reason, reason
    stated = re.sub(r"\[[^\]]*\]", "", notice)  # counsel's placeholder asks, it states nothing
    assert not re.search(r"\b(?:more|fewer)\b", stated), notice
    assert '"1 for 1.75"' in notice and '"1 for 2"' in notice, notice
    assert placeholders(notice), notice
    # the notice never turns the printed ratio round into a count of its own
    assert "1.75 New Options" not in notice and "two for" not in notice, notice
