"""The opening words of a changed paragraph ("It now begins “If we extend the offer…”")
are read from its first words alone, not from every word of a long paragraph split: the
same opening as splitting the whole text (a property test); and only where the sentence
on the change names them (work counted)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.cut_quotes import closing_marks
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.plain_kind_sentences import first_words
from amendtool.core.typography import unclosed_quotation, whole_quotation


def _every_word_split(text: str, count: int = 8) -> str:
    """first_words as it read a text: every word of it split."""
    if whole_quotation(text):
        text = text.strip()[1:-1]
    words = " ".join(text.split()).replace("\t", " ").split()
    if len(words) <= count:
        return " ".join(words)
    cut = " ".join(words[:count])
    while (opened := unclosed_quotation(cut)) is not None:
        before = cut[:opened].rstrip()
        cut = before if before.split() else cut[:opened] + cut[opened + 1 :]
    cut = cut.rstrip(",;:.")
    return cut + "…" + closing_marks(cut)


_WORDS = st.sampled_from(
    ["the", "offer,", '"Eligible', "Options”", "“term", "‘expiration’", "$17.50.", "U.S.", "'90s"]
)
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\n\n", "\u00a0", " \t "])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_SPACES, _WORDS), max_size=14),
    st.sampled_from(["", " ", "\n", '"', "“"]),
    st.sampled_from(["", " ", "\t", '"', "”"]),
    st.integers(min_value=1, max_value=10),
)
def test_the_opening_is_that_of_every_word_split(
    words: list[tuple[str, str]], opening: str, closing: str, count: int
) -> None:
    text = opening + "".join(space + word for space, word in words) + closing
    assert first_words(text, count) == _every_word_split(text, count)


def test_a_kind_sentence_reads_only_the_words_its_template_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "We added a new paragraph … It begins “…”" names the new paragraph's first words, not
    the old text's, nor the paragraph it follows in another sentence's words: each value a
    kind's sentence may name is worked out when its template names it."""
    from amendtool.core import plain_kind_sentences
    from amendtool.core.wording import house_wording
    from tests.support.builders import doc

    terms = [
        f"Paragraph {n} of the terms says something of the offer and its conditions."
        for n in range(6)
    ]
    put = "A wholly new paragraph put in after the third, with words of its own."
    original, revised = (
        doc([("1. Terms", terms)]),
        doc([("1. Terms", [*terms[:3], put, *terms[3:]])]),
    )
    [item] = draft_items(original, revised).items
    assert item.kind is ItemKind.INSERT_PARAGRAPH
    read: list[str] = []
    real = plain_kind_sentences.first_words

    def counted(text: str, count: int = 8) -> str:
        read.append(text)
        return real(text, count)

    monkeypatch.setattr(plain_kind_sentences, "first_words", counted)
    kinds = house_wording().plain_notice["kinds"]
    said = plain_kind_sentences.kind_sentence(item, kinds)
    assert "A wholly new paragraph" in said
    assert read == [item.new_paragraphs[0]]
