"""`collapse_spaces` hands back a text that needs no collapsing as it is, told by a scan
in C, instead of splitting it into words and joining them again: it runs on every
paragraph of an offer several times while it loads."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import typography
from amendtool.core.typography import collapse_spaces

_WHITE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(list(_WHITE + "ab’é\u200b")), max_size=12),
    st.text(alphabet="ab \t\n", max_size=12),
    st.text(max_size=12),
)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_collapsed_as_split_and_joined(text: str) -> None:
    assert collapse_spaces(text) == " ".join(text.split())


def test_every_white_space_but_the_space_is_told_apart() -> None:
    """The look decides by `isprintable` beyond ASCII: every white space character but the
    space must be unprintable, or a text holding one would be kept as it is."""
    assert all(not c.isprintable() for c in _WHITE if c != " ")
    for c in _WHITE:
        assert not typography._collapsed(f"a{c}b") or c == " "


def test_a_plain_paragraph_is_not_split_into_words() -> None:
    """Split and joined, it comes back as it was: handed back, not rebuilt."""
    text = "We will accept options for exchange on the terms of this Offer."
    assert collapse_spaces(text) is text
