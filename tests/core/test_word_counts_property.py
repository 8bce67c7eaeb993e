"""The words of ASCII text read as bytes (one table pass, split at spaces) are the words the
pattern finds, lower-cased one by one: counted and joined alike, for any text."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.word_counts import counted_words, folded_words, words_of

ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=300)
ANY = st.text(max_size=120)  # accents, other scripts, Unicode capitals: the pattern's reading


@settings(max_examples=400, deadline=None)
@given(ASCII)
def test_ascii_text_counts_the_words_the_pattern_finds(text: str) -> None:
    assert counted_words(text) == Counter(words_of(text))
    assert folded_words(text) == " ".join(words_of(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(ASCII, ANY), max_size=4).map("".join))
def test_any_text_counts_the_words_the_pattern_finds(text: str) -> None:
    assert counted_words(text) == Counter(words_of(text))
    assert folded_words(text) == " ".join(words_of(text))


def test_words_are_small_letters_apart_by_any_other_character() -> None:
    text = "Kestrel's 6.25% NOTES_due\t2027 (the \u201cNotes\u201d) \x00x"
    assert folded_words(text) == "kestrel s 6 25 notes_due 2027 the notes x"
    assert counted_words("The the THE tHe") == Counter({"the": 4})
