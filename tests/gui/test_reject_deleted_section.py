"""Rejecting a deleted section puts it back whole, its heading with its paragraphs, where it
stood: after a paragraph an earlier item added at the end of the section before it, so that
paragraph stays in its own section."""

from __future__ import annotations

from amendtool.core.draft_text import document_blocks
from amendtool.core.drafting import draft_items
from amendtool.core.review import change_map
from amendtool.gui.side_by_side import rejected
from tests.support.builders import doc

COVER = ("", ["Acme Widgets, Inc. is offering to exchange options."])
TERMS = ("1. Terms of the Offer", ["We will grant one new option for each option exchanged."])
ADDED = "We will announce any change of these terms by press release."
LAST = ("2. Miscellaneous", ["This offer is not made in any jurisdiction where it is unlawful."])


def test_a_deleted_section_comes_back_whole_after_the_paragraph_added_before_it() -> None:
    original = doc([COVER, TERMS, LAST])
    revised = doc([COVER, (TERMS[0], [*TERMS[1], ADDED])])
    items = draft_items(original, revised).items
    kinds = [i.kind.value for i in items]
    assert kinds == ["insert_paragraph", "delete_section"], kinds
    draft = document_blocks(revised)
    back = rejected(change_map(original, items), 1, draft, lambda mark: mark)
    assert back is not None
    assert [(b.text, b.heading) for b in back[-4:]] == [
        (TERMS[1][0], False),
        (ADDED, False),
        ("2. Miscellaneous", True),
        (LAST[1][0], False),
    ]
