"""A date stated alone as the expiration ("Expiration date …… March 31, 2027") is looked for
only in a sentence that may hold a date (a digit, and a month or a slash): every match of the
words and the date ends with a date, so no sentence that states one is passed over."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import expirations
from amendtool.core.fact_hints import may_hold_date
from amendtool.core.materiality_rules import house_rules

PHRASES = house_rules().expiration_dated
PIECES = [*PHRASES, "EXPIRATION DATE", "is", "on", "will be", "……", ":", "\t", "|", "–", " ",
          "March", "MAR.", "sept", "Sept.", "ſept", "may", "Friday,", "31", "1", "2027", "12",
          "/", "3/31/27", "4th", ",", "é", "\u212a", "Jan"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=10).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=10
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_a_sentence_stating_a_date_alone_may_hold_a_date(text: str) -> None:
    pattern = expirations._dated_pattern(PHRASES)
    assert pattern is not None
    if pattern.search(text) is not None:
        assert may_hold_date(text)


def test_the_date_alone_is_still_read() -> None:
    rules = house_rules()
    found = expirations.stated_expirations(
        "The expiration date is March 31, 2027.", "America/New_York", rules
    )
    assert [d.text for d in found] == ["March 31, 2027"]
