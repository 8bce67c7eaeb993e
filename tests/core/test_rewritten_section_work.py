"""A section rewritten from the same sentences (every paragraph differs, each shares its
sentences with its neighbours) is paired by diffing the pairs the pairing would keep, not
every pair near them: each revised paragraph was word-diffed with every candidate that
shares enough of its words in order, and a 20-page rewrite drafted in 20 s.
Counted, not timed; and the pairs kept are those every candidate diffed would keep."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import diffing
from amendtool.core.apply import TextSection
from amendtool.core.diffing import WORK, may_reach, similarity
from amendtool.core.drafting import align, pairing
from amendtool.core.drafting.align import align_paragraphs
from amendtool.core.drafting.options import DraftOptions
from amendtool.core.drafting.pairing import pair_run

POOL = [
    "If you elect to exchange your Eligible Options, you must exchange all of them.",
    "We will grant the New RSUs on the business day following the expiration date.",
    "The Company may amend, extend or terminate the offer before the expiration date.",
    "Each New RSU will vest over a period of 24 months, subject to your service.",
    "You may withdraw your tendered options at any time before the expiration date.",
    "The exercise price of each Eligible Option is at least $8.00 per share.",
    "The board makes no recommendation as to whether you should participate.",
    "Your decision should be made after consulting your own tax advisors.",
]


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choice(POOL) for _ in range(4)) for _ in range(count)]


def _section(paragraphs: list[str]) -> TextSection:
    return TextSection("s1", "numbered", "1", "Terms", "Section 1. Terms", paragraphs)


def _diffs_to_align(count: int) -> tuple[int, int]:
    """Word diffs (cold) to align a section of `count` paragraphs with its rewrite, and the
    paragraphs paired as edited."""
    rng = random.Random(7)
    old, new = _paragraphs(rng, count), _paragraphs(rng, count)
    diffing.clear_caches()
    align.clear_caches()
    WORK.reset()
    ops = align_paragraphs(_section(old), _section(new), DraftOptions())
    return WORK.diffs, sum(op.kind == "modify" for op in ops)


def test_a_rewritten_section_diffs_few_pairs_per_paragraph() -> None:
    """Each paragraph of 100 was diffed with 4.4 candidates on average; now 2.3."""
    diffs, paired = _diffs_to_align(100)
    assert paired > 25  # a rewrite still pairs many paragraphs as edited
    assert diffs <= 3 * 100, diffs


_runs = st.lists(st.lists(st.sampled_from(range(len(POOL))), min_size=1, max_size=4))


@settings(max_examples=150, deadline=None)
@given(_runs, _runs, st.sampled_from([0.0, 0.35, 0.5, 0.8]), st.sampled_from([0, 1, 32]))
def test_pairs_kept_are_those_of_every_candidate_diffed(
    old_picks: list[list[int]], new_picks: list[list[int]], threshold: float, rounds: int
) -> None:
    """Runs drawn from few sentences: many pairs tie, many fail the threshold; with few
    rounds allowed, the pairs left are all compared."""
    old = [" ".join(POOL[k] for k in picks) for picks in old_picks]
    new = [" ".join(POOL[k] for k in picks) for picks in new_picks]

    def compare(x: str, y: str) -> float:
        return similarity(x, y, floor=threshold)

    def may_pass(x: str, y: str) -> bool:
        return threshold <= 0 or may_reach(x, y, threshold)

    every = pair_run(old, new, threshold, compare)
    allowed, pairing.ROUNDS = pairing.ROUNDS, rounds
    try:
        assert pair_run(old, new, threshold, compare, may_pass) == every
    finally:
        pairing.ROUNDS = allowed
