"""A heading mark says where a section begins; a change of the marked words says what the
offer now says. When counsel does both to one paragraph, the change of words is an item of
its own, classed, worded and explained as any change of those words would be, beside a mark
whose words are then truly unchanged; and the overlap check counts only the text each item
changes, so the mark and a change elsewhere in its section are never "the same text"."""

from __future__ import annotations

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import check_overlaps
from amendtool.core.items import STRUCTURE_KINDS, ItemKind, Materiality
from amendtool.core.typography import fold_typography
from tests.core.test_heading_marks import FILING
from tests.support.builders import doc
from tests.support.materiality import COVER

ADVERSE = "We will not be required to accept any options if a material adverse change occurs."
WAIVER = "Our board may waive any condition in its discretion."
SOLE = "Our board may waive any condition in its sole discretion before the expiration date."
PRICES = "We recommend that you obtain current market quotations before you elect."
BEFORE = [
    ("", [COVER]),
    ("1. Number of Options", ["We will exchange eligible options for new options."]),
    ("2. Conditions of the Offer", [ADVERSE, WAIVER]),
    ("3. Price Range of Common Stock", [PRICES]),
]


def test_a_material_rewording_marked_a_heading_stays_its_own_item() -> None:
    """The words changed are drafted, classed and left for counsel to explain as a change
    of words; the mark beside them says only that the paragraph is now a heading."""
    after = [*BEFORE[:2], ("2. Conditions of the Offer", [ADVERSE]), (SOLE, []), BEFORE[3]]
    amendment = draft_amendment(doc(BEFORE), doc(after), FILING)
    marks = [i for i in amendment.items if i.kind in STRUCTURE_KINDS]
    words = [i for i in amendment.items if i.kind not in STRUCTURE_KINDS]
    assert [m.kind for m in marks] == [ItemKind.MAKE_HEADING], amendment.items
    [mark] = marks
    assert fold_typography(mark.old_text) == fold_typography(mark.new_text) == SOLE
    assert words, amendment.items
    assert all(i.materiality is Materiality.MATERIAL for i in words), words
    said = " ".join(amendment.filing_instruction(i) for i in words)
    assert "sole" in said and "before the expiration date" in said, said
    assert "heading" not in said, said
    assert any(amendment.plain_summary(i).placeholders for i in words), words
    assert amendment.items.index(words[-1]) < amendment.items.index(mark)
    assert not check_overlaps(amendment)


def test_a_heading_made_body_text_is_not_a_change_of_its_section_s_paragraphs() -> None:
    """Section 2's heading made body text and a word changed in Section 2: two items, no
    "merge them"."""
    after = [
        *BEFORE[:1],
        ("1. Number of Options", [*BEFORE[1][1], "2. Conditions of the Offer", ADVERSE, SOLE]),
        BEFORE[3],
    ]
    amendment = draft_amendment(doc(BEFORE), doc(after), FILING)
    kinds = [i.kind for i in amendment.items]
    assert ItemKind.MAKE_PARAGRAPH in kinds and len(kinds) >= 2, kinds
    assert check_overlaps(amendment) == []


def test_two_changes_of_one_paragraph_are_still_the_same_text() -> None:
    """The check still tells counsel to merge two items that change the same paragraph."""
    amendment = draft_amendment(doc(BEFORE), doc(BEFORE), FILING)
    assert amendment.items == []
    after = [*BEFORE[:2], ("2. Conditions of the Offer", [ADVERSE, SOLE]), BEFORE[3]]
    amendment = draft_amendment(doc(BEFORE), doc(after), FILING)
    [item] = amendment.items
    amendment.items.append(item)
    assert [f.code for f in check_overlaps(amendment)] == ["overlap"]
