"""Pairing a run of changed paragraphs bounds each pair once: counted, not timed.

Each pair a run compares is first bounded (the words the two share in any order, then in
order) to learn whether it may reach the likeness of one paragraph edited; the pairs of the
chain are then diffed. The diff was asked with the same floor, so each pair of the chain
was bounded a second time before it was diffed. It is diffed at once: it may pass, as its
bounds already said, and the pairs and the alignment are what they were.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import diffing
from amendtool.core.diffing import WORK, _token_counts, may_reach, similarity
from amendtool.core.drafting.align import _align
from amendtool.core.drafting.pairing import pair_run

OLD = [
    "Each eligible option may be exchanged for a new option before the offer expires.",
    "We will notify you by email of any extension of the offer, as Section 9 describes.",
    "Options you do not tender stay outstanding on their existing terms and conditions.",
]
NEW = [
    "Each eligible option may be exchanged for two new options before the offer expires.",
    "We will notify you in writing of any extension of the offer, as Section 9 describes.",
    "Options you do not tender remain outstanding on their existing terms.",
]


def test_each_pair_of_a_run_is_bounded_once() -> None:
    diffing.clear_caches()
    WORK.reset()
    ops = _align(OLD, NEW, 0.35)
    assert [(op.kind, op.old, op.new) for op in ops] == [("modify", k, k) for k in range(3)]
    looked_up = sum(min(len(_token_counts(a)), len(_token_counts(b))) for a in OLD for b in NEW)
    assert WORK.tokens_looked_up == looked_up
    assert WORK.diffs == 3  # the pairs of the chain, each once


_SENTENCES = st.sampled_from(
    [
        "Each eligible option may be exchanged for a new option.",
        "Each eligible option may be exchanged for two new options.",
        "We will notify you by email of any extension.",
        "We will notify you in writing of any extension of the offer.",
        "Options you do not tender stay outstanding.",
        "The offer expires at 11:59 p.m. on June 30, 2026.",
        "",
    ]
)
_PARAGRAPH = st.lists(_SENTENCES, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_PARAGRAPH, min_size=1, max_size=6),
    st.lists(_PARAGRAPH, min_size=1, max_size=6),
    st.sampled_from([0.0, 0.35, 0.5, 0.9]),
)
def test_the_pairs_are_what_they_were(old: list[str], new: list[str], threshold: float) -> None:
    def may_pass(x: str, y: str) -> bool:
        return threshold <= 0 or may_reach(x, y, threshold)

    def floored(x: str, y: str) -> float:  # as the pairs were compared before
        return similarity(x, y, floor=threshold)

    before = pair_run(old, new, threshold, floored, may_pass)
    assert pair_run(old, new, threshold, similarity, may_pass) == before
    assert pair_run(old, new, threshold, floored) == before  # every pair diffed
