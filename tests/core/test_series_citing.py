"""Each item of a later amendment that touches text an earlier amendment put in or changed
names that amendment, whatever form its citation takes: a row cited by its caption, an
answer cited by its question, a run of paragraphs cited by their ordinals, an insertion
before or after a paragraph an earlier amendment put in."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing import load_filing
from amendtool.core.series import Series
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

FILING = load_filing(SAMPLES / "filing.toml")
EXHIBIT = " of Exhibit (a)(1) to the Tender Offer Statement"
A = "The offer is open to all eligible employees of the Company."
B = "Options granted under the Plan may be tendered in the offer."
C = "We will accept all options properly tendered and not withdrawn."
D = "Holders may withdraw tendered options at any time before expiry."
E = "The Company will pay all of the fees and expenses of the offer."
ROWS = ["Withdrawal Rights\tYou may withdraw. Before the deadline.", "Source of Funds\tNo cash."]
NEW_ROW = "Purchase Price\tThe new price is fair. It is the market price."


def last_instructions(*specs: Spec) -> list[str]:
    """The filing instructions of the last amendment of the series drafted from `specs`
    (the original, then each amendment's revision); the series gives the last revision."""
    series = Series(doc(specs[0]))
    for number, spec in enumerate(specs[1:], start=1):
        details = dataclasses.replace(
            FILING, amendment_number=number, amendment_date=dt.date(2026, 4, number)
        )
        series.draft(doc(spec), details)
    items = [item for entry in series.amendments for item in entry.items]
    final = apply_items(TextDocument.from_document(doc(specs[0])), items)
    assert final.same_text(TextDocument.from_document(doc(specs[-1])))
    amendment = series.amendment(len(specs) - 2)
    assert amendment is not None
    return [amendment.filing_instruction(item) for item in amendment.change_items]


def test_a_row_an_earlier_amendment_put_in_is_cited_by_its_caption_as_amended() -> None:
    section = "1. Conditions of the Offer"
    assert last_instructions(
        [(section, [A, B, *ROWS])],
        [(section, [NEW_ROW, A, B, *ROWS])],
        [(section, [NEW_ROW + " It is set on the grant date.", A, B, *ROWS])],
    ) == [
        "The following sentence has been added at the end of the paragraph in the row entitled "
        f'"Purchase Price" in "Section 1. Conditions of the Offer" on page 1{EXHIBIT}, as '
        "amended by Amendment No. 1:"  # the page the row stands on, at the section's start
    ]


def test_an_insertion_after_an_answer_paragraph_an_earlier_amendment_put_in() -> None:
    summary = "SUMMARY TERM SHEET"
    first, second = "What is the offer?", "When does the offer expire?"
    (text,) = last_instructions(
        [(summary, [first, A, second, B])],
        [(summary, [first, A, C, second, B])],
        [(summary, [first, A, C, D, second, B])],
    )
    assert text.startswith(
        "The following paragraph has been inserted immediately after the last paragraph of "
        f'the answer to the question "{first}" in "Summary Term Sheet"'
    )
    assert text.endswith(f"{EXHIBIT}, as amended by Amendment No. 1:")


def test_a_run_of_cover_paragraphs_one_of_which_an_earlier_amendment_changed() -> None:
    assert last_instructions(
        [("", [A, B, C]), ("1. Terms", [E])],
        [("", [A, B + " Read it.", C]), ("1. Terms", [E])],
        [("", [C]), ("1. Terms", [E])],
    ) == [
        f"The first and second paragraphs on the cover page{EXHIBIT}, as amended by "
        "Amendment No. 1, have been deleted in their entirety."
    ]


def test_paragraphs_merged_one_of_which_an_earlier_amendment_put_in() -> None:
    (text,) = last_instructions(
        [("1. Terms", [A, C, E])],
        [("1. Terms", [A, B, C, E])],
        [("1. Terms", [f"{A} {B.replace('may be', 'can be')}", C, E])],  # reworded too
    )
    assert text == (
        f'The first and second paragraphs in "Section 1. Terms" on page 1{EXHIBIT}, as amended '
        "by Amendment No. 1, have been deleted in their entirety and have been replaced with "
        "the following:"
    )


def test_an_insertion_before_a_first_paragraph_an_earlier_amendment_put_in() -> None:
    assert last_instructions(
        [("1. Terms", [A, E])],
        [("1. Terms", [B, A, E])],
        [("1. Terms", [C, B, A, E])],
    ) == [
        "The following paragraph has been inserted immediately before the paragraph inserted "
        'by Amendment No. 1 immediately before the first paragraph in "Section 1. Terms" on '
        f"page 1{EXHIBIT}:"
    ]


def test_an_insertion_after_a_paragraph_an_earlier_amendment_put_in() -> None:
    assert last_instructions(
        [("1. Terms", [A, E])],
        [("1. Terms", [A, B, E])],
        [("1. Terms", [A, B, C, E])],
    ) == [
        "The following paragraph has been inserted immediately after the paragraph inserted by "
        'Amendment No. 1 immediately after the first paragraph in "Section 1. Terms" on page '
        f"1{EXHIBIT}:"
    ]


def test_paragraphs_merged_the_first_of_which_an_earlier_amendment_put_in() -> None:
    (text,) = last_instructions(
        [("1. Terms", [A, D, E])],
        [("1. Terms", [A, B, C, D, E])],
        [("1. Terms", [A, f"{B} {C.replace('will accept', 'accept')}", D, E])],  # reworded
    )
    assert text == (
        f'The second and third paragraphs in "Section 1. Terms" on page 1{EXHIBIT}, as amended '
        "by Amendment No. 1, have been deleted in their entirety and have been replaced with the "
        "following:"
    )


def test_paragraphs_joined_at_a_sentence_one_of_which_an_earlier_amendment_put_in() -> None:
    """No word changed: the sentences are added to the paragraph that keeps them and the
    other paragraph is taken out, each cited through the amendment that put it in."""
    assert last_instructions(
        [("1. Terms", [A, D, E])],
        [("1. Terms", [A, B, C, D, E])],
        [("1. Terms", [A, f"{B} {C}", D, E])],
    ) == [
        "The following sentence has been added at the end of the first of the paragraphs "
        'inserted by Amendment No. 1 immediately after the first paragraph in "Section 1. '
        f'Terms" on page 1{EXHIBIT}:',
        "The last of the paragraphs inserted by Amendment No. 1 immediately after the first "
        f'paragraph in "Section 1. Terms" on page 1{EXHIBIT} has been deleted in its entirety.',
    ]
