"""The panes and Review shade exactly what an item inserted or deleted: the words left
unshaded read the same on both sides, and they are all the words the two texts share in order
(a word next to an added sentence, or an unchanged word of a rewritten paragraph, is never
shaded as changed)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.change_spans import changed_spans
from amendtool.core.diffing import DELETE, INSERT
from amendtool.core.drafting import draft_items
from amendtool.core.review import ChangeMap, change_map
from tests.support.builders import doc

WORDS = re.compile(r"\w+(?:['’.,-]\w+)*|[^\w\s]")  # as the word diff takes them
VOCABULARY = ["the", "offer", "we", "may", "options", "will", "not", "days", "two", "three"]
SECTION = "4. Conditions"


def unshaded(text: str, spans: list[tuple[int, int]]) -> str:
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    return "".join([*kept, text[at:]])


def common_words(a: list[str], b: list[str]) -> int:
    """The number of words the two share in order (the longest common subsequence)."""
    row = [0] * (len(b) + 1)
    for x in a:
        diagonal, row[0] = 0, 0
        for k, y in enumerate(b, 1):
            diagonal, row[k] = row[k], diagonal + 1 if x == y else max(row[k], row[k - 1])
    return row[-1]


def assert_exact(old: str, new: str, gone: list[tuple[int, int]], added: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """The words left unshaded are the same on both sides, and they are every word the two
    share in order; a span never cuts a word, nor holds only spaces."""
    left = WORDS.findall(unshaded(old, gone))
    assert left == WORDS.findall(unshaded(new, added)), (old, new)
    assert len(left) == common_words(WORDS.findall(old), WORDS.findall(new)), (old, new)
    for text, spans in ((old, gone), (new, added)):
        for start, end in spans:
            assert text[start:end].strip()
            assert start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())
            assert end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())


def marked(original: list[str], revised: list[str]) -> ChangeMap:
    before = doc([("", ["Halvorsen offers to exchange options."]), (SECTION, original)])
    after = doc([("", ["Halvorsen offers to exchange options."]), (SECTION, revised)])
    return change_map(before, draft_items(before, after).items)


def shown(
    changes: ChangeMap,
) -> list[tuple[str, str, list[tuple[int, int]], list[tuple[int, int]]]]:
    """Each paragraph an item changed, as the two panes shade it."""
    pairs = []
    for left, right in changes.kept:
        a, b = changes.original[left], changes.amended[right]
        if a.items and not (a.heading or a.whole or a.restyled):
            pairs.append((a.text, b.text, a.spans, b.spans))
    return pairs


def test_a_word_next_to_an_added_sentence_is_not_shaded() -> None:
    old = "We may waive any condition in our discretion."
    new = old + " You may ask Stock Plan Administration for another copy."
    [(_, text, gone, added)] = shown(marked([old], [new]))
    assert [text[a:b] for a, b in added] == [
        " You may ask Stock Plan Administration for another copy."
    ]
    assert gone == []


def test_unchanged_words_of_a_rewritten_paragraph_are_not_shaded() -> None:
    old = "We will not accept delivery by facsimile within three business days of the notice."
    new = "We will accept delivery by electronic mail within two business days of receipt."
    [(before, after, gone, added)] = shown(marked([old], [new]))
    assert [before[a:b] for a, b in gone] == [" not", "facsimile", "three", "the notice"]
    assert [after[a:b] for a, b in added] == ["electronic mail", "two", "receipt"]
    assert_exact(before, after, gone, added)


sentences = st.lists(
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6).map(
        lambda words: " ".join(words).capitalize() + "."
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(sentences, sentences)
def test_shading_is_exactly_the_words_changed(old: str, new: str) -> None:
    assert_exact(old, new, changed_spans(old, new, DELETE), changed_spans(old, new, INSERT))


@settings(max_examples=40, deadline=None)
@given(st.lists(sentences, min_size=1, max_size=3), st.data())
def test_the_items_shade_exactly_the_words_they_changed(original: list[str], data) -> None:  # type: ignore[no-untyped-def]
    """Items drafted from edited paragraphs: each paragraph they changed is shaded exactly."""
    revised = [data.draw(st.one_of(st.just(p), sentences, st.just(p + " " + p))) for p in original]
    for old, new, gone, added in shown(marked(original, revised)):
        assert_exact(old, new, gone, added)
