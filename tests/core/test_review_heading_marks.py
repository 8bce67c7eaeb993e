"""Where a heading mark shows side by side: the paragraph made a heading and the heading it
became (or the heading made body text and the paragraph it became) as a change of format on
both sides, never as a block deleted and a block inserted; a rewording after the mark shows
as the words it changes."""

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
            assert block.restyled and block.spans == [(0, len(block.text))], block.text


def test_a_rewording_after_the_mark_shows_as_its_words() -> None:
    revised = unheaded(ORIGINAL, "s4")
    joined = next(
        p for s in revised.sections for p in s.paragraphs if p.text == "4. Withdrawal Rights"
    )
    joined.text = "4. Withdrawal Rights and Limits"
    items = draft_amendment(ORIGINAL, revised, FILING).items
    changes = change_map(ORIGINAL, items)
    [heading] = changes.blocks_of(0)[0]
    assert changes.original[heading].restyled
    [paragraph] = changes.blocks_of(1)[1]
    shown = changes.amended[paragraph]
    assert not shown.whole and not shown.restyled
    assert [shown.text[a:b] for a, b in shown.spans] == [" and Limits"]
