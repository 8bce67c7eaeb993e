"""A paragraph that only loses or gains whole sentences (one carried to the next paragraph,
the paragraph split in two, two paragraphs joined) is amended at the sentence, as counsel
write it ("The last two sentences of the second paragraph … have been deleted in their
entirety."), never restated whole; each half stays clarifying, and the items applied give
the revision."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.plain_kind_sentences import kind_sentence
from amendtool.core.wording import filing_text, house_wording, notice_text
from tests.support.builders import Spec, doc

A = "Holders may tender all of their Units at any time before the Expiration Time."
B = "The Depositary will hold all tendered Units in trust for the tendering holders."
C = "Payment for accepted Units will be made promptly after the Expiration Time."
D = "Tenders of Units may be withdrawn at any time before the Expiration Time."
E = "Holders who tender through a broker may be charged fees by that broker."
G = "Questions about the offer may be directed to the Information Agent."
K = "This paragraph stays the same in both versions of the offer."


def _offer(paragraphs: list[str]) -> Spec:
    return [("", ["Brightwater offers to purchase its Units."]), ("4. Procedures", paragraphs)]


CASES = {  # (before, after): the paragraphs of Section 4
    "last sentence carried down": (
        [K, f"{A} {B} {C}", f"{D} {E}", G],
        [K, f"{A} {B}", f"{C} {D} {E}", G],
    ),
    "first sentence carried up": (
        [K, f"{A} {B}", f"{C} {D} {E}", G],
        [K, f"{A} {B} {C}", f"{D} {E}", G],
    ),
    "middle sentence carried down": (
        [K, f"{A} {B} {C}", f"{D} {E}", G],
        [K, f"{A} {C}", f"{B} {D} {E}", G],
    ),
    "two sentences carried down": (
        [K, f"{A} {B} {C}", f"{D} {E}", G],
        [K, A, f"{B} {C} {D} {E}", G],
    ),
    "two sentences carried up": (
        [K, A, f"{B} {C} {D} {E}", G],
        [K, f"{A} {B} {C}", f"{D} {E}", G],
    ),
    "split in two": ([K, f"{A} {B} {C} {D}", G], [K, f"{A} {B}", f"{C} {D}", G]),
    "split after the first sentence": ([K, f"{A} {B} {C} {D}", G], [K, A, f"{B} {C} {D}", G]),
    "split in three": ([K, f"{A} {B} {C} {D} {E}", G], [K, f"{A} {B}", f"{C} {D}", E, G]),
    "two joined": ([K, f"{A} {B}", f"{C} {D}", G], [K, f"{A} {B} {C} {D}", G]),
    "one sentence joined to the next": ([K, A, f"{B} {C} {D}", G], [K, f"{A} {B} {C} {D}", G]),
}


def _drafted(before: list[str], after: list[str], filing: Path) -> list[AmendmentItem]:
    original, revised = doc(_offer(before)), doc(_offer(after))
    items = draft_amendment(original, revised, load_filing(filing)).change_items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return items


@pytest.mark.parametrize("case", list(CASES))
def test_a_paragraph_that_only_loses_or_gains_sentences_is_amended_at_the_sentence(
    example_filing_toml: Path, case: str
) -> None:
    items = _drafted(*CASES[case], example_filing_toml)
    said = [(i.kind.value, filing_text(i, "(a)(1)(A)")) for i in items]
    assert items and all(i.materiality is Materiality.CLARIFYING for i in items), said
    assert not {i.kind for i in items} & {ItemKind.REPLACE_PARAGRAPH}, said
    for item in items:  # every item cites a place and reads as counsel would
        assert "in its entirety and has been replaced" not in filing_text(item, "(a)(1)(A)")
        assert notice_text(item) and kind_sentence(item, house_wording().plain_notice["kinds"])


def test_two_sentences_carried_down_are_one_deletion_cited_as_the_last_two(
    example_filing_toml: Path,
) -> None:
    items = _drafted(*CASES["two sentences carried down"], example_filing_toml)
    texts = [filing_text(i, "(a)(1)(A)") for i in items]
    assert texts[0] == (
        'The last two sentences of the second paragraph in "Section 4. Procedures" on page 3 of'
        " Exhibit (a)(1)(A) to the Tender Offer Statement have been deleted in their entirety."
    ), texts
    assert notice_text(items[0]).startswith("The last two sentences of the second paragraph")
    plain = kind_sentence(items[0], house_wording().plain_notice["kinds"])
    assert plain.startswith("We took out two sentences from"), plain


def test_a_paragraph_split_in_two_loses_its_last_sentences_and_a_paragraph_follows(
    example_filing_toml: Path,
) -> None:
    items = _drafted(*CASES["split in two"], example_filing_toml)
    assert [i.kind for i in items] == [ItemKind.DELETE_SENTENCE, ItemKind.INSERT_PARAGRAPH]
    texts = [filing_text(i, "(a)(1)(A)") for i in items]
    assert texts[0].startswith("The last two sentences of the second paragraph"), texts
    assert "immediately after the second paragraph" in texts[1], texts
    assert items[1].new_text == f"{C} {D}"


def test_two_paragraphs_joined_gain_sentences_and_lose_a_paragraph(
    example_filing_toml: Path,
) -> None:
    items = _drafted(*CASES["two joined"], example_filing_toml)
    assert [i.kind for i in items] == [ItemKind.INSERT_SENTENCE, ItemKind.DELETE_PARAGRAPH]
    texts = [filing_text(i, "(a)(1)(A)") for i in items]
    added = "The following sentences have been added at the end of the second paragraph"
    assert texts[0].startswith(added), texts
    assert texts[1].startswith("The third paragraph in"), texts


@pytest.mark.parametrize(
    ("first", "count", "total", "cited"),
    [
        (2, 2, 3, "the last two sentences of"),
        (1, 2, 4, "the first two sentences of"),
        (2, 2, 4, "the second and third sentences of"),
        (2, 3, 5, "the second through fourth sentences of"),
    ],
)
def test_a_run_of_sentences_is_cited_as_counsel_count_it(
    example_filing_toml: Path, first: int, count: int, total: int, cited: str
) -> None:
    """Sentences taken out, the rest of the paragraph kept word for word."""
    sentences = [A, B, C, D, E][:total]
    kept = sentences[: first - 1] + sentences[first - 1 + count :]
    items = _drafted([K, " ".join(sentences), G], [K, " ".join(kept), G], example_filing_toml)
    assert [i.kind for i in items] == [ItemKind.DELETE_SENTENCE]
    said = filing_text(items[0], "(a)(1)(A)")
    assert said.startswith(cited[0].upper() + cited[1:] + " the second paragraph"), said
    assert said.endswith("have been deleted in their entirety."), said
