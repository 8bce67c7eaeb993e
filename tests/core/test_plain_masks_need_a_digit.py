"""The plain notice masks references and the numbers that are part of a name only in a
paragraph that may hold one: every reference prints a digit or "(" ("Section 7", "Exhibit
(a)"), every part of a name a digit (a street number, a suite, a year in a plan's name, a
telephone number, a postal code). A paragraph with neither is not searched for them, and
its facts are those read before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import plain_amounts, plain_fact_reading
from amendtool.core.plain_amounts import name_parts

_NAMES = plain_amounts._figures()["part_of_a_name"]
PIECES = ["Section", "Sections", "Items", "Item", "Questions", "pages", "page", "Rule", "Rules",
          "Regulation", "Schedule", "Annex", "Appendix", "Exhibit", "Exhibits", "Part", "Article",
          "Form", "Act of", "Stock", "Q", "(a)", "(1)", "(ii)", "(", ")", "a", "e-", "-", "–",
          "and", "or", "through", "to", ",", " ", "  ", "\t", "#", "TX", "CA", "San Jose",
          "Main", "1", "7", "13e-4", "1934", "2021", "95134", "(555)", "555-0100", "٣", "２",
          *_NAMES["streets"], *_NAMES["units"], *_NAMES["named_by_year"]]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=14
).map("".join)
DIGIT = re.compile(r"\d")


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_what_is_masked_holds_a_digit_or_a_parenthesis(text: str) -> None:
    for found in plain_fact_reading._REFERENCE.finditer(text):
        assert DIGIT.search(found.group(0)) or "(" in found.group(0)
    for found in name_parts().finditer(text):
        assert DIGIT.search(found.group(0))


@settings(max_examples=500, deadline=None)
@given(TEXTS.map(lambda text: DIGIT.sub("", text)))
def test_a_paragraph_without_a_digit_reads_the_facts_it_read_before(text: str) -> None:
    masked = plain_fact_reading._REFERENCE.sub(plain_fact_reading._marked, text)
    assert name_parts().sub(plain_fact_reading._marked, masked) == masked
    if "(" not in text:
        assert masked == text


def test_references_and_names_are_still_masked() -> None:
    """ "Section 7 days" cites a section: no count of days."""
    kinds = plain_fact_reading._paragraph_facts
    assert [f.kind for f in kinds("See Section 7 days after.")] == []
    assert [f.kind for f in kinds("See it 7 days after.")] == ["count"]
