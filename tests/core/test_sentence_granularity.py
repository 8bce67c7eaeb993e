"""Separate edits in different sentences of one paragraph are separate items, each cited by
the original's numbering, so counsel can reject one alone; a paragraph is restated whole only
when most of it is rewritten."""

from __future__ import annotations

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.wording import filing_text
from tests.support.builders import Spec, doc

SEVEN = [
    "Eligible employees may exchange their options under the offer.",
    "The minimum exercise price of an eligible option is $15.00 per share.",
    "New options will be granted under the 2018 Plan.",
    "Each new option will vest over three years.",
    "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2025.",
    "We may extend the offer at any time.",
    "Any extension will be announced by press release.",
]


def spec(sentences: list[str]) -> Spec:
    return [
        ("", ["Halvorsen Networks offers to exchange options for new options."]),
        ("1. Number of Options; Expiration Date", ["The offer is open.", "It is voluntary."]),
        (
            "7. Conditions of the Offer",
            [
                "We may waive conditions.",
                "Any waiver is final.",
                " ".join(sentences),
                "We will tell you of any change.",
                "The conditions are for our sole benefit and may be asserted by us.",
                "Our failure to exercise a right is not a waiver of it.",
                "Each right is ongoing and may be asserted at any time before expiration.",
            ],
        ),
    ]


def draft(revised: list[str]) -> list[AmendmentItem]:
    original, new = doc(spec(SEVEN)), doc(spec(revised))
    items = draft_items(original, new).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(new).comparable()
    return items


def changed(**edits: str) -> list[str]:
    """SEVEN with sentence N (1-based, "s2") replaced; an empty text deletes it."""
    out = list(SEVEN)
    for name, text in sorted(edits.items(), reverse=True):
        number = int(name[1:]) - 1
        if text:
            out[number] = text
        else:
            del out[number]
    return out


def opening(item: AmendmentItem) -> str:
    return filing_text(item, "(a)(1)").split(' in "Section 7.')[0]


def test_a_price_and_a_date_in_two_sentences_are_two_items() -> None:
    items = draft(
        changed(
            s2=SEVEN[1].replace("$15.00", "$12.50"),
            s5=SEVEN[4].replace("April 23, 2025", "May 7, 2025"),
        )
    )
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS, ItemKind.REPLACE_WORDS]
    assert [(i.old_words, i.new_words) for i in items] == [
        ("$15.00", "$12.50"),
        ("April 23, 2025", "May 7, 2025"),
    ]
    assert [opening(i) for i in items] == [
        "The second sentence of the third paragraph",
        "The fifth sentence of the third paragraph",
    ]


def test_a_sentence_taken_out_earlier_does_not_renumber_the_later_one() -> None:
    items = draft(changed(s2="", s5=SEVEN[4].replace("April 23, 2025", "May 7, 2025")))
    assert [i.kind for i in items] == [ItemKind.DELETE_SENTENCE, ItemKind.REPLACE_WORDS]
    assert [opening(i) for i in items] == [
        "The second sentence of the third paragraph",
        "The fifth sentence of the third paragraph",
    ]


def test_a_sentence_added_and_the_last_replaced_cite_the_original() -> None:
    added = "Options granted before 2010 are not eligible."
    revised = [SEVEN[0], added, *SEVEN[1:6], "We will announce any extension by email."]
    items = draft(revised)
    assert [i.kind for i in items] == [ItemKind.INSERT_SENTENCE, ItemKind.REPLACE_SENTENCE]
    wording = [filing_text(i, "(a)(1)") for i in items]
    assert "immediately after the first sentence of the third paragraph" in wording[0]
    assert wording[1].startswith("The last sentence of the third paragraph")


def test_two_neighbouring_sentences_changed_together_restate_the_paragraph() -> None:
    # one change spread over two sentences (a figure and what it is a percentage of) reads
    # as one restated paragraph, not as two items on neighbouring sentences
    items = draft(
        changed(
            s3=SEVEN[2].replace("2018 Plan", "2021 Plan"),
            s4=SEVEN[3].replace("three years", "four years"),
        )
    )
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]


def test_separate_edits_in_a_short_paragraph_restate_it() -> None:
    # a figure in the first of three sentences and a sentence added after the second: half
    # the paragraph changes, and counsel restate it
    original = [SEVEN[1], SEVEN[5], SEVEN[6]]
    revised = [SEVEN[1].replace("$15.00", "$12.50"), SEVEN[5], "We have no other plans.", SEVEN[6]]
    old, new = doc(spec(original)), doc(spec(revised))
    items = draft_items(old, new).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]


def test_a_paragraph_mostly_rewritten_is_restated_whole() -> None:
    rewritten = [
        "Only employees in the United States may take part.",
        "The minimum exercise price is now $12.50.",
        "New options come from the 2021 Plan and vest monthly.",
        SEVEN[3],
        "The offer now closes on May 7, 2025 at midnight.",
        "We may extend it.",
        SEVEN[6],
    ]
    items = draft(rewritten)
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]
