"""A paragraph saying "to be" (most sections have one) is searched for a ratio only where it
says "to be granted", "issued" or "given", as a ratio does ("surrender 2 Eligible Options to
be granted 1 New Option"): the hint never says no where the offer's or the plain notice's
ratio pattern finds one."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core import fact_hints, fact_patterns, plain_numbers

PIECES = ["surrender", "tender", "exchange", "2", "two", "Eligible Options", "options", "to",
          "be", "granted", "ISSUED", "given", "in order", "1", "one", "New Option", "for",
          "each", "every", "per", "new", "shares", "to be paid", "receive", "-", ":",
          "required", "exchanged", "3.5", "replacement RSUs", "by surrendering"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
@example("1 surrender for tender New Option")  # "for tender", not "for tendering"
def test_the_hint_never_says_no_where_a_ratio_is_found(text: str) -> None:
    if not fact_hints.may_hold_ratio(text):
        assert fact_patterns._RATIO.search(text) is None
        assert plain_numbers.RATIO.search(text) is None


def test_to_be_alone_is_no_ratio_and_to_be_granted_is_searched() -> None:
    assert not fact_hints.may_hold_ratio("The offer is to be read with the Schedule TO.")
    text = "Surrender 2 Eligible Options to be granted 1 New Option."
    assert fact_hints.may_hold_ratio(text) and fact_patterns._RATIO.search(text)
