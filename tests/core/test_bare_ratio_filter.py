"""The quick look for a bare ratio never passes over one that the full pattern finds: a
paragraph it passes over is never read for the ratio checks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.bare_ratios import _MAY_BE_BARE, BARE, may_print_bare

_TOKENS = [
    "1",
    "2",
    "3",
    "10",
    "2.5",
    "1,000",
    "2 1/2",
    "½",
    "one",
    "two",
    "Three",
    "twenty-five",
    "a",
    "an",
    "a half",
    "a hundred",
    "one-third",
    "for",
    "FOR",
    "to",
    "-",
    ":",
    " : ",
    "p.m.",
    "am",
    "pm",
    "5:00",
    "11:59",
    "new",
    "options",
    "tender",
    "ratio",
    "Section",
    "(",
    ")",
    ",",
    "the",
    "exchange",
    "ten",
    "tenth",
    "fourth",
    "forty",
    "fourteen",
    " ",
    "  ",
    "\t",
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=12), st.sampled_from(["", " ", "-"]))
def test_the_quick_look_misses_no_bare_ratio(tokens: list[str], glue: str) -> None:
    text = glue.join(tokens)
    if BARE.search(text):
        assert _MAY_BE_BARE.search(text), text
        assert may_print_bare(text)


def test_the_quick_look_passes_over_times_and_words() -> None:
    # a time of day and "for new options" hold no ratio; the quick look says so by itself
    for text in ("The Offer expires at 11:59 p.m., Eastern Time.", "to exchange for new options"):
        assert not _MAY_BE_BARE.search(text)
    for text in ("a 2-for-1 exchange", "Ratio: 3 to 1", "two for one", "1 for a half"):
        assert may_print_bare(text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=12), st.sampled_from(["", " ", "-"]))
def test_the_bare_ratios_found_are_those_the_full_pattern_finds(
    tokens: list[str], glue: str
) -> None:
    from amendtool.core import ratio_reading
    from amendtool.core.bare_ratios import bare_matches

    text = glue.join(tokens)
    assert [m.span() for m in bare_matches(text)] == [m.span() for m in BARE.finditer(text)]
    assert ratio_reading.prints_bare(text) == bool(ratio_reading._BARE.search(text))


def test_a_sentence_said_again_is_searched_once() -> None:
    """Counted: the ratio-direction check reads each sentence of a long offer, and the offer
    says the same sentence in many places."""
    from amendtool.core import text_cache
    from amendtool.core.bare_ratios import bare_matches

    text_cache.clear_caches()
    sentences = ["The exchange ratio is 2 for 1.", "Sections 2 to 4 apply.", "No ratio here."]
    for _ in range(3):
        found = [[m.group(0) for m in bare_matches(s)] for s in sentences]
        assert found == [["2 for 1"], ["2 to 4"], []]
    assert text_cache.READS["_bare_matches"] == len(sentences)
