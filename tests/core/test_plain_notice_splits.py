"""The checks of the plain notice's paragraphs that look for a phrase in a sentence (the
withdrawal deadline named, rights or pay said unchanged) split a paragraph into its
sentences only where the paragraph holds the phrase: what a sentence holds, its paragraph
holds, so the answer is the one sentence by sentence gives (a property test). Work is
counted, never timed."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import plain_deadline_names, plain_rights
from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built_once
from amendtool.core.plain_checks import check_plain_notice
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_rights import says_unchanged
from amendtool.core.segment import sentences


def _sentence_by_sentence(text: str) -> str | None:
    """says_unchanged as it read every paragraph: each sentence asked."""
    lists = plain_rights._unchanged()
    for sentence in sentences(text):
        if lists.partial.search(sentence):
            continue
        folded = sentence.replace("’", "'")
        if lists.phrases.search(sentence) or (lists.said and lists.said.search(folded)):
            return " ".join(sentence.split())
    return None


_WORDS = [
    "This", "change", "does", "not", "doesn’t", "won't", "affect", "any", "of", "your",
    "rights", "terms", "Nothing", "else", "changes", "in", "the", "offer", "Your", "are",
    "unchanged", "U.S.", "Inc.", "(Section 4)", "—", "modified", "altered", "right-hand",
    "no", "Ünïcode", "“rights”", "[Explain.]", "$17.50", "p.m.",
]  # fmt: skip
_STOPS = [" ", " ", " ", ". ", "; ", ".\n", "? ", ", "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_STOPS)), max_size=30))
def test_a_paragraph_said_unchanged_is_found_as_sentence_by_sentence(
    words: list[tuple[str, str]],
) -> None:
    text = "".join(word + stop for word, stop in words)
    assert says_unchanged(text) == _sentence_by_sentence(text)


@pytest.fixture(scope="module")
def amendment(plain_sample: Amendment) -> Amendment:
    return plain_sample


def test_paragraphs_without_the_phrases_are_not_split(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch
) -> None:
    split: Counter[str] = Counter()

    def counting(text: str) -> Any:
        split[text] += 1
        return sentences(text)

    monkeypatch.setattr(plain_deadline_names, "sentences", counting)
    monkeypatch.setattr(plain_rights, "sentences", counting)
    with built_once():
        paragraphs = plain_paragraphs(amendment)
        findings = check_plain_notice(amendment)
    assert len(paragraphs) > 3 and findings
    assert not split


def test_a_paragraph_naming_no_right_or_term_is_not_searched_for_the_three(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The negation, verb and object a few words apart are looked for (a search that tries
    every word of the paragraph) only where an object stands in it at all."""
    lists = plain_rights._unchanged()
    assert lists.said is not None
    searched: list[str] = []

    class Counted:
        def search(self, text: str) -> Any:
            searched.append(text)
            return lists.said.search(text) if lists.said else None

    counted = dataclasses.replace(lists, said=Counted())  # type: ignore[arg-type]
    monkeypatch.setattr(plain_rights, "_unchanged", lambda: counted)
    assert says_unchanged("We did not change the price. This change is in Section 4.") is None
    assert searched == []
    said = "This does not change any of your rights."
    assert says_unchanged(f"We lowered the price. {said}") == said
    assert len(searched) == 3  # the paragraph, then its sentences until one says it
