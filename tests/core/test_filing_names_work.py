"""The filing-names check reads the whole original, normalised, on every draft: a text in
ASCII has its characters that are no word's made spaces by a table, the same words the
pattern (after the quotes are straightened) gives; any other text is still read by the
pattern. Work is counted (texts the pattern reads), never timed."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import filing_names_check
from amendtool.core.filing_names_check import normalised
from amendtool.core.typography import fold_typography

ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=40)
PIECES = st.sampled_from(
    [*string.printable, "Acme, Inc.", "“Eligible Options”", "\u00a0", "’", "é", "\u212a", "ß"]
)
TEXTS = st.one_of(ASCII, st.lists(PIECES, max_size=20).map("".join))


def by_pattern(text: str) -> str:
    return " ".join(re.sub(r"[^\w$%]+", " ", fold_typography(text).lower()).split())


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_normalised_as_the_pattern_normalises(text: str) -> None:
    assert normalised(text) == by_pattern(text)


def test_an_ascii_offer_is_never_read_by_the_pattern() -> None:
    before = filing_names_check.SPACED_BY_PATTERN[0]
    texts = ['Acme, Inc. (the "Company")', "OFFER TO EXCHANGE  $5.00 -- 10%", "snake_case"]
    assert [normalised(t) for t in texts] == [
        "acme inc the company",
        "offer to exchange $5 00 10%",
        "snake_case",
    ]
    assert filing_names_check.SPACED_BY_PATTERN[0] == before
    assert normalised("“Eligible Options”\u00a0") == "eligible options"  # not ASCII: read
    assert filing_names_check.SPACED_BY_PATTERN[0] == before + 1
