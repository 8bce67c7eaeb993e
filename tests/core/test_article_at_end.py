"""The article before a filled field is read from the end of the text alone: the same answer
as a search of the whole text, for any text (a long template no longer grows with its square)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from amendtool.core.templates import _ARTICLE, with_article

_TEXT = st.text(alphabet=st.sampled_from(list("aAnN \t\n.x(")), max_size=12)


@given(_TEXT)
@example("send a ")
@example("a ")
@example("An ")
@example("xa ")
@example("\nan ")
def test_the_end_alone_finds_the_same_article(out: str) -> None:
    whole = _ARTICLE.search(out)
    end = _ARTICLE.search(out, max(0, len(out) - 4))
    assert (whole and whole.span("article")) == (end and end.span("article"))


def test_the_article_agrees_with_the_word_after_it() -> None:
    assert with_article("send a ", "Election Form") == "send an "
    assert with_article("Send An ", "RSU") == "Send An "
    assert with_article("hold a ", "unit") == "hold a "
    assert with_article("in a ", "hour") == "in an "
    assert with_article("banana ", "offer") == "banana "
