"""The opening words of a changed paragraph ("It now begins “If we extend the offer…”")
are read from its first words alone, not from every word of a long paragraph split: the
same opening as splitting the whole text (a property test)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.cut_quotes import closing_marks
from amendtool.core.plain_kind_sentences import first_words
from amendtool.core.typography import unclosed_quotation, whole_quotation


def _every_word_split(text: str, count: int = 8) -> str:
    """first_words as it read a text: every word of it split."""
    if whole_quotation(text):
        text = text.strip()[1:-1]
    words = " ".join(text.split()).replace("\t", " ").split()
    if len(words) <= count:
        return " ".join(words)
    cut = " ".join(words[:count])
    while (opened := unclosed_quotation(cut)) is not None:
        before = cut[:opened].rstrip()
        cut = before if before.split() else cut[:opened] + cut[opened + 1 :]
    cut = cut.rstrip(",;:.")
    return cut + "…" + closing_marks(cut)


_WORDS = st.sampled_from(
    ["the", "offer,", '"Eligible', "Options”", "“term", "‘expiration’", "$17.50.", "U.S.", "'90s"]
)
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\n\n", "\u00a0", " \t "])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_SPACES, _WORDS), max_size=14),
    st.sampled_from(["", " ", "\n", '"', "“"]),
    st.sampled_from(["", " ", "\t", '"', "”"]),
    st.integers(min_value=1, max_value=10),
)
def test_the_opening_is_that_of_every_word_split(
    words: list[tuple[str, str]], opening: str, closing: str, count: int
) -> None:
    text = opening + "".join(space + word for space, word in words) + closing
    assert first_words(text, count) == _every_word_split(text, count)
