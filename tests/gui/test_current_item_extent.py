"""The selected item's highlight runs from its first changed word to its last and no further:
a sentence added after "Administration." never takes that word into the highlight."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.change_spans import changed_spans
from amendtool.core.diffing import INSERT
from amendtool.gui.pane_marks import item_extent

WITHDRAW = "To withdraw, you must deliver a notice of withdrawal to Equity Administration."


def test_a_sentence_added_after_a_word_leaves_the_word_out_of_the_highlight() -> None:
    new = WITHDRAW + " Notices sent by facsimile are not effective."
    first, last = item_extent(new, changed_spans(WITHDRAW, new, INSERT))
    assert new[first:last] == "Notices sent by facsimile are not effective."


def test_a_sentence_added_before_a_word_leaves_the_word_out_of_the_highlight() -> None:
    new = "Read this first. " + WITHDRAW
    first, last = item_extent(new, changed_spans(WITHDRAW, new, INSERT))
    assert new[first:last] == "Read this first."


words = st.lists(
    st.sampled_from(["the", "offer", "we", "may", "Administration.", "days,"]), max_size=8
)


@settings(max_examples=200, deadline=None)
@given(words, words, words)
def test_the_highlight_begins_and_ends_on_a_changed_word(before, added, after) -> None:  # type: ignore[no-untyped-def]
    old = " ".join(before + after)
    new = " ".join(before + added + after)
    spans = changed_spans(old, new, INSERT)
    if not spans:
        return
    first, last = item_extent(new, spans)
    shaded = {k for a, b in spans for k in range(a, b) if not new[k].isspace()}
    assert first in shaded and last - 1 in shaded
