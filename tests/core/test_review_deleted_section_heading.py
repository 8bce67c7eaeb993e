"""A section taken out is marked whole in the original, its heading with its paragraphs, as
the redline strikes both: the panes and Review never show the heading of a deleted section
as if it were still there."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.review import change_map
from tests.support.builders import doc

COVER = ("", ["Acme Widgets, Inc. is offering to exchange options."])
TERMS = ("1. Terms of the Offer", ["We will grant one new option for each option exchanged."])
LAST = ("2. Miscellaneous", ["This offer is not made in any jurisdiction where it is unlawful."])


def test_a_deleted_sections_heading_is_marked_with_its_paragraphs() -> None:
    original = doc([COVER, TERMS, LAST])
    items = draft_items(original, doc([COVER, TERMS])).items
    [deleted] = [n for n, i in enumerate(items) if i.kind.value == "delete_section"]
    changes = change_map(original, items)
    left, right = changes.blocks_of(deleted)
    shown = [changes.original[n] for n in left]
    assert [(m.text, m.heading) for m in shown] == [
        ("2. Miscellaneous", True),
        (LAST[1][0], False),
    ]
    assert all(m.spans == [(0, len(m.text))] for m in shown)  # struck whole, heading too
    assert right == []
    kept = [m for m in changes.original if m.text == "1. Terms of the Offer"]
    assert kept and kept[0].item is None  # the heading of a section kept is not marked
