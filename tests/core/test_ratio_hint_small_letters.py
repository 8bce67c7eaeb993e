"""The look for what a ratio needs ("for each", "2:1", "to receive", "1-for-2", "new" with
"per" or "for surrendering") is made in text in ASCII in small letters, each branch led by a
character the engine finds first: its answer is the one the patterns ignoring case give, in
ASCII and out of it, at the edges of words too ("before", "platform", "2:1", "x:1")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import fact_hints

# each word after a separator (none, a space, a hyphen, a tab, a colon, a letter or digit
# joined to it): the edges of the words are where the looks differ, if anywhere
SEPARATORS = ["", " ", " ", "-", "  ", "\t", ":", "_", "x", "2", "é", "\u212a"]
WORDS = ["1", "3.5", "one", "TWO", "a", "half", "½", "new", "RENEW", "Replacement", "per",
         "PER", "for", "FOR", "each", "Every", "to", "To", "receive", "obtain", "be granted",
         "issued", "by", "surrendering", "tender", "EXCHANGE", "giving", "cancel", "§", "ſ",
         "İ", "’"]  # fmt: skip
TEXTS = st.lists(st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(WORDS)), max_size=10).map(
    lambda pairs: "".join(separator + word for separator, word in pairs)
)
EDGES = ["2:1", "x:1", "2:x", "2 :1", "for each", "afor each", "_for every", "2for each",
         "1-for-2", "1 for-2", "1-for 2", "xfor 2", "1-to-2", "1 to-2", "xto 2", "1-to one",
         "to receive", "xto receive", "2to obtain", "to be  issued", "new per", "new_per",
         "newper", "new by tendering", "new xby tendering", "new for\tcancel", "FOR EACH",
         "Replacement PER", "1 FOR-TWO", "é:1 for each", "\u212a to receive"]  # fmt: skip


def _as_the_patterns_say(text: str) -> bool:
    if fact_hints._RATIO.search(text) is not None:
        return True
    return (
        fact_hints._NEW.search(text) is not None
        and fact_hints._PER_OR_GIVING.search(text) is not None
    )


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_the_look_in_small_letters_answers_as_the_patterns(text: str) -> None:
    assert fact_hints.may_hold_ratio(text) is _as_the_patterns_say(text)


@pytest.mark.parametrize("edge", EDGES)
def test_at_the_edges_of_words_too(edge: str) -> None:
    for text in (edge, f"the {edge} ratio", f"new option {edge}"):
        assert fact_hints.may_hold_ratio(text) is _as_the_patterns_say(text), text
