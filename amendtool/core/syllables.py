"""Words and syllables counted as textstat counts them (the CMU pronouncing dictionary,
Pyphen for a word it lacks), without building textstat's copy of the dictionary: that copy
splits all 135,000 pronunciations into phonemes, seconds on every run that checks a notice,
when a notice asks for a few hundred words. Here the dictionary file is read once and only
the first pronunciation of each word asked for is looked up and split. Neither textstat nor
the dictionary's package is imported: importing them costs every run a twentieth of a second
(the package's metadata machinery), for two lines of textstat and one file of the other.
The dictionary is searched in its own file's text (pronunciations.py)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from amendtool.core.pattern_store import compiled
from amendtool.core.pronunciations import pronunciations

# textstat's word split (list_words with its defaults): an apostrophe is kept only in a
# contraction, every other mark but letters, digits and spaces goes, and spaces split
_NONCONTRACTION_APOSTROPHE = compiled(r"\'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = compiled(r"[^\w\s\']")


def words(text: str, lowercase: bool = False) -> list[str]:
    """The words of `text` as textstat lists them (its `lexicon_count` counts these)."""
    text = _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))
    return (text.lower() if lowercase else text).split()


@cache
def _hyphenator() -> Any:
    """Pyphen's American English patterns, as textstat's `get_pyphen("en_US")` makes them."""
    from pyphen import Pyphen  # type: ignore[import-untyped,unused-ignore]

    return Pyphen(lang="en_US")


def _first_pronunciation(word: str) -> str | None:
    return pronunciations().first(word)


@lru_cache(maxsize=16384)
def word_syllables(word: str) -> int:
    """Syllables of one lower-case word: its vowels (phonemes marked with a stress digit).
    A number has one, as the hyphenation patterns (letters only) say, without loading them."""
    phones = _first_pronunciation(word) if word else None
    if phones is None:
        if word.isascii() and word.isdigit():
            return 1
        return len(_hyphenator().positions(word)) + 1
    return sum(1 for p in phones.split("#")[0].split() if p[-1].isdigit())


def syllable_count(text: str) -> int:
    """Syllables of `text`, word by word as textstat splits it."""
    return sum(word_syllables(word) for word in words(text, lowercase=True))


def is_word(word: str) -> bool:
    """Whether the pronouncing dictionary knows `word` (an English word, a name, a plural):
    a misspelling it lacks is told from a real word that differs by a letter."""
    return bool(word) and _first_pronunciation(word.lower()) is not None


def warm_up() -> None:
    """Read the dictionary before anyone waits for it."""
    pronunciations()
