"""The names of documents a text gives are read from its paragraphs that may hold one: the
same names, in the same order, as reading every fact of the whole text (a restated section
with a list of 20,000 grants had every row's figures read for the one form it names)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.paragraph_reading import PARAGRAPH_BREAK
from amendtool.core.plain_fact_reading import document_names, facts_in

_PIECES = [
    "Return the Election Form by May 1, 2026.",
    "the Election and Release Form",
    "Letter of Transmittal",
    "a Notice of Withdrawal",
    "this Offer to Exchange",
    "Grant 12\tMarch 3, 2019\t$10.50\t1,200",
    "the Stock Option Agreement",
    "2 Election Form",
    "Form 8-K",
    "the Certificate",
    "We will pay $2.00 per share.",
    "FORM",
    "a form",
    "Section 4 of the Offer to Purchase",
    "Holders",
    "and",
    "of",
    "Release",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=5), min_size=1, max_size=5))
def test_names_read_by_paragraph_are_those_of_the_whole(paragraphs: list[list[str]]) -> None:
    text = PARAGRAPH_BREAK.join(" ".join(words) for words in paragraphs)
    whole = [f.text for f in facts_in(text) if f.kind == "document"]
    assert document_names(text) == whole
