"""A footnote that became body text at the same place (or body text made a footnote) is the
note deleted and the paragraph added, never the one "amended and restated" as the other:
restating footnote 1 would leave the new words a footnote, where the revision has them in
the body."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.wording import filing_text
from tests.support.builders import Spec, doc

HEADING = "1. Number of Options"
FIRST = "(a) Eligible holders may tender options."
SECOND = "(b) Will the offer be extended? The offer will not be extended."
NOTE = "Options granted under the 2019 Plan are eligible."
THIRD = "(c) Holders may withdraw tendered options."
BODY = "Offer “Plan” shares"


def section(*paragraphs: str) -> Spec:
    return [
        ("", ["Offer to exchange eligible options for new options."]),
        (HEADING, list(paragraphs)),
        ("2. Withdrawal Rights", ["Holders may withdraw before the expiration date."]),
    ]


def drafted(before: Spec, after: Spec) -> list[AmendmentItem]:
    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return items


@pytest.mark.parametrize("body", [BODY, NOTE], ids=["other words", "the same words"])
def test_a_footnote_made_body_text_is_the_note_deleted_and_a_paragraph_added(body: str) -> None:
    items = drafted(
        section(FIRST, SECOND, f"[fn 1] {NOTE}", THIRD), section(FIRST, SECOND, body, THIRD)
    )
    assert [i.kind for i in items] == [ItemKind.DELETE_PARAGRAPH, ItemKind.INSERT_PARAGRAPH]
    deleted, added = items
    assert (deleted.locator.note_kind, deleted.locator.note) == ("footnote", "1")
    assert deleted.old_text == NOTE
    assert added.new_paragraphs == [body]
    assert added.locator.note is None and added.locator.added_note is None
    assert filing_text(deleted, "(a)(1)").startswith(f'Footnote 1 in "Section {HEADING}"')
    assert filing_text(added, "(a)(1)").startswith(
        "The following paragraph has been inserted immediately after the second paragraph"
    )


@pytest.mark.parametrize("note", [NOTE, BODY], ids=["other words", "the same words"])
def test_body_text_made_a_footnote_is_the_paragraph_deleted_and_a_note_added(note: str) -> None:
    items = drafted(
        section(FIRST, SECOND, BODY, THIRD), section(FIRST, SECOND, f"[fn 1] {note}", THIRD)
    )
    assert [i.kind for i in items] == [ItemKind.DELETE_PARAGRAPH, ItemKind.INSERT_PARAGRAPH]
    deleted, added = items
    assert deleted.locator.note is None and deleted.old_text == BODY
    assert added.locator.added_note == "footnote" and added.new_paragraphs == [note]
    assert "footnote" in filing_text(added, "(a)(1)")


def test_a_footnote_put_in_the_body_of_another_section_is_not_moved() -> None:
    """A move keeps what the paragraph is; a note's words now read in the body are a new
    paragraph there, the note deleted where it was."""
    long_note = NOTE + " Vesting of the new options begins again on the grant date."
    before = section(FIRST, SECOND, f"[fn 1] {long_note}", THIRD)
    after = section(FIRST, SECOND, THIRD)
    after[2] = (after[2][0], [*after[2][1], long_note])
    items = drafted(before, after)
    assert ItemKind.MOVE_PARAGRAPH not in [i.kind for i in items]
    assert [(i.kind, i.locator.note) for i in items] == [
        (ItemKind.DELETE_PARAGRAPH, "1"),
        (ItemKind.INSERT_PARAGRAPH, None),
    ]


def test_a_footnote_merged_into_the_paragraph_before_it_is_deleted_not_merged() -> None:
    """A split or merge is one paragraph's words broken or joined; a note's words joined to
    the body are the note deleted and the paragraph restated."""
    before = section(FIRST, SECOND, f"[fn 1] {NOTE}", THIRD)
    after = section(FIRST, f"{SECOND} {NOTE}", THIRD)
    items = drafted(before, after)
    noted = [i for i in items if i.locator.note is not None]
    assert [(i.kind, i.old_text) for i in noted] == [(ItemKind.DELETE_PARAGRAPH, NOTE)]
    assert all(NOTE not in i.old_text for i in items if i.locator.note is None)
