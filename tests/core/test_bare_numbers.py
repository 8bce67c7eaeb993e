"""A bare number a text prints is counted apart from the figures of other facts ("$50",
"50%", "500 shares"): each figure is taken out at its own place, in one pass over the text,
so a revision adding a table of thousands of rows is read as fast as its rows are long."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import facts

PIECES = [
    "${n}.00",
    "{n}%",
    "{n} shares",
    "Section {n}",
    "Rule 13e-4(f)({n})",
    "Holder {n}",
    "{n} business days",
    "page {n}",
    "{n}",
    "one for every {n}",
]
WORDS = ["the price is", "and", "holders of", "within", "as stated in", ";", "up to"]


def _printed_once(pieces: list[int], values: list[int]) -> str:
    """A text of figures and references, each value printed once (no figure's text lies
    inside another's), with words between them."""
    words = [WORDS[(p + v) % len(WORDS)] for p, v in zip(pieces, values, strict=True)]
    return " ".join(
        f"{word} {PIECES[p].format(n=v)}" for word, p, v in zip(words, pieces, values, strict=True)
    )


def _searched_again(text: str) -> str:
    """The figures taken out by searching the text for each one's printed words."""
    for fact in facts.extract(text):
        if fact.kind not in ("number", "address"):
            text = text.replace(fact.text, " ", 1)
    return text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, len(PIECES) - 1), min_size=1, max_size=12), st.randoms())
def test_figures_are_taken_out_where_they_are_printed(
    pieces: list[int], rng: random.Random
) -> None:
    values = rng.sample(range(100, 1000), len(pieces))  # three digits: none inside another
    text = _printed_once(pieces, values)
    assert facts._bare(text) == _searched_again(text)


def test_a_long_table_keeps_its_bare_numbers_and_loses_its_figures() -> None:
    rows = [
        f"Holder {n}: {7 * n + 1} options at ${n}.25 each, Section {n % 9 + 1}" for n in range(3000)
    ]
    text = "\n".join(rows)
    bare = facts._bare(text)
    assert "$" not in bare and "options" not in bare  # every amount and count taken out
    assert bare.count("Holder ") == 3000 and "Holder 2999:" in bare  # the bare numbers stay
    assert bare.count("Section ") == 3000  # references are kept as printed
    old, new = "The fee is 12 days.\n" + text, "The fee is 14 days.\n" + text
    removed, added = facts.changed_facts(old, new)
    assert [f.text for f in removed] == ["12 days"] and [f.text for f in added] == ["14 days"]
