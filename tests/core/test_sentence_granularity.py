"""Separate edits in different sentences of one paragraph are separate items, each cited by
the original's numbering, so counsel can reject one alone; a paragraph is restated whole only
when most of it is rewritten."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.cited_places import filed_sentence
from amendtool.core.drafting import draft_items
from amendtool.core.items import SENTENCE_KINDS, AmendmentItem, ItemKind
from amendtool.core.segment import split_sentences
from amendtool.core.wording import filing_text
from tests.core.test_roundtrip_property import sentence
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


EXAMPLES = int(os.environ.get("AMENDTOOL_HYPOTHESIS_EXAMPLES", "400"))
sentences = st.lists(sentence, min_size=5, max_size=9, unique=True)


@st.composite
def edits_apart(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A long paragraph and the same paragraph with two to three sentences edited, added or
    taken out at places of their own."""
    old = draw(sentences)
    new = list(old)
    places = sorted(draw(st.sets(st.integers(0, len(old) - 1), min_size=2, max_size=3)))
    for at in reversed(places):
        how = draw(st.sampled_from(["words", "rewrite", "drop", "add"]))
        if how == "words":
            words = new[at].rstrip(".").split(" ")
            words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(["$7.25", "ten"]))
            new[at] = " ".join(words) + "."
        elif how == "rewrite":
            new[at] = draw(sentence)
        elif how == "drop":
            del new[at]
        else:
            new.insert(at + 1, draw(sentence))
    return old, new


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits_apart())
def test_separate_edits_apply_in_turn_and_cite_the_original(
    pair: tuple[list[str], list[str]],
) -> None:
    old, new = pair
    original, revised = doc(spec(old)), doc(spec(new))
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    cited = [i for i in items if i.kind in SENTENCE_KINDS and i.locator.paragraph == 3]
    if len(cited) > 1:  # each cites a sentence of the original, in the original's order
        numbers = [filed_sentence(i.locator) for i in cited]
        assert all(count == len(split_sentences(" ".join(old))) for _, count in numbers)
        assert [n for n, _ in numbers] == sorted(n for n, _ in numbers)
        for item, (number, _) in zip(cited, numbers, strict=True):
            if item.kind is not ItemKind.INSERT_SENTENCE:  # a run taken out: all of it
                spans = split_sentences(" ".join(old))
                start, end = spans[number - 1][0], spans[number + item.locator.sentence_span - 2][1]
                assert " ".join(old)[start:end] == item.old_text
        for item in cited:
            assert filing_text(item, "(a)(1)")
