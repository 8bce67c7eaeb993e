"""A key in ASCII is looked for in the word list's bytes with only their ASCII capitals made
small, and answers as the list folded whole would (which is not built for it); any key in
any list, Kelvin signs, dotted capitals and other scripts included."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import dictionary_text
from amendtool.core.dictionary_text import FOLDS_TO_ASCII, DictionaryText
from amendtool.core.spelling import Speller


def test_only_the_listed_characters_beyond_ascii_fold_to_ascii() -> None:
    found = [
        chr(code)
        for code in range(128, sys.maxunicode + 1)
        if any(c.isascii() for c in chr(code).lower())
    ]
    assert sorted(found) == sorted(FOLDS_TO_ASCII)


LETTERS = st.sampled_from([*"aAbBkKzZ'_", "\u212a", "\u0130", "\u0131", "é", "É", "ß"])
WORDS = st.text(alphabet=LETTERS, min_size=1, max_size=4)
LISTS = st.lists(WORDS, max_size=12).map(lambda ws: "{" + ", ".join(f'"{w}": 1' for w in ws) + "}")


@settings(max_examples=500, deadline=None)
@given(LISTS, WORDS)
def test_a_key_is_found_as_in_the_list_folded_whole(listed: str, word: str) -> None:
    key = word.lower()
    assert DictionaryText(listed.encode()).has_key(key) == (f'"{key}":' in listed.lower())


def test_words_in_ascii_never_fold_the_whole_list(tmp_path: object) -> None:
    speller = Speller(tmp_path / "firm-words.txt")  # type: ignore[operator]
    before = dictionary_text.FOLDED_WHOLE[0]
    assert speller.in_dictionary("counsel") and not speller.in_dictionary("counse")
    assert speller.in_dictionary("o'clock") == (not speller.checker.unknown(["o'clock"]))
    assert dictionary_text.FOLDED_WHOLE[0] == before


SORTED_LISTS = st.lists(WORDS, max_size=12).map(
    lambda ws: (
        "{\n" + ",\n".join(f'"{w.lower()}": 1' for w in sorted({w.lower() for w in ws})) + "\n}"
    )
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(LISTS, SORTED_LISTS), WORDS)
def test_halving_the_lines_answers_as_the_search_through_them(listed: str, word: str) -> None:
    """Sorted one key a line (as pyspellchecker writes it) or not, the answer is the one the
    search through the whole list gives."""
    key = word.lower()
    assert DictionaryText(listed.encode()).has_key(key) == (f'"{key}":' in listed.lower())


def test_a_word_in_the_english_list_is_found_without_searching_through_it() -> None:
    english = DictionaryText.english()
    before = dictionary_text.SEARCHED_THROUGH[0]
    words = ["a", "paragraph", "rewritten", "entirety", "aardvark's", "notify", "zygote"]
    assert all(english.has_key(w) for w in words)
    assert dictionary_text.SEARCHED_THROUGH[0] == before
    assert not english.has_key("counse")  # not in it: searched through, as before
    assert dictionary_text.SEARCHED_THROUGH[0] == before + 1
