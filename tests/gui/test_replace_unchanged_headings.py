"""Replace All asks counsel only about headings whose text it changes: "the offer" → "the
Offer" leaves the heading "THE OFFER" as it is, and is no question."""

from __future__ import annotations

from amendtool.core.draft_text import TextBlock
from amendtool.gui.find_matching import FindOptions
from amendtool.gui.find_replace import replaced_blocks


def test_a_heading_the_replacement_leaves_as_it_is_is_not_asked_about(
    qtbot, answered_dialogs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    blocks = [TextBlock("THE OFFER", True), TextBlock("We make the offer to you.", False)]
    out = replaced_blocks(None, blocks, "the offer", "the Offer", FindOptions())  # type: ignore[arg-type]
    assert answered_dialogs == []
    assert out is not None
    assert [b.text for b in out] == ["THE OFFER", "We make the Offer to you."]
