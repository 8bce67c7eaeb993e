"""Every quotation the drafting writes is balanced: the words replaced and the words put in
their place, and the sentence restated, never open a quotation mark they do not close
('replacing the word "Options")"', or a sentence cut inside a quotation: "We may not."
and left."). A multi-paragraph quotation opens each paragraph and closes the last, the
convention, and its paragraphs are each balanced."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.drafting.word_bounds import balanced
from tests.support.builders import doc

CASES = [
    (
        'Options granted before 2024 (the "Eligible Options") may be exchanged for new options.',
        'Options granted before 2024 (the "Eligible Awards") may be exchanged for new options.',
    ),
    (
        'He said "we will extend the offer. We may not." and left. We agree.',
        'He said "we will extend the offer. We might not." and left. We agree.',
    ),
    (
        'We call them "New Options." They vest over three years.',
        'We call them "Replacement Options." They vest over three years.',
    ),
    (
        "The offer (the “Offer”) expires soon. The “Offer” may be extended by the “Company.”",
        "The offer (the “Offer”) expires soon. The “Offer” may be extended by the “Issuer.”",
    ),
]


def test_balanced_reads_quotation_marks() -> None:
    assert balanced('the "Eligible Options"') and balanced("the “Offer”")
    assert not balanced('Options")') and not balanced("“Offer") and not balanced('not." and')


@pytest.mark.parametrize(("old", "new"), CASES)
def test_every_quotation_the_drafting_writes_is_balanced(old: str, new: str) -> None:
    original = doc([("1. Terms", [old, "Other text here."])])
    revised = doc([("1. Terms", [new, "Other text here."])])
    items = draft_items(original, revised).items
    assert items
    for item in items:
        quoted = [item.old_words, item.new_words, item.new_text, *item.new_paragraphs]
        assert all(balanced(q) for q in quoted if q), item


BRACKETED = [
    *CASES,
    (
        'We pay cash for each Note we accept (the "Purchase Price"). We pay it promptly.',
        'We pay cash for each Note we accept (the "Offer Consideration"). We pay it promptly.',
    ),
]


def brackets_paired(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize(("old", "new"), BRACKETED)
def test_quoted_words_never_open_a_bracket_they_do_not_close(old: str, new: str) -> None:
    """'replacing the words "the 'Purchase Price'"', never '"(the 'Purchase Price'"'."""
    original = doc([("1. Terms", [old, "Other text here."])])
    revised = doc([("1. Terms", [new, "Other text here."])])
    items = draft_items(original, revised).items
    assert items
    for item in items:
        for words in (item.old_words, item.new_words):
            assert brackets_paired(words), (words, item)
