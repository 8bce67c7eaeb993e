"""The item list names a change in a text box as the box, by the paragraph that anchors it,
never by a paragraph number the box would take from the section's text."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.gui.item_rows import summary
from tests.support.builders import doc

SECTION = "1. Eligibility"
TEXT = ["The box below sets out the key dates.", "You will receive one New RSU."]
BOX = "[box 1] Key date: the offer expires June 30, 2026."


def test_a_change_in_a_box_is_listed_as_the_box() -> None:
    original = doc([(SECTION, [TEXT[0], BOX, TEXT[1]])])
    revised = doc([(SECTION, [TEXT[0], BOX.replace("offer", "offer now"), TEXT[1]])])
    [item] = draft_items(original, revised).items
    assert "Section 1. Eligibility text box at ¶1" in summary(item), summary(item)
    assert "¶2" not in summary(item)
