"""A sentence cited by its first words is the only sentence of its paragraph that begins
with them: where two sentences begin alike (or one is the other's opening words), no
opening names one of them, and the sentence is cited by the ordinal a reader counts (the
run-in caption left out)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem
from amendtool.core.locate import sentence_opening
from amendtool.core.wording import filing_text
from tests.support.builders import doc

HEADING = "4. Acceptance"
CAPTION = "Acceptance of Options."
TWICE = "We will notify you of acceptance by e-mail."
OTHERS = [
    "We will accept all properly tendered options.",
    "Accepted options will be cancelled on the expiration date.",
    "The new options will be granted promptly after the expiration date.",
]


def draft(before: str, after: str) -> list[AmendmentItem]:
    original, revised = doc([(HEADING, [before])]), doc([(HEADING, [after])])
    result = draft_items(original, revised)
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return result.items


ORDINALS = ["first", "second", "third", "fourth", "last"]


# (the two places the sentence is printed, which of them changes): first, middle, last
SHAPES = [
    ((0, 1), 0),
    ((0, 1), 1),
    ((0, 4), 0),
    ((0, 4), 1),
    ((1, 2), 0),
    ((1, 2), 1),
    ((1, 3), 0),
    ((1, 3), 1),
    ((2, 4), 0),
    ((2, 4), 1),
    ((3, 4), 1),
]


@pytest.mark.parametrize(("places", "changed"), SHAPES)
def test_a_sentence_that_begins_as_another_does_is_cited_by_its_ordinal(
    places: tuple[int, int], changed: int
) -> None:
    body = list(OTHERS)
    for place in places:
        body.insert(place, TWICE)
    assert len(body) == 5
    at = places[changed]
    revised = list(body)
    revised[at] = TWICE.replace("e-mail", "letter")
    items = draft(" ".join([CAPTION, *body]), " ".join([CAPTION, *revised]))
    assert len(items) == 1
    text = filing_text(items[0], "(a)(1)")
    assert "sentence beginning" not in text, text
    assert text.startswith(f"The {ORDINALS[at]} sentence of the paragraph in "), text


def test_a_sentence_that_opens_another_is_cited_by_its_ordinal() -> None:
    short, long = "We may reject any tender.", "We may reject any tender we find late."
    before = " ".join([CAPTION, OTHERS[0], short, long])
    items = draft(before, before.replace(short, "We may reject any tender at all."))
    text = filing_text(items[0], "(a)(1)")
    assert text.startswith("The second sentence of the paragraph in "), text


def test_a_unique_opening_is_still_cited_by_its_first_words() -> None:
    body = [OTHERS[0], TWICE, TWICE, OTHERS[1]]
    before = " ".join([CAPTION, *body])
    items = draft(before, before.replace("cancelled on", "cancelled promptly on"))
    text = filing_text(items[0], "(a)(1)")
    assert text.startswith('The sentence beginning "Accepted options will" in '), text


def test_an_opening_may_be_the_first_letters_of_another_sentences_word() -> None:
    """ "We of" begins "We of." and not "We offer." (words are whole)."""
    assert sentence_opening(["We of.", "We offer."], 0) == "We of"


WORD = st.sampled_from(["we", "will", "notify", "you", "of", "the", "offer", "by", "e-mail"])
SENTENCE = st.lists(WORD, min_size=1, max_size=6).map(lambda w: " ".join(w).capitalize() + ".")


@given(st.lists(SENTENCE, min_size=2, max_size=6), st.data())
def test_an_opening_begins_its_own_sentence_and_no_other(
    sentences: list[str], data: st.DataObject
) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(sentences) - 1))
    opening = sentence_opening(sentences, index)
    if opening is None:
        others = [s for i, s in enumerate(sentences) if i != index]
        assert any(o.lower().startswith(sentences[index].rstrip(".").lower()) for o in others)
        return
    assert sentences[index].startswith(opening)
    begins = re.compile(re.escape(opening.lower()) + r"(?![\w-])")  # whole words
    assert [s for s in sentences if begins.match(s.lower())] == [sentences[index]]
