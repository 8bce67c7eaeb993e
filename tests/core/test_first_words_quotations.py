"""The opening words the notice and the citations quote ("It now begins “…”", "the
sentence beginning “…”") never stop inside a quotation they open: quoted again, the
outer quotation would be left unclosed (“If we extend the offer, the term ‘expiration…’.)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.locate import sentence_opening
from amendtool.core.plain_summary import first_words
from amendtool.core.typography import curly_quotes, unclosed_quotation

TERM = 'If we extend the offer, the term "expiration date" will refer to the latest time.'


def test_a_cut_inside_a_quotation_goes_back_to_before_it() -> None:
    assert first_words(TERM) == "If we extend the offer, the term…"
    curly = curly_quotes(TERM)
    assert first_words(curly) == "If we extend the offer, the term…"
    assert first_words(TERM, 10) == 'If we extend the offer, the term "expiration date" will…'


def test_a_text_opening_with_a_quotation_cut_inside_it_leaves_its_mark_off() -> None:
    text = '"Eligible employee" and "eligible options" mean the persons and options named below.'
    assert first_words(text, 1) == "Eligible…"
    assert first_words(text, 2) == '"Eligible employee"…'  # closed within: kept
    opened = "“The term of each new option is ten years from the date of grant,” we said."
    assert first_words(opened, 4) == "The term of each…"


def test_the_notice_sentence_quoting_the_first_words_is_balanced() -> None:
    said = curly_quotes(f'We rewrote Section 3. It now begins "{first_words(TERM)}".')
    assert said.count("“") == said.count("”") == 1
    assert said.count("‘") == said.count("’")


def test_a_sentence_is_cited_by_an_opening_that_closes_its_quotations() -> None:
    sentences = [
        'The term "expiration date" means 5:00 p.m. on June 30.',
        'The term "business day" means any day but a holiday.',
    ]
    opening = sentence_opening(sentences, 0)
    assert opening == 'The term "expiration date"'
    assert unclosed_quotation(opening) is None


WORD = st.sampled_from(["the", "term", "offer", "date", "we", "extend", "options", "means"])
PIECE = st.one_of(
    WORD,
    WORD.map(lambda w: f'"{w}'),
    WORD.map(lambda w: f'{w}"'),
    WORD.map(lambda w: f"“{w}"),
    WORD.map(lambda w: f"{w}”"),
    WORD.map(lambda w: f'"{w}"'),
)


@given(st.lists(PIECE, min_size=1, max_size=20), st.integers(min_value=1, max_value=12))
def test_no_cut_leaves_a_quotation_open_that_the_whole_text_closes(
    pieces: list[str], count: int
) -> None:
    text = " ".join(pieces)
    cut = first_words(text, count)
    if unclosed_quotation(text) is None:
        assert unclosed_quotation(cut) is None, (text, cut)
