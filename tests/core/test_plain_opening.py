"""The plain notice's opening answers by what the changes do (a change of the terms asks
holders to review their election), and changes of wording or typography alone are said in
one sentence, with nothing left for counsel to explain."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.items import Materiality
from amendtool.core.layout import Role
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

OFFER: Spec = [
    ("", ["Halvorsen offers to exchange options for new options."]),
    (
        "1. Eligibility",
        ["Options that have an exercise price per share of $20.00 or more are eligible."],
    ),
    ("2. Exchange Ratio", ["You will receive one New Option for every two Eligible Options."]),
    ("4. Withdrawal Rights", ["To withdraw, you must send a notice to us by e-mail."]),
    (
        "5. Conditions of the Offer",
        ["We may waive the conditions in whole or in part at any time."],
    ),
    ("7. Additional Information", ["You may obtain our reports without charge."]),
]


def revised(*swaps: tuple[str, str]) -> Spec:
    out = []
    for heading, paragraphs in OFFER:
        for old, new in swaps:
            paragraphs = [p.replace(old, new) for p in paragraphs]
        out.append((heading, paragraphs))
    return out


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


def answers(amendment: Amendment) -> dict[str, str]:
    blocks = notice_blocks(amendment)
    return {
        a.text: b.text
        for a, b in pairwise(blocks)
        if a.role is Role.SUBHEADING and a.text.endswith("?")
    }


@pytest.mark.parametrize(
    "swap",
    [("$20.00 or more", "$17.50 or more"), ("for every two", "for every three")],
    ids=["threshold-lowered", "ratio-worse"],
)
def test_a_change_of_the_terms_asks_holders_to_review_their_election(
    filing: FilingDetails, swap: tuple[str, str]
) -> None:
    amendment = draft_amendment(doc(OFFER), doc(revised(swap)), filing)
    assert amendment.change_items[0].materiality.value == "consideration"
    said = answers(amendment)
    action = said["Do you need to do anything?"]
    election = said["Is your earlier election still valid?"]
    assert not action.startswith("No"), action
    assert "review" in action.lower()
    assert "You do not need to send it again" not in election
    # only a change that makes more options eligible speaks of the newly eligible
    assert ("newly eligible" in (action + election).lower()) is (swap[0] == "$20.00 or more")


def test_changes_that_leave_the_terms_alone_keep_the_plain_no(filing: FilingDetails) -> None:
    swap = ("in whole or in part at any time", "in whole or in part before the deadline")
    amendment = draft_amendment(doc(OFFER), doc(revised(swap)), filing)
    assert amendment.change_items[0].materiality.value == "material"
    said = answers(amendment)
    assert said["Do you need to do anything?"].startswith("No, not because of these changes.")
    assert "You do not need to send it again" in said["Is your earlier election still valid?"]


def test_typography_and_wording_corrections_are_one_sentence_without_a_placeholder(
    filing: FilingDetails,
) -> None:
    swaps = [
        ("$20.00 or more", "$20 or more"),
        ("by e-mail", "by email"),
        ("in part at any time", "in part, at any time"),
        ("without charge", "free of charge"),
    ]
    amendment = draft_amendment(doc(OFFER), doc(revised(*swaps)), filing)
    assert {i.materiality.value for i in amendment.change_items} == {"clarifying"}
    paragraphs = plain_paragraphs(amendment)
    assert len(paragraphs) == 1
    (paragraph,) = paragraphs
    assert paragraph.items == tuple(range(len(amendment.change_items)))
    assert paragraph.text == (
        "We corrected wording and typography in Section 1 (page 2), in Section 4 (page 4), "
        "in Section 5 (page 5) and in Section 7 (page 6). These corrections do not change your "
        "rights."
    )
    assert "[Explain" not in " ".join(b.text for b in notice_blocks(amendment))


def test_a_misspelt_word_beside_a_number_is_a_spelling_correction(filing: FilingDetails) -> None:
    text = "Further information about the offer is set forth in {} 10."
    old: Spec = [*OFFER, ("9. Extension of Offer", [text.format("Secton")])]
    new: Spec = [*OFFER, ("9. Extension of Offer", [text.format("Section")])]
    amendment = draft_amendment(doc(old), doc(new), filing)
    assert amendment.change_items[0].materiality.value == "clarifying"
    (paragraph,) = plain_paragraphs(amendment)
    assert "We corrected the spelling of “Section”" in paragraph.text, paragraph.text


PURCHASE: Spec = [
    ("", ["OFFER TO PURCHASE FOR CASH UP TO 1,500,000 SHARES OF ITS PREFERRED STOCK"]),
    ("Summary Term Sheet", ["We are offering to purchase up to 1,500,000 shares of our stock."]),
    (
        "1. Number of Shares",
        [
            "We will purchase up to 1,500,000 Preferred Shares. If more than 1,500,000 Preferred "
            "Shares are tendered, we will purchase them pro rata."
        ],
    ),
]


def test_the_same_change_in_several_places_is_one_paragraph_said_once_in_small_letters(
    filing: FilingDetails,
) -> None:
    new = [(h, [p.replace("1,500,000", "2,000,000") for p in ps]) for h, ps in PURCHASE]
    amendment = draft_amendment(doc(PURCHASE), doc(new), filing)
    (paragraph,) = plain_paragraphs(amendment)
    assert paragraph.items == (0, 1, 2)
    assert "SHARES" not in paragraph.heading and "SHARES" not in paragraph.text, paragraph
    assert paragraph.text.count("2,000,000") == 1, paragraph.text
    sentences = [s for s in paragraph.text.split(". ") if s]
    assert len(sentences) == len(set(sentences))
    assert "cover page" in paragraph.places and "Section 1" in paragraph.places


def test_many_corrections_are_counted_not_listed_in_one_sentence(filing: FilingDetails) -> None:
    """Forty corrections across the offer would make a sentence of hundreds of words, and a
    heading of forty numbers: employees read the count; each correction stays below under
    "The exact changes", item for item."""
    sentence = "Elections may be sent to us by e-mail before the deadline in Section {}."
    sections = [(f"{n}. Part {n}", [sentence.format(n)]) for n in range(10, 50)]
    old: Spec = [*OFFER, *sections]
    new: Spec = [*OFFER, *[(h, [p.replace("e-mail", "email") for p in ps]) for h, ps in sections]]
    amendment = draft_amendment(doc(old), doc(new), filing)
    assert len(amendment.change_items) == 40
    (paragraph,) = plain_paragraphs(amendment)
    assert paragraph.heading == "Corrections (changes 1 to 40)"
    assert paragraph.text.startswith("We corrected wording and typography in 40 places")
    assert max(len(s.split()) for s in paragraph.text.split(". ")) < 25, paragraph.text
    blocks = notice_blocks(amendment)
    assert sum(1 for b in blocks if b.role is Role.ITEM) == 40


def test_scattered_corrections_beyond_a_few_are_counted_in_the_heading(
    filing: FilingDetails,
) -> None:
    sentence = "Elections may be sent to us by e-mail before the deadline in Section {}."
    sections = [(f"{n}. Part {n}", [sentence.format(n)]) for n in range(10, 30)]
    new_sections = [
        (h, [p.replace("e-mail", "email") if i % 2 else p.replace("deadline", "cut-off date")])
        for i, (h, ps) in enumerate(sections)
        for p in ps
    ]
    amendment = draft_amendment(doc([*OFFER, *sections]), doc([*OFFER, *new_sections]), filing)
    corrections = [p for p in plain_paragraphs(amendment) if p.heading.startswith("Corrections")]
    (paragraph,) = corrections
    assert paragraph.heading == f"Corrections ({len(paragraph.items)} changes)"


def test_the_answers_follow_what_the_change_does_not_counsels_timing_class(
    filing: FilingDetails,
) -> None:
    """Counsel may class a lowered threshold clarifying for the timing check; holders newly
    eligible must still act, so the answers do not say that nothing need be done while the
    paragraph below says more options may now be eligible."""
    swap = ("$20.00 or more", "$17.50 or more")
    amendment = draft_amendment(doc(OFFER), doc(revised(swap)), filing)
    for item in amendment.change_items:
        item.choose_materiality(Materiality.CLARIFYING)
    said = answers(amendment)
    action = said["Do you need to do anything?"]
    assert not action.startswith("No"), action
    assert "newly eligible" in action.lower()
    assert "You do not need to send it again" not in said["Is your earlier election still valid?"]
