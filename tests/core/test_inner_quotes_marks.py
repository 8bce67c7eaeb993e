"""Inner quotations are set in single marks by going from one double mark to the next, not
through every character of a long section: the text must read exactly as the walk over
every character set it, whatever marks it holds and however deep it starts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.typography import inner_quotes

_DOUBLE = frozenset('"“”')
_OPENS_AFTER = " \t\n([{\u2014\u2013/"


def walked(text: str, depth: int = 0) -> str:
    """Inner quotations in single marks as they were set before: a character at a time."""
    if not _DOUBLE.intersection(text):
        return text
    out = list(text)
    opened_at = -2
    for index, char in enumerate(text):
        if char not in _DOUBLE:
            continue
        before = text[index - 1] if index else " "
        opening = char == "“" or (
            char == '"' and (before in _OPENS_AFTER or opened_at == index - 1)
        )
        if opening:
            depth += 1
            opened_at = index
            if depth >= 2:
                out[index] = "‘" if char == "“" else "'"
            continue
        if depth == 0:
            return text
        if depth >= 2:
            out[index] = "’" if char == "”" else "'"
        depth -= 1
    return text if depth > 1 else "".join(out)


@given(st.text(alphabet='ab "“”(\n—.', max_size=60), st.integers(0, 3))
def test_inner_quotes_read_as_the_walk_set_them(text: str, depth: int) -> None:
    assert inner_quotes(text, depth) == walked(text, depth)


def test_a_quoted_definition_in_a_long_paragraph() -> None:
    text = "words " * 300 + '(the "Purchase Price") and “the ”Offer“ ” ' + "more " * 300
    assert inner_quotes(text, 1) == walked(text, 1)
    assert "(the 'Purchase Price')" in inner_quotes(text, 1)
