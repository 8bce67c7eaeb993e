"""The offer's own term for a changed figure is looked for in the sentence printing it
only when the text defines a term in place at all: each changed figure asks, with the
item's place and its changed sentences as one text nothing else splits into sentences, and
most such texts define none. Counted, not timed; the answer is the sentence-by-sentence
reading's, on any text."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from amendtool.core import amount_terms
from amendtool.core.amount_terms import defined_term, names_an_amount


@pytest.fixture
def split(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    sentences = amount_terms.sentences

    def counted(text: str) -> list[str]:
        seen.append(text)
        return sentences(text)

    monkeypatch.setattr(amount_terms, "sentences", counted)
    return seen


def test_a_text_defining_no_term_is_not_split_into_sentences(split: list[str]) -> None:
    text = "Terms of the Offer. We will pay $5.25 per share. The offer expires on June 1."
    assert defined_term(text, "$5.25") == ""
    assert defined_term(text, "$9.99") == ""  # a figure the text does not print
    assert split == []


def test_a_term_defined_after_the_figure_is_still_named(split: list[str]) -> None:
    text = (
        "Conditions. The Offer is conditioned on at least 60% of the shares "
        "(the “Minimum Tender Condition”) being tendered."
    )
    assert defined_term(text, "60%") == "the Minimum Tender Condition"
    assert split == [text]


def _each_sentence(text: str, printed: str) -> str:
    """The reading before: every sentence of the text looked at in turn."""
    for sentence in amount_terms.sentences(text) if printed else []:
        at = sentence.find(printed)
        if at < 0:
            continue
        found = amount_terms._DEFINED.search(sentence, at + len(printed))
        if found and names_an_amount(found["term"]):
            return f"the {' '.join(found['term'].split())}"
        return ""
    return ""


_PIECES = st.sampled_from(
    [
        "$5.25",
        "60%",
        "(the “Minimum Tender Condition”)",
        '(the "Tender Consideration")',
        "(“Expiration Date”)",
        "(the “Offer",
        "”)",
        "We will pay",
        "per share.",
        "Section 3.",
        "U.S.",
        ". ",
        "\n\n",
        " ",
    ]
)


@given(st.lists(_PIECES, max_size=10).map(" ".join), st.sampled_from(["$5.25", "60%", "", "."]))
@example("We pay $5.25 (the “Tender Consideration”).", "$5.25")
@example("We pay $5.25. Then (the “Tender Consideration”).", "$5.25")
def test_the_answer_is_the_sentence_by_sentence_answer(text: str, printed: str) -> None:
    assert defined_term(text, printed) == _each_sentence(text, printed)
