"""The plain-English review splits each text into its sentences once: the grade, the long
sentences and the passive ones of a notice paragraph are all read from the same split (the
check of a 300-item notice reviews every paragraph of it). Work is counted (texts split into
sentences), never timed."""

from __future__ import annotations

from collections import Counter

import pytest

from amendtool.core import plain_english, text_cache
from amendtool.core.plain_english import passive_phrases, readability
from amendtool.core.plain_review import review

TEXTS = [
    "The exercise price has been lowered to $17.50. You will receive one New Option for each "
    'Eligible Option you exchange under "Section 3 (Terms)".',
    "Options granted before March 1, 2024 are eligible. Your election must be received by us "
    "before the offer expires, and it will be accepted as submitted.",
]


@pytest.mark.parametrize("copies", [1, 4])
def test_each_text_is_split_into_sentences_once(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    texts = [f"{text} Paragraph {n}." for n in range(copies) for text in TEXTS]
    text_cache.clear_caches()
    split: Counter[str] = Counter()
    real = plain_english.sentences

    def counted(text: str) -> list[str]:
        split[text] += 1
        return real(text)

    monkeypatch.setattr(plain_english, "sentences", counted)
    problems = review(texts)
    for text in texts:
        passive_phrases(text)
        readability([text])
    assert len(split) == len(texts)
    assert set(split.values()) == {1}
    assert any(p.kind == "passive" for p in problems)


def test_the_split_is_the_same_when_asked_again() -> None:
    text_cache.clear_caches()
    first = passive_phrases(TEXTS[1])
    assert passive_phrases(TEXTS[1]) == first
    assert [s for s, _ in first] == [
        "Your election must be received by us before the offer expires, and it will be "
        "accepted as submitted."
    ]


def test_each_sentence_is_counted_once_for_every_grade_it_is_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The notice's grade, each paragraph's own and its review's count the same sentences."""
    from amendtool.core import syllables

    text_cache.clear_caches()
    counted: Counter[str] = Counter()
    real = syllables.syllable_count

    def counting(sentence: str) -> int:
        counted[sentence] += 1
        return real(sentence)

    monkeypatch.setattr(syllables, "syllable_count", counting)
    whole = readability(TEXTS)
    for text in TEXTS:
        readability([text])
        review([text])
    assert whole.sentences == len(counted) == 4
    assert set(counted.values()) == {1}
