"""The overlap check never refuses what drafting made. Drafting cites separate edits in two
sentences of one paragraph as an item each (the smallest unit counsel would cite, "The
second sentence …", "The fifth sentence …"), and the check refused any two items on one
paragraph ("items L and M change the same text; merge them"), which counsel cannot merge on
the command line: a rewrite that moved sentences across paragraph breaks (one paragraph
losing its first sentence to the paragraph before and gaining one from the paragraph after)
could not be exported. Two items change the same text when they change one sentence, or
one changes the whole paragraph and the other any of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.item_consistency import check_overlaps
from amendtool.core.items import ItemKind
from tests.support.builders import Spec, doc

POOL = [
    "If you elect to exchange your Eligible Options, you must exchange all of them.",
    "We will grant the New RSUs on the business day following the expiration date.",
    "The Company may amend, extend or terminate the offer at any time.",
    "Each New RSU will vest over a period of 24 months.",
    "You may withdraw your tendered options at any time before the expiration date.",
    "The exercise price of each Eligible Option is at least $8.00 per share.",
    "The board of directors makes no recommendation as to whether you should participate.",
    "Your decision to participate should be made after consulting your own advisors.",
    "We will pay all fees and expenses of the exchange agent in connection with the offer.",
    "As of May 29, 2026, there were 41,250,000 shares of common stock outstanding.",
    "Any determination we make concerning the offer will be final and binding.",
    "We will notify you of any amendment by e-mail before the expiration date.",
]


def spec(paragraphs: list[list[str]]) -> Spec:
    return [
        ("", ["Corvane offers to exchange Eligible Options for New RSUs."]),
        ("4. Procedures for Electing to Exchange Options", [" ".join(p) for p in paragraphs]),
    ]


def drafted(before: list[list[str]], after: list[list[str]], filing: FilingDetails) -> Amendment:
    """The amendment, after checking the invariant: the items applied to the original give
    exactly the revision."""
    original, revised = doc(spec(before)), doc(spec(after))
    amendment = draft_amendment(original, revised, filing)
    amended = apply_items(TextDocument.from_document(original), amendment.items)
    assert amended.same_text(TextDocument.from_document(revised)), amendment.items
    return amendment


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)


def test_a_paragraph_losing_its_first_sentence_and_gaining_one_at_its_end(
    filing: FilingDetails,
) -> None:
    before = [POOL[0:4], POOL[4:8], POOL[8:12]]
    # the second paragraph's first sentence goes to the end of the first, and the third's
    # first sentence to the end of the second
    after = [[*POOL[0:4], POOL[4]], [*POOL[5:8], POOL[8]], POOL[9:12]]
    amendment = drafted(before, after, filing)
    assert check_overlaps(amendment) == [], amendment.items
    second = [i.kind for i in amendment.change_items if i.locator.paragraph == 2]
    assert ItemKind.DELETE_SENTENCE in second and ItemKind.INSERT_SENTENCE in second, second


def test_two_words_changed_in_two_sentences_of_one_paragraph(filing: FilingDetails) -> None:
    """Most of the paragraph stays: an item for each sentence, each its own text."""
    edited = [POOL[0], POOL[1].replace("business day", "second business day"), *POOL[2:7]]
    edited[3] = edited[3].replace("24 months", "36 months")
    amendment = drafted([POOL[0:7], POOL[7:10]], [edited, POOL[7:10]], filing)
    assert check_overlaps(amendment) == [], amendment.items
    assert [i.locator.sentence for i in amendment.change_items] == [2, 4], amendment.items


def test_two_items_on_one_sentence_or_on_a_paragraph_and_its_sentence_overlap(
    filing: FilingDetails,
) -> None:
    """The check still refuses what does change the same text."""
    from dataclasses import replace

    edited = [POOL[0], POOL[1].replace("business day", "second business day"), *POOL[2:7]]
    edited[3] = edited[3].replace("24 months", "36 months")
    amendment = drafted([POOL[0:7], POOL[7:10]], [edited, POOL[7:10]], filing)
    first, second = amendment.change_items
    same_sentence = replace(second, locator=replace(second.locator, sentence=2))
    assert check_overlaps(replace(amendment, items=[first, same_sentence]))
    whole = replace(first, kind=ItemKind.REPLACE_PARAGRAPH)
    whole.locator = replace(first.locator, sentence=None)
    assert check_overlaps(replace(amendment, items=[second, whole]))
