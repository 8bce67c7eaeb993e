"""Text that looks like a note's mark ("(1)" ending the citation "(a)(1)", "offer(1)" or
"offer*" in a paragraph the note is not on) is words of its paragraph: drafting a note the
revision adds never takes it for the note's mark, so it is never moved, dropped or doubled,
in the items or in the redline. A mark printed in the paragraph that carries the note is
still put in by the note's item."""

from __future__ import annotations

import io

import docx as python_docx
import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.apply import TextDocument, apply_item
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.io.redline_docx import RedlineError, build_review_documents
from tests.io.test_redline_property import FILING, marked, shown
from tests.support.builders import Spec, doc
from tests.support.found_pairs import CITATION_LIKE_AN_ADDED_NOTES_MARK

SECTION = "1. Number of Options"
BEFORE: Spec = [("", ["Cover words."]), (SECTION, ["Offer not offer offer.", "Eligible offer."])]


def _revised(first: str, second: str, mark: str = "1") -> Spec:
    return [("", ["Cover words."]), (SECTION, [first, second, f"[fn {mark}] Note words here."])]


def _items(before: Spec, after: Spec) -> list[AmendmentItem]:
    return draft_items(doc(before), doc(after)).items


def _note_item(items: list[AmendmentItem]) -> AmendmentItem:
    [note] = [i for i in items if i.locator.added_note]
    return note


def _assert_round_trips(before: Spec, after: Spec) -> None:
    """The items take the original to the revision, and the redline accepts to the revision
    and rejects to the original."""
    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    working = TextDocument.from_document(original)
    for item in items:
        apply_item(working, item)
    assert working.comparable() == TextDocument.from_document(revised).comparable()
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert shown(review.redline, accept=True) == marked(revised)
    assert shown(review.redline, accept=False) == marked(original)


# (first paragraph as revised, the mark it seems to print, the note's mark)
ELSEWHERE = [
    ("Offer offer (a)(1).", "(1)", "1"),  # a citation
    ("Offer offer Rule 13e-4(f)(1).", "(1)", "1"),  # a rule's subdivision
    ("Offer offer not offer(1).", "(1)", "1"),  # printed as a mark, but not this note's
    ("Offer offer not offer*.", "*", "*"),
    ("Offer offer not offer†.", "†", "†"),
]


def test_the_smallest_pair_found_keeps_the_citation_in_its_paragraph() -> None:
    _assert_round_trips(*CITATION_LIKE_AN_ADDED_NOTES_MARK)


@pytest.mark.parametrize(("first", "looks", "mark"), ELSEWHERE)
def test_a_mark_look_alike_in_a_paragraph_the_note_is_not_on_stays_its_words(
    first: str, looks: str, mark: str
) -> None:
    """Footnote added to the second paragraph; the first, changed, ends with text that
    looks like the note's mark: the change of the first quotes it, the note's item does
    not print it, and the redline leaves it where the revision has it."""
    after = _revised(first, "Eligible offer.", mark)
    items = _items(BEFORE, after)
    note = _note_item(items)
    assert note.locator.note_printed is None
    assert not (note.locator.note_after or "").startswith("Offer offer")
    changed = [i for i in items if i is not note and i.kind is not ItemKind.INSERT_PARAGRAPH]
    assert any(looks in i.new_text for i in changed), [i.to_dict() for i in items]
    _assert_round_trips(BEFORE, after)


@pytest.mark.parametrize("cited", ["(a)(1)", "Rule 13e-4(f)(1)", "Section 4(1)"])
def test_a_citation_in_the_paragraph_the_note_is_on_is_no_mark(cited: str) -> None:
    """Footnote added to a paragraph that now ends with a citation ending "(1)": the
    citation is a change of words, and the note's mark is not put inside it."""
    after = _revised("Offer not offer offer.", f"Eligible offer {cited}.")
    items = _items(BEFORE, after)
    note = _note_item(items)
    assert note.locator.note_printed is None
    assert not (note.locator.note_after or "").endswith(cited.removesuffix("(1)"))
    assert any(cited in i.new_text for i in items if i is not note)
    _assert_round_trips(BEFORE, after)


@pytest.mark.parametrize(("printed", "mark"), [("(1)", "1"), ("*", "*"), ("†", "†")])
def test_a_mark_printed_where_the_note_is_is_put_in_by_the_notes_item(
    printed: str, mark: str
) -> None:
    """The real thing: the paragraph carrying the note prints its mark; the note's item
    puts it in after the words it follows, and no other item changes the paragraph."""
    after = _revised("Offer not offer offer.", f"Eligible offer{printed}.", mark)
    items = _items(BEFORE, after)
    note = _note_item(items)
    assert (note.locator.note_after, note.locator.note_printed) == ("Eligible offer", printed)
    assert [i for i in items if i is not note] == []
    _assert_round_trips(BEFORE, after)


def test_a_printed_mark_whose_words_are_not_on_its_paragraph_is_refused() -> None:
    """The redline prints a mark the text prints after its words in the paragraph the note
    is on, or refuses: at that paragraph's end it would be words the revision lacks."""
    original = doc(BEFORE)
    revised = doc(_revised("Offer not offer offer.", "Eligible offer(1)."))
    items = draft_items(original, revised).items
    note = _note_item(items)
    note.locator.note_after = "Offer not offer"  # words of another paragraph
    with pytest.raises(RedlineError, match="does not hold once"):
        build_review_documents(Amendment(original, revised, items, FILING))


def test_a_citation_on_a_noted_paragraph_is_not_set_as_a_mark() -> None:
    """The house style sets a note's mark that follows its word as a superscript; the "(1)"
    of a citation on the same paragraph is words, set as the text around it."""
    before: Spec = [
        ("", ["Cover words."]),
        (SECTION, ["Eligible under Rule 13e-4(f)(1) and (a)(1) holders(1).", "[fn 1] Note."]),
    ]
    after = [(h, [p.replace("Cover", "The cover") for p in ps]) for h, ps in before]
    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    word = python_docx.Document(io.BytesIO(review.conformed))
    [paragraph] = [p for p in word.paragraphs if p.text.startswith("Eligible under")]
    raised = [r.text for r in paragraph.runs if r.font.superscript]
    assert raised == ["(1)"]
    assert paragraph.runs[-2].text == "(1)" and paragraph.runs[-2].font.superscript
