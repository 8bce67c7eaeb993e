"""Where a heading mark shows side by side: the paragraph made a heading and the heading it
became (or the heading made body text and the paragraph it became) as a change of format on
both sides, never as a block deleted and a block inserted, with its words changed or not;
words changed with the mark are marked as words, over the shade."""

from __future__ import annotations

from amendtool.core.amendment import draft_amendment
from amendtool.core.review import change_map
from tests.core.test_heading_marks import FILING, ORIGINAL, TERMS, headed, unheaded


def test_a_heading_mark_is_a_change_of_format_on_both_sides() -> None:
    for revised in (headed(ORIGINAL, TERMS, 29), unheaded(ORIGINAL, "s4")):
        items = draft_amendment(ORIGINAL, revised, FILING).items
        changes = change_map(ORIGINAL, items)
        left, right = changes.blocks_of(0)
        assert left and right
        for block in [changes.original[i] for i in left] + [changes.amended[i] for i in right]:
            assert not block.whole, block.text
            assert block.restyled and block.spans == [], block.text  # no word changed


def test_a_mark_with_its_words_changed_is_shaded_on_both_sides() -> None:
    """One item (the mark and the new words): the heading on the original's side and the
    paragraph it became, reading its new words, on the amended side."""
    revised = unheaded(ORIGINAL, "s4")
    joined = next(
        p for s in revised.sections for p in s.paragraphs if p.text == "4. Withdrawal Rights"
    )
    joined.text = "4. Withdrawal Rights and Limits"
    items = draft_amendment(ORIGINAL, revised, FILING).items
    changes = change_map(ORIGINAL, items)
    [heading], [paragraph] = changes.blocks_of(0)
    assert changes.original[heading].restyled
    assert changes.original[heading].text == "4. Withdrawal Rights"
    shown = changes.amended[paragraph]
    assert shown.restyled and not shown.whole
    assert shown.text == "4. Withdrawal Rights and Limits"
    assert [shown.text[a:b] for a, b in shown.spans] == [" and Limits"]
    assert changes.original[heading].spans == []  # no word of it was taken out
