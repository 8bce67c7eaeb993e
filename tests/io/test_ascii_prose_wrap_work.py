"""The EDGAR .txt's paragraphs of plain words are wrapped without a line wrapper: each line
is cut at the last space that fits, as textwrap cuts it (its walk, a word and a space at a
time, was most of the .txt's cost, for each of a 300-page filing's paragraphs). Counted,
not timed; the lines are textwrap's."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from amendtool.core.layout import Block, Role
from amendtool.io import edgar_text_layout
from amendtool.io.edgar_text_layout import wrapped
from amendtool.io.edgar_writer import blocks_to_ascii

PROSE = (
    "The Company is offering to exchange eligible options held by eligible employees for new "
    "options to purchase a smaller number of shares, on the terms and subject to the "
    "conditions described in this Offer to Exchange; see Section 7 for the conditions."
)


@pytest.fixture
def wrappers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    made: list[int] = []

    class Counting(edgar_text_layout._Wrapper):
        def __init__(self, *args: object, **named: object) -> None:
            made.append(1)
            super().__init__(*args, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(edgar_text_layout, "_Wrapper", Counting)
    return made


def test_paragraphs_of_plain_words_make_no_wrapper(wrappers: list[int]) -> None:
    blocks = [
        Block(Role.HEADING, text="Section 1. Eligibility"),
        Block(Role.BODY, text=PROSE),
        Block(Role.ITEM, label="(a)", text=PROSE),
        Block(Role.QUOTE, text=PROSE),
        Block(Role.SIGNATURE, text="By: /s/ Jane Doe, Chief Executive Officer of the Company"),
    ]
    text = blocks_to_ascii(blocks)
    assert "         The Company is offering" in text and "Section 7 for the" in text
    assert wrappers == []


def test_a_word_longer_than_the_line_is_still_broken_as_before(wrappers: list[int]) -> None:
    address = "https://www.sec.gov/Archives/edgar/data/" + "0" * 60 + "/exhibit.htm"
    text = f"See {address} for the filing."
    expected = edgar_text_layout._textwrapped(text, 40, "    ", "")
    assert wrapped(text, 40, "    ", "") == expected
    assert wrappers == [1, 1]


_WORDS = st.text(alphabet="ab<>&#;x1 -.\t", max_size=60) | st.lists(
    st.text(alphabet="ab&#;<>1", min_size=1, max_size=14), max_size=12
).map(" ".join)
_INDENT = st.sampled_from(["", " ", "  ", " " * 9, "(a)  ", " " * 18, "x" * 12])


@settings(max_examples=500)
@given(_WORDS, st.integers(min_value=1, max_value=30), _INDENT, _INDENT)
def test_the_lines_are_textwraps(text: str, width: int, first: str, rest: str) -> None:
    # a first line with no room at all is never asked for (textwrap loops on its blanks)
    assume(len(first) < width)
    expected = edgar_text_layout._textwrapped(text, width, first, rest)
    assert wrapped(text, width, first, rest) == expected
