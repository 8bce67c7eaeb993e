"""Footnotes are cited and amended like paragraphs ("footnote 1 in "Section 2. …" on page
3"), on the page where they print, and are not counted among a section's paragraphs."""

from __future__ import annotations

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import Document, PageMark
from amendtool.core.wording import filing_text, notice_text
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

HEADING = "2. Number of Units; Exchange Ratios"
RATIOS = "The exchange ratios were set using a valuation model.(1) They apply to every grant."
NOTE = "The model assumes a volatility of 58% and a risk-free rate of 2.1%."
AFTER = "You will receive your units on the grant date. Fractions are rounded down."
LAST = "We will not issue fractional units. Any fraction is rounded down."
SPEC: Spec = [(HEADING, [RATIOS, f"[fn 1] {NOTE}", AFTER, LAST])]


def draft(revised: Spec, original: Spec = SPEC) -> list[AmendmentItem]:
    before, after = doc(original), doc(revised)
    result = draft_items(before, after)
    amended = apply_items(TextDocument.from_document(before), result.items)
    assert amended.comparable() == TextDocument.from_document(after).comparable()
    return result.items


def test_a_word_changed_in_a_footnote_cites_the_footnote_on_its_page() -> None:
    items = draft([(HEADING, [RATIOS, f"[fn 1] {NOTE.replace('58%', '61%')}", AFTER, LAST])])
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS]
    assert (items[0].old_words, items[0].new_words) == ("58%", "61%")
    assert filing_text(items[0], "(a)(1)") == (
        'Footnote 1 in "Section 2. Number of Units; Exchange Ratios" on page 2 of Exhibit '
        '(a)(1) to the Tender Offer Statement has been amended by replacing "58%" with "61%", '
        "so that the footnote reads in its entirety as follows:"
    )
    assert notice_text(items[0]).startswith('Footnote 1 in "Section 2. Number of Units')


def test_a_sentence_added_to_a_footnote() -> None:
    added = f"{NOTE} The model is described in our annual report."
    items = draft([(HEADING, [RATIOS, f"[fn 1] {added}", AFTER, LAST])])
    assert [i.kind for i in items] == [ItemKind.INSERT_SENTENCE]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The following sentence has been added at the end of footnote 1 in "Section 2.'
    )


def test_paragraphs_after_a_footnote_are_counted_without_it() -> None:
    changed = AFTER.replace("grant date", "first business day after the grant date")
    items = draft([(HEADING, [RATIOS, f"[fn 1] {NOTE}", changed, LAST])])
    assert len(items) == 1
    assert filing_text(items[0], "(a)(1)").startswith(
        'The first sentence of the second paragraph in "Section 2. Number of Units; Exchange '
        'Ratios" on page 3'
    )
    items = draft([(HEADING, [RATIOS, f"[fn 1] {NOTE}", AFTER])])
    assert [i.kind for i in items] == [ItemKind.DELETE_PARAGRAPH]
    assert filing_text(items[0], "(a)(1)").startswith('The last paragraph in "Section 2.')


def test_a_deleted_footnote_is_cited_as_the_footnote() -> None:
    items = draft([(HEADING, [RATIOS.replace("(1)", ""), AFTER, LAST])])
    kinds = [i.kind for i in items]
    assert ItemKind.DELETE_PARAGRAPH in kinds
    deleted = items[kinds.index(ItemKind.DELETE_PARAGRAPH)]
    assert filing_text(deleted, "(a)(1)").startswith(
        'Footnote 1 in "Section 2. Number of Units; Exchange Ratios" on page 2'
    )


def test_a_paragraph_inserted_after_a_footnote_follows_the_paragraph_it_notes() -> None:
    new = "The valuation model was reviewed by an independent adviser."
    items = draft([(HEADING, [RATIOS, f"[fn 1] {NOTE}", new, AFTER, LAST])])
    assert [i.kind for i in items] == [ItemKind.INSERT_PARAGRAPH]
    assert "immediately after the first paragraph in" in filing_text(items[0], "(a)(1)")


def test_a_footnote_in_a_question_and_answer_summary_does_not_shift_the_answer() -> None:
    summary = [
        "What is the offer?",
        "We are offering to exchange options for units.(1)",
        "[fn 1] Units are restricted stock units under the 2019 Plan.",
        "Options held by directors are not eligible.",
        "Options granted after March 1 are not eligible.",
        "When does the offer expire?",
        "The offer expires on May 1.",
    ]
    changed = list(summary)
    changed[3] = "Options held by directors or officers are not eligible."
    items = draft([("SUMMARY TERM SHEET", changed)], [("SUMMARY TERM SHEET", summary)])
    assert len(items) == 1
    assert filing_text(items[0], "(a)(1)").startswith(
        'The second paragraph of the answer to the question "What is the offer?"'
    )


def test_roman_pages_are_strings_in_items_json() -> None:
    original: Document = doc([("INTRODUCTION", ["We are offering to exchange options."])])
    revised: Document = doc([("INTRODUCTION", ["We are offering to exchange all options."])])
    for document in (original, revised):
        for paragraph in document.paragraphs():
            paragraph.pages = (PageMark(0, "ii"),)
    filing: FilingDetails = load_filing(SAMPLES / "filing.toml")
    data = draft_amendment(original, revised, filing).items_json()
    assert [item["page"] for item in data["items"]] == ["ii"]


def test_a_footnote_restated_whole_is_quoted_with_its_mark() -> None:
    """The text that restates a whole note is quoted as the note prints: led by its mark;
    a sentence quoted alone from a longer note is not."""
    from amendtool.core.filing_document import quoted_blocks

    changed = NOTE.replace("58%", "61%")
    items = draft([(HEADING, [RATIOS, f"[fn 1] {changed}", AFTER, LAST])])
    assert [b.text for b in quoted_blocks(items[0])] == [f'"(1) {changed}"']
    rewritten = "The model assumes the volatility of our stock over the last five years."
    items = draft([(HEADING, [RATIOS, f"[fn 1] {rewritten}", AFTER, LAST])])
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]
    assert [b.text for b in quoted_blocks(items[0])] == [f'"(1) {rewritten}"']
    added = f"{NOTE} The model is described in our annual report."
    items = draft([(HEADING, [RATIOS, f"[fn 1] {added}", AFTER, LAST])])
    assert [b.text for b in quoted_blocks(items[0])] == [
        '"The model is described in our annual report."'
    ]
